// ContainerStart and what happens when the main process ends (moby daemon/start.go,
// daemon/monitor.go, restartmanager): connect the bridge, check the user and the executable as
// runc would, run the main process, and on its exit record the status, kill exec sessions, then
// restart (policy, with backoff), remove (`--rm`) or leave it Exited.

import { FsError } from '../fs/errors';
import { createCancel } from './cancel';
import { lookPath, processEnv, resolveUser } from './command';
import { touch, type Ctx, who } from './context';
import { cannotStartPaused, type ContainerError } from './errors';
import { hostsFile } from './init-layer';
import { findContainer } from './lookup';
import { connectBridge, disconnectBridge, NO_ENDPOINT } from './network';
import { fail, isError, ok, type Result } from './result';
import { spawn } from './spawn';
import type { Container } from './types';
import { removeNow } from './remove';

const MAX_RESTART_DELAY_MS = 60_000;

export function startContainer(ctx: Ctx, ref: string): Result<void> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  if (c.state.paused) return fail(cannotStartPaused());
  if (c.state.running && !c.state.restarting) return ok(undefined);
  if (c.state.restarting) {
    c.restartCancel?.fire();
    c.state.restarting = false;
    c.state.running = false;
  }
  c.manuallyStopped = false;
  const r = startInternal(ctx, c);
  return r ? fail(r) : ok(undefined);
}

/** Start the main process; the error (state stays Created/Exited with its exit code) or nothing. */
export function startInternal(ctx: Ctx, c: Container): ContainerError | undefined {
  const s = c.state;
  if (c.hostConfig.NetworkMode === 'bridge' || c.hostConfig.NetworkMode === 'default') {
    c.network = connectBridge(ctx, c);
  }
  c.bindFiles.set('/etc/hosts', hostsFile(c.network.ipAddress, c.config.Hostname));

  const failStart = (e: ContainerError): ContainerError => {
    s.error = e.message;
    s.exitCode = e.exitCode ?? 128;
    disconnectBridge(ctx, c.network);
    c.network = NO_ENDPOINT;
    touch(ctx);
    return e;
  };
  const user = resolveUser(c.rootfs, c.config.User);
  if (isError(user)) return failStart(user);
  const env = processEnv(c.config.Env, c.config.Hostname, c.config.Tty, user.home);
  const cwd = c.config.WorkingDir || '/';
  if (cwd !== '/' && !c.rootfs.exists(cwd)) {
    try {
      c.rootfs.mkdir(cwd, { recursive: true });
    } catch (e) {
      // a read-only rootfs or a file in the way: the program's chdir then fails
      if (!(e instanceof FsError)) throw e;
    }
  }
  const exe = lookPath(c.rootfs, c.path, env.PATH ?? '', cwd);
  if (isError(exe)) return failStart(exe);

  ctx.nextHostPid++; // containerd-shim, the main process's parent
  c.relay.resetStdin();
  const proc = spawn(ctx, c, {
    argv: [c.path, ...c.args],
    executable: exe,
    env,
    cwd,
    user,
    userSpec: c.config.User,
    pid: 1,
    owner: c.id,
    isExec: false,
    io: (kill) => ({
      ...(c.config.Tty ? { tty: c.relay.terminal(kill) } : {}),
      stdin: c.relay.input(kill),
      stdout: c.relay.output('stdout'),
      stderr: c.relay.output('stderr'),
    }),
  });
  c.process = proc;
  const now = ctx.clock.now();
  s.running = true;
  s.restarting = false;
  s.paused = false;
  s.pid = proc.hostPid;
  s.exitCode = 0;
  s.error = '';
  s.startedAt = now;
  c.hasBeenStarted = true;
  touch(ctx);
  ctx.emit({ type: 'container/started', ...who(ctx, c) });
  void proc.exited.then((code) => handleExit(ctx, c, proc, code));
  return undefined;
}

export function handleExit(ctx: Ctx, c: Container, proc: Container['process'], code: number): void {
  if (c.process !== proc || !proc) return;
  const s = c.state;
  const now = ctx.clock.now();
  const ranMs = now - s.startedAt;
  c.process = undefined;
  for (const ex of c.execs.values()) ex.process?.terminate(137);
  c.logs.flush(now);
  c.relay.closeAll();
  disconnectBridge(ctx, c.network);
  c.network = NO_ENDPOINT;
  s.running = false;
  s.paused = false;
  s.pid = 0;
  s.exitCode = code;
  s.finishedAt = now;
  touch(ctx);
  ctx.emit({ type: 'container/died', ...who(ctx, c), exitCode: code });
  const waiters = c.exitWaiters;
  c.exitWaiters = [];
  for (const w of waiters) w(code);

  const policy = c.hostConfig.RestartPolicy;
  let restart = false;
  // A daemon shutting down restarts nothing (monitor.go: daemonShutdown counts as a manual stop).
  if (!c.manuallyStopped && !ctx.shuttingDown && ctx.containers.has(c.id)) {
    if (policy.Name === 'always' || policy.Name === 'unless-stopped') restart = true;
    else if (policy.Name === 'on-failure') {
      const max = policy.MaximumRetryCount;
      restart = code !== 0 && (max === 0 || c.restartCount < max);
    }
  }
  if (restart) {
    scheduleRestart(ctx, c, ranMs);
    return;
  }
  if (c.hostConfig.AutoRemove && ctx.containers.has(c.id)) removeNow(ctx, c);
}

/** restartmanager: 100 ms, doubling while runs stay under 10 s, at most a minute. */
function scheduleRestart(ctx: Ctx, c: Container, ranMs: number): void {
  if (ranMs >= 10_000) c.restartDelayMs = 0;
  c.restartDelayMs =
    c.restartDelayMs === 0 ? 100 : Math.min(c.restartDelayMs * 2, MAX_RESTART_DELAY_MS);
  c.restartCount++;
  c.state.running = true;
  c.state.restarting = true;
  const cancel = createCancel();
  c.restartCancel = cancel;
  touch(ctx);
  void ctx.timers.sleep(c.restartDelayMs, c.id, cancel).then((fired) => {
    if (!fired || c.restartCancel !== cancel || !ctx.containers.has(c.id)) return;
    c.restartCancel = undefined;
    c.state.restarting = false;
    c.state.running = false;
    const err = startInternal(ctx, c);
    if (err) touch(ctx);
    else ctx.emit({ type: 'container/restarted', ...who(ctx, c) });
  });
}
