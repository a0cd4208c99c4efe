import { TomtatError } from "../../errors.ts";
import { checkCluster, type Limits, resolveLimits } from "../../limits.ts";
import type { Cluster } from "../../types.ts";
import { parseJsonlEntries } from "./abmusu.ts";
import { readTextFile } from "./files.ts";
import { isDirectory } from "./inputs.ts";
import { parseJsonCluster } from "./json-cluster.ts";
import { type JsonlItem, jsonlItem, MAX_JSONL_BYTES } from "./jsonl-stream.ts";

export { checkCluster, DEFAULT_LIMITS, type Limits, resolveLimits } from "../../limits.ts";
export { type JsonlRecord, parseJsonl } from "./abmusu.ts";
export { parseArticleText } from "./article-text.ts";
export { decodeText } from "./decode.ts";
export { readArticleDirectory, readArticleFile, readTextFile } from "./files.ts";
export { readCluster } from "./inputs.ts";
export { clusterFromJson, parseJsonCluster } from "./json-cluster.ts";
export { JSONL_HEAD_BYTES, type JsonlLine, jsonlLines } from "./jsonl-lines.ts";
export { type JsonlItem, MAX_JSONL_BYTES, streamJsonlItems } from "./jsonl-stream.ts";
export type { ReadLog, SkippedEntry, SkipReason } from "./listing.ts";
export { isMdsCluster, parseMdsInfo, readMdsCluster } from "./mds.ts";

/** Reads one JSON cluster from a text (stdin): AbMuSu shape or `{"documents":[…]}`. */
export function readJsonCluster(
  text: string,
  where: string,
  partialLimits?: Partial<Limits>,
): Cluster {
  const limits = resolveLimits(partialLimits);
  return checkCluster(parseJsonCluster(text, where), limits, where);
}

/**
 * Reads every line of a JSONL file for a batch at once, checking each cluster against the
 * limits. A line that is malformed, off the schema, empty or over a limit is an item with its
 * error; only a fault of the file itself (missing, binary, not UTF-8, too large, no lines) is
 * thrown. The whole file is held: streamJsonlItems reads a line at a time.
 */
export function readJsonlItems(path: string, partialLimits?: Partial<Limits>): JsonlItem[] {
  if (isDirectory(path))
    throw new TomtatError("E_USAGE", "expected a JSONL file, got a directory", path);
  return jsonlItems(readTextFile(path, MAX_JSONL_BYTES), path, partialLimits);
}

/** The items of a JSONL text (a file's, or standard input's), as readJsonlItems reads them. */
export function jsonlItems(
  text: string,
  source: string,
  partialLimits?: Partial<Limits>,
): JsonlItem[] {
  const limits = resolveLimits(partialLimits);
  return parseJsonlEntries(text, source).map((entry) =>
    jsonlItem(entry, limits, `${source}:${entry.line}`),
  );
}

/** Every cluster of a JSONL file, each checked against the limits; the first bad line throws. */
export function readJsonlFile(path: string, partialLimits?: Partial<Limits>): Cluster[] {
  return readJsonlItems(path, partialLimits).map((item) => {
    if ("error" in item) throw item.error;
    return item.cluster;
  });
}
