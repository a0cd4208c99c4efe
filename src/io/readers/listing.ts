import { lstatSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Cluster } from "../../types.ts";
import { readError } from "./text-file.ts";

/**
 * Why an entry of an input directory was not read: not of the files the directory is read for
 * (`type`: not an article file, a folder among them; `layout`: outside a VietnameseMDS folder's
 * layout), hidden (a dotfile such as `.DS_Store`), a link to nothing, a pipe or a device (which
 * may never end), or one that cannot be looked at (permissions).
 */
export type SkipReason = "type" | "layout" | "hidden" | "broken-link" | "special" | "unreadable";

/** An entry of an input directory that was not read; a folder's name ends with `/`. */
export interface SkippedEntry {
  name: string;
  reason: SkipReason;
}

/** A directory's entries sorted into the files to read and the rest, each with its reason. */
export interface DirectoryListing {
  files: string[];
  skipped: SkippedEntry[];
}

/**
 * Lists a directory (sorted by name) for reading: `wanted` names the files it is read for; a
 * symbolic link counts as what it points to. Hidden entries are skipped, and entries of other
 * names or folders for the reason `other`; so are wanted names that are links to nothing, pipes
 * or devices (a pipe would wait for a writer forever) or cannot be looked at.
 */
export function listDirectory(
  dir: string,
  wanted: (name: string) => boolean,
  other: "type" | "layout",
): DirectoryListing {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw readError(dir, err);
  }
  const listing: DirectoryListing = { files: [], skipped: [] };
  for (const name of names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const path = join(dir, name);
    const kind = entryKind(path);
    const shown = kind === "folder" ? `${name}/` : name;
    const reason: SkipReason | undefined = name.startsWith(".")
      ? "hidden"
      : !wanted(name) || kind === "folder"
        ? other
        : kind === "file"
          ? undefined
          : kind;
    if (reason === undefined) listing.files.push(name);
    else listing.skipped.push({ name: shown, reason });
  }
  return listing;
}

/** What a directory entry is, links followed. */
function entryKind(path: string): "file" | "folder" | "broken-link" | "special" | "unreadable" {
  try {
    const st = statSync(path);
    return st.isFile() ? "file" : st.isDirectory() ? "folder" : "special";
  } catch {
    try {
      return lstatSync(path).isSymbolicLink() ? "broken-link" : "unreadable";
    } catch {
      return "unreadable";
    }
  }
}

/**
 * What reading a cluster saw beside the cluster, for a caller that asks (the CLI): the files it
 * read (checked against an output path), and the entries of a directory it did not read, each
 * with its reason. The cluster names those entries in its `skipped`, without reasons.
 */
export interface ReadLog {
  files: string[];
  skipped: SkippedEntry[];
}

/** A cluster with the names of the skipped entries, when there are any. */
export function withSkipped(cluster: Cluster, skipped: readonly SkippedEntry[]): Cluster {
  return skipped.length > 0 ? { ...cluster, skipped: skipped.map((e) => e.name) } : cluster;
}
