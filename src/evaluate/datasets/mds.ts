import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { TomtatError } from "../../errors.ts";
import { isMdsCluster, readMdsCluster, resolveLimits } from "../../io/readers/index.ts";
import type { EvalCluster } from "./types.ts";

/** Numeric-aware order, so cluster_2 comes before cluster_10. */
const byName = new Intl.Collator("en", { numeric: true }).compare;

/**
 * Reads a VietnameseMDS corpus: either one cluster folder or a folder of cluster folders
 * (`clusters/cluster_N/`), each read by the project's MDS reader with its `refN` references.
 */
export function readMdsCorpus(dir: string): EvalCluster[] {
  const limits = resolveLimits();
  const dirs = isMdsCluster(dir)
    ? [dir]
    : readdirSync(dir)
        .sort(byName)
        .map((name) => join(dir, name))
        .filter((path) => statSync(path).isDirectory() && isMdsCluster(path));
  if (dirs.length === 0)
    throw new TomtatError("E_EMPTY", "no VietnameseMDS cluster folders found", dir);
  return dirs.map((path) => {
    const cluster = readMdsCluster(path, limits);
    if (!cluster.references || cluster.references.length === 0) {
      throw new TomtatError("E_SCHEMA", "the cluster has no cluster_N.refK.txt references", path);
    }
    return { ...cluster, references: cluster.references };
  });
}
