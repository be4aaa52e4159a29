// createShell: a ShellSession for the console (host login, `docker exec -it`), which can also run
// scripts without a terminal (`execute`: RUN steps, `docker run … sh -c`).

import { HostDisk, measureUsed, withDiskQuota } from './disk';
import { createManualClock, type Clock } from '../engine/clock/clock';
import type { FileSystem } from '../engine/fs/types';
import type { Tty } from '../console/tty';
import { builtins } from './builtins';
import { Budget, DEFAULT_STEP_LIMIT } from './interp/budget';
import {
  AbortSignal,
  BreakSignal,
  ExitSignal,
  ExpansionError,
  ReturnSignal,
} from './interp/control';
import { followSignal, InterruptSource } from './interp/interrupt';
import { Interpreter, type IO } from './interp/interpreter';
import type { Runtime } from './interp/runtime';
import { ShellState } from './interp/state';
import { emptyInput } from './interp/streams';
import { parse } from './parser/parser';
import { DEFAULT_PS1, expandPrompt, type Flavor } from './prompt';
import { runRepl } from './repl';
import type { ShellSession } from './session';
import type { Command, InputStream, Interrupt, OutputStream, SystemInfo } from './types';
import { userName } from './builtins/users';
import { HOST_KERNEL_RELEASE } from '../engine/host/facts';

export interface ShellOptions {
  /** The machine's root filesystem: the host's, or a container's union mount. */
  readonly fs: FileSystem;
  /** Programs this machine offers, by basename; each runs only if its file is on PATH too. */
  readonly commands?: Readonly<Record<string, Command>>;
  readonly clock?: Clock;
  readonly system?: Partial<SystemInfo>;
  /** Which distribution's prompt (and shell) this is. Default 'host'. */
  readonly flavor?: Flavor;
  /** The starting environment (exported). Defaults: PATH, HOME=/root, HOSTNAME, TERM. */
  readonly env?: Readonly<Record<string, string>>;
  /** Starting directory; default HOME. */
  readonly cwd?: string;
  /** `$$`. */
  readonly pid?: number;
  /** Evaluation steps per command line before the lab stops it. */
  readonly stepLimit?: number;
  /** Give the host a macrotask now and then (keystrokes, Ctrl+C, paint). Tests pass none. */
  readonly yieldToHost?: () => Promise<void>;
  /** Wait lab time; default: advance the clock at once (instant pace). */
  readonly sleep?: (ms: number, signal: Interrupt) => Promise<boolean>;
  /**
   * The disk writes are charged to (disk.ts). Default: on the host, a 60 GiB disk measured by
   * walking this root; elsewhere none. The lab may hand the host's disk to a container's shell.
   */
  readonly disk?: HostDisk | null;
}

export interface ScriptIO {
  readonly stdin?: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly signal?: Interrupt;
}

export interface Shell extends ShellSession {
  /** Run source without a terminal (a RUN step, `docker run img cmd`); resolves to its status. */
  execute(source: string, io: ScriptIO): Promise<number>;
  /** The working directory (for the diagram, tab completion). */
  readonly cwd: string;
  getVar(name: string): string | undefined;
  /** Budget steps the last finished run used (bench, diagnostics). */
  readonly lastSteps: number;
}

