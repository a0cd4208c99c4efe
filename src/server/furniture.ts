import { readListFile } from "../text/data-files.ts";
import type { FurnitureLists } from "./public/headline.js";

/**
 * The word lists the page's headline reader (public/headline.js) needs to skip page furniture as
 * the command line does, read from the same data files (src/text/clean/markers.ts), so that the
 * page carries no copy of them.
 */
export function furnitureLists(): FurnitureLists {
  return {
    lineMarkers: readListFile("line-markers.txt"),
    endMarkers: readListFile("end-markers.txt"),
    timestampWords: readListFile("timestamp-words.txt"),
    promptPrefixes: readListFile("prompt-prefixes.txt"),
  };
}

/** The lists as the module the page imports (`/furniture.js`). */
export function furnitureModule(): string {
  return `// The page's copy of data/text's furniture lists, served by src/server/furniture.ts.\nexport default ${JSON.stringify(furnitureLists())};\n`;
}
