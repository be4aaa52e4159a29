// Byte-less streams for commands: text in, text out. A pipe connects two pipeline stages that run
// concurrently; it buffers without limit but offers `drained()` so a fast writer (yes) can wait
// for its reader, and it reports a broken pipe when the reader has finished.

import type { InputStream, OutputStream } from '../types';

export class StringInput implements InputStream {
  private offset = 0;
  readonly isTTY = false;

  constructor(private readonly text: string) {}

  readLine(): Promise<string | null> {
    return Promise.resolve(this.readLineSync());
  }

  readLineSync(): string | null {
    if (this.offset >= this.text.length) return null;
    const nl = this.text.indexOf('\n', this.offset);
    const end = nl < 0 ? this.text.length : nl + 1;
    const line = this.text.slice(this.offset, end);
    this.offset = end;
    return line;
  }

  readAll(): Promise<string> {
    const rest = this.text.slice(this.offset);
    this.offset = this.text.length;
    return Promise.resolve(rest);
  }
}

export const emptyInput: InputStream = new StringInput('');

export class Collector implements OutputStream {
  text = '';
  readonly isTTY = false;
  readonly columns = 80;

  write(text: string): void {
    this.text += text;
  }
}

export const nullOutput: OutputStream = { write() {}, isTTY: false, columns: 80 };

/** A writer that can ask to wait for its reader; see `Pipe`. */
export interface Drainable {
  drained(): Promise<void>;
  readonly broken: boolean;
}

export function isDrainable(o: unknown): o is Drainable {
  return typeof o === 'object' && o !== null && 'drained' in o;
}

const HIGH_WATER = 64 * 1024;

export class Pipe {
  private buffer = '';
  private writerClosed = false;
  private readerClosed = false;
  private waiters: (() => void)[] = [];
  private drainWaiters: (() => void)[] = [];
  private brokenListeners: (() => void)[] = [];

  readonly writer: OutputStream & Drainable;
  readonly reader: InputStream;

  constructor() {
    const pipe = this; // eslint-disable-line @typescript-eslint/no-this-alias -- two facades over one buffer
    this.writer = {
      isTTY: false,
      columns: 80,
      write(text: string) {
        if (pipe.readerClosed || text === '') return;
        pipe.buffer += text;
        pipe.wake();
      },
      drained() {
        if (pipe.buffer.length < HIGH_WATER || pipe.readerClosed) return Promise.resolve();
        return new Promise<void>((r) => pipe.drainWaiters.push(r));
      },
      get broken() {
        return pipe.readerClosed;
      },
    };
    this.reader = {
      isTTY: false,
      readLine: async () => {
        for (;;) {
          const nl = this.buffer.indexOf('\n');
          if (nl >= 0) return this.take(nl + 1);
          if (this.writerClosed) return this.buffer === '' ? null : this.take(this.buffer.length);
          // A full pipe with no newline (`cat /dev/zero | head -c 10`): hand over a block, as
          // read(2) would, or the writer waits for room and the reader for a newline forever.
          if (this.buffer.length >= HIGH_WATER) return this.take(HIGH_WATER);
          await this.wait();
        }
      },
      readAll: async () => {
        while (!this.writerClosed) await this.wait();
        return this.take(this.buffer.length);
      },
    };
  }

  /** The writing stage finished. */
  closeWriter(): void {
    this.writerClosed = true;
    this.wake();
  }

  /** The reading stage finished: later writes are lost and the writer is told (SIGPIPE). */
  closeReader(): void {
    if (this.readerClosed) return;
    this.readerClosed = true;
    this.buffer = '';
    this.flushDrain();
    for (const l of this.brokenListeners) l();
  }

  onBroken(listener: () => void): void {
    this.brokenListeners.push(listener);
  }

  private take(n: number): string {
    const s = this.buffer.slice(0, n);
    this.buffer = this.buffer.slice(n);
    if (this.buffer.length < HIGH_WATER) this.flushDrain();
    return s;
  }

  private wait(): Promise<void> {
    return new Promise<void>((r) => this.waiters.push(r));
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const r of w) r();
  }

  private flushDrain(): void {
    const w = this.drainWaiters;
    this.drainWaiters = [];
    for (const r of w) r();
  }
}