const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function createShell(options: ShellOptions): Shell {
  const clock = options.clock ?? createManualClock();
  let system: SystemInfo = {
    hostname: 'layerlab',
    kernelRelease: HOST_KERNEL_RELEASE,
    uid: 0,
    gid: 0,
    ...options.system,
  };
  const flavor = options.flavor ?? 'host';
  const disk =
    options.disk !== undefined
      ? options.disk
      : flavor === 'host'
        ? new HostDisk(() => measureUsed(options.fs))
        : null;
  if (disk) system = { ...system, disk };
  const rt: Runtime = {
    fs: disk ? withDiskQuota(options.fs, disk) : options.fs,
    commands: options.commands ?? {},
    builtins,
    clock,
    system,
    pid: options.pid ?? 1,
    budget: new Budget(options.stepLimit ?? DEFAULT_STEP_LIMIT, options.yieldToHost),
    sleep:
      options.sleep ??
      ((ms, signal) => {
        if (signal.interrupted) return Promise.resolve(false);
        clock.advance(ms);
        return Promise.resolve(true);
      }),
    errorPrefix: flavor === 'alpine' ? 'sh' : 'bash',
    backgroundNoted: false,
    noted: new Set(),
  };
  const state = new ShellState();
  const env: Record<string, string> = {
    PATH: DEFAULT_PATH,
    HOME: system.uid === 0 ? '/root' : '/',
    HOSTNAME: system.hostname,
    TERM: 'xterm',
    ...options.env,
  };
  for (const [k, v] of Object.entries(env)) state.set(k, v, true);
  state.cwd = options.cwd ?? env.HOME ?? '/';
  state.set('PWD', state.cwd, true);
  state.set('SHLVL', '1', true);
  state.set('PS1', DEFAULT_PS1[flavor]);
  state.set('PS2', '> ');
  state.set('PS4', '+ ');
  state.name = flavor === 'alpine' ? 'sh' : 'bash';
  rt.nestedShell = async (child) => {
    if (!rt.tty) return 0;
    child.set('SHLVL', String(Number(child.get('SHLVL') ?? '1') + 1), true);
    for (const [k, v] of [
      ['PS1', state.get('PS1') ?? ''],
      ['PS2', '> '],
      ['PS4', '+ '],
    ])
      child.set(k, v);
    return runRepl(new Session(rt, child), rt.tty);
  };
  return new Session(rt, state);
}

class Session implements Shell {
  private readonly interp: Interpreter;
  private done = false;
  private status = 0;
  lastSteps = 0;

  constructor(
    private readonly rt: Runtime,
    private readonly state: ShellState,
  ) {
    this.interp = new Interpreter(rt, state);
  }

  get lastExitCode(): number {
    return this.state.status;
  }

  get exited(): boolean {
    return this.done;
  }

  get exitStatus(): number {
    return this.status;
  }

  get cwd(): string {
    return this.state.cwd;
  }

  getVar(name: string): string | undefined {
    return this.state.get(name);
  }

  prompt(): string {
    return this.expand(this.state.get('PS1') ?? '');
  }

  continuationPrompt(): string {
    return this.expand(this.state.get('PS2') ?? '');
  }

  /** bash looks its user up once, at start: a prompt must not read /etc/passwd every time. */
  private userNameCache: string | undefined;

  private expand(ps: string): string {
    const { uid, hostname } = this.rt.system;
    this.userNameCache ??= userName(this.rt.fs, uid) ?? String(uid);
    return expandPrompt(ps, {
      user: this.userNameCache,
      uid,
      hostname,
      cwd: this.state.cwd,
      home: this.state.get('HOME'),
    });
  }

  isComplete(source: string): boolean {
    const r = parse(source);
    return r.ok || !r.error.incomplete;
  }

  run(source: string, tty: Tty): Promise<number> {
    this.rt.tty = tty;
    return tty.foreground(async (signal) => {
      const io = ttyIO(tty, signal, () => {
        // The whole line stops; its message goes straight to the terminal (stdout is muted).
        this.rt.budget.stop(TTY_FLOOD);
      });
      const status = await this.runSource(source, io, true);
      io.dispose();
      return status;
    });
  }

  async execute(source: string, io: ScriptIO): Promise<number> {
    const sio = {
      stdin: io.stdin ?? emptyInput,
      stdout: io.stdout,
      stderr: io.stderr,
      ...followSignal(io.signal ?? new InterruptSource()),
    };
    const status = await this.runSource(source, sio, false);
    sio.dispose();
    return status;
  }

