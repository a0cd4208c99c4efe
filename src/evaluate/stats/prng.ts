/** A seeded pseudo-random source: returns floats in [0, 1). */
export type Random = () => number;

/** mulberry32 (Tommy Ettinger, 2017): a 32-bit PRNG, small and good enough for resampling. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed every statistic uses unless told otherwise, so reports are reproducible. */
export const DEFAULT_SEED = 20220901;
