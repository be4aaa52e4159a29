// Run one program in a container through the injected ProcessRunner: build its spec, hand it
// killable stdio and a lab-time sleep, and keep the record the daemon needs (host PID, signals,
// exit status). A killed process ends at once with its status; whatever the runner resolves later
// is ignored.

import { cancellableEditor } from '../../console/editor-cancel';
import type {
  ForegroundOptions,
  ForegroundSignal,
  ReadLineOptions,
  ReadResult,
  Tty,
} from '../../console/tty';
import { createCancel } from './cancel';
import type { Ctx } from './context';
import type { ProcessInput, ProcessOutput, ProcessSpec, ProcessUser } from './process';
import type { Signal } from './signals';
import type { Cancel } from './timers';
import type { Container, ProcessRecord } from './types';

/** What Ctrl+C on a process's terminal sends (signals.ts names it; the pty raises it). */
const SIGINT: Signal = { name: 'SIGINT', number: 2 };

export interface SpawnOptions {
  readonly argv: readonly string[];
  readonly executable: string;
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly user: ProcessUser;
  readonly userSpec: string;
  readonly pid: number;
  /** Timer owner: the container ID for the main process, the exec ID for an exec. */
  readonly owner: string;
  readonly isExec: boolean;
  readonly io: (kill: Cancel) => {
    tty?: Tty;
    stdin: ProcessInput;
    stdout: ProcessOutput;
    stderr: ProcessOutput;
  };
}

export function spawn(ctx: Ctx, c: Container, o: SpawnOptions): ProcessRecord {
  const kill = createCancel();
  const handlers = new Set<(s: Signal) => void>();
  let done!: (n: number) => void;
  const exited = new Promise<number>((r) => (done = r));
  const io = o.io(kill);
  const rec: ProcessRecord = {
    hostPid: ctx.nextHostPid++,
    pid: o.pid,
    argv: o.argv,
    user: o.user.name ?? String(o.user.uid),
    startedAt: ctx.clock.now(),
    tty: io.tty !== undefined,
    kill,
    exited,
    deliver(sig) {
      if (handlers.size === 0) return false;
      for (const h of [...handlers]) h(sig);
      return true;
    },
    terminate(status) {
      if (rec.status !== undefined) return;
      rec.status = status;
      done(status);
      kill.fire();
    },
  };
  const spec: ProcessSpec = {
    argv: o.argv,
    executable: o.executable,
    env: o.env,
    cwd: o.cwd,
    user: o.user,
    fs: c.rootfs,
    hostname: c.config.Hostname,
    pid: o.pid,
    ...(io.tty ? { tty: io.tty } : {}),
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    signals: {
      onSignal(h) {
        handlers.add(h);
        return () => handlers.delete(h);
      },
      get killed() {
        return kill.cancelled;
      },
      onKill: (l) => kill.onCancel(l),
    },
    sleep: (ms) => ctx.timers.sleep(ms, o.owner, kill),
    clock: ctx.clock,
    container: { id: c.id, name: c.name, image: c.config.Image },
    isExec: o.isExec,
  };
  // The process holds its terminal: Ctrl+C typed there is SIGINT to it, which PID 1 ignores
  // without a handler and any other process dies of (status 130).
  const offTerminal = io.tty?.setForegroundProcess?.(() => {
    if (rec.status !== undefined) return;
    if (!rec.deliver(SIGINT) && rec.pid !== 1) rec.terminate(128 + SIGINT.number);
  });
  if (offTerminal) void exited.then(offTerminal);
  ctx.runner.run(spec).then(
    (status) => rec.terminate(status & 0xff),
    () => rec.terminate(255),
  );
  return rec;
}

/** A client's stdin that reads EOF once the process is killed. */
export function killableInput(input: ProcessInput, kill: Cancel): ProcessInput {
  const race = <T>(p: Promise<T>, dead: T): Promise<T> =>
    kill.cancelled
      ? Promise.resolve(dead)
      : new Promise<T>((resolve) => {
          const off = kill.onCancel(() => resolve(dead));
          p.then((v) => {
            off();
            resolve(v);
          });
        });
  return {
    readLine: () => race(input.readLine(), null),
    readAll: () => race(input.readAll(), ''),
    isTTY: input.isTTY,
    ...(input.tty ? { tty: killableTty(input.tty, kill) } : {}),
  };
}

/** A client's terminal whose reads end (EOF) and writes stop once the process is killed. */
export function killableTty(tty: Tty, kill: Cancel): Tty {
  const race = <T>(p: Promise<T>, dead: T): Promise<T> =>
    kill.cancelled
      ? Promise.resolve(dead)
      : new Promise<T>((resolve) => {
          const off = kill.onCancel(() => resolve(dead));
          p.then((v) => {
            off();
            resolve(v);
          });
        });
  return {
    readLine: (options: ReadLineOptions) =>
      race(tty.readLine(options), { kind: 'eof' } as ReadResult),
    readRaw: () => race(tty.readRaw(), '\x04'),
    // A killed process writes nothing more (the lab's shell around it may still unwind).
    write: (text) => {
      if (!kill.cancelled) tty.write(text);
    },
    get columns() {
      return tty.columns;
    },
    get rows() {
      return tty.rows;
    },
    history: () => tty.history(),
    clearHistory: () => tty.clearHistory(),
    foreground: <T>(job: (signal: ForegroundSignal) => Promise<T>, options?: ForegroundOptions) =>
      tty.foreground(job, options),
    ...(tty.setForegroundProcess
      ? { setForegroundProcess: tty.setForegroundProcess.bind(tty) }
      : {}),
    get editor() {
      return tty.editor && cancellableEditor(tty.editor, kill);
    },
  };
}
