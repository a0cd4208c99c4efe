import { fileURLToPath } from "node:url";
import { TomtatError } from "../../src/errors.ts";

/** Option and data errors print one line `<name>: CODE: message`; anything else keeps its stack trace. */
export function exitOnTomtatError(name: string): void {
  process.on("uncaughtException", (err) => {
    console.error(err instanceof TomtatError ? `${name}: ${err.code}: ${err.message}` : err);
    process.exit(1);
  });
}

/** The word-segmentation corpora in ../shared (default --data of the segmenter scripts). */
export const WORDSEG_DIR = fileURLToPath(
  new URL("../../../shared/datasets/wordseg/", import.meta.url),
);
