// The terminal as programs see it. The console core (line discipline + line editor) implements
// this; the shell's read-eval loop, and any program reading the learner's keyboard, use it.
// One implementation serves xterm in the page and the headless transcript runner.

import type { History } from './history';

export interface ReadLineOptions {
  /** Painted before the editable line ('' for a program reading stdin). */
  readonly prompt: string;
  /**
   * Offer history (Up/Down, Ctrl+R) and record the line: true for the terminal's own (the host
   * shell's), or the history of another shell (a container's bash keeps its own).
   */
  readonly history?: boolean | History;
  /** For the transcript runner: this read is a shell prompt; `exitCode` is that shell's `$?`. */
  readonly shell?: { readonly exitCode: number };
  /** Tab completion for this read. */
  readonly complete?: Completer;
}

/** Given the line and the cursor, the candidates for the word under the cursor. */
export type Completer = (line: string, cursor: number) => Completion;

export interface Completion {
  /** Where the word being completed starts in the line. */
  readonly start: number;
  /** Full replacements for line.slice(start, cursor). */
  readonly candidates: readonly string[];
}

/** What a read returned: a line (without the newline), end of input, or Ctrl+C. */
export type ReadResult =
  | { readonly kind: 'line'; readonly text: string }
  | { readonly kind: 'eof' }
  | { readonly kind: 'interrupt' };

export interface Tty {
  readLine(options: ReadLineOptions): Promise<ReadResult>;
  write(text: string): void;
  /**
   * Raw mode, for full-screen programs (vi, nano, top): the next keys exactly as typed, with no
   * echo and no line editing; Ctrl+C arrives as '\x03' instead of interrupting.
   */
  readRaw(): Promise<string>;
  readonly columns: number;
  readonly rows: number;
  /** Lines entered at shell prompts, oldest first (bash's `history`). */
  history(): readonly string[];
  clearHistory(): void;
  /**
   * Run `job` as the foreground job: Ctrl+C while it runs calls the interrupt listeners of the
   * returned signal (the read in progress, if any, resolves with 'interrupt'). With
   * `options.onCtrlC` the job has put the terminal in raw mode (a docker client attached to a
   * container's terminal): Ctrl+C is a key for it, passed on every time, and interrupts nothing.
   */
  foreground<T>(
    job: (signal: ForegroundSignal) => Promise<T>,
    options?: ForegroundOptions,
  ): Promise<T>;
  /**
   * A pseudo-terminal's foreground process: the container runtime registers, for a process it
   * gives this terminal, what Ctrl+C reaching the terminal does to it (SIGINT, by the kernel's
   * rules). The returned function unregisters it. Only a container's terminal has it.
   */
  setForegroundProcess?(interrupt: () => void): () => void;
  /**
   * See every keystroke chunk before the line discipline does, e.g. `docker attach` watching for
   * its detach keys (Ctrl+P Ctrl+Q). The filter returns what passes on; null removes it.
   */
  setInputFilter?(filter: ((data: string) => string) | null): void;
  /**
   * Abandon the read in progress (the editor's line is dropped): a detached client stops
   * reading for the container. The read resolves as end of input.
   */
  cancelRead?(): void;
  /**
   * The page's file editor (vi, vim and nano open it instead of drawing on the terminal). Absent
   * in the transcript runner and wherever no page is behind the terminal.
   */
  readonly editor?: EditorHost | undefined;
}

/**
 * A file editor shown over the terminal. It edits text only: the program that opens it reads the
 * file first and writes through its own filesystem on every save (copy-on-write included).
 */
export interface EditorHost {
  /** Resolves when the learner closes the editor (or `cancel` fires). */
  open(request: EditorRequest): Promise<EditorResult>;
}

export interface EditorRequest {
  /** Key bindings: vim's (vi, vim, view) or nano's. */
  readonly mode: 'vim' | 'nano';
  /** The file name as typed, or null for a buffer without one (`vi` alone). */
  readonly name: string | null;
  /** The absolute path the name resolves to, for the title bar. */
  readonly path: string | null;
  /** The machine the file lives on (the host, or a container's hostname). */
  readonly hostname: string;
  /** The text to edit: vim's lines (no final newline) or nano's (with its empty last line). */
  readonly text: string;
  readonly readOnly: boolean;
  /** 1-based line to start on (`vi +12 f`); the last line when Infinity. */
  readonly line?: number;
  /** What the editor's message line says on opening (`"f" 3L, 40B`, `[ Read 3 lines ]`). */
  readonly message?: string;
  /** Write the text; the reply is what the editor's message line says. */
  save(text: string, options?: EditorSaveOptions): EditorSaveReply;
  /** Fires when the program behind the editor is killed: the editor closes unsaved. */
  readonly cancel?: EditorCancel;
}

export interface EditorSaveOptions {
  /** Write to this name instead (`:w other`, nano's File Name to Write). */
  readonly name?: string;
  /** `:w!`: override read-only and an existing other file. */
  readonly force?: boolean;
}

export interface EditorSaveReply {
  readonly ok: boolean;
  /** As the real editor words it: `"f" 3L, 40B written`, `E212: …`, `[ Wrote 3 lines ]`. */
  readonly message: string;
  /** The buffer's name and path after the write (a nameless buffer takes the name it was written to). */
  readonly name: string | null;
  readonly path: string | null;
}

export interface EditorResult {
  /** The text last written, or null when nothing was. */
  readonly saved: string | null;
}

export interface EditorCancel {
  readonly cancelled: boolean;
  onCancel(listener: () => void): () => void;
}

export interface ForegroundOptions {
  /**
   * Raw mode: Ctrl+C typed while nothing reads the terminal, or while a program (not a shell
   * prompt) reads it, calls this instead of interrupting the job. The console echoes `^C`, as
   * the container's pty does (ECHOCTL).
   */
  readonly onCtrlC?: () => void;
}

export interface ForegroundSignal {
  readonly interrupted: boolean;
  onInterrupt(listener: () => void): () => void;
}
