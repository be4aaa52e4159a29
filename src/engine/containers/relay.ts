// The attach relay: between a container's main process and whoever is attached to it (`docker run`
// without -d, `docker attach`, `docker start -a`). The process always talks to the relay; the relay
// forwards to the attached clients, keeps the log, and — for a `-t` container — is the terminal
// the process reads, waiting for a client when nobody is attached (`-dit`). Detaching (Ctrl+P
// Ctrl+Q) only drops the client; the process goes on.

import { cancellableEditor } from '../../console/editor-cancel';
import type {
  ForegroundOptions,
  ForegroundSignal,
  ReadLineOptions,
  ReadResult,
  Tty,
} from '../../console/tty';
import type { LogStore, LogStream } from './logs-store';
import type { ProcessInput, ProcessOutput } from './process';
import type { Cancel } from './timers';

export interface AttachClient {
  /** The client's terminal, for a `-t` container: reads and writes go straight to it. */
  readonly tty?: Tty;
  /** Where the container's stdin comes from, for `-i` without `-t`. */
  readonly stdin?: ProcessInput;
  readonly stdout?: ProcessOutput;
  readonly stderr?: ProcessOutput;
}

export type AttachEnd = 'detached' | 'exited';

export interface AttachSession {
  /** Leave the container running and stop relaying to this client. */
  detach(): void;
  readonly detached: boolean;
  /** Resolves when the session ends: the client detached, or the main process exited. */
  readonly ended: Promise<AttachEnd>;
  /**
   * The client typed Ctrl+C in raw mode (`-t`): the container's pty sends SIGINT to the
   * process in its foreground. Nothing happens without a terminal or a process.
   */
  interrupt(): void;
}

interface Entry {
  readonly client: AttachClient;
  /** The client's stdin reached EOF (its output is still relayed). */
  stdinDone: boolean;
  readonly session: AttachSession;
  end(how: AttachEnd): void;
  readonly gone: Promise<AttachEnd>;
}

export interface RelayOptions {
  readonly logs: LogStore;
  readonly now: () => number;
  readonly tty: boolean;
  readonly openStdin: boolean;
  /** `docker run -i`: the first client's EOF closes the container's stdin. */
  readonly stdinOnce: boolean;
  /** Notified when a client attaches or detaches. */
  readonly onChange?: (attached: boolean) => void;
}

const NO_SIGNAL: ForegroundSignal = { interrupted: false, onInterrupt: () => () => undefined };

export class Relay {
  private readonly clients = new Set<Entry>();
  private waiters: (() => void)[] = [];
  private stdinClosed = false;
  /** What Ctrl+C on the container's terminal does to the process holding it (a `-t` container). */
  private foregroundProcess: (() => void) | null = null;
  constructor(private readonly o: RelayOptions) {}

  /** A new start: a `-i` container's stdin is open again. */
  resetStdin(): void {
    this.stdinClosed = false;
  }

  get attachedCount(): number {
    return this.clients.size;
  }

  attach(client: AttachClient): AttachSession {
    let resolve!: (how: AttachEnd) => void;
    const gone = new Promise<AttachEnd>((r) => (resolve = r));
    let state: AttachEnd | undefined;
    const entry: Entry = {
      client,
      stdinDone: false,
      gone,
      end: (how) => {
        if (state) return;
        state = how;
        this.clients.delete(entry);
        resolve(how);
        this.wake();
        this.o.onChange?.(false);
      },
      session: {
        detach: () => entry.end('detached'),
        get detached() {
          return state === 'detached';
        },
        ended: gone,
        interrupt: () => {
          if (state === undefined) this.foregroundProcess?.();
        },
      },
    };
    this.clients.add(entry);
    this.wake();
    this.o.onChange?.(true);
    return entry.session;
  }

