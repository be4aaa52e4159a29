// One nano session: the buffer (with nano's empty "magic" last line), the cursor, the prompt or
// message on the status bar, the cut buffer and the last search.

import type { FileSystem } from '../../../../engine/fs/types';
import { TextBuffer, type Position } from '../buffer';

export type PromptKind = 'write' | 'exit-write' | 'search' | 'goto' | 'save-modified';

export interface Prompt {
  readonly kind: PromptKind;
  text: string;
}

export interface NanoEnv {
  readonly fs: FileSystem;
  readonly resolve: (path: string) => string;
  readonly now: () => number;
}

export interface NanoState {
  readonly env: NanoEnv;
  readonly buf: TextBuffer;
  cursor: Position;
  /** The display column Up/Down keep (nano's placewewant). */
  want: number;
  top: number;
  /** Text rows at the last paint (for Page Up/Down). */
  textRows: number;
  name: string | null;
  /** Status bar text and how many more keystrokes it stays. */
  message: { text: string; keys: number } | null;
  prompt: Prompt | null;
  /** Cut text (whole lines end in '\n'); `cutting` while Ctrl+K presses follow each other. */
  cut: string | null;
  cutting: boolean;
  lastSearch: string | null;
  /** Escape was pressed: the next key is a Meta key (M-U undo, M-E redo, M-6 copy). */
  meta: boolean;
  /** An undo step for a run of typed characters is open. */
  typing: boolean;
  quit: boolean;
}

/** nano's view of a file: split on newlines, with an empty last line after a final newline. */
export function nanoLines(content: string): string[] {
  const lines = content.split('\n');
  if (lines[lines.length - 1] !== '') lines.push('');
  return lines;
}

/** Lines the file has, as nano counts them in "[ Read 12 lines ]". */
export function countLines(content: string): number {
  if (content === '') return 0;
  const newlines = content.split('\n').length - 1;
  return content.endsWith('\n') ? newlines : newlines + 1;
}

export function createNanoState(env: NanoEnv, content: string, name: string | null): NanoState {
  return {
    env,
    buf: new TextBuffer(nanoLines(content)),
    cursor: { line: 0, col: 0 },
    want: 0,
    top: 0,
    textRows: 20,
    name,
    message: null,
    prompt: null,
    cut: null,
    cutting: false,
    lastSearch: null,
    meta: false,
    typing: false,
    quit: false,
  };
}

/** A status bar message, which stays for a while as nano's do. */
export function say(s: NanoState, text: string): void {
  s.message = { text, keys: 20 };
}

/** The file's content from the buffer: lines joined, always ending in a newline. */
export function nanoContent(s: NanoState): string {
  const text = s.buf.lines.join('\n');
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

export function beginEdit(s: NanoState): void {
  endTyping(s);
  s.buf.beginStep(s.cursor, s.env.now());
}

export function endEdit(s: NanoState): void {
  s.buf.endStep(s.cursor);
}

/** Close the undo step a run of typing keeps open. */
export function endTyping(s: NanoState): void {
  if (!s.typing) return;
  s.typing = false;
  s.buf.endStep(s.cursor);
}
