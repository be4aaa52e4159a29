// Seeded randomness for container IDs, generated names and the like. mulberry32: one 32-bit word
// of state, so it serialises with the rest of the engine and the same seed gives the same lab.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** `length` lowercase hex digits. */
  hex(length: number): string;
  pick<T>(items: readonly T[]): T;
  /** The generator's state, to store in a snapshot and restore with createRandom(seed, state). */
  state(): number;
}

export function createRandom(seed: number, state?: number): Random {
  let s = (state ?? seed) >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  return {
    next,
    int,
    hex(length: number) {
      let out = '';
      for (let i = 0; i < length; i++) out += '0123456789abcdef'[int(16)];
      return out;
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(items.length)] as T;
    },
    state: () => s,
  };
}
