// The console core: the terminal's line discipline and the line editor, headless. xterm in the
// page and the transcript runner both feed it keystrokes and take its output; programs see it
// as a Tty. Keys typed while a command runs wait in a queue (typeahead) — except Ctrl+C, which
// flushes the queue and interrupts the foreground job, as a real tty does with ISIG — unless that
// job put the terminal in raw mode (a docker client attached to a container's terminal): then
// Ctrl+C goes to the job's handler, i.e. to the container's pty, and the host job runs on.

import { createHistory, type History } from './history';
import { decodeKeys, encodeKey, type Key } from './keys';
import { LineEditor } from './line-editor';
import type {
  EditorHost,
  ForegroundOptions,
  ForegroundSignal,
  ReadLineOptions,
  ReadResult,
  Tty,
} from './tty';
import { advanceColumn, type ColumnState } from './column';

export type ConsoleMarker =
  | { readonly kind: 'prompt'; readonly prompt: string; readonly exitCode: number | null }
  | { readonly kind: 'submit'; readonly text: string };

export interface ConsoleOptions {
  /** What programs see as the terminal width. */
  readonly columns: number;
  readonly rows: number;
  /** Width the line editor wraps at; the transcript runner passes a huge one (no wrapping). */
  readonly wrapColumns?: number;
  readonly history?: History;
}

interface PendingRead {
  readonly options: ReadLineOptions;
  readonly editor: LineEditor;
  readonly resolve: (r: ReadResult) => void;
}

class Signal implements ForegroundSignal {
  interrupted = false;
  private listeners = new Set<() => void>();
  constructor(readonly onCtrlC: (() => void) | undefined) {}

  onInterrupt(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  trip(): void {
    if (this.interrupted) return;
    this.interrupted = true;
    for (const l of [...this.listeners]) l();
  }
}

export class ConsoleCore implements Tty {
  /** Typed keys not consumed yet: queue[queueHead…]. An index, so a 10,000-line paste stays linear. */
  private queue: Key[] = [];
  private queueHead = 0;
  private read: PendingRead | null = null;
  private rawRead: ((data: string) => void) | null = null;
  private readonly jobs: Signal[] = [];
  private readonly outputListeners = new Set<(data: string) => void>();
  private readonly markerListeners = new Set<(m: ConsoleMarker) => void>();
  private idleWaiters: (() => void)[] = [];
  /** Output collected while a batch of keys is handled, written once: xterm paints the first
   * write after a keystroke at once and defers later ones a frame, so one write echoes fastest. */
  private batchDepth = 0;
  private batched = '';
  private cols: number;
  private rowCount: number;
  private wrapCols: number | undefined;
  private readonly hist: History;

  constructor(options: ConsoleOptions) {
    this.cols = options.columns;
    this.rowCount = options.rows;
    this.wrapCols = options.wrapColumns;
    this.hist = options.history ?? createHistory();
  }

  get columns(): number {
    return this.cols;
  }

  get rows(): number {
    return this.rowCount;
  }

  // --- the terminal side ------------------------------------------------------------------

  /** Keystrokes or pasted text, exactly as the terminal sends them. */
  input(data: string): void {
    const passed = this.inputFilter ? this.inputFilter(data) : data;
    if (passed === '') return;
    this.batch(() => this.accept(passed));
  }

  private inputFilter: ((data: string) => string) | null = null;

  setInputFilter(filter: ((data: string) => string) | null): void {
    this.inputFilter = filter;
  }

  /** The page's file editor, offered to vi and nano; none in the transcript runner. */
  editor: EditorHost | undefined = undefined;

  setEditorHost(host: EditorHost | null): void {
    this.editor = host ?? undefined;
  }

  cancelRead(): void {
    const raw = this.rawRead;
    if (raw) {
      this.rawRead = null;
      raw('');
    }
    const current = this.read;
    if (!current) return;
    this.read = null;
    // The abandoned line stays as it is and nothing more is printed: after a detach the host's
    // prompt follows on the same line, as with a real docker client.
    current.resolve({ kind: 'eof' });
  }

  private accept(data: string): void {
    const keys = decodeKeys(data);
    if (keys.length === 0) return;
    if (!this.read && !this.rawRead && this.jobs.length > 0) {
      const lastInterrupt = keys.findLastIndex((k) => k.kind === 'ctrl' && k.letter === 'c');
      if (lastInterrupt >= 0) {
        this.queue = keys.slice(lastInterrupt + 1);
        this.queueHead = 0;
        this.interruptJob();
        this.pump();
        return;
      }
    }
    if (this.queueHead >= this.queue.length) {
      this.queue = keys;
      this.queueHead = 0;
    } else {
      for (const k of keys) this.queue.push(k);
    }
    this.pump();
  }

  resize(columns: number, rows: number): void {
    this.cols = Math.max(1, Math.floor(columns));
    this.rowCount = Math.max(1, Math.floor(rows));
    this.read?.editor.resize(this.editorColumns());
  }

  onOutput(listener: (data: string) => void): () => void {
    this.outputListeners.add(listener);
    return () => this.outputListeners.delete(listener);
  }

  onMarker(listener: (m: ConsoleMarker) => void): () => void {
    this.markerListeners.add(listener);
    return () => this.markerListeners.delete(listener);
  }

