// Cursor motions, usable alone (move) or after an operator (d, y, c, >, <). Each returns where
// it lands and how an operator treats the span: linewise (j, G), inclusive (e, $, f) or exclusive.

import type { Position } from '../buffer';
import { columnAt } from '../text-width';
import { compilePattern, findMatch } from './pattern';
import { firstNonBlank, lastCharStart, nextCol, prevCol, type ViState } from './state';
import { backWord, endWord, forwardWord } from './words';

export interface MotionResult {
  readonly pos: Position;
  readonly linewise: boolean;
  readonly inclusive: boolean;
  /** The display column j/k should keep afterwards (Infinity after `$`); undefined: from pos. */
  readonly want?: number;
  /** Keep the current `want` (vertical motions). */
  readonly keepWant?: boolean;
  /** A message to show (search wrapped). */
  readonly note?: string;
}

/** Keys that need one more character (f x). */
export const MOTIONS_WITH_CHAR = new Set(['f', 'F', 't', 'T']);

const SIMPLE = new Set([
  'h',
  'l',
  'j',
  'k',
  '<Left>',
  '<Right>',
  '<Up>',
  '<Down>',
  '<BS>',
  ' ',
  '<C-H>',
  '<C-N>',
  '<C-P>',
  '<C-J>',
  '+',
  '-',
  '<CR>',
  '_',
  'w',
  'W',
  'b',
  'B',
  'e',
  'E',
  '0',
  '<Home>',
  '^',
  '$',
  '<End>',
  'G',
  'gg',
  'g_',
  'n',
  'N',
  '{',
  '}',
  'H',
  'M',
  'L',
  ';',
  ',',
  '%',
  '|',
]);

export function isMotion(key: string): boolean {
  return SIMPLE.has(key) || MOTIONS_WITH_CHAR.has(key);
}

/** The column in `text` closest to display column `want`. */
export function colForWant(text: string, want: number): number {
  if (want === Infinity) return lastCharStart(text);
  let col = 0;
  for (let i = 0; i < text.length; i = nextCol(text, i)) {
    const end = columnAt(text, nextCol(text, i));
    if (end > want) return i;
    col = i;
  }
  return Math.min(col, lastCharStart(text));
}

function vertical(s: ViState, line: number, firstNb: boolean): MotionResult {
  const target = Math.max(0, Math.min(line, s.buf.lineCount - 1));
  const text = s.buf.line(target);
  if (firstNb)
    return { pos: { line: target, col: firstNonBlank(text) }, linewise: true, inclusive: false };
  return {
    pos: { line: target, col: colForWant(text, s.want) },
    linewise: true,
    inclusive: false,
    keepWant: true,
  };
}

function findChar(
  s: ViState,
  kind: 'f' | 'F' | 't' | 'T',
  ch: string,
  count: number,
  repeat: boolean,
): MotionResult | null {
  const text = s.buf.line(s.cursor.line);
  let col = s.cursor.col;
  for (let n = 0; n < count; n++) {
    // A repeated t/T does not get stuck on the character right next to the cursor.
    const skip = repeat && n === 0 && (kind === 't' || kind === 'T') ? 1 : 0;
    const at =
      kind === 'f' || kind === 't'
        ? text.indexOf(ch, nextCol(text, col) + skip)
        : col - 1 - skip < 0
          ? -1
          : text.lastIndexOf(ch, col - 1 - skip);
    if (at < 0) return null;
    col = at;
  }
  if (kind === 't') col = prevCol(text, col);
  if (kind === 'T') col = nextCol(text, col);
  return {
    pos: { line: s.cursor.line, col },
    linewise: false,
    inclusive: kind === 'f' || kind === 't',
  };
}

