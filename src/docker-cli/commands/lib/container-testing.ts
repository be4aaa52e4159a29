// Test helpers for the container commands: an engine whose containers run on the containers
// module's fake runner (a program table), two tiny images, and a terminal
// that types scripted lines — `^P^Q` detaches, `^C` interrupts — for -it sessions.

import type {
  ForegroundOptions,
  ForegroundSignal,
  ReadLineOptions,
  ReadResult,
  Tty,
} from '../../../console/tty';
import type { ContainersApi } from '../../../engine/containers';
import { addImage, fakeRunner } from '../../../engine/containers/testing';
import { createEngine, type Engine } from '../../../engine/engine';
import { createMemoryFs } from '../../../engine/storage/memory-fs';
import type { FileSystem } from '../../../engine/fs/types';
import type { Command, CommandContext, OutputStream } from '../../../shell/types';
import { createDockerCommand } from '../../dispatch';
import { dockerCommands } from '../index';

export interface ContainerLab {
  readonly engine: Engine;
  readonly api: ContainersApi;
  readonly docker: Command;
  /** The host's filesystem the docker client sees (env files, cp, cidfile). */
  readonly hostFs: FileSystem;
}

/** An engine with containers: `testos` (Cmd /bin/bash) and `web` (Cmd server, port 80). */
export function containerLab(seed = 1): ContainerLab {
  const engine = createEngine({ seed, runner: fakeRunner });
  const api = engine.containers;
  addImage(engine.images, 'testos', { Cmd: ['/bin/bash'] });
  addImage(engine.images, 'web', {
    Cmd: ['server'],
    StopSignal: 'SIGQUIT',
    ExposedPorts: { '80/tcp': {} },
  });
  const docker = createDockerCommand({ engine, commands: dockerCommands });
  return { engine, api, docker, hostFs: createMemoryFs(engine.clock) };
}

class Capture implements OutputStream {
  text = '';
  constructor(
    readonly isTTY: boolean,
    private readonly sink?: (t: string) => void,
  ) {}
  readonly columns = 80;
  write(t: string): void {
    this.text += t;
    this.sink?.(t);
  }
}

/** A terminal that answers reads with scripted lines; `^P^Q` is typed raw, `^C` interrupts. */
export class ScriptTty implements Tty {
  screen = '';
  private filter: ((data: string) => string) | null = null;
  private cancelled = false;
  private jobs: { tripped: boolean; listeners: Set<() => void> }[] = [];
  /**
   * `lines`: what the reads get (`^C` interrupts the foreground job, `^P^Q` goes through the
   * input filter). `rawKeys`: keys pressed once a client puts the terminal in raw mode
   * (`foreground` with `onCtrlC`), while nothing reads: `^C` goes to that handler, `^P^Q` to the
   * input filter.
   */
  constructor(
    private readonly lines: string[],
    private readonly rawKeys: string[] = [],
  ) {}
  readonly columns = 80;
  readonly rows = 24;

  private next(): string | undefined {
    for (;;) {
      const l = this.lines.shift();
      if (l === undefined) return undefined;
      if (l === '^P^Q') {
        this.cancelled = false;
        const passed = this.filter ? this.filter('\x10\x11') : '\x10\x11';
        if (this.cancelled) return '\u0000cancelled';
        if (passed !== '') return passed;
        continue;
      }
      if (l === '^C') {
        const j = this.jobs[this.jobs.length - 1];
        if (j) for (const f of j.listeners) f();
        continue;
      }
      return l;
    }
  }

