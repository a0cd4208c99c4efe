import { TomtatError } from "../../errors.ts";
import { mean } from "./bootstrap.ts";
import { DEFAULT_SEED, mulberry32 } from "./prng.ts";

export interface PairedResult {
  /** mean(a) − mean(b). */
  meanDiff: number;
  /** One-sided p-value for "A is better than B" (H0: no difference). */
  p: number;
  trials: number;
}

export interface PairedOptions {
  /** Number of random relabelings; default 10000. */
  trials?: number;
  seed?: number;
}

/**
 * Paired approximate randomization test (Noreen 1989; Riezler & Maxwell 2005): under H0 the
 * labels A/B of each cluster's pair of scores are exchangeable, so swap each pair with
 * probability ½ and count how often the shuffled mean difference reaches the observed one.
 * p = (count + 1) / (trials + 1), one-sided for A > B.
 */
export function pairedRandomizationTest(
  a: readonly number[],
  b: readonly number[],
  options: PairedOptions = {},
): PairedResult {
  if (a.length !== b.length) {
    throw new TomtatError(
      "E_USAGE",
      `paired test expects two score lists of the same length, got ${a.length} and ${b.length}`,
    );
  }
  const trials = options.trials ?? 10000;
  const n = a.length;
  const diffs = a.map((x, i) => x - (b[i] as number));
  const observed = mean(diffs);
  if (n === 0) return { meanDiff: 0, p: 1, trials: 0 };
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  // Tolerance so a relabeling that reproduces the observed sum exactly is not lost to rounding.
  const target = observed * n - 1e-12;
  let reached = 0;
  for (let t = 0; t < trials; t++) {
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const d = diffs[i] as number;
      sum += random() < 0.5 ? -d : d;
    }
    if (sum >= target) reached++;
  }
  return { meanDiff: observed, p: (reached + 1) / (trials + 1), trials };
}
