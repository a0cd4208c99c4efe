import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { TomtatError } from "../../errors.ts";
import type { Limits } from "../../limits.ts";
import type { Cluster, Document } from "../../types.ts";
import { type DirectoryCluster, listDirectory, withSkipped } from "./listing.ts";
import { readTextFile } from "./text-file.ts";

/** Parses a VietnameseMDS `ID.info.txt`: `KEY: value` lines (LINK, TITLE, SUMMARY, TIME). Values are word-segmented with `_`. */
export function parseMdsInfo(text: string): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = /^([A-Z ]+):\s?(.*)$/.exec(line.trim());
    if (m)
      info[(m[1] as string).trim()] = (m[2] as string)
        .replace(/_/g, " ")
        .replace(/ ([,.;:!?)])/g, "$1")
        .trim();
  }
  return info;
}

/** True when a directory is a VietnameseMDS cluster folder (`*.body.txt` files). */
export function isMdsCluster(dir: string): boolean {
  return readdirSync(dir).some((f) => f.endsWith(".body.txt"));
}

/** The files of the VietnameseMDS layout: documents, their word-segmented copies, references, summaries. */
const MDS_FILE = /\.(?:body|info|sum|ref\d+)(?:\.tok)?\.txt$/;

/**
 * Reads a VietnameseMDS cluster folder: `ID.body.txt` (text) with `ID.info.txt` (title, date)
 * per document; `cluster_N.ref1.txt`, `.ref2.txt` become the cluster's references. Entries
 * outside that layout (a plain article `extra.txt`, folders, hidden files) are not read: they
 * are listed in `skipped` with their reason, and by name in the cluster's `skipped`.
 */
export function scanMdsCluster(dir: string, limits: Limits): DirectoryCluster {
  const { files, skipped } = listDirectory(dir, (name) => MDS_FILE.test(name), "layout");
  const ids = files
    .filter((f) => f.endsWith(".body.txt"))
    .map((f) => f.slice(0, -".body.txt".length));
  if (ids.length === 0)
    throw new TomtatError("E_EMPTY", "no *.body.txt documents in the folder", dir);
  if (ids.length > limits.maxDocuments) {
    throw new TomtatError(
      "E_TOO_MANY_DOCUMENTS",
      `${ids.length} documents; the limit is ${limits.maxDocuments}`,
      dir,
    );
  }
  const documents = ids.map((id): Document => {
    const bodyPath = join(dir, `${id}.body.txt`);
    const body = readTextFile(bodyPath, limits.maxDocumentBytes);
    const info = files.includes(`${id}.info.txt`)
      ? parseMdsInfo(readTextFile(join(dir, `${id}.info.txt`), limits.maxDocumentBytes))
      : {};
    const doc: Document = { id, title: info.TITLE ?? "", body, source: bodyPath };
    if (info.TIME) doc.date = info.TIME;
    return doc;
  });
  const references = files
    .filter((f) => /\.ref\d+\.txt$/.test(f))
    .map((f) => readTextFile(join(dir, f), limits.maxDocumentBytes).trim());
  const cluster: Cluster = { id: basename(dir), documents };
  if (references.length > 0) cluster.references = references;
  return { cluster: withSkipped(cluster, skipped), skipped };
}

/** Reads a VietnameseMDS cluster folder (scanMdsCluster); entries outside its layout are named in `skipped`. */
export function readMdsCluster(dir: string, limits: Limits): Cluster {
  return scanMdsCluster(dir, limits).cluster;
}
