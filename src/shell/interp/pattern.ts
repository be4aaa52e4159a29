// Shell patterns (`*`, `?`, `[…]`, `[!…]`, backslash escapes) as regular expressions: used by
// globbing, `case`, `[[`-free tests and `${v#pat}`. Quoted characters reach here escaped with `\`.

/** Whether a pattern has an active `*`, `?` or `[…]` (a `[` without its `]` is literal). */
export function hasGlobChars(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 92)
      i++; // backslash
    else if (c === 42 || c === 63)
      return true; // * ?
    else if (c === 91 && findClassEnd(pattern, i) >= 0) return true; // [
  }
  return false;
}

/** Regex source for a pattern; `greedy` false makes `*` lazy (for `${v#pat}`). */
export function patternSource(pattern: string, greedy = true): string {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      if (i < pattern.length) re += escapeRe(pattern[i]);
      else re += '\\\\';
    } else if (c === '*') re += greedy ? '[\\s\\S]*' : '[\\s\\S]*?';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '[') {
      const end = findClassEnd(pattern, i);
      if (end < 0) re += '\\[';
      else {
        let j = i + 1;
        let negate = false;
        if (pattern[j] === '!' || pattern[j] === '^') {
          negate = true;
          j++;
        }
        let body = '';
        for (; j < end; j++) {
          const ch = pattern[j];
          const cls = /^\[:([a-z]+):\]/.exec(pattern.slice(j, end + 1));
          if (ch === '[' && cls && POSIX_CLASSES[cls[1]]) {
            body += POSIX_CLASSES[cls[1]];
            j += cls[0].length - 1;
          } else if (ch === '\\' && j + 1 < end) {
            j++;
            body += escapeClass(pattern[j]);
          } else if (ch === '-') body += '-';
          else body += escapeClass(ch);
        }
        re += `[${negate ? '^' : ''}${body}]`;
        i = end;
      }
    } else re += escapeRe(c);
  }
  return re;
}

const POSIX_CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  punct: '!-/:-@\\[-`{-~',
  xdigit: '0-9a-fA-F',
};

function findClassEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '!' || p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      if (close > 0) {
        i = close + 1;
        continue;
      }
    }
    if (p[i] === ']') return i;
  }
  return -1;
}

function escapeClass(c: string): string {
  return /[\\\][^]/.test(c) ? `\\${c}` : c;
}

function escapeRe(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

const REGEXPS = new Map<string, RegExp>();
const REGEXP_LIMIT = 1000;

/** A pattern as an anchored RegExp (cached: `case` in a loop tests the same patterns). */
export function patternToRegExp(pattern: string): RegExp {
  let re = REGEXPS.get(pattern);
  if (re === undefined) {
    re = compilePattern(pattern);
    if (REGEXPS.size >= REGEXP_LIMIT) REGEXPS.clear();
    REGEXPS.set(pattern, re);
  }
  return re;
}

function compilePattern(pattern: string): RegExp {
  try {
    return new RegExp(`^${patternSource(pattern)}$`);
  } catch {
    return new RegExp(`^${escapeRe(pattern).replace(/[\s\S]/g, (c) => escapeRe(c))}$`);
  }
}

export function matchPattern(pattern: string, text: string): boolean {
  return patternToRegExp(pattern).test(text);
}

/** Quote a literal string so it matches only itself as a pattern. */
export function escapePattern(s: string): string {
  return s.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
}
