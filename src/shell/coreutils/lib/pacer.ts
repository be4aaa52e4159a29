// Streaming filters (cat, grep, sed, awk, tee reading a pipe) call `tick()` once per line. Every
// so many lines it passes ctx.checkpoint(), which is false once their reader has gone (`yes | grep
// y | head -1`), on Ctrl+C, or when the run's budget is spent — so a filter stops as it would on
// SIGPIPE instead of chewing through an endless producer.

import type { CommandContext } from '../../types';

export class Pacer {
  private n = 0;
  stopped = false;

  constructor(
    private readonly ctx: CommandContext,
    private readonly every = 256,
  ) {}

  async tick(): Promise<boolean> {
    if (++this.n % this.every !== 0) return true;
    if (!(await this.ctx.checkpoint())) this.stopped = true;
    return !this.stopped;
  }

  /** Exit status for a filter that was stopped: 130 on Ctrl+C, else 141 (SIGPIPE). */
  get status(): number {
    return this.ctx.signal.interrupted ? 130 : 141;
  }
}
