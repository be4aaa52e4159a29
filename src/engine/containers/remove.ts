// ContainerRemove (moby daemon/delete.go): refuse a running or paused container unless forced;
// forced, kill it first. Then drop the name, the writable and init layers, the hold on the
// image's layers, and tell whoever waits for the removal (`docker run --rm`).

import { touch, type Ctx, who } from './context';
import { removePaused, removeRunning } from './errors';
import { findContainer } from './lookup';
import { fail, ok, type Result } from './result';
import { handleExit } from './start';
import type { Container } from './types';

export interface RemoveOptions {
  readonly force?: boolean;
  /** `-v`: anonymous volumes go too (volumes are not modelled yet: accepted, nothing to do). */
  readonly volumes?: boolean;
}

/** Kill the main process now (SIGKILL: 137) and record the exit before returning. */
export function killNow(ctx: Ctx, c: Container, status = 137): void {
  const p = c.process;
  if (!p) return;
  // kill.go: a kill marks the container stopped by the user, except in the daemon's shutdown.
  if (!ctx.shuttingDown) c.manuallyStopped = true;
  p.terminate(status);
  handleExit(ctx, c, p, status);
}

export function removeContainer(ctx: Ctx, ref: string, o: RemoveOptions = {}): Result<void> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  if (c.state.running) {
    if (!o.force) {
      if (c.state.paused) return fail(removePaused(ref));
      if (!c.state.restarting) return fail(removeRunning(ref));
    }
    c.manuallyStopped = true;
    c.restartCancel?.fire();
    c.restartCancel = undefined;
    if (c.process) {
      ctx.emit({ type: 'container/killed', ...who(ctx, c), signal: 'SIGKILL' });
      killNow(ctx, c);
    }
    c.state.running = false;
    c.state.restarting = false;
  }
  if (ctx.containers.has(c.id)) removeNow(ctx, c);
  return ok(undefined);
}

export function removeNow(ctx: Ctx, c: Container): void {
  c.restartCancel?.fire();
  c.restartCancel = undefined;
  ctx.containers.delete(c.id);
  if (ctx.names.get(c.name) === c.id) ctx.names.delete(c.name);
  for (const id of c.execs.keys()) ctx.execs.delete(id);
  if (c.imageTopChainId !== undefined) ctx.images.releaseLayer(c.imageTopChainId);
  touch(ctx);
  ctx.emit({ type: 'container/removed', ...who(ctx, c) });
  const w = c.removeWaiters;
  c.removeWaiters = [];
  for (const f of w) f();
}
