import { statSync } from "node:fs";
import { basename, extname } from "node:path";
import { expectStrings, TomtatError } from "../../errors.ts";
import { checkCluster, jsonReadLimit, type Limits, resolveLimits } from "../../limits.ts";
import type { Cluster } from "../../types.ts";
import { parseJsonlEntries } from "./abmusu.ts";
import { readArticleDirectory, readArticleFile, readTextFile } from "./files.ts";
import { parseJsonCluster } from "./json-cluster.ts";
import { isMdsCluster, readMdsCluster } from "./mds.ts";

export { checkCluster, DEFAULT_LIMITS, type Limits, resolveLimits } from "../../limits.ts";
export { type JsonlRecord, parseJsonl } from "./abmusu.ts";
export { parseArticleText } from "./article-text.ts";
export { decodeText } from "./decode.ts";
export { readArticleDirectory, readArticleFile, readTextFile } from "./files.ts";
export { clusterFromJson, parseJsonCluster } from "./json-cluster.ts";
export { isMdsCluster, parseMdsInfo, readMdsCluster } from "./mds.ts";

/** Largest JSONL file read at once (each cluster in it is still checked against the per-document limit). */
export const MAX_JSONL_BYTES = 512 * 1024 * 1024;

/** A file holding one cluster as JSON (AbMuSu shape or `{"documents":[…]}`), read as stdin is. */
const JSON_FILE = /\.json$/i;
const JSONL_FILE = /\.jsonl$/i;

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    throw new TomtatError("E_NOT_FOUND", "no such file or directory", path);
  }
}

/**
 * Reads one cluster from paths: one directory (articles, or a VietnameseMDS folder), one JSON
 * cluster file (.json), or several article files. Limits are checked; nothing is truncated.
 */
export function readCluster(paths: string[], partialLimits?: Partial<Limits>): Cluster {
  expectStrings(paths, "paths");
  const limits = resolveLimits(partialLimits);
  if (paths.length === 0) throw new TomtatError("E_USAGE", "no input given");
  const first = paths[0] as string;
  if (paths.length === 1 && isDirectory(first)) {
    const cluster = isMdsCluster(first)
      ? readMdsCluster(first, limits)
      : readArticleDirectory(first, limits);
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
    const text = readTextFile(first, jsonReadLimit(limits));
    return checkCluster(
      parseJsonCluster(text, first, basename(first, extname(first))),
      limits,
      first,
    );
  }
  if (paths.length > limits.maxDocuments) {
    throw new TomtatError(
      "E_TOO_MANY_DOCUMENTS",
      `${paths.length} files; the limit is ${limits.maxDocuments}`,
    );
  }
  const documents = paths.map((p) => readArticleFile(p, limits));
  // A problem of the whole cluster is not about the first file: name the files it came from.
  return checkCluster({ id: basename(first), documents }, limits, `${paths.length} input files`);
}

/** Reads one JSON cluster from a text (stdin): AbMuSu shape or `{"documents":[…]}`. */
export function readJsonCluster(
  text: string,
  where: string,
  partialLimits?: Partial<Limits>,
): Cluster {
  const limits = resolveLimits(partialLimits);
  return checkCluster(parseJsonCluster(text, where), limits, where);
}

/** One line of a JSONL file read for a batch: its checked cluster, or its error. */
export type JsonlItem =
  | { line: number; id: string; cluster: Cluster }
  | { line: number; id: string; error: TomtatError };

/**
 * Reads every line of a JSONL file for a batch, checking each cluster against the limits. A line
 * that is malformed, off the schema, empty or over a limit is an item with its error; only a
 * fault of the file itself (missing, binary, not UTF-8, too large, no lines) is thrown.
 */
export function readJsonlItems(path: string, partialLimits?: Partial<Limits>): JsonlItem[] {
  const limits = resolveLimits(partialLimits);
  if (isDirectory(path))
    throw new TomtatError("E_USAGE", "expected a JSONL file, got a directory", path);
  const text = readTextFile(path, MAX_JSONL_BYTES);
  return parseJsonlEntries(text, path).map((entry): JsonlItem => {
    const { line, id } = entry;
    if ("error" in entry) return { line, id, error: entry.error };
    try {
      return { line, id, cluster: checkCluster(entry.record.cluster, limits, `${path}:${line}`) };
    } catch (err) {
      if (!(err instanceof TomtatError)) throw err;
      return { line, id, error: err };
    }
  });
}

/** Every cluster of a JSONL file, each checked against the limits; the first bad line throws. */
export function readJsonlFile(path: string, partialLimits?: Partial<Limits>): Cluster[] {
  return readJsonlItems(path, partialLimits).map((item) => {
    if ("error" in item) throw item.error;
    return item.cluster;
  });
}