function paragraph(s: ViState, count: number, forward: boolean): MotionResult {
  let line = s.cursor.line;
  const last = s.buf.lineCount - 1;
  for (let n = 0; n < count; n++) {
    // Skip blank lines, then find the next blank one.
    while (forward ? line < last && s.buf.line(line) === '' : line > 0 && s.buf.line(line) === '')
      line += forward ? 1 : -1;
    while (forward ? line < last && s.buf.line(line) !== '' : line > 0 && s.buf.line(line) !== '')
      line += forward ? 1 : -1;
  }
  const col =
    forward && line === last && s.buf.line(line) !== '' ? lastCharStart(s.buf.line(line)) : 0;
  return { pos: { line, col }, linewise: false, inclusive: forward && line === last && col > 0 };
}

const PAIRS: Readonly<Record<string, { other: string; forward: boolean }>> = {
  '(': { other: ')', forward: true },
  '[': { other: ']', forward: true },
  '{': { other: '}', forward: true },
  ')': { other: '(', forward: false },
  ']': { other: '[', forward: false },
  '}': { other: '{', forward: false },
};

function matchPair(s: ViState): MotionResult | null {
  const text = s.buf.line(s.cursor.line);
  let col = s.cursor.col;
  while (col < text.length && !PAIRS[text[col] as string]) col++;
  const open = text[col];
  const pair = open === undefined ? undefined : PAIRS[open];
  if (!pair || open === undefined) return null;
  let depth = 0;
  let line = s.cursor.line;
  let c = col;
  for (let steps = 0; steps < 1_000_000; steps++) {
    const t = s.buf.line(line);
    const ch = t[c];
    if (ch === open) depth++;
    else if (ch === pair.other && --depth === 0)
      return { pos: { line, col: c }, linewise: false, inclusive: true };
    if (pair.forward) {
      c++;
      while (c >= s.buf.line(line).length) {
        if (++line >= s.buf.lineCount) return null;
        c = 0;
        if (s.buf.line(line).length > 0) break;
      }
    } else {
      c--;
      while (c < 0) {
        if (--line < 0) return null;
        c = s.buf.line(line).length - 1;
      }
    }
  }
  return null;
}

/** Search motion for n/N (and / ? after Enter). */
export function searchMotion(
  s: ViState,
  forward: boolean,
  count: number,
): MotionResult | null | string {
  const last = s.lastSearch;
  if (!last) return 'E35: No previous regular expression';
  const re = compilePattern(last.pattern, s.options.ignorecase);
  if (!re) return `E486: Pattern not found: ${last.pattern}`;
  const dir = last.forward === forward;
  let pos = s.cursor;
  let wrapped = false;
  for (let n = 0; n < count; n++) {
    const hit = findMatch(s.buf, re, pos, dir);
    if (!hit) return `E486: Pattern not found: ${last.pattern}`;
    wrapped ||= hit.wrapped;
    pos = hit.pos;
  }
  const note = wrapped
    ? dir
      ? 'search hit BOTTOM, continuing at TOP'
      : 'search hit TOP, continuing at BOTTOM'
    : undefined;
  return { pos, linewise: false, inclusive: false, ...(note ? { note } : {}) };
}

/**
 * Where `key` moves the cursor. `count` is null when none was typed; `op` says an operator is
 * pending (w then stops at the end of a line, l may reach it). Null when the motion fails; a
 * string is an error message (search).
 */
