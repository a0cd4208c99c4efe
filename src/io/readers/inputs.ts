import { statSync } from "node:fs";
import { basename, extname } from "node:path";
import { expectStrings, TomtatError } from "../../errors.ts";
import {
  checkCluster,
  jsonReadLimit,
  jsonReadLimitName,
  type Limits,
  resolveLimits,
  tooManyDocuments,
} from "../../limits.ts";
import type { Cluster } from "../../types.ts";
import { readArticleDirectory, readArticleFile } from "./files.ts";
import { parseJsonCluster } from "./json-cluster.ts";
import type { ReadLog } from "./listing.ts";
import { isMdsCluster, readMdsCluster } from "./mds.ts";
import { readTextFile } from "./text-file.ts";

/** A file holding one cluster as JSON (AbMuSu shape or `{"documents":[…]}`), read as stdin is. */
const JSON_FILE = /\.json$/i;
const JSONL_FILE = /\.jsonl$/i;

/** True for a directory; a path that is not there is E_NOT_FOUND. */
export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    throw new TomtatError("E_NOT_FOUND", "no such file or directory", path);
  }
}

/**
 * Reads one cluster from paths: one directory (articles, or a VietnameseMDS folder), one JSON
 * cluster file (.json), or several article files (a pipe such as `/dev/stdin` too). Limits are
 * checked; nothing is truncated. The entries of a directory that were not read are named in the
 * cluster's `skipped`; `log`, when given, gets them with their reasons, and the files read.
 */
export function readCluster(
  paths: string[],
  partialLimits?: Partial<Limits>,
  log?: ReadLog,
): Cluster {
  expectStrings(paths, "paths");
  const limits = resolveLimits(partialLimits);
  if (paths.length === 0) throw new TomtatError("E_USAGE", "no input given");
  const first = paths[0] as string;
  if (paths.length === 1 && isDirectory(first)) {
    const cluster = isMdsCluster(first)
      ? readMdsCluster(first, limits, log)
      : readArticleDirectory(first, limits, log);
    return checkCluster(cluster, limits, first);
  }
  for (const p of paths) {
    if (isDirectory(p))
      throw new TomtatError("E_USAGE", "give either one directory or several files", p);
    if (JSONL_FILE.test(p))
      throw new TomtatError("E_USAGE", "a JSONL file holds many clusters: give it with --jsonl", p);
    if (JSON_FILE.test(p) && paths.length > 1)
      throw new TomtatError("E_USAGE", "a JSON cluster file is a whole cluster: give it alone", p);
  }
  if (JSON_FILE.test(first)) {
    log?.files.push(first);
    const text = readTextFile(first, jsonReadLimit(limits), jsonReadLimitName(limits));
    return checkCluster(
      parseJsonCluster(text, first, basename(first, extname(first))),
      limits,
      first,
    );
  }
  if (paths.length > limits.maxDocuments) {
    throw tooManyDocuments(`${paths.length} files`, limits);
  }
  const documents = paths.map((p) => readArticleFile(p, limits, log));
  // A problem of the whole cluster is not about the first file: name the files it came from.
  return checkCluster({ id: basename(first), documents }, limits, `${paths.length} input files`);
}
