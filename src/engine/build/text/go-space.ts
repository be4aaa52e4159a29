// Whitespace exactly as Go's unicode.IsSpace sees it. BuildKit trims and splits with Go's rules,
// and JavaScript's trim() differs (it strips U+FEFF, keeps U+0085), so we cannot borrow it.

/** True for the code points Go's `unicode.IsSpace` accepts. */
export function isGoSpace(code: number): boolean {
  if (code <= 0xff) {
    return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0xa0;
  }
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** `strings.TrimLeftFunc(s, unicode.IsSpace)`. */
export function trimLeftGoSpace(s: string): string {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

/** `strings.TrimRightFunc(s, unicode.IsSpace)`. */
export function trimRightGoSpace(s: string): string {
  let j = s.length;
  while (j > 0 && isGoSpace(s.charCodeAt(j - 1))) j--;
  return j === s.length ? s : s.slice(0, j);
}

/** `strings.TrimSpace`. */
export function trimGoSpace(s: string): string {
  return trimRightGoSpace(trimLeftGoSpace(s));
}

/** BuildKit's `reWhitespace` (`[\t\v\f\r ]+`): the only separators its plain splitting knows. */
export const RE_WHITESPACE = /[\t\v\f\r ]+/;

/** Go's `regexp.Split(s, n)` for `[\t\v\f\r ]+`: n = -1 splits everywhere, n = 2 at the first run. */
export function splitWhitespace(s: string, n: number): string[] {
  if (n === 2) {
    const m = RE_WHITESPACE.exec(s);
    if (!m) return [s];
    return [s.slice(0, m.index), s.slice(m.index + m[0].length)];
  }
  return s.split(RE_WHITESPACE);
}
