import { TomtatError } from "../errors.ts";
import { checkCluster, type Limits, resolveLimits } from "../limits.ts";
import { vietnameseShare } from "../text/language.ts";
import type { Cluster } from "../types.ts";

/**
 * Checks a cluster before summarizing: within limits, not empty, and Vietnamese (a text of
 * 40+ words where under 15% of words carry Vietnamese letters is refused).
 */
export function checkInput(cluster: Cluster, partialLimits?: Partial<Limits>): void {
  const limits = resolveLimits(partialLimits);
  if (!cluster || !Array.isArray(cluster.documents)) {
    throw new TomtatError("E_SCHEMA", "expected a cluster with a documents array");
  }
  checkCluster(cluster, limits);
  const all = cluster.documents.map((d) => `${d.title}\n${d.lead ?? ""}\n${d.body}`).join("\n");
  const { words, share } = vietnameseShare(all);
  if (words >= 40 && share < 0.15) {
    throw new TomtatError(
      "E_NOT_VIETNAMESE",
      `the input does not look like Vietnamese (${Math.round(share * 100)}% of ${words} words carry Vietnamese letters)`,
    );
  }
}
