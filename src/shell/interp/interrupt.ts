// Interrupt sources: Ctrl+C from the console, a broken pipe (the reader went away, as SIGPIPE),
// and the step budget. A command sees one Interrupt that trips when any of its sources does.

import type { Interrupt } from '../types';

export class InterruptSource implements Interrupt {
  private tripped = false;
  private readonly listeners = new Set<() => void>();

  get interrupted(): boolean {
    return this.tripped;
  }

  onInterrupt(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  trip(): void {
    if (this.tripped) return;
    this.tripped = true;
    for (const l of [...this.listeners]) l();
  }

  /** A child that trips with this one (or on its own); `dispose` detaches it. */
  child(): { source: InterruptSource; dispose: () => void } {
    const source = new InterruptSource();
    if (this.tripped) source.trip();
    const dispose = this.onInterrupt(() => source.trip());
    return { source, dispose };
  }
}

/** Follow an external signal (the console's foreground signal). */
export function followSignal(signal: Interrupt): { source: InterruptSource; dispose: () => void } {
  const source = new InterruptSource();
  if (signal.interrupted) source.trip();
  const dispose = signal.onInterrupt(() => source.trip());
  return { source, dispose };
}
