// BuildKit's progress bookkeeping: numbered vertices with sub-statuses and logs, each change sent
// to the request's onProgress as a fresh snapshot. Times are lab milliseconds.

import type { Clock } from '../../clock/clock';
import type { BuildProgress, Vertex, VertexStatus } from './progress';

export class Vertices {
  private readonly list = new Map<number, Vertex>();
  private next = 1;
  private planned = 0;

  constructor(
    private readonly clock: Clock,
    private readonly send: (p: BuildProgress) => void,
    private readonly enabled: boolean,
  ) {}

  private put(v: Vertex): void {
    this.list.set(v.index, v);
    if (this.enabled) this.send({ type: 'vertex', vertex: v });
  }

  /** The solve is about to start `count` vertices (0 drops what is left of a plan). */
  plan(count: number): void {
    this.planned = count;
    if (this.enabled) this.send({ type: 'pending', count });
  }

  start(name: string): number {
    if (this.planned > 0) {
      this.planned--;
      if (this.enabled) this.send({ type: 'pending', count: this.planned });
    }
    const index = this.next++;
    this.put({ index, name, startedMs: this.clock.now(), cached: false, statuses: [] });
    return index;
  }

  status(index: number, id: string, text: string, done: boolean): void {
    const v = this.list.get(index);
    if (!v) return;
    const now = this.clock.now();
    const old = v.statuses.find((s) => s.id === id);
    const s: VertexStatus = {
      id,
      text,
      startedMs: old?.startedMs ?? now,
      ...(done ? { completedMs: now } : {}),
    };
    const statuses = old ? v.statuses.map((x) => (x.id === id ? s : x)) : [...v.statuses, s];
    this.put({ ...v, statuses });
  }

  log(index: number, text: string): void {
    if (this.enabled) this.send({ type: 'log', vertex: index, atMs: this.clock.now(), text });
  }

  done(index: number, o: { cached?: boolean; error?: string } = {}): void {
    const v = this.list.get(index);
    if (!v) return;
    this.put({
      ...v,
      completedMs: this.clock.now(),
      cached: o.cached ?? false,
      ...(o.error !== undefined ? { error: o.error } : {}),
    });
  }
}
