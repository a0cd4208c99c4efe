import { readFileSync } from "node:fs";

/** Reads a one-entry-per-line data file from `data/text/`, skipping blank lines and `#` comments. */
export function readListFile(name: string): string[] {
  const url = new URL(`../../data/text/${name}`, import.meta.url);
  return readFileSync(url, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}
