// A stage's history as a persistent list: each step adds one entry in O(1) and shares the rest
// with the state before it (a 10,000-step Dockerfile must not copy 10,000 entries per step).
// Materialised only when an image config is written.

import type { HistoryEntry } from '../../images/image-config';

interface Node {
  readonly entry: HistoryEntry;
  readonly prev: Node | undefined;
}

export class History {
  private constructor(
    private readonly base: readonly HistoryEntry[],
    private readonly top: Node | undefined,
    readonly size: number,
  ) {}

  static of(entries: readonly HistoryEntry[]): History {
    return new History(entries, undefined, entries.length);
  }

  push(entry: HistoryEntry): History {
    return new History(this.base, { entry, prev: this.top }, this.size + 1);
  }

  toArray(): HistoryEntry[] {
    const added: HistoryEntry[] = [];
    for (let n = this.top; n; n = n.prev) added.push(n.entry);
    return [...this.base, ...added.reverse()];
  }

  /** The newest entry's `created` (config-only entries take it; see export.ts). */
  lastCreated(): string | undefined {
    for (let n = this.top; n; n = n.prev) if (n.entry.created) return n.entry.created;
    for (let i = this.base.length - 1; i >= 0; i--) {
      const c = this.base[i]?.created;
      if (c) return c;
    }
    return undefined;
  }
}
