// Path string helpers (no filesystem access): POSIX basename/dirname and joining.

export function baseName(p: string): string {
  if (p === '') return '';
  const t = p.replace(/\/+$/, '');
  if (t === '') return '/';
  return t.slice(t.lastIndexOf('/') + 1);
}

export function dirName(p: string): string {
  const t = p.replace(/\/+$/, '');
  if (t === '') return p.startsWith('/') ? '/' : '.';
  const i = t.lastIndexOf('/');
  if (i < 0) return '.';
  const d = t.slice(0, i).replace(/\/+$/, '');
  return d === '' ? '/' : d;
}

/** Join a directory path as typed with a child name, the way find and ls -R print it. */
export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** Normalise an absolute path lexically ('.', '..', '//'). */
export function normalize(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** Whether `p` lies strictly inside directory `dir` (both absolute and normalised). */
export function isInside(p: string, dir: string): boolean {
  if (p === dir) return false;
  return dir === '/' ? p.startsWith('/') : p.startsWith(`${dir}/`);
}
