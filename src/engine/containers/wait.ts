// ContainerWait: resolve with the exit status when the container stops (`not-running`, the
// default), at its next exit (`next-exit`), or once it is removed (`removed`, what `docker run
// --rm` waits for). A foreground wait drives the container's lab-time timers (timers.ts), so
// `docker run ubuntu sleep 5` and `docker wait` end after 5 lab seconds at instant pace.

import type { Ctx } from './context';
import { findContainer } from './lookup';
import type { Result } from './result';
import type { Container } from './types';

export type WaitCondition = 'not-running' | 'next-exit' | 'removed';

export interface WaitResponse {
  readonly statusCode: number;
}

function nextExit(c: Container): Promise<number> {
  return new Promise((r) => c.exitWaiters.push(r));
}

export async function waitContainer(
  ctx: Ctx,
  ref: string,
  condition: WaitCondition = 'not-running',
): Promise<Result<WaitResponse>> {
  const f = findContainer(ctx, ref);
  if (!f.ok) return f;
  const c = f.value;
  const done = (async (): Promise<number> => {
    if (condition === 'removed') {
      if (!ctx.containers.has(c.id)) return c.state.exitCode;
      await new Promise<void>((r) => c.removeWaiters.push(r));
      return c.state.exitCode;
    }
    if (condition === 'not-running' && !c.state.running) return c.state.exitCode;
    let code = await nextExit(c);
    while (condition === 'not-running' && c.state.running) code = await nextExit(c);
    return code;
  })();
  await ctx.timers.drive((o) => o === c.id, done);
  return { ok: true, value: { statusCode: await done } };
}
