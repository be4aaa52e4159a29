// The CommandContext a command runs with. Programs get a plain object (they may copy or spread it);
// builtins, which run on every step of a shell loop, get a `BuiltinCall` whose methods live on the
// prototype, so a call allocates one object and no closures.

import type { BuiltinContext } from '../builtins/builtin';
import type { CommandContext, InputStream, OutputStream } from '../types';
import type { Interpreter, IO } from './interpreter';
import { resolvePath } from './paths';
import { claimOutput } from './redirect';
import { isDrainable } from './streams';

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

type ExecIO = Parameters<CommandContext['exec']>[1];

/** Run argv in a child of `sh` (xargs, env, find -exec): no parsing, the shell's lookup. */
function execIn(sh: Interpreter, io: IO, args: readonly string[], streams: ExecIO = {}) {
  if (args.length === 0) return Promise.resolve(0);
  const user = streams.user;
  const child = user
    ? sh.fork({ ...sh.rt, system: { ...sh.rt.system, uid: user.uid, gid: user.gid } })
    : sh.fork();
  const cio: IO = {
    stdin: streams.stdin ?? io.stdin,
    stdout: streams.stdout ?? io.stdout,
    stderr: streams.stderr ?? io.stderr,
    signal: io.signal,
  };
  const assigns = Object.entries(streams.env ?? {});
  return Promise.resolve(child.runProcess(() => child.runWithAssigns(args, cio, assigns), cio));
}

async function checkpointFor(sh: Interpreter, io: IO): Promise<boolean> {
  if (io.signal.interrupted) return false;
  if (!(await sh.rt.budget.checkpoint())) return false;
  const out = io.stdout;
  if (isDrainable(out)) {
    await out.drained();
    if (out.broken) return false;
  }
  return !io.signal.interrupted;
}

/** The context of a program (a registered Command found on PATH): a plain object. */
export function programContext(
  sh: Interpreter,
  argv: readonly string[],
  io: IO,
  env: Record<string, string>,
): CommandContext {
  const cwd = sh.state.cwd;
  claimOutput(io.stdout, basename(argv[0] ?? ''));
  return {
    argv,
    cwd,
    env,
    fs: sh.rt.fs,
    stdin: io.stdin,
    stdout: io.stdout,
    stderr: io.stderr,
    signal: io.signal,
    clock: sh.rt.clock,
    system: sh.rt.system,
    sleep: (ms) => sh.rt.sleep(ms, io.signal),
    resolve: (p) => resolvePath(cwd, p),
    exec: (args, streams) => execIn(sh, io, args, streams),
    checkpoint: () => checkpointFor(sh, io),
  };
}

/** The context of a builtin: the shell itself and its streams come along. */
export class BuiltinCall implements BuiltinContext {
  readonly cwd: string;
  readonly stdin: InputStream;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly signal: IO['signal'];
  private envValue: Record<string, string> | null = null;

  constructor(
    readonly shell: Interpreter,
    readonly argv: readonly string[],
    readonly io: IO,
  ) {
    this.cwd = shell.state.cwd;
    this.stdin = io.stdin;
    this.stdout = io.stdout;
    this.stderr = io.stderr;
    this.signal = io.signal;
  }

  /** Computed on first use: most builtins never read it. */
  get env(): Record<string, string> {
    return (this.envValue ??= this.shell.state.environment());
  }

  get fs() {
    return this.shell.rt.fs;
  }

  get clock() {
    return this.shell.rt.clock;
  }

  get system() {
    return this.shell.rt.system;
  }

  sleep(ms: number): Promise<boolean> {
    return this.shell.rt.sleep(ms, this.io.signal);
  }

  resolve(path: string): string {
    return resolvePath(this.cwd, path);
  }

  exec(args: readonly string[], streams?: ExecIO): Promise<number> {
    return execIn(this.shell, this.io, args, streams);
  }

  checkpoint(): Promise<boolean> {
    return checkpointFor(this.shell, this.io);
  }
}
