// Everything one vi session knows: the buffer, the cursor, the mode, what the last line shows,
// the unnamed register, the last search and change, options, and where the file lives.

import type { FileSystem } from '../../../../engine/fs/types';
import { TextBuffer, type Position } from '../buffer';
import type { Key } from '../keys';

export type ViMode = 'normal' | 'insert' | 'replace' | 'cmdline';

export type MessageKind = 'info' | 'error' | 'warning';

export interface Message {
  readonly text: string;
  readonly kind: MessageKind;
}

export interface Register {
  readonly text: string;
  /** Whole lines (yy, dd): put below/above the cursor line rather than after/before the cursor. */
  readonly linewise: boolean;
}

export interface CmdLine {
  readonly prefix: ':' | '/' | '?';
  text: string;
}

export interface ViOptions {
  number: boolean;
  ignorecase: boolean;
  /** Accepted for learners' habits; changes nothing here (there is no autoindent to turn off). */
  paste: boolean;
}

export interface ViEnv {
  readonly fs: FileSystem;
  readonly resolve: (path: string) => string;
  /** Lab time in ms, for "before #2  5 seconds ago". */
  readonly now: () => number;
}

export interface ViState {
  readonly env: ViEnv;
  readonly buf: TextBuffer;
  cursor: Position;
  /** The display column j/k try to keep; Infinity after `$`. */
  want: number;
  mode: ViMode;
  /** The file name as given (shown in messages), or null for a buffer with no name. */
  name: string | null;
  readonly: boolean;
  /** A message on the last line until the next key that changes things. */
  message: Message | null;
  cmdline: CmdLine | null;
  /** Keys of a normal-mode command not complete yet (shown by showcmd). */
  pending: Key[];
  register: Register | null;
  lastSearch: { pattern: string; forward: boolean } | null;
  lastFind: { char: string; kind: 'f' | 'F' | 't' | 'T' } | null;
  /** The keys of the last change, for `.`, and its count. */
  lastChange: { keys: Key[]; count: number | null } | null;
  readonly options: ViOptions;
  /** First buffer line on screen. */
  top: number;
  /** Text rows on screen at the last paint (for H, M, L, Ctrl+F). */
  textRows: number;
  /** Insert mode: where typing started (Backspace stops there in vi, not in vim) and the count. */
  insertStart: Position | null;
  /** Set once W10 (changing a read-only file) has been shown. */
  warnedReadonly: boolean;
  quit: boolean;
}

export function createViState(
  env: ViEnv,
  content: string,
  name: string | null,
  readonly: boolean,
): ViState {
  return {
    env,
    buf: TextBuffer.fromContent(content),
    cursor: { line: 0, col: 0 },
    want: 0,
    mode: 'normal',
    name,
    readonly,
    message: null,
    cmdline: null,
    pending: [],
    register: null,
    lastSearch: null,
    lastFind: null,
    lastChange: null,
    options: { number: false, ignorecase: false, paste: false },
    top: 0,
    textRows: 23,
    insertStart: null,
    warnedReadonly: false,
    quit: false,
  };
}

export function info(s: ViState, text: string): void {
  s.message = { text, kind: 'info' };
}

export function error(s: ViState, text: string): void {
  s.message = { text, kind: 'error' };
}

/** Keep the cursor on a character: in normal mode not past the last one, in insert mode up to the end. */
export function clampCursor(s: ViState): void {
  const last = s.buf.lineCount - 1;
  const line = Math.max(0, Math.min(s.cursor.line, last));
  const text = s.buf.line(line);
  const max = s.mode === 'insert' || s.mode === 'replace' ? text.length : lastCharStart(text);
  let col = Math.max(0, Math.min(s.cursor.col, max));
  // Never inside a surrogate pair.
  if (col > 0 && col < text.length && isLowSurrogate(text.charCodeAt(col))) col--;
  s.cursor = { line, col };
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Offset of the last character of a line (0 for an empty line). */
export function lastCharStart(text: string): number {
  if (text.length === 0) return 0;
  const i = text.length - 1;
  return i > 0 && isLowSurrogate(text.charCodeAt(i)) ? i - 1 : i;
}

/** Offset of the character after the one at `col`. */
export function nextCol(text: string, col: number): number {
  const c = text.charCodeAt(col);
  return c >= 0xd800 && c <= 0xdbff ? col + 2 : col + 1;
}

/** Offset of the character before `col`. */
export function prevCol(text: string, col: number): number {
  if (col <= 0) return 0;
  return col >= 2 && isLowSurrogate(text.charCodeAt(col - 1)) ? col - 2 : col - 1;
}

/** Start an undoable change (joins one already open, e.g. for `.` or an insert). */
export function beginChange(s: ViState): boolean {
  if (s.readonly && !s.warnedReadonly) {
    s.warnedReadonly = true;
    s.message = { text: 'W10: Warning: Changing a readonly file', kind: 'warning' };
  }
  s.buf.beginStep(s.cursor, s.env.now());
  return true;
}

export function endChange(s: ViState): void {
  s.buf.endStep(s.cursor);
}

/** The first non-blank character of a line. */
export function firstNonBlank(text: string): number {
  const m = /^[ \t]*/.exec(text);
  const i = m ? m[0].length : 0;
  return i >= text.length ? lastCharStart(text) : i;
}
