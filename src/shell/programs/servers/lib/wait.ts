// A server's main loop: wait, serving through the listeners, until it is told to stop — by its
// signal (docker stop's SIGQUIT/SIGTERM, Ctrl+C) or by another program (`nginx -s quit`).

import type { CommandContext } from '../../../types';

export interface StopSwitch {
  /** Resolves once, when the server must stop; says who asked. */
  readonly stopped: Promise<'signal' | 'command'>;
  /** Ask it to stop (from `-s quit`, `apachectl stop`, `SHUTDOWN`). */
  stop(): void;
}

export function stopSwitch(ctx: CommandContext): StopSwitch {
  let resolve: (how: 'signal' | 'command') => void = () => undefined;
  const stopped = new Promise<'signal' | 'command'>((r) => (resolve = r));
  if (ctx.signal.interrupted) resolve('signal');
  else {
    const off = ctx.signal.onInterrupt(() => {
      off();
      resolve('signal');
    });
  }
  return { stopped, stop: () => resolve('command') };
}
