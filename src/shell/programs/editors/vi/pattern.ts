// vim's default ("magic") pattern syntax translated to a JavaScript RegExp: \( \) \| \+ \? \= \{
// are the operators and ( ) | + ? { are literal; \< \> are word boundaries; \c and \C force the
// case. Searching forward and backward through the buffer wraps around, as 'wrapscan' does.

import type { Position, TextBuffer } from '../buffer';

const TRANSLATE: Readonly<Record<string, string>> = {
  '(': '(',
  ')': ')',
  '|': '|',
  '+': '+',
  '?': '?',
  '=': '?',
  '{': '{',
  '<': '\\b',
  '>': '\\b',
  '/': '/',
  t: '\\t',
  e: '\\x1b',
  a: '[A-Za-z]',
  A: '[^A-Za-z]',
  l: '[a-z]',
  u: '[A-Z]',
  x: '[0-9A-Fa-f]',
};

/** A compiled vim pattern, or null when it cannot be compiled. */
export function compilePattern(pattern: string, ignoreCase: boolean): RegExp | null {
  let src = '';
  let icase = ignoreCase;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (inClass) {
      if (ch === ']') inClass = false;
      if (ch === '\\' && i + 1 < pattern.length) {
        src += ch + (pattern[++i] as string);
        continue;
      }
      src += ch;
      continue;
    }
    if (ch === '\\') {
      const next = pattern[++i];
      if (next === undefined) {
        src += '\\\\';
        break;
      }
      if (next === 'c') icase = true;
      else if (next === 'C') icase = false;
      else if (next === '}') src += '}';
      else if (TRANSLATE[next] !== undefined) src += TRANSLATE[next];
      else if (/[sSdDwW.*[\]^$\\~]/.test(next)) src += next === '~' ? '~' : `\\${next}`;
      else if (/[0-9]/.test(next)) src += `\\${next}`;
      else src += next.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
      continue;
    }
    if (ch === '[') {
      inClass = pattern.indexOf(']', i + 2) >= 0;
      src += inClass ? '[' : '\\[';
      continue;
    }
    if ('(){}+?|/'.includes(ch)) src += `\\${ch}`;
    else if (ch === '~') src += '~';
    else if (ch === '^' && i !== 0) src += '\\^';
    else if (ch === '$' && i !== pattern.length - 1 && pattern.slice(i + 1, i + 3) !== '\\|')
      src += '\\$';
    else src += ch;
  }
  try {
    return new RegExp(src, icase ? 'gi' : 'g');
  } catch {
    return null;
  }
}

/** Start offsets of matches in one line (empty matches included). */
function matches(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m.index);
    if (m[0] === '') re.lastIndex++;
    if (re.lastIndex > text.length) break;
  }
  return out;
}

export interface SearchHit {
  readonly pos: Position;
  /** The search went past the end (or start) of the buffer and came round. */
  readonly wrapped: boolean;
}

/** The next match after (or before) `from`, wrapping around the buffer. */
export function findMatch(
  buf: TextBuffer,
  re: RegExp,
  from: Position,
  forward: boolean,
): SearchHit | null {
  const n = buf.lineCount;
  for (let k = 0; k <= n; k++) {
    const line = forward ? (from.line + k) % n : (from.line - k + n * 2) % n;
    const wrapped = forward ? from.line + k >= n : from.line - k < 0;
    const hits = matches(re, buf.line(line));
    if (hits.length === 0) continue;
    if (forward) {
      const hit =
        k === 0
          ? hits.find((h) => h > from.col)
          : k === n
            ? hits.find((h) => h <= from.col)
            : hits[0];
      if (hit !== undefined) return { pos: { line, col: hit }, wrapped };
    } else {
      const pick =
        k === 0
          ? hits.filter((h) => h < from.col)
          : k === n
            ? hits.filter((h) => h >= from.col)
            : hits;
      const hit = pick[pick.length - 1];
      if (hit !== undefined) return { pos: { line, col: hit }, wrapped };
    }
  }
  return null;
}