  async readLine(o: ReadLineOptions): Promise<ReadResult> {
    await Promise.resolve();
    this.screen += o.prompt;
    const l = this.next();
    if (l === undefined) return { kind: 'eof' };
    // The read was abandoned (cancelRead): end of input for whoever was reading.
    if (l === '\u0000cancelled') return { kind: 'eof' };
    this.screen += `${l}\n`;
    return { kind: 'line', text: l };
  }
  readRaw(): Promise<string> {
    return Promise.resolve('\x04');
  }
  write(text: string): void {
    this.screen += text;
  }
  history(): readonly string[] {
    return [];
  }
  clearHistory(): void {}
  async foreground<T>(
    job: (signal: ForegroundSignal) => Promise<T>,
    options?: ForegroundOptions,
  ): Promise<T> {
    const onCtrlC = options?.onCtrlC;
    if (onCtrlC && this.rawKeys.length > 0) {
      const keys = this.rawKeys.splice(0);
      void Promise.resolve().then(() => {
        for (const k of keys) {
          if (k === '^C') {
            this.screen += '^C';
            onCtrlC();
          } else if (k === '^P^Q') {
            this.filter?.('\x10\x11');
          }
        }
      });
    }
    const j = { tripped: false, listeners: new Set<() => void>() };
    this.jobs.push(j);
    try {
      return await job({
        get interrupted() {
          return j.tripped;
        },
        onInterrupt: (l) => {
          j.listeners.add(l);
          return () => j.listeners.delete(l);
        },
      });
    } finally {
      this.jobs.splice(this.jobs.indexOf(j), 1);
    }
  }
  setInputFilter(filter: ((data: string) => string) | null): void {
    this.filter = filter;
  }
  cancelRead(): void {
    this.cancelled = true;
  }
}

export interface RunResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

export interface RunInOptions {
  /** The learner's terminal: stdin, stdout and stderr are all the terminal. */
  readonly tty?: ScriptTty;
  /** Lines on a non-terminal stdin (each without '\n'). */
  readonly stdin?: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Fire Ctrl+C after this many lab ms of sleeping (stats, logs -f, events). */
  readonly interruptAfterSleeps?: number;
}

/** Run `docker argv…` in the lab, on a terminal or on pipes. */
export async function dockerIn(
  lab: ContainerLab,
  argv: readonly string[],
  o: RunInOptions = {},
): Promise<RunResult> {
  const tty = o.tty;
  const stdout = new Capture(tty !== undefined, tty ? (t) => tty.write(t) : undefined);
  const stderr = new Capture(tty !== undefined, tty ? (t) => tty.write(t) : undefined);
  const lines = [...(o.stdin ?? [])];
  const interruptListeners = new Set<() => void>();
  let interrupted = false;
  let sleeps = 0;
  const fire = (): void => {
    if (interrupted) return;
    interrupted = true;
    for (const l of [...interruptListeners]) l();
  };
  const ctx: CommandContext = {
    argv: ['docker', ...argv],
    cwd: '/root',
    env: o.env ?? {},
    fs: lab.hostFs,
    stdin: tty
      ? {
          readLine: async () => {
            const r = await tty.readLine({ prompt: '' });
            return r.kind === 'line' ? `${r.text}\n` : null;
          },
          readAll: async () => '',
          isTTY: true,
          tty,
        }
      : {
          readLine: async () => {
            const l = lines.shift();
            return l === undefined ? null : `${l}\n`;
          },
          readAll: async () =>
            lines
              .splice(0)
              .map((l) => `${l}\n`)
              .join(''),
          isTTY: false,
        },
    stdout,
    stderr,
    signal: {
      get interrupted() {
        return interrupted;
      },
      onInterrupt: (l) => {
        interruptListeners.add(l);
        return () => interruptListeners.delete(l);
      },
    },
    clock: lab.engine.clock,
    sleep: async (ms) => {
      sleeps++;
      if (o.interruptAfterSleeps !== undefined && sleeps > o.interruptAfterSleeps) {
        fire();
        return false;
      }
      await lab.api.timers.advance(ms);
      return !interrupted;
    },
    resolve: (p) => (p.startsWith('/') ? p : `/root/${p}`),
    exec: async () => 127,
    system: { hostname: 'layerlab', kernelRelease: '6.8.0-1019-layerlab', uid: 0, gid: 0 },
    checkpoint: async () => !interrupted,
  };
  const run = async (): Promise<number> => {
    if (!tty) return ctx.stdin.isTTY ? 0 : await lab.docker.run(ctx);
    return await tty.foreground(async (sig) => {
      sig.onInterrupt(fire);
      return await lab.docker.run(ctx);
    });
  };
  const code = await run();
  return { stdout: stdout.text, stderr: stderr.text, code };
}

/** Run and fail the test on a non-zero exit. */
export async function mustRun(lab: ContainerLab, ...argv: string[]): Promise<RunResult> {
  const r = await dockerIn(lab, argv);
  if (r.code !== 0) throw new Error(`docker ${argv.join(' ')} → ${r.code}: ${r.stderr}`);
  return r;
}