  /** Resolves once everything typed so far has been consumed and someone waits for input. */
  whenIdle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** A read is waiting for the learner (the transcript runner's cue to type the next line). */
  get reading(): boolean {
    return this.read !== null || this.rawRead !== null;
  }

  // --- the program side (Tty) -------------------------------------------------------------

  readLine(options: ReadLineOptions): Promise<ReadResult> {
    if (this.read) {
      // Two readers at once would steal each other's keys; the second gets end of input.
      return Promise.resolve({ kind: 'eof' });
    }
    return new Promise((resolve) => {
      const editor = new LineEditor({
        prompt: options.prompt,
        history: this.historyFor(options),
        complete: options.complete,
        startColumn: this.cursor.column,
        columns: this.editorColumns(),
        // No-wrap mode (the transcript runner): listings still lay out at the terminal's width.
        ...(this.wrapCols !== undefined ? { listColumns: this.cols } : {}),
        write: (d) => this.emit(d),
      });
      this.read = { options, editor, resolve };
      this.mark({
        kind: 'prompt',
        prompt: options.prompt,
        exitCode: options.shell ? options.shell.exitCode : null,
      });
      this.batch(() => {
        editor.start();
        this.pump();
      });
    });
  }

  readRaw(): Promise<string> {
    if (this.read || this.rawRead) return Promise.resolve('');
    return new Promise((resolve) => {
      this.rawRead = resolve;
      this.pump();
    });
  }

  write(text: string): void {
    if (text === '') return;
    // ONLCR: programs write '\n', the terminal needs '\r\n'.
    this.emit(text.replace(/\r?\n/g, '\r\n'));
  }

  history(): readonly string[] {
    return this.hist.entries();
  }

  clearHistory(): void {
    this.hist.clear();
  }

  async foreground<T>(
    job: (signal: ForegroundSignal) => Promise<T>,
    options?: ForegroundOptions,
  ): Promise<T> {
    const signal = new Signal(options?.onCtrlC);
    this.jobs.push(signal);
    try {
      return await job(signal);
    } finally {
      const at = this.jobs.lastIndexOf(signal);
      if (at >= 0) this.jobs.splice(at, 1);
    }
  }

  // --- internals ----------------------------------------------------------------------------

  private historyFor(options: ReadLineOptions): History | undefined {
    if (options.history === true) return this.hist;
    return options.history || undefined;
  }

  private editorColumns(): number {
    return this.wrapCols ?? this.cols;
  }

  private interruptJob(): void {
    if (this.jobs.length === 0) return;
    this.emit('^C');
    this.signalTop();
  }

  /** ISIG: the foreground job is interrupted, or in raw mode gets the key (every time). */
  private signalTop(): void {
    const top = this.jobs[this.jobs.length - 1];
    if (!top) return;
    if (top.onCtrlC) top.onCtrlC();
    else top.trip();
  }

  private pump(): void {
    if (this.rawRead && this.queueHead < this.queue.length) {
      const deliver = this.rawRead;
      this.rawRead = null;
      let data = '';
      for (let i = this.queueHead; i < this.queue.length; i++)
        data += encodeKey(this.queue[i] as Key);
      this.queue = [];
      this.queueHead = 0;
      deliver(data);
    }
    while (this.read && this.queueHead < this.queue.length) {
      const current = this.read;
      current.editor.handleKeys(this.queue, this.queueHead, (outcome, next) => {
        this.queueHead = next;
        if (outcome.kind === 'pending') return;
        this.read = null;
        if (outcome.kind === 'submit') {
          this.historyFor(current.options)?.add(outcome.text);
          this.mark({ kind: 'submit', text: outcome.text });
          current.resolve({ kind: 'line', text: outcome.text });
        } else if (outcome.kind === 'interrupt') {
          this.mark({ kind: 'submit', text: '^C' });
          // A program reading the terminal is interrupted too; a shell prompt just starts over.
          if (!current.options.history) this.signalTop();
          current.resolve({ kind: 'interrupt' });
        } else {
          this.mark({ kind: 'submit', text: '^D' });
          current.resolve({ kind: 'eof' });
        }
      });
    }
    if (this.isIdle()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const w of waiters) w();
    }
  }

  private isIdle(): boolean {
    if (this.queueHead >= this.queue.length && this.queue.length > 0) {
      this.queue = [];
      this.queueHead = 0;
    }
    return (this.read !== null || this.rawRead !== null) && this.queueHead >= this.queue.length;
  }

  private mark(m: ConsoleMarker): void {
    // Markers must stay in order with the output around them.
    this.flushBatched();
    for (const l of this.markerListeners) l(m);
  }

  private flushBatched(): void {
    if (this.batched === '') return;
    const out = this.batched;
    this.batched = '';
    for (const l of this.outputListeners) l(out);
  }

  private batch(work: () => void): void {
    this.batchDepth++;
    try {
      work();
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) this.flushBatched();
    }
  }

  private emit(data: string): void {
    this.trackColumn(data);
    if (this.batchDepth > 0) this.batched += data;
    else for (const l of this.outputListeners) l(data);
  }

  private readonly cursor: ColumnState = { column: 0, saved: 0 };

  /** Follow the cursor column so the next prompt knows where it starts. */
  private trackColumn(data: string): void {
    advanceColumn(this.cursor, data, this.editorColumns());
  }
}
