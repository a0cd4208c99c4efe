import type { GbdtModel } from "./gbdt.ts";
import { predictGbdt } from "./gbdt.ts";
import type { LogisticModel } from "./logistic.ts";
import { predict } from "./logistic.ts";

/** z-scores of a list (mean 0, deviation 1; all zeros when the list is constant). */
function standardize(values: readonly number[]): number[] {
  const n = values.length || 1;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / n) || 1;
  return values.map((v) => (v - mean) / sd);
}

/**
 * Salience of a cluster's sentences from one or two models: the logistic score alone, or the sum
 * of the two models' scores standardized within the cluster (an unweighted ensemble of the
 * linear and the tree model, which cross-validation preferred to either alone).
 */
export function ensembleScores(
  xs: readonly (readonly number[])[],
  logistic: LogisticModel,
  trees?: GbdtModel,
): number[] {
  const a = xs.map((x) => predict(logistic, x));
  if (!trees) return a;
  const b = xs.map((x) => predictGbdt(trees, x));
  const za = standardize(a);
  const zb = standardize(b);
  return za.map((v, i) => v + (zb[i] as number));
}
