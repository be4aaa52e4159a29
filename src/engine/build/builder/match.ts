// Go's filepath.Match on '/'-separated names: `*` (no '/'), `?`, `[a-z]`, `[^x]`, `\` escapes.
// COPY/ADD source globs and .dockerignore patterns are both built on it. Compiled to a RegExp
// once per pattern; a malformed pattern (`[`, a trailing `\`) is reported, as Go's ErrBadPattern.

export type CompiledGlob = { readonly ok: true; readonly re: RegExp } | { readonly ok: false };

const cache = new Map<string, CompiledGlob>();

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

/** `**` is not special here: .dockerignore handles it before calling in (see dockerignore.ts). */
export function compileGlob(pattern: string): CompiledGlob {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let re = '';
  let i = 0;
  let bad = false;
  while (i < pattern.length && !bad) {
    const c = pattern[i] as string;
    if (c === '*') {
      re += '[^/]*';
      i++;
    } else if (c === '?') {
      re += '[^/]';
      i++;
    } else if (c === '\\') {
      if (i + 1 >= pattern.length) bad = true;
      else re += escapeRe(pattern[i + 1] as string);
      i += 2;
    } else if (c === '[') {
      let j = i + 1;
      let cls = '';
      if (pattern[j] === '^') {
        cls += '^';
        j++;
      }
      let first = true;
      while (j < pattern.length && (pattern[j] !== ']' || first)) {
        let ch = pattern[j] as string;
        if (ch === '\\') {
          j++;
          if (j >= pattern.length) break;
          ch = pattern[j] as string;
        }
        if (ch === '/') bad = true;
        cls += ch === '-' && pattern[j - 1] !== '\\' ? '-' : escapeRe(ch);
        first = false;
        j++;
      }
      if (j >= pattern.length || cls === '' || cls === '^') bad = true;
      else re += `(?!/)[${cls}]`;
      i = j + 1;
    } else {
      re += escapeRe(c);
      i++;
    }
  }
  const out: CompiledGlob = bad ? { ok: false } : { ok: true, re: new RegExp(`^${re}$`, 's') };
  if (cache.size > 2000) cache.clear();
  cache.set(pattern, out);
  return out;
}

export function globMatch(pattern: string, name: string): boolean {
  const g = compileGlob(pattern);
  return g.ok && g.re.test(name);
}

export function hasGlobMeta(s: string): boolean {
  return /[*?[\\]/.test(s);
}
