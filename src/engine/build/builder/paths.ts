// POSIX path helpers for destinations inside an image.

export function posixJoin(dir: string, name: string): string {
  if (name.startsWith('/')) return normalise(name);
  return normalise(`${dir}/${name}`);
}

/** Clean an absolute path: no `//`, `.`, `..` (kept at the root), no trailing slash but `/`. */
export function normalise(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** A destination resolved against WORKDIR, keeping whether it named a directory (`/app/`). */
export function resolveDest(
  workdir: string | undefined,
  dest: string,
): { path: string; dir: boolean } {
  const dir = dest.endsWith('/') || dest === '.' || dest.endsWith('/.');
  const base = workdir && workdir !== '' ? workdir : '/';
  return { path: dest.startsWith('/') ? normalise(dest) : posixJoin(base, dest), dir };
}
