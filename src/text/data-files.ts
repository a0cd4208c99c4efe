import { readFileSync } from "node:fs";

/** Reads a one-entry-per-line data file from `data/text/`, skipping blank lines and `#` comments. */
export function readListFile(name: string): string[] {
  const url = new URL(`../../data/text/${name}`, import.meta.url);
  return readFileSync(url, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

/** A list file's entries and its exceptions: the lines that open with `!`, without it. */
export interface ListWithExceptions {
  entries: string[];
  exceptions: string[];
}

/** Reads a list file (see readListFile) whose `!` lines are exceptions to its other entries. */
export function readListWithExceptions(name: string): ListWithExceptions {
  const lines = readListFile(name);
  return {
    entries: lines.filter((l) => !l.startsWith("!")),
    exceptions: lines.filter((l) => l.startsWith("!")).map((l) => l.slice(1).trim()),
  };
}
