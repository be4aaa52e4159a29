// What the operators and the put/join/shift commands do to the buffer: fill the unnamed
// register, report what vim reports ("3 fewer lines", "4 lines yanked"), and leave the cursor
// where vim leaves it. Callers open and close the undo step around them.

import type { Position } from '../buffer';
import { columnAt, TAB_STOP } from '../text-width';
import type { MotionResult } from './motions';
import { firstNonBlank, info, lastCharStart, nextCol, type ViState } from './state';

/** 'report' in vim: messages about lines appear when more than this many changed. */
const REPORT = 2;

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

export interface Span {
  readonly start: Position;
  /** Exclusive end for charwise spans; for linewise spans only the line counts. */
  readonly end: Position;
  readonly linewise: boolean;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.col < b.col);
}

/** The text an operator works on, from the cursor to where a motion landed (`:help exclusive`). */
export function spanOf(s: ViState, m: MotionResult): Span {
  const from = s.cursor;
  let start = before(m.pos, from) ? m.pos : from;
  let end = before(m.pos, from) ? from : m.pos;
  let linewise = m.linewise;
  if (!linewise && m.inclusive) {
    end = { line: end.line, col: nextCol(s.buf.line(end.line), end.col) };
  } else if (!linewise && end.col === 0 && end.line > start.line) {
    // An exclusive motion ending at column 0 stops at the end of the line before; when it
    // started at or before the first non-blank it becomes linewise.
    const prev = end.line - 1;
    end = { line: prev, col: s.buf.line(prev).length };
    if (
      start.col <= firstNonBlank(s.buf.line(start.line)) &&
      /^\s*$/.test(s.buf.line(start.line).slice(0, start.col))
    )
      linewise = true;
  }
  if (linewise) {
    start = { line: start.line, col: 0 };
    end = { line: end.line, col: s.buf.line(end.line).length };
  }
  return { start, end, linewise };
}

export function lineSpan(s: ViState, count: number): Span | null {
  const first = s.cursor.line;
  const last = first + count - 1;
  if (last > s.buf.lineCount - 1) {
    if (count > 1 && first < s.buf.lineCount - 1) return lineSpan(s, s.buf.lineCount - first);
    if (count > 1) return null;
  }
  return {
    start: { line: first, col: 0 },
    end: { line: last, col: s.buf.line(last).length },
    linewise: true,
  };
}

function yankText(s: ViState, span: Span): string {
  if (span.linewise) return s.buf.lines.slice(span.start.line, span.end.line + 1).join('\n');
  return s.buf.slice(span.start, span.end);
}

export function yank(s: ViState, span: Span, moveCursor: boolean): void {
  s.register = { text: yankText(s, span), linewise: span.linewise };
  const n = span.end.line - span.start.line + 1;
  if (span.linewise && n > REPORT) info(s, `${n} lines yanked`);
  if (moveCursor)
    s.cursor = span.linewise ? { line: span.start.line, col: s.cursor.col } : span.start;
}

export function deleteSpan(s: ViState, span: Span): void {
  s.register = { text: yankText(s, span), linewise: span.linewise };
  if (span.linewise) {
    const n = span.end.line - span.start.line + 1;
    const wasAll = n >= s.buf.lineCount;
    s.buf.replace(span.start.line, n, []);
    const line = Math.min(span.start.line, s.buf.lineCount - 1);
    s.cursor = { line, col: firstNonBlank(s.buf.line(line)) };
    if (wasAll) info(s, '--No lines in buffer--');
    else if (n > REPORT) info(s, `${n} fewer lines`);
    return;
  }
  s.buf.delete(span.start, span.end);
  s.cursor = span.start;
}

/** `c`: like delete, but a linewise change keeps one (empty) line to type into. */
export function changeSpan(s: ViState, span: Span): void {
  if (span.linewise) {
    s.register = { text: yankText(s, span), linewise: true };
    const n = span.end.line - span.start.line + 1;
    s.buf.replace(span.start.line, n, ['']);
    s.cursor = { line: span.start.line, col: 0 };
    return;
  }
  deleteSpan(s, span);
}

export function put(s: ViState, after: boolean, count: number): boolean {
  const reg = s.register;
  if (!reg) {
    s.message = { text: 'E353: Nothing in register "', kind: 'error' };
    return false;
  }
  if (reg.linewise) {
    const lines = reg.text.split('\n');
    const all: string[] = [];
    for (let i = 0; i < count; i++) all.push(...lines);
    const wasEmpty = s.buf.isEmpty;
    const at = wasEmpty ? 0 : after ? s.cursor.line + 1 : s.cursor.line;
    s.buf.replace(at, wasEmpty ? 1 : 0, all);
    s.cursor = { line: at, col: firstNonBlank(s.buf.line(at)) };
    if (all.length > REPORT) info(s, `${all.length} more lines`);
    return true;
  }
  const text = reg.text.repeat(count);
  const line = s.buf.line(s.cursor.line);
  const col = after && line.length > 0 ? nextCol(line, s.cursor.col) : s.cursor.col;
  const end = s.buf.insert({ line: s.cursor.line, col }, text);
  s.cursor = text.includes('\n')
    ? { line: s.cursor.line, col }
    : { line: end.line, col: Math.max(col, end.col - 1) };
  return true;
}

/** `J`: join `count` lines (at least two) with one space, as vim does without 'joinspaces'. */
export function join(s: ViState, count: number, spaces: boolean): boolean {
  const first = s.cursor.line;
  const n = Math.max(2, count);
  if (first + 1 > s.buf.lineCount - 1) return false;
  const last = Math.min(first + n - 1, s.buf.lineCount - 1);
  let text = s.buf.line(first);
  let col = 0;
  for (let l = first + 1; l <= last; l++) {
    const raw = s.buf.line(l);
    const next = spaces ? raw.replace(/^[ \t]+/, '') : raw;
    col = text.length;
    if (spaces && next !== '' && text !== '' && !/[ \t]$/.test(text) && !next.startsWith(')')) {
      text += ' ';
    } else if (spaces && text !== '' && /[ \t]$/.test(text)) col = text.length - 1;
    text += next;
  }
  s.buf.replace(first, last - first + 1, [text]);
  s.cursor = { line: first, col: Math.min(col, lastCharStart(text)) };
  return true;
}

/** `>>` and `<<`: shift by 'shiftwidth' (8, indenting with tabs as vim does by default). */
export function shift(
  s: ViState,
  firstLine: number,
  lastLine: number,
  right: boolean,
  times = 1,
): void {
  for (let l = firstLine; l <= lastLine; l++) {
    const text = s.buf.line(l);
    if (text === '' && right) continue;
    const indent = /^[ \t]*/.exec(text)?.[0] ?? '';
    const width = columnAt(indent, indent.length);
    const target = Math.max(0, width + (right ? TAB_STOP : -TAB_STOP) * times);
    const fresh = '\t'.repeat(Math.floor(target / TAB_STOP)) + ' '.repeat(target % TAB_STOP);
    s.buf.setLine(l, fresh + text.slice(indent.length));
  }
  const n = lastLine - firstLine + 1;
  if (n > REPORT)
    info(s, `${n} lines ${right ? '>' : '<'}ed ${times} ${plural(times, 'time', 'times')}`);
  s.cursor = { line: firstLine, col: firstNonBlank(s.buf.line(firstLine)) };
}
