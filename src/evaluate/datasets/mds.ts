import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { TomtatError } from "../../errors.ts";
import { isMdsCluster, readMdsCluster, resolveLimits } from "../../io/readers/index.ts";
import type { EvalCluster } from "./types.ts";

/** Numeric-aware order, so cluster_2 comes before cluster_10. */
const byName = new Intl.Collator("en", { numeric: true }).compare;

/**
 * The cluster folders of a VietnameseMDS corpus: the folder itself when it is one, or its
 * cluster folders (`clusters/cluster_N/`) in numeric order.
 */
export function mdsClusterDirs(dir: string): string[] {
  if (isMdsCluster(dir)) return [dir];
  return readdirSync(dir)
    .sort(byName)
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isDirectory() && isMdsCluster(path));
}

/**
 * Reads a VietnameseMDS corpus (`mdsClusterDirs`), each cluster read by the project's MDS reader
 * with its `refN` references.
 */
export function readMdsCorpus(dir: string): EvalCluster[] {
  const limits = resolveLimits();
  const dirs = mdsClusterDirs(dir);
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