  /** The main process ended: every session ends with 'exited'. */
  closeAll(): void {
    for (const c of [...this.clients]) c.end('exited');
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  private changed(): Promise<void> {
    return new Promise((r) => this.waiters.push(r));
  }

  write(stream: LogStream, text: string): void {
    this.o.logs.append(stream, text, this.o.now());
    for (const { client } of this.clients) {
      if (client.tty) client.tty.write(text);
      else (stream === 'stdout' ? client.stdout : client.stderr)?.write(text);
    }
  }

  /** The process's stdout or stderr (with a TTY both are the terminal: stream stdout). */
  output(stream: LogStream): ProcessOutput {
    const tty = this.o.tty;
    const first = (): AttachClient | undefined => this.clients.values().next().value?.client;
    return {
      write: (text) => this.write(tty ? 'stdout' : stream, text),
      isTTY: tty,
      get columns() {
        return first()?.tty?.columns ?? 80;
      },
    };
  }

  /** A client to read from, waiting for one to attach; undefined once `kill` fires. */
  private async reader(pick: (e: Entry) => boolean, kill: Cancel): Promise<Entry | undefined> {
    for (;;) {
      if (kill.cancelled) return undefined;
      for (const e of this.clients) if (pick(e)) return e;
      const killed = new Promise<void>((r) => {
        const off = kill.onCancel(() => {
          off();
          r();
        });
      });
      await Promise.race([this.changed(), killed]);
    }
  }

  /** Race a client's read against it detaching and the process being killed. */
  private async relayRead<T>(
    e: Entry,
    read: () => Promise<T>,
    kill: Cancel,
  ): Promise<{ value: T } | 'detached' | 'killed'> {
    let off = (): void => undefined;
    const killed = new Promise<'killed'>((r) => {
      off = kill.onCancel(() => r('killed'));
    });
    try {
      return await Promise.race([
        read().then((value) => ({ value })),
        e.gone.then(() => 'detached' as const),
        killed,
      ]);
    } finally {
      off();
    }
  }

  /** The main process's stdin: closed, or relayed from attached clients. */
  input(kill: Cancel): ProcessInput {
    if (this.o.tty) return this.ttyInput(kill);
    if (!this.o.openStdin) return closedInput();
    const readLine = async (): Promise<string | null> => {
      for (;;) {
        if (this.stdinClosed) return null;
        const e = await this.reader((x) => x.client.stdin !== undefined && !x.stdinDone, kill);
        if (!e || !e.client.stdin) return null;
        const stdin = e.client.stdin;
        const r = await this.relayRead(e, () => stdin.readLine(), kill);
        if (r === 'killed') return null;
        if (r === 'detached') continue;
        if (r.value === null) {
          if (this.o.stdinOnce) this.stdinClosed = true;
          e.stdinDone = true;
          if (this.stdinClosed) return null;
          continue;
        }
        return r.value;
      }
    };
    return lineInput(readLine, false);
  }

  private ttyInput(kill: Cancel): ProcessInput {
    return ttyLineInput(this.terminal(kill));
  }

  /** The container's terminal as its process sees it. */
  terminal(kill: Cancel): Tty {
    const first = (): Tty | undefined => {
      for (const e of this.clients) if (e.client.tty) return e.client.tty;
      return undefined;
    };
    const history: string[] = [];
    const viaClient = async <T>(read: (t: Tty) => Promise<T>, killed: T): Promise<T> => {
      for (;;) {
        const e = await this.reader((x) => x.client.tty !== undefined, kill);
        if (!e || !e.client.tty) return killed;
        const t = e.client.tty;
        const r = await this.relayRead(e, () => read(t), kill);
        if (r === 'killed') return killed;
        if (r !== 'detached') return r.value;
      }
    };
    return {
      readLine: (options: ReadLineOptions): Promise<ReadResult> =>
        viaClient((t) => t.readLine(options), { kind: 'eof' } as ReadResult).then((r) => {
          if (r.kind === 'line' && options.history && r.text.trim() !== '') history.push(r.text);
          return r;
        }),
      readRaw: () => viaClient((t) => t.readRaw(), '\x04'),
      write: (text) => this.write('stdout', text),
      get columns() {
        return first()?.columns ?? 80;
      },
      get rows() {
        return first()?.rows ?? 24;
      },
      history: () => history,
      clearHistory: () => {
        history.length = 0;
      },
      foreground: <T>(
        job: (signal: ForegroundSignal) => Promise<T>,
        options?: ForegroundOptions,
      ): Promise<T> => {
        const t = first();
        return t ? t.foreground(job, options) : job(NO_SIGNAL);
      },
      setForegroundProcess: (interrupt) => {
        this.foregroundProcess = interrupt;
        return () => {
          if (this.foregroundProcess === interrupt) this.foregroundProcess = null;
        };
      },
      // The page's editor of the first attached client, closed if the process dies.
      get editor() {
        const e = first()?.editor;
        return e && cancellableEditor(e, kill);
      },
    };
  }
}

/** Stdin over a source of lines; readAll reads them to EOF. */
export function lineInput(readLine: () => Promise<string | null>, isTTY: boolean): ProcessInput {
  return {
    readLine,
    async readAll() {
      let out = '';
      for (let l = await readLine(); l !== null; l = await readLine()) out += l;
      return out;
    },
    isTTY,
  };
}

/** Stdin that is a terminal: each line typed, with its newline; Ctrl+D is EOF. */
export function ttyLineInput(tty: Tty): ProcessInput {
  const readLine = async (): Promise<string | null> => {
    const r = await tty.readLine({ prompt: '' });
    return r.kind === 'line' ? `${r.text}\n` : null;
  };
  return { ...lineInput(readLine, true), tty };
}

export function closedInput(): ProcessInput {
  return {
    readLine: () => Promise.resolve(null),
    readAll: () => Promise.resolve(''),
    isTTY: false,
  };
}
