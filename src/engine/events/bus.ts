// The engine's event log: every state change (and every read worth teaching) is appended as a
// typed, past-tense event. The director and the diagram subscribe; tests read the log.

export interface EventBus<E> {
  emit(event: E): void;
  /** Call `listener` for every later event; returns the unsubscribe function. */
  subscribe(listener: (event: E) => void): () => void;
  /** Events since the given sequence number (0 = all still kept), and the next sequence number. */
  since(seq: number): { events: E[]; next: number };
}

/** Keeps the last `keep` events so a view that attaches late can catch up; older ones drop off. */
export function createEventBus<E>(keep = 10_000): EventBus<E> {
  const listeners = new Set<(event: E) => void>();
  let log: E[] = [];
  let first = 0; // sequence number of log[0]
  return {
    emit(event) {
      log.push(event);
      if (log.length > keep * 2) {
        const drop = log.length - keep;
        log = log.slice(drop);
        first += drop;
      }
      for (const l of listeners) l(event);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    since(seq) {
      const from = Math.max(0, seq - first);
      return { events: log.slice(from), next: first + log.length };
    },
  };
}
