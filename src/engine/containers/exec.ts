// ExecCreate / ExecStart / ExecInspect: a second process in the same container, seeing the same
// root filesystem (so its writes land in the same writable layer). `-u`, `-w`, `-e`, `-t`, `-i`,
// `-d`. It dies with the main process (status 137).

import type { Tty } from '../../console/tty';
import { lookPath, mergeEnv, processEnv, resolveUser } from './command';
import { touch, type Ctx, who } from './context';
import { execPaused, noSuchExec, notRunning, ociExecFailed, restartingNotRunning } from './errors';
import { newId } from './ids';
import { findContainer } from './lookup';
import type { ProcessInput, ProcessOutput } from './process';
import { closedInput, ttyLineInput } from './relay';
import { fail, isError, ok, type Result } from './result';
import { killableInput, killableTty, spawn } from './spawn';
import type { ExecRecord } from './types';

export interface ExecCreateOptions {
  readonly cmd: readonly string[];
  readonly user?: string;
  readonly workingDir?: string;
  /** `K=V` entries added to the container's environment. */
  readonly env?: readonly string[];
  readonly tty?: boolean;
  readonly attachStdin?: boolean;
  readonly privileged?: boolean;
}

export interface ExecStartOptions {
  /** `-d`: start and return at once; output is discarded. */
  readonly detach?: boolean;
  /** The client's terminal for `-t`. */
  readonly tty?: Tty;
  readonly stdin?: ProcessInput;
  readonly stdout?: ProcessOutput;
  readonly stderr?: ProcessOutput;
}

export interface ExecInspect {
  readonly ID: string;
  readonly Running: boolean;
  readonly ExitCode: number | null;
  readonly ProcessConfig: {
    readonly tty: boolean;
    readonly entrypoint: string;
    readonly arguments: readonly string[];
    readonly privileged: boolean;
    readonly user: string;
  };
  readonly OpenStdin: boolean;
  readonly ContainerID: string;
  readonly Pid: number;
}

const DISCARD: ProcessOutput = { write: () => undefined, isTTY: false, columns: 80 };

export function execCreate(ctx: Ctx, ref: string, o: ExecCreateOptions): Result<{ id: string }> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  if (!c.state.running) return fail(notRunning(c.id));
  if (c.state.paused) return fail(execPaused(c.id));
  if (c.state.restarting) return fail(restartingNotRunning(c.id));
  const id = newId(ctx.random);
  const rec: ExecRecord = {
    id,
    containerId: c.id,
    argv: o.cmd,
    user: o.user ?? '',
    workingDir: o.workingDir ?? '',
    env: o.env ?? [],
    tty: o.tty ?? false,
    attachStdin: o.attachStdin ?? false,
    privileged: o.privileged ?? false,
    running: false,
    exitCode: null,
  };
  c.execs.set(id, rec);
  ctx.execs.set(id, rec);
  return ok({ id });
}

export async function execStart(
  ctx: Ctx,
  execId: string,
  o: ExecStartOptions = {},
): Promise<Result<{ exitCode: number | null }>> {
  const ex = ctx.execs.get(execId);
  if (!ex) return fail(noSuchExec(execId));
  const c = ctx.containers.get(ex.containerId);
  if (!c || !c.state.running) return fail(notRunning(ex.containerId));
  if (c.state.paused) return fail(execPaused(c.id));
  if (ex.argv.length === 0) return fail(ociExecFailed('exec: no command', 127));
  const userSpec = ex.user !== '' ? ex.user : c.config.User;
  const user = resolveUser(c.rootfs, userSpec, ociExecFailed);
  if (isError(user)) return fail(user);
  const env = processEnv(mergeEnv(c.config.Env, ex.env), c.config.Hostname, ex.tty, user.home);
  const cwd = ex.workingDir || c.config.WorkingDir || '/';
  if (!c.rootfs.exists(cwd)) {
    ex.exitCode = 127;
    return fail(
      ociExecFailed(
        `chdir to cwd ("${cwd}") set in config.json failed: no such file or directory`,
        127,
      ),
    );
  }
  const name = ex.argv[0] as string;
  const exe = lookPath(c.rootfs, name, env.PATH ?? '', cwd, ociExecFailed);
  if (isError(exe)) {
    ex.exitCode = exe.exitCode ?? 126;
    return fail(exe);
  }
  const proc = spawn(ctx, c, {
    argv: ex.argv,
    executable: exe,
    env,
    cwd,
    user,
    userSpec,
    pid: c.nextPid++,
    owner: ex.id,
    isExec: true,
    io: (kill) => {
      if (o.detach) return { stdin: closedInput(), stdout: DISCARD, stderr: DISCARD };
      const tty = ex.tty && o.tty ? killableTty(o.tty, kill) : undefined;
      const out = o.stdout ?? DISCARD;
      const ttyOut: ProcessOutput | undefined = tty
        ? { write: (t) => tty.write(t), isTTY: true, columns: tty.columns }
        : undefined;
      return {
        ...(tty ? { tty } : {}),
        stdin: tty
          ? killableInput(ttyLineInput(tty), kill)
          : ex.attachStdin && o.stdin
            ? killableInput(o.stdin, kill)
            : closedInput(),
        stdout: ttyOut ?? out,
        stderr: ttyOut ?? o.stderr ?? DISCARD,
      };
    },
  });
  ex.process = proc;
  ex.running = true;
  touch(ctx);
  ctx.emit({
    type: 'container/exec-started',
    ...who(ctx, c),
    execId: ex.id,
    argv: ex.argv,
  });
  const finished = proc.exited.then((code) => {
    ex.running = false;
    ex.exitCode = code;
    ex.process = undefined;
    touch(ctx);
    ctx.emit({
      type: 'container/exec-died',
      ...who(ctx, c),
      execId: ex.id,
      exitCode: code,
    });
    return code;
  });
  if (o.detach) return ok({ exitCode: null });
  await ctx.timers.drive((x) => x === ex.id, finished);
  return ok({ exitCode: await finished });
}

export function execInspect(ctx: Ctx, execId: string): Result<ExecInspect> {
  const ex = ctx.execs.get(execId);
  if (!ex) return fail(noSuchExec(execId));
  return ok({
    ID: ex.id,
    Running: ex.running,
    ExitCode: ex.exitCode,
    ProcessConfig: {
      tty: ex.tty,
      entrypoint: ex.argv[0] ?? '',
      arguments: ex.argv.slice(1),
      privileged: ex.privileged,
      user: ex.user,
    },
    OpenStdin: ex.attachStdin,
    ContainerID: ex.containerId,
    Pid: ex.process?.hostPid ?? 0,
  });
}
