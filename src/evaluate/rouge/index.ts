import { TomtatError } from "../../errors.ts";
import { sentenceTokens } from "../../summarize/prepare.ts";
import { segment } from "../../text/segment/index.ts";
import { splitSentences } from "../../text/split/index.ts";
import { createAbmusuScorer } from "./abmusu.ts";
import { createSyllableScorer } from "./syllable.ts";
import { ROUGE_MODES, type RougeMode, type RougeScorer, type Tokenizer } from "./types.ts";

export { createAbmusuScorer, pltrdySentences } from "./abmusu.ts";
export { createSyllableScorer } from "./syllable.ts";
export * from "./types.ts";

export interface ScorerOptions {
  /** Word segmenter for `abmusu` mode (words joined by `_`, punctuation as tokens). */
  segment?: Tokenizer;
}

/**
 * The scorer of a mode. `syllable` tokenizes like the summarizers do (`sentenceTokens`: NFC,
 * tone-normalized, lowercase syllables, no punctuation) and cuts sentences with the project's
 * splitter; `abmusu` uses the project's word segmenter unless one is given.
 */
export function createScorer(mode: RougeMode, options: ScorerOptions = {}): RougeScorer {
  if (!ROUGE_MODES.includes(mode)) {
    throw new TomtatError(
      "E_OPTION",
      `mode must be one of ${ROUGE_MODES.join(", ")}, got ${JSON.stringify(mode) ?? "undefined"}`,
    );
  }
  if (mode === "syllable") return createSyllableScorer(sentenceTokens, splitSentences);
  return createAbmusuScorer(options.segment ?? segment);
}
