// ContainerPause / ContainerUnpause (freezer cgroup). The lab records the state; a paused
// container's processes are not frozen in their timers (decision 9 in the README).

import { touch, type Ctx, who } from './context';
import { alreadyPaused, notPaused, notRunning, restartingNotRunning } from './errors';
import { findContainer } from './lookup';
import { fail, ok, type Result } from './result';

export function pauseContainer(ctx: Ctx, ref: string): Result<void> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  if (!c.state.running) return fail(notRunning(c.id));
  if (c.state.paused) return fail(alreadyPaused(c.id));
  if (c.state.restarting) return fail(restartingNotRunning(c.id));
  c.state.paused = true;
  touch(ctx);
  ctx.emit({ type: 'container/paused', ...who(ctx, c) });
  return ok(undefined);
}

export function unpauseContainer(ctx: Ctx, ref: string): Result<void> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  if (!c.state.paused) return fail(notPaused(c.id));
  c.state.paused = false;
  touch(ctx);
  ctx.emit({ type: 'container/unpaused', ...who(ctx, c) });
  return ok(undefined);
}
