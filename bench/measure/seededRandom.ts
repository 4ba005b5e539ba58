/**
 * A deterministic source of numbers in [0, 1) (the "mulberry32" generator):
 * the same `seed` gives the same sequence in every run, so generated edit
 * histories, and the figures measured on them, are reproducible.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}
