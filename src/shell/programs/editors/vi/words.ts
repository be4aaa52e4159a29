// Word motions (w b e, W B E), ported from vim's fwd_word/bck_word/end_word so the cursor lands
// where a vim user's fingers expect: the end of a line counts as white space, an empty line is a
// word of its own for w and b, and `dw` on the last word of a line stops at the line's end.

import type { TextBuffer } from '../buffer';

/** A cursor that may sit on the end of a line (col === length), as vim's inc()/dec() allow. */
interface Cur {
  line: number;
  col: number;
}

function charAt(buf: TextBuffer, c: Cur): string {
  const text = buf.line(c.line);
  if (c.col >= text.length) return '';
  const cp = text.codePointAt(c.col) ?? 0;
  return String.fromCodePoint(cp);
}

/** Character class: 0 blank (and end of line), 1 punctuation, 2 word characters. */
function cls(buf: TextBuffer, c: Cur, big: boolean): number {
  const ch = charAt(buf, c);
  if (ch === '' || ch === ' ' || ch === '\t') return 0;
  if (big) return 1;
  return /[\p{L}\p{N}_]/u.test(ch) ? 2 : 1;
}

/** vim's inc(): 0 moved within the line, 2 moved onto its end, 1 to the next line, -1 at the end. */
function inc(buf: TextBuffer, c: Cur): number {
  const text = buf.line(c.line);
  if (c.col < text.length) {
    c.col += charAt(buf, c).length;
    return c.col < text.length ? 0 : 2;
  }
  if (c.line < buf.lineCount - 1) {
    c.line++;
    c.col = 0;
    return 1;
  }
  return -1;
}

/** vim's dec(): 0 within the line, 1 onto the end of the previous line, -1 at the start. */
function dec(buf: TextBuffer, c: Cur): number {
  if (c.col > 0) {
    const text = buf.line(c.line);
    const lo = text.charCodeAt(c.col - 1);
    c.col -= c.col >= 2 && lo >= 0xdc00 && lo <= 0xdfff ? 2 : 1;
    return 0;
  }
  if (c.line > 0) {
    c.line--;
    c.col = buf.line(c.line).length;
    return 1;
  }
  return -1;
}

function lineEmpty(buf: TextBuffer, c: Cur): boolean {
  return c.col === 0 && buf.line(c.line).length === 0;
}

/** Moves while the class stays `k`; true when the start or end of the file was hit. */
function skip(buf: TextBuffer, c: Cur, k: number, big: boolean, forward: boolean): boolean {
  while (cls(buf, c, big) === k) if ((forward ? inc(buf, c) : dec(buf, c)) === -1) return true;
  return false;
}

/** `w`/`W`. `eol`: an operator is pending, so the last word stops at the end of its line. */
export function forwardWord(
  buf: TextBuffer,
  start: Cur,
  count: number,
  big: boolean,
  eol: boolean,
): Cur | null {
  const c = { ...start };
  for (let n = count; n > 0; n--) {
    const last = n === 1;
    const sclass = cls(buf, c, big);
    let i = inc(buf, c);
    if (i === -1) return n === count ? null : c;
    if (i >= 1 && eol && last) return c;
    if (sclass !== 0) {
      while (cls(buf, c, big) === sclass) {
        i = inc(buf, c);
        if (i === -1 || (i >= 1 && eol && last)) return c;
      }
    }
    while (cls(buf, c, big) === 0) {
      if (lineEmpty(buf, c)) break;
      i = inc(buf, c);
      if (i === -1 || (i >= 1 && eol && last)) return c;
    }
  }
  return c;
}

/** `b`/`B`. */
export function backWord(buf: TextBuffer, start: Cur, count: number, big: boolean): Cur | null {
  const c = { ...start };
  for (let n = count; n > 0; n--) {
    if (dec(buf, c) === -1) return n === count ? null : c;
    let finished = false;
    while (cls(buf, c, big) === 0) {
      if (lineEmpty(buf, c)) {
        finished = true;
        break;
      }
      if (dec(buf, c) === -1) return c;
    }
    if (!finished && skip(buf, c, cls(buf, c, big), big, false)) return c;
    if (!finished) inc(buf, c);
  }
  return c;
}

/** `e`/`E`. */
export function endWord(buf: TextBuffer, start: Cur, count: number, big: boolean): Cur | null {
  const c = { ...start };
  for (let n = count; n > 0; n--) {
    const sclass = cls(buf, c, big);
    if (inc(buf, c) === -1) return null;
    if (cls(buf, c, big) === sclass && sclass !== 0) {
      if (skip(buf, c, sclass, big, true)) return null;
    } else {
      while (cls(buf, c, big) === 0) if (inc(buf, c) === -1) return null;
      if (skip(buf, c, cls(buf, c, big), big, true)) return null;
    }
    dec(buf, c);
  }
  return c;
}
