/** A small seeded PRNG (mulberry32): the same seed gives the same catalogue on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
    /** A whole amount of DZD between min and max, rounded to `step`. */
    price: (min: number, max: number, step = 1000) => Math.round((min + next() * (max - min)) / step) * step,
  };
}

export type Random = ReturnType<typeof seededRandom>;
