// ContainerStop, ContainerKill, ContainerRestart (moby daemon/stop.go, kill.go, restart.go).
// Stop sends the STOPSIGNAL (SIGTERM by default, SIGQUIT for nginx) and waits the timeout (10 s)
// before SIGKILL. PID 1 of a container ignores a signal it has no handler for, so `sleep` or
// `bash` as the main process end `Exited (137)` — after the lab clock has moved by the timeout.

import { touch, type Ctx, who } from './context';
import { invalidSignal, notRunning, type ContainerError } from './errors';
import { findContainer } from './lookup';
import { killNow } from './remove';
import { fail, ok, type Result } from './result';
import { parseSignal, type Signal, SIGKILL, SIGTERM, terminatesByDefault } from './signals';
import { startContainer } from './start';
import { createCancel } from './cancel';
import type { Container } from './types';

export interface StopOptions {
  /** Seconds before SIGKILL; -1 waits for ever. Default: Config.StopTimeout, else 10. */
  readonly timeout?: number;
  /** Overrides the image's STOPSIGNAL. */
  readonly signal?: string;
}

export function stopSignalOf(c: Container, override?: string): Signal | ContainerError {
  const text = override ?? c.config.StopSignal;
  if (text === undefined || text === '') return SIGTERM;
  return parseSignal(text) ?? invalidSignal(text);
}

/** Send `sig` to the main process as the kernel would deliver it to PID 1. */
export function signalMain(ctx: Ctx, c: Container, sig: Signal): void {
  const p = c.process;
  if (!p) return;
  if (sig.number === SIGKILL.number) {
    killNow(ctx, c);
    return;
  }
  const handled = p.deliver(sig);
  // PID 1 without a handler: the signal is ignored (only SIGKILL/SIGSTOP get through).
  if (!handled && p.pid !== 1 && terminatesByDefault(sig)) {
    p.terminate(128 + sig.number);
  }
  if (c.state.paused && sig.number !== 19) {
    c.state.paused = false;
    touch(ctx);
  }
}

export function endRestartLoop(ctx: Ctx, c: Container): void {
  c.restartCancel?.fire();
  c.restartCancel = undefined;
  c.state.restarting = false;
  c.state.running = false;
  touch(ctx);
}

export async function stopContainer(
  ctx: Ctx,
  ref: string,
  o: StopOptions = {},
): Promise<Result<void>> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  const sig = stopSignalOf(c, o.signal);
  if ('code' in sig) return fail(sig);
  c.manuallyStopped = true;
  if (c.state.restarting) {
    endRestartLoop(ctx, c);
    return ok(undefined);
  }
  await stopMain(ctx, c, sig, o.timeout ?? c.config.StopTimeout ?? 10);
  return ok(undefined);
}

/**
 * daemon.containerStop without the API's part: the stop signal, up to `timeout` seconds of lab
 * time, then SIGKILL; kill / die / stop events. (The daemon's shutdown does the same to many
 * containers at once under one drive: daemon.ts.)
 */
export async function stopMain(
  ctx: Ctx,
  c: Container,
  sig: Signal,
  timeout: number,
): Promise<void> {
  const p = c.process;
  if (!c.state.running || !p) return;
  ctx.emit({ type: 'container/killed', ...who(ctx, c), signal: sig.name });
  signalMain(ctx, c, sig);
  if (p.status === undefined && timeout !== 0) {
    const owner = `stop:${c.id}`;
    const cancel = createCancel();
    const waited =
      timeout < 0
        ? new Promise<boolean>(() => undefined)
        : ctx.timers.sleep(timeout * 1000, owner, cancel);
    await ctx.timers.drive((x) => x === owner || x === c.id, Promise.race([p.exited, waited]));
    cancel.fire();
  }
  await endStop(ctx, c, p);
}

/** The end of a stop once the wait is over: SIGKILL if the process still runs, then stop. */
export async function endStop(
  ctx: Ctx,
  c: Container,
  p: { readonly status?: number; readonly exited: Promise<unknown> },
): Promise<void> {
  if (p.status === undefined) {
    ctx.emit({ type: 'container/killed', ...who(ctx, c), signal: 'SIGKILL' });
    killNow(ctx, c);
  }
  await p.exited;
  ctx.emit({ type: 'container/stopped', ...who(ctx, c) });
}

export function killContainer(ctx: Ctx, ref: string, signal = 'SIGKILL'): Result<void> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  const sig = parseSignal(signal);
  if (!sig) return fail(invalidSignal(signal));
  if (!c.state.running) return fail(notRunning(c.id));
  c.manuallyStopped = true;
  ctx.emit({ type: 'container/killed', ...who(ctx, c), signal: sig.name });
  if (c.state.restarting) {
    endRestartLoop(ctx, c);
    return ok(undefined);
  }
  signalMain(ctx, c, sig);
  return ok(undefined);
}

export async function restartContainer(
  ctx: Ctx,
  ref: string,
  o: StopOptions = {},
): Promise<Result<void>> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const stopped = await stopContainer(ctx, f.value.id, o);
  if (!stopped.ok) return stopped;
  const started = startContainer(ctx, f.value.id);
  if (started.ok) ctx.emit({ type: 'container/restarted', ...who(ctx, f.value) });
  return started;
}