  private async runSource(
    source: string,
    io: Omit<IO, 'signal'> & { source: InterruptSource },
    interactive: boolean,
  ): Promise<number> {
    const parsed = parse(source, { alias: (n) => this.state.aliases.get(n) });
    if (!parsed.ok) {
      const where = interactive
        ? this.rt.errorPrefix
        : `${this.rt.errorPrefix}: line ${parsed.error.line}`;
      io.stderr.write(`${where}: ${parsed.error.message}\n`);
      this.state.status = 2;
      return 2;
    }
    const restore = this.rt.budget.save();
    this.rt.budget.reset(io.source);
    const rio: IO = { stdin: io.stdin, stdout: io.stdout, stderr: io.stderr, signal: io.source };
    let status: number;
    this.interp.resetCounters();
    // A script without a terminal reports `bash: line N: …`, as `bash -c` does.
    this.interp.where = interactive ? null : this.rt.errorPrefix;
    try {
      status = await this.interp.runLines(parsed.script, rio, interactive ? null : 127);
      if (!interactive) status = await this.interp.exitTrap(status, rio);
    } catch (e) {
      if (e instanceof ExitSignal) {
        status = e.status;
        this.done = true;
        if (interactive) io.stderr.write('exit\n');
        status = await Promise.resolve(this.interp.exitTrap(status, rio)).catch(() => status);
        this.status = status;
      } else if (e instanceof AbortSignal) {
        status = e.status;
        const stop = this.rt.budget.stopMessage;
        // Ctrl+C's newline is an interactive shell's (bash prints it when a job dies of
        // SIGINT); a script or a container's main process run through `-c` writes nothing
        // more, with or without a terminal (`docker run -it nginx` then Ctrl+C ends at nginx's
        // last log line). After a flood the terminal stream is muted: the message goes to the
        // terminal itself.
        const err = stop === TTY_FLOOD && this.rt.tty ? this.rt.tty : io.stderr;
        err.write(
          e.reason !== 'steps'
            ? interactive
              ? '\n'
              : ''
            : stop !== null
              ? `${stop === TTY_FLOOD ? '\n' : ''}layerlab: command stopped: ${stop}\n`
              : `\nlayerlab: command stopped: it ran too long (${this.rt.budget.limit.toLocaleString('en-US')} steps)\n`,
        );
      } else if (e instanceof ReturnSignal || e instanceof ExpansionError) status = e.status;
      else if (e instanceof BreakSignal) status = 0;
      else {
        io.stderr.write(
          `layerlab: internal error: ${e instanceof Error ? e.message : String(e)}\n`,
        );
        status = 1;
      }
    } finally {
      this.lastSteps = this.rt.budget.steps;
      restore();
    }
    this.state.status = status;
    return status;
  }
}

/** What one command line may print to the terminal: more would only bury the page. */
const TTY_LIMIT = 8 * 1024 * 1024;
const TTY_FLOOD = 'it printed more than 8 MiB to the terminal';

function ttyIO(tty: Tty, signal: Interrupt, onFlood: () => void) {
  const { source, dispose } = followSignal(signal);
  let written = 0;
  const out: OutputStream = {
    write: (t) => {
      if (written > TTY_LIMIT) return;
      written += t.length;
      if (written > TTY_LIMIT) onFlood();
      else tty.write(t);
    },
    isTTY: true,
    get columns() {
      return tty.columns;
    },
  };
  const readLine = async (): Promise<string | null> => {
    if (source.interrupted) return null;
    const r = await tty.readLine({ prompt: '' });
    return r.kind === 'line' ? `${r.text}\n` : null;
  };
  const stdin: InputStream = {
    isTTY: true,
    tty,
    readLine,
    async readAll() {
      let all = '';
      for (let l = await readLine(); l !== null; l = await readLine()) all += l;
      return all;
    },
  };
  return { stdin, stdout: out, stderr: out, source, dispose };
}
