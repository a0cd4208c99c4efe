import { TomtatError } from "../../errors.ts";
import type { PairTable } from "./pair-table.ts";

/**
 * The segmenter's model: a linear scorer over word-boundary decisions (the gap before each
 * syllable is B, a word starts, or I, the word goes on), decoded by Viterbi over the length of
 * the current word. Its features are syllable n-grams in a window around the gap (one weight per
 * n-gram and window offset), shapes, lexicon matches and word-length transitions.
 * The syllable n-grams live in a trie keyed by (parent node, syllable id).
 */
export interface SegmenterConfig {
  /** Syllables of context before the gap (1–3). */
  left: number;
  /** Syllables of context after the gap (1–3). */
  right: number;
  /** Longest syllable n-gram feature (1–4). */
  order: number;
  /** Longest dictionary word the lexicon features look for. */
  maxWord: number;
}

/**
 * Version of the feature set (templates, shape classes, lexicon codes). A model file records
 * the version it was trained with; a mismatch is refused instead of silently mis-scoring.
 */
export const FEATURES_VERSION = 2;

/** Padding on each side of a sentence (at least `left` and `right`). */
export const PAD = 3;
/** Reserved syllable ids. */
export const UNK = 0;
export const BOS = 1;
export const EOS = 2;
export const RESERVED = ["<unk>", "<s>", "</s>"];
/** Decoder states: length of the current word so far, 1, 2, 3 or 4+. */
export const STATES = 4;
/** Shape classes plus one for padding. */
export const SHAPES = 12;
export const PAD_SHAPE = 11;
/** Lexicon code values (see lexicon.ts). */
export const LEX_CODES = 125;
/** Node flag: the n-gram is a word of the training dictionary. */
export const WORD_FLAG = 1;

/** Where each feature template's weights start in the flat weight array. */
export interface Layout {
  /** `ngramBase[m]`, `width[m]` for n-gram order m (index 0 unused). */
  ngramBase: number[];
  width: number[];
  shape2: number;
  shape3a: number;
  shape3b: number;
  shape4: number;
  lex: number;
  lexShape: number;
  redup: number;
  trans: number;
  size: number;
}

export interface SegmenterModel {
  readonly config: SegmenterConfig;
  /** Normalized syllable → id (`normalizeToken`). */
  readonly vocab: Map<string, number>;
  /** id → normalized syllable. */
  readonly symbols: string[];
  /** (parent node, syllable id) → child node; unigram nodes are the syllable ids. */
  readonly trie: PairTable;
  /** `levelStart[m - 1]` is the first node of depth m; the last entry is the node count. */
  readonly levelStart: Int32Array;
  /** Per node: WORD_FLAG when the n-gram is a dictionary word. */
  readonly flags: Uint8Array;
  readonly weights: Float32Array | Float64Array;
  readonly layout: Layout;
  /** Free-form provenance (training data, date, scores), kept in the model file. */
  readonly meta: Record<string, unknown>;
}

/** Lays out the weight array for `config` and the node count of each trie level. */
export function makeLayout(config: SegmenterConfig, levelStart: Int32Array): Layout {
  const span = config.left + config.right;
  const ngramBase = [0];
  const width = [0];
  let size = 0;
  for (let m = 1; m <= config.order; m++) {
    const nodes = (levelStart[m] ?? 0) - (levelStart[m - 1] ?? 0);
    const w = Math.max(0, span - m + 1);
    ngramBase.push(size);
    width.push(w);
    size += nodes * w;
  }
  const take = (n: number) => {
    const base = size;
    size += n;
    return base;
  };
  const s2 = SHAPES * SHAPES;
  return {
    ngramBase,
    width,
    shape2: take(s2),
    shape3a: take(s2 * SHAPES),
    shape3b: take(s2 * SHAPES),
    shape4: take(s2 * s2),
    lex: take(LEX_CODES),
    lexShape: take(LEX_CODES * s2),
    redup: take(2 * s2),
    trans: take(STATES * 2),
    size,
  };
}

/** Accepted ranges of each config field (the window must fit in the padding). */
const CONFIG_RANGES: Record<keyof SegmenterConfig, [number, number]> = {
  left: [1, 3],
  right: [1, 3],
  order: [1, 4],
  maxWord: [1, 12],
};

/** Throws E_OPTION (or `code`) unless every field of `config` is an integer in range. */
export function validateConfig(config: SegmenterConfig, code: "E_OPTION" | "E_MODEL" = "E_OPTION") {
  for (const [key, [min, max]] of Object.entries(CONFIG_RANGES)) {
    const value = (config as unknown as Record<string, unknown>)[key];
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      throw new TomtatError(
        code,
        `segmenter config ${key} must be an integer from ${min} to ${max}, got ${String(value)}`,
      );
    }
  }
}
