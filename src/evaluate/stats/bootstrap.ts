import { TomtatError } from "../../errors.ts";
import { DEFAULT_SEED, mulberry32 } from "./prng.ts";

export interface Interval {
  mean: number;
  low: number;
  high: number;
}

export interface BootstrapOptions {
  /** Number of resamples; default 1000. */
  samples?: number;
  /** Confidence level in (0, 1); default 0.95. */
  level?: number;
  seed?: number;
}

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length === 0 ? 0 : sum / values.length;
}

/** The q-quantile of sorted values, linear between order statistics (Hyndman & Fan type 7). */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (at - lo);
}

/**
 * Percentile bootstrap confidence interval of the mean (Efron & Tibshirani 1993, ch. 13):
 * resample the values with replacement, take the mean each time, read off the quantiles.
 */
export function bootstrapMeanCI(
  values: readonly number[],
  options: BootstrapOptions = {},
): Interval {
  const samples = options.samples ?? 1000;
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1) || !Number.isInteger(samples) || samples < 1) {
    throw new TomtatError(
      "E_OPTION",
      `bootstrap expects 0 < level < 1 and a positive integer sample count, got level ${level}, samples ${samples}`,
    );
  }
  const m = mean(values);
  const n = values.length;
  if (n === 0) return { mean: 0, low: 0, high: 0 };
  const random = mulberry32(options.seed ?? DEFAULT_SEED);
  const means = new Float64Array(samples);
  for (let s = 0; s < samples; s++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += values[Math.floor(random() * n)] as number;
    means[s] = sum / n;
  }
  means.sort();
  const sorted = Array.from(means);
  const tail = (1 - level) / 2;
  return { mean: m, low: quantile(sorted, tail), high: quantile(sorted, 1 - tail) };
}
