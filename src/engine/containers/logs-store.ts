// A container's log as the json-file driver keeps it: every chunk the main process wrote, with its
// stream and lab time. `docker logs` reads it (tail, since, until, per stream); followers get new
// entries as they are written.

export type LogStream = 'stdout' | 'stderr';

export interface LogEntry {
  readonly stream: LogStream;
  /** One line with its '\n' (a partial last line has none). */
  readonly text: string;
  readonly timeMs: number;
}

export class LogStore {
  private readonly entries: LogEntry[] = [];
  private readonly partial: Record<LogStream, string> = { stdout: '', stderr: '' };
  private readonly followers = new Set<(e: LogEntry) => void>();

  /** Split into lines as the json-file driver does (one record per line). */
  append(stream: LogStream, text: string, timeMs: number): void {
    if (text === '') return;
    const all = this.partial[stream] + text;
    const parts = all.split('\n');
    this.partial[stream] = parts.pop() ?? '';
    for (const p of parts) this.push({ stream, text: `${p}\n`, timeMs });
  }

  /** Flush partial lines (the process ended). */
  flush(timeMs: number): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      if (this.partial[stream] !== '') {
        this.push({ stream, text: this.partial[stream], timeMs });
        this.partial[stream] = '';
      }
    }
  }

  private push(e: LogEntry): void {
    this.entries.push(e);
    for (const f of this.followers) f(e);
  }

  all(): readonly LogEntry[] {
    return this.entries;
  }

  follow(listener: (e: LogEntry) => void): () => void {
    this.followers.add(listener);
    return () => this.followers.delete(listener);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Bytes of the json-file log on disk (each record wrapped as `{"log":…,"stream":…,"time":…}`). */
  diskBytes(): number {
    let n = 0;
    for (const e of this.entries) n += e.text.length + 60;
    return n;
  }
}
