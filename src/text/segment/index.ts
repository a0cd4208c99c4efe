/**
 * Vietnamese word segmentation (`đàm phán` → `đàm_phán`): an averaged-perceptron boundary
 * tagger with syllable n-gram, shape and lexicon features, trained on VLSP-style data by
 * `npm run train:segmenter` (see DATA.md). The shipped model is loaded once, on first use.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { TomtatError } from "../../errors.ts";
import { decodeModel } from "./codec.ts";
import { createSegmenter, type Segmenter } from "./segmenter.ts";

export { decodeModel, encodeModel } from "./codec.ts";
export type { SegmenterConfig, SegmenterModel } from "./model.ts";
export { pretokenize } from "./pretokenize.ts";
export { createSegmenter, type Segmenter } from "./segmenter.ts";

/** The model shipped in the package. */
export const DEFAULT_MODEL_PATH = fileURLToPath(
  new URL("../../../data/models/segmenter.bin.gz", import.meta.url),
);

/** Loads a segmenter from a model file (default: the shipped model). */
export function loadSegmenter(path: string = DEFAULT_MODEL_PATH): Segmenter {
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code === "ENOENT" ? "E_NOT_FOUND" : "E_IO";
    throw new TomtatError(code, `cannot read segmenter model: ${(err as Error).message}`, path);
  }
  return createSegmenter(decodeModel(data, path));
}

let shared: Segmenter | undefined;

/** The segmenter of the shipped model, loaded on first use. */
export function defaultSegmenter(): Segmenter {
  shared ??= loadSegmenter();
  return shared;
}

/** Words of raw Vietnamese text; the syllables of a word are joined by `_`. */
export function segment(text: string): string[] {
  return defaultSegmenter().segment(text);
}

/** Words of already tokenized syllables and punctuation (one token per array item). */
export function segmentTokens(syllables: readonly string[]): string[] {
  return defaultSegmenter().segmentTokens(syllables);
}
