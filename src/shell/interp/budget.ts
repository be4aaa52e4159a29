// The step budget of one run: every simple command, loop iteration and function call is a step,
// and so is each `checkpoint()` of a long-running command (yes, cat /dev/zero). Past the limit the
// run stops with a layerlab message. Every `yieldEvery` steps the host gets a macrotask
// (`yieldToHost`), which is when the console handles keystrokes — so Ctrl+C gets in.

import { AbortSignal } from './control';
import { InterruptSource } from './interrupt';

// About a second of a tight loop (≤ 1 µs a step in Node, see scripts/bench/shell.ts); a long RUN
// line uses a few hundred steps.
export const DEFAULT_STEP_LIMIT = 1_000_000;
const YIELD_EVERY = 2_000;

export class Budget {
  steps = 0;
  exceeded = false;
  /** Why the lab stopped the run when it was not the step count (runaway recursion), or null. */
  stopMessage: string | null = null;
  /** The run's root interrupt: Ctrl+C, or the budget running out. */
  root = new InterruptSource();

  constructor(
    readonly limit: number,
    private readonly yieldToHost?: () => Promise<void>,
  ) {}

  /** Start a new run (each command line typed at the prompt has its own budget). */
  reset(root: InterruptSource): void {
    this.steps = 0;
    this.exceeded = false;
    this.stopMessage = null;
    this.root = root;
  }

  /**
   * Stop the whole run now with this `layerlab:` line (runaway recursion, a fork bomb): every
   * process of the run — pipeline stages too — ends at its next step. Returns the signal to throw.
   */
  stop(message: string): AbortSignal {
    if (!this.exceeded) {
      this.exceeded = true;
      this.stopMessage = message;
      this.root.trip();
    }
    return new AbortSignal('steps', 130);
  }

  private count(): boolean {
    if (this.exceeded) return false;
    if (++this.steps > this.limit) {
      this.exceeded = true;
      this.root.trip();
      return false;
    }
    return true;
  }

  private due(): boolean {
    return this.yieldToHost !== undefined && this.steps % YIELD_EVERY === 0;
  }

  /** What a nested run (an interactive `bash` inside a command) must give back when it ends. */
  save(): () => void {
    const { steps, exceeded, root, stopMessage } = this;
    return () => {
      this.steps = steps;
      this.exceeded = exceeded;
      this.stopMessage = stopMessage;
      this.root = root;
    };
  }

  /**
   * An interpreter step: throws AbortSignal when the run must stop. Returns a promise only when
   * the host is due a turn; the caller awaits it and calls `check()` again.
   */
  step(): Promise<void> | undefined {
    if (this.exceeded) throw new AbortSignal('steps', 130);
    if (this.root.interrupted) throw new AbortSignal('interrupt', 130);
    if (++this.steps > this.limit) {
      this.exceeded = true;
      this.root.trip();
      throw new AbortSignal('steps', 130);
    }
    if (this.yieldToHost !== undefined && this.steps % YIELD_EVERY === 0) return this.yieldToHost();
    return undefined;
  }

  check(): void {
    if (this.exceeded) throw new AbortSignal('steps', 130);
    if (this.root.interrupted) throw new AbortSignal('interrupt', 130);
  }

  /** A command's step: false means stop now. */
  async checkpoint(): Promise<boolean> {
    if (this.root.interrupted || !this.count()) return false;
    if (this.due()) await this.yieldToHost?.();
    return !this.root.interrupted;
  }
}