export function motion(
  s: ViState,
  key: string,
  count: number | null,
  arg: string | undefined,
  op: boolean,
): MotionResult | null | string {
  const n = count ?? 1;
  const { line, col } = s.cursor;
  const text = s.buf.line(line);
  switch (key) {
    case 'h':
    case '<Left>':
    case '<C-H>':
    case '<BS>': {
      if (col === 0) {
        if (key !== '<BS>' && key !== '<C-H>') return null;
        if (line === 0) return null;
        const prev = s.buf.line(line - 1);
        return {
          pos: { line: line - 1, col: lastCharStart(prev) },
          linewise: false,
          inclusive: false,
        };
      }
      let c = col;
      for (let i = 0; i < n && c > 0; i++) c = prevCol(text, c);
      return { pos: { line, col: c }, linewise: false, inclusive: false };
    }
    case 'l':
    case '<Right>':
    case ' ': {
      let c = col;
      const limit = op ? text.length : lastCharStart(text);
      if (c >= limit) {
        if (key === ' ' && line < s.buf.lineCount - 1)
          return { pos: { line: line + 1, col: 0 }, linewise: false, inclusive: false };
        return null;
      }
      for (let i = 0; i < n && c < limit; i++) c = nextCol(text, c);
      return { pos: { line, col: Math.min(c, limit) }, linewise: false, inclusive: false };
    }
    case 'j':
    case '<Down>':
    case '<C-N>':
    case '<C-J>':
      if (line === s.buf.lineCount - 1) return null;
      return vertical(s, line + n, false);
    case 'k':
    case '<Up>':
    case '<C-P>':
      if (line === 0) return null;
      return vertical(s, line - n, false);
    case '+':
    case '<CR>':
      if (line === s.buf.lineCount - 1) return null;
      return vertical(s, line + n, true);
    case '-':
      if (line === 0) return null;
      return vertical(s, line - n, true);
    case '_':
      return vertical(s, line + n - 1, true);
    case 'w':
    case 'W': {
      const to = forwardWord(s.buf, s.cursor, n, key === 'W', op);
      if (!to) return null;
      return { pos: to, linewise: false, inclusive: false };
    }
    case 'b':
    case 'B': {
      const to = backWord(s.buf, s.cursor, n, key === 'B');
      return to ? { pos: to, linewise: false, inclusive: false } : null;
    }
    case 'e':
    case 'E': {
      const to = endWord(s.buf, s.cursor, n, key === 'E');
      return to ? { pos: to, linewise: false, inclusive: true } : null;
    }
    case '0':
    case '<Home>':
      return { pos: { line, col: 0 }, linewise: false, inclusive: false };
    case '^':
      return { pos: { line, col: firstNonBlank(text) }, linewise: false, inclusive: false };
    case '|':
      return { pos: { line, col: colForWant(text, n - 1) }, linewise: false, inclusive: false };
    case '$':
    case '<End>': {
      const target = Math.min(line + n - 1, s.buf.lineCount - 1);
      const t = s.buf.line(target);
      return {
        pos: { line: target, col: op ? Math.max(0, t.length - 1) : lastCharStart(t) },
        linewise: false,
        inclusive: t.length > 0,
        want: Infinity,
      };
    }
    case 'g_': {
      const target = Math.min(line + n - 1, s.buf.lineCount - 1);
      const t = s.buf.line(target).replace(/[ \t]+$/, '');
      return { pos: { line: target, col: lastCharStart(t) }, linewise: false, inclusive: true };
    }
    case 'G':
      return vertical(s, count === null ? s.buf.lineCount - 1 : n - 1, true);
    case 'gg':
      return vertical(s, count === null ? 0 : n - 1, true);
    case 'H':
      return vertical(s, s.top + n - 1, true);
    case 'L':
      return vertical(s, Math.max(s.top, lastVisible(s) - n + 1), true);
    case 'M':
      return vertical(s, s.top + Math.floor((lastVisible(s) - s.top) / 2), true);
    case 'f':
    case 'F':
    case 't':
    case 'T':
      if (arg === undefined) return null;
      s.lastFind = { char: arg, kind: key };
      return findChar(s, key, arg, n, false);
    case ';':
    case ',': {
      const f = s.lastFind;
      if (!f) return null;
      const flip: Record<string, 'f' | 'F' | 't' | 'T'> = { f: 'F', F: 'f', t: 'T', T: 't' };
      return findChar(s, key === ';' ? f.kind : (flip[f.kind] ?? 'f'), f.char, n, true);
    }
    case 'n':
    case 'N':
      return searchMotion(s, key === 'n', n);
    case '}':
    case '{':
      return paragraph(s, n, key === '}');
    case '%':
      return matchPair(s);
    default:
      return null;
  }
}

/** The last buffer line shown at the last paint. */
function lastVisible(s: ViState): number {
  return Math.min(s.buf.lineCount - 1, s.top + s.textRows - 1);
}
