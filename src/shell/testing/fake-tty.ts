// A Tty for tests: input lines are queued in, output is collected, Ctrl+C can be pressed.

import type { ForegroundSignal, ReadLineOptions, ReadResult, Tty } from '../../console/tty';

class FakeSignal implements ForegroundSignal {
  interrupted = false;
  private listeners = new Set<() => void>();
  onInterrupt(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }
  trip(): void {
    if (this.interrupted) return;
    this.interrupted = true;
    for (const l of [...this.listeners]) l();
  }
}

export class FakeTty implements Tty {
  output = '';
  readonly lines: string[] = [];
  readonly prompts: string[] = [];
  readonly hist: string[] = [];
  columns = 80;
  rows = 24;
  private job: FakeSignal | null = null;

  constructor(lines: string[] = []) {
    this.lines.push(...lines);
  }

  readLine(options: ReadLineOptions): Promise<ReadResult> {
    this.prompts.push(options.prompt);
    this.output += options.prompt;
    const line = this.lines.shift();
    if (line === undefined) return Promise.resolve({ kind: 'eof' });
    this.output += `${line}\n`;
    if (options.history) this.hist.push(line);
    return Promise.resolve({ kind: 'line', text: line });
  }

  /** Raw reads take the next queued line as keys, Enter included; '' when none is left. */
  readRaw(): Promise<string> {
    const line = this.lines.shift();
    return Promise.resolve(line === undefined ? '' : `${line}\r`);
  }

  write(text: string): void {
    this.output += text;
  }

  history(): readonly string[] {
    return this.hist;
  }

  clearHistory(): void {
    this.hist.length = 0;
  }

  async foreground<T>(job: (signal: ForegroundSignal) => Promise<T>): Promise<T> {
    const s = new FakeSignal();
    this.job = s;
    try {
      return await job(s);
    } finally {
      this.job = null;
    }
  }

  /** Ctrl+C on the running job. */
  interrupt(): void {
    this.job?.trip();
  }

  take(): string {
    const o = this.output;
    this.output = '';
    return o;
  }
}
