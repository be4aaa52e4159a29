// A one-shot cancellation token: a process being killed, a pending restart being called off.

import type { Cancel } from './timers';

export function createCancel(): Cancel & { fire(): void } {
  let fired = false;
  const listeners = new Set<() => void>();
  return {
    get cancelled() {
      return fired;
    },
    onCancel(listener) {
      if (fired) {
        listener();
        return () => undefined;
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    fire() {
      if (fired) return;
      fired = true;
      for (const l of [...listeners]) l();
      listeners.clear();
    },
  };
}
