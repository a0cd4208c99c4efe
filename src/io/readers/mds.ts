import { readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { TomtatError } from "../../errors.ts";
import { type Limits, tooManyDocuments } from "../../limits.ts";
import type { Cluster, Document } from "../../types.ts";
import { listDirectory, type ReadLog, type SkippedEntry, withSkipped } from "./listing.ts";
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

/** The files of a VietnameseMDS folder that are read, by name, and the entries that are not. */
interface MdsLayout {
  ids: string[];
  infos: string[];
  references: string[];
  skipped: SkippedEntry[];
}

/**
 * Sorts a VietnameseMDS folder: `ID.body.txt` documents, the `ID.info.txt` of each, and
 * `cluster_N.refK.txt` references are read; word-segmented copies (`.tok.txt`) and `.sum.txt`
 * summaries are part of the layout but not read; other entries are skipped (listDirectory).
 */
function mdsLayout(dir: string): MdsLayout {
  const { files, skipped } = listDirectory(dir, (name) => MDS_FILE.test(name), "layout");
  const ids = files
    .filter((f) => f.endsWith(".body.txt"))
    .map((f) => f.slice(0, -".body.txt".length));
  const { references, strays } = ownReferences(
    files.filter((f) => REFERENCE.test(f)),
    basename(dir),
  );
  return {
    ids,
    infos: ids.map((id) => `${id}.info.txt`).filter((f) => files.includes(f)),
    references,
    skipped: [...skipped, ...strays.map((name) => ({ name, reason: "layout" as const }))],
  };
}

const REFERENCE = /^(.*)\.ref\d+\.txt$/;

/**
 * The folder's references: all of them when they name one cluster (`cluster_1.ref1.txt`,
 * `cluster_1.ref2.txt`); when they name several, those named after the folder, the others skipped
 * (another cluster's reference copied in by mistake would be scored against).
 */
function ownReferences(
  files: string[],
  folder: string,
): { references: string[]; strays: string[] } {
  const prefix = (f: string) => REFERENCE.exec(f)?.[1];
  if (new Set(files.map(prefix)).size <= 1) return { references: files, strays: [] };
  return {
    references: files.filter((f) => prefix(f) === folder),
    strays: files.filter((f) => prefix(f) !== folder),
  };
}

/** The paths of the files readMdsCluster reads from a VietnameseMDS folder. */
export function mdsInputFiles(dir: string): string[] {
  const { ids, infos, references } = mdsLayout(dir);
  return [...ids.map((id) => `${id}.body.txt`), ...infos, ...references].map((f) => join(dir, f));
}

/**
 * Reads a VietnameseMDS cluster folder: `ID.body.txt` (text) with `ID.info.txt` (title, date)
 * per document; `cluster_N.ref1.txt`, `.ref2.txt` become the cluster's references. Entries
 * outside that layout (a plain article `extra.txt`, folders, hidden files) are not read: they
 * are named in the cluster's `skipped`, and given with their reason in `log.skipped`; the files
 * read go to `log.files`.
 */
export function readMdsCluster(dir: string, limits: Limits, log?: ReadLog): Cluster {
  const { ids, infos, references, skipped } = mdsLayout(dir);
  log?.skipped.push(...skipped);
  if (ids.length === 0)
    throw new TomtatError("E_EMPTY", "no *.body.txt documents in the folder", dir);
  if (ids.length > limits.maxDocuments) {
    throw tooManyDocuments(`${ids.length} documents`, limits, dir);
  }
  const read = (name: string): string => {
    const path = join(dir, name);
    log?.files.push(path);
    return readTextFile(path, limits.maxDocumentBytes, "maxDocumentBytes");
  };
  const documents = ids.map((id): Document => {
    const body = read(`${id}.body.txt`);
    const info = infos.includes(`${id}.info.txt`) ? parseMdsInfo(read(`${id}.info.txt`)) : {};
    const doc: Document = {
      id,
      title: info.TITLE ?? "",
      body,
      source: join(dir, `${id}.body.txt`),
    };
    if (info.TIME) doc.date = info.TIME;
    return doc;
  });
  const cluster: Cluster = { id: basename(dir), documents };
  if (references.length > 0) cluster.references = references.map((f) => read(f).trim());
  return withSkipped(cluster, skipped);
}
