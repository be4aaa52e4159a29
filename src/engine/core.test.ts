import { describe, expect, it } from 'vitest';
import { createFollowingClock, createManualClock, LAB_EPOCH_MS } from './clock/clock';
import { createEngine } from './engine';
import { createEventBus } from './events/bus';
import { createRandom } from './random/random';

describe('clock', () => {
  it('moves only when advanced', () => {
    const c = createManualClock();
    expect(c.now()).toBe(LAB_EPOCH_MS);
    c.advance(5000);
    c.advance(-1);
    expect(c.now()).toBe(LAB_EPOCH_MS + 5000);
  });

  it('can follow a real time source and still skip ahead', () => {
    let real = 100;
    const c = createFollowingClock(() => real, 0);
    real = 350;
    c.advance(1000);
    expect(c.now()).toBe(1250);
  });
});

describe('random', () => {
  it('is reproducible from a seed and resumable from its state', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    expect([a.hex(12), a.int(100), a.next()]).toEqual([b.hex(12), b.int(100), b.next()]);
    const resumed = createRandom(42, a.state());
    expect(resumed.hex(64)).toBe(a.hex(64));
    expect(createRandom(1).hex(12)).not.toBe(createRandom(2).hex(12));
  });

  it('draws hex digits and integers in range', () => {
    const r = createRandom(7);
    expect(r.hex(64)).toMatch(/^[0-9a-f]{64}$/);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(6);
      expect(n >= 0 && n < 6 && Number.isInteger(n)).toBe(true);
    }
    expect(() => r.pick([])).toThrow(RangeError);
  });
});

describe('event bus', () => {
  it('delivers to subscribers until they unsubscribe, and keeps a log', () => {
    const bus = createEventBus<number>(3);
    const seen: number[] = [];
    const off = bus.subscribe((e) => seen.push(e));
    bus.emit(1);
    bus.emit(2);
    off();
    bus.emit(3);
    expect(seen).toEqual([1, 2]);
    expect(bus.since(0)).toEqual({ events: [1, 2, 3], next: 3 });
    expect(bus.since(2).events).toEqual([3]);
  });

  it('drops the oldest events past its limit but keeps sequence numbers', () => {
    const bus = createEventBus<number>(2);
    for (let i = 0; i < 10; i++) bus.emit(i);
    const { events, next } = bus.since(0);
    expect(next).toBe(10);
    expect(events.at(-1)).toBe(9);
    expect(bus.since(9).events).toEqual([9]);
  });
});

describe('engine', () => {
  it('gives the same randomness for the same seed', () => {
    expect(createEngine({ seed: 5 }).random.hex(12)).toBe(createEngine({ seed: 5 }).random.hex(12));
  });
});
