import { readFileSync } from "node:fs";

/**
 * Reads a one-entry-per-line list from `data/html/`, skipping blank lines and `#` comments (as
 * src/text/data-files.ts reads `data/text/`).
 */
export function readHtmlList(name: string): string[] {
  const url = new URL(`../../../data/html/${name}`, import.meta.url);
  return readFileSync(url, "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}
