import { existsSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { TomtatError } from "../../errors.ts";
import { readEvalJsonl } from "./jsonl.ts";
import { readMdsCorpus } from "./mds.ts";
import type { Dataset } from "./types.ts";

export { parseEvalJsonl, readEvalJsonl, referencesOf } from "./jsonl.ts";
export { readMdsCorpus } from "./mds.ts";
export type { Dataset, EvalCluster } from "./types.ts";

/** Named data sets and where they live under `shared/datasets/`. */
export const DATASETS: Readonly<Record<string, string>> = {
  "abmusu-train": "abmusu/train.jsonl",
  "abmusu-validation": "abmusu/validation.jsonl",
  "vietnamese-mds": "vietnamese-mds/clusters",
};

/** `shared/` folders to look in: beside the current directory, then beside the repository. */
export function sharedRoots(): string[] {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
  return [...new Set([resolve("../shared"), resolve(repo, "../shared")])];
}

/** Resolves a data set name to a path under `shared/datasets/`, or takes any other value as a path. */
export function resolveDataset(
  nameOrPath: string,
  roots: readonly string[] = sharedRoots(),
): string {
  const relative = DATASETS[nameOrPath];
  if (relative === undefined) {
    if (!existsSync(nameOrPath)) {
      const names = Object.keys(DATASETS).join(", ");
      throw new TomtatError(
        "E_NOT_FOUND",
        `no such data set file or folder (named sets: ${names})`,
        nameOrPath,
      );
    }
    return nameOrPath;
  }
  for (const root of roots) {
    const path = join(root, "datasets", relative);
    if (existsSync(path)) return path;
  }
  throw new TomtatError(
    "E_NOT_FOUND",
    `data set "${nameOrPath}" is not present (looked for datasets/${relative} in ${roots.join(", ")}); or give --dataset the path of a JSONL file or a VietnameseMDS folder`,
  );
}

/** Loads a data set by name or path: a JSONL file (AbMuSu or generic) or a VietnameseMDS folder. */
export function loadDataset(nameOrPath: string, roots?: readonly string[]): Dataset {
  const source = resolveDataset(nameOrPath, roots);
  const clusters = statSync(source).isDirectory() ? readMdsCorpus(source) : readEvalJsonl(source);
  return { name: nameOrPath, source, clusters };
}
