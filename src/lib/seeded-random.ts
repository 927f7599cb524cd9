/** A small seeded generator (mulberry32): the same seed always gives the same sequence (benchmark corpora, fuzz runs). */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** An integer from low to high, both included. */
  int(low: number, high: number): number;
  pick<T>(items: readonly T[]): T;
}

export function seededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  return { next, int, pick: (items) => items[int(0, items.length - 1)]! };
}
