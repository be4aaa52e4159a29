// Shell patterns for ${VAR#pat}, ${VAR%pat} and ${VAR/pat/repl}: `*`, `?`, `[…]` and `\x`.

/** The regexp source for a shell pattern, or undefined when a bracket is left open. */
export function shellPatternSource(pattern: string): string | undefined {
  let out = '';
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '*') out += '[\\s\\S]*';
    else if (ch === '?') out += '[\\s\\S]';
    else if (ch === '\\' && i + 1 < chars.length) out += escapeRegex(chars[++i]);
    else if (ch === '[') {
      let j = i + 1;
      let cls = '';
      if (chars[j] === '!' || chars[j] === '^') {
        cls += '^';
        j++;
      }
      if (chars[j] === ']') {
        cls += '\\]';
        j++;
      }
      while (j < chars.length && chars[j] !== ']') {
        const c = chars[j];
        if (c === '\\' && j + 1 < chars.length) cls += escapeRegex(chars[++j]);
        else if (c === '-') cls += '-';
        else cls += escapeRegex(c);
        j++;
      }
      if (j >= chars.length) return undefined;
      out += `[${cls}]`;
      i = j;
    } else out += escapeRegex(ch);
  }
  return out;
}

function escapeRegex(ch: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(ch) ? '\\' + ch : ch;
}

function fullMatcher(pattern: string): RegExp | undefined {
  const src = shellPatternSource(pattern);
  return src === undefined ? undefined : new RegExp(`^(?:${src})$`, 'u');
}

/** `${value#pattern}` (shortest) or `${value##pattern}` (longest). */
export function trimPrefix(value: string, pattern: string, longest: boolean): string | undefined {
  const re = fullMatcher(pattern);
  if (!re) return undefined;
  const cps = Array.from(value);
  for (let k = 0; k <= cps.length; k++) {
    const n = longest ? cps.length - k : k;
    if (re.test(cps.slice(0, n).join(''))) return cps.slice(n).join('');
  }
  return value;
}

/** `${value%pattern}` (shortest) or `${value%%pattern}` (longest). */
export function trimSuffix(value: string, pattern: string, longest: boolean): string | undefined {
  const re = fullMatcher(pattern);
  if (!re) return undefined;
  const cps = Array.from(value);
  for (let k = 0; k <= cps.length; k++) {
    const start = longest ? k : cps.length - k;
    if (re.test(cps.slice(start).join(''))) return cps.slice(0, start).join('');
  }
  return value;
}

/** `${value/pattern/repl}` (first match) or `${value//pattern/repl}` (every match). */
export function replacePattern(
  value: string,
  pattern: string,
  replacement: string,
  all: boolean,
): string | undefined {
  const src = shellPatternSource(pattern);
  if (src === undefined) return undefined;
  if (src === '') return value;
  const re = new RegExp(src, all ? 'gu' : 'u');
  return value.replace(re, () => replacement);
}
