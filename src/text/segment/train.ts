/**
 * Trains a segmenter with the averaged structured perceptron (Collins 2002) over Viterbi
 * decoding. Lexicon features of training sentences come from a jackknifed dictionary (words
 * of the other folds only), so that the model learns how far to trust the dictionary on text
 * it has not seen. Sentences are visited in file order: training is deterministic.
 */
import { TomtatError } from "../../errors.ts";
import { buildTrie, buildVocab, type EncodedCorpus, encodeCorpus } from "./build.ts";
import type { WordSentence } from "./corpus.ts";
import { decode } from "./decode.ts";
import { gapFeatures, scoreGaps } from "./features.ts";
import { addSpan, resetSpans, spanCodes } from "./lexicon.ts";
import {
  makeLayout,
  PAD,
  type SegmenterConfig,
  type SegmenterModel,
  validateConfig,
  WORD_FLAG,
} from "./model.ts";
import { Workspace } from "./workspace.ts";

export interface TrainOptions {
  config: SegmenterConfig;
  epochs: number;
  /** Folds for the jackknifed dictionary (contiguous blocks of sentences). */
  folds: number;
  /** Syllables seen fewer times are unknown (<unk>) to the model. */
  minCount: number;
  /** Called after each epoch with the averaged model (e.g. to print a dev score). */
  onEpoch?: (epoch: number, model: SegmenterModel, errors: number) => void;
}

export const DEFAULT_TRAIN: TrainOptions = {
  config: { left: 2, right: 2, order: 3, maxWord: 6 },
  epochs: 7,
  folds: 10,
  minCount: 1,
};

/** Trains a model on word-segmented sentences. */
export function trainSegmenter(
  sentences: readonly WordSentence[],
  options: TrainOptions = DEFAULT_TRAIN,
): SegmenterModel {
  validateTrainOptions(options);
  const { config, folds } = options;
  const { vocab, symbols } = buildVocab(sentences, options.minCount);
  const corpus = encodeCorpus(sentences, vocab);
  const foldOf = (s: number) => Math.min(folds - 1, Math.floor((s * folds) / corpus.count));
  const built = buildTrie(corpus, symbols.length, config, folds, foldOf);
  const layout = makeLayout(config, built.levelStart);
  const w = new Float64Array(layout.size);
  const model: SegmenterModel = {
    config,
    vocab,
    symbols,
    trie: built.trie,
    levelStart: built.levelStart,
    flags: built.flags,
    weights: w,
    layout,
    meta: {},
  };
  const lexCodes = jackknifeCodes(model, corpus, built.wordFolds, foldOf);
  const acc = new Float64Array(layout.size);
  const ws = new Workspace();
  const feats = new Int32Array(256);
  let step = 1;
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let errors = 0;
    for (let s = 0; s < corpus.count; s++, step++) {
      const n = load(corpus, lexCodes, s, ws);
      if (n < 2) continue;
      scoreGaps(model, ws, n, false);
      decode(model, ws, n);
      const gold = corpus.starts.subarray((corpus.offset[s] as number) + PAD);
      let wrong = false;
      for (let i = 1; i < n; i++) {
        const g = gold[i] as number;
        if (g === ws.starts[i]) continue;
        wrong = true;
        const delta = g === 1 ? 1 : -1;
        const k = gapFeatures(model, ws, i, feats);
        for (let j = 0; j < k; j++) {
          const f = feats[j] as number;
          w[f] = (w[f] as number) + delta;
          acc[f] = (acc[f] as number) + step * delta;
        }
      }
      if (!wrong) continue;
      errors++;
      updateTransitions(w, acc, layout.trans, gold, 1, step, n);
      updateTransitions(w, acc, layout.trans, ws.starts, -1, step, n);
    }
    options.onEpoch?.(epoch, { ...model, weights: averaged(w, acc, step) }, errors);
  }
  return { ...model, weights: averaged(w, acc, step) };
}

/** Rejects options out of range (E_OPTION) instead of training a useless model. */
export function validateTrainOptions(options: TrainOptions): void {
  validateConfig(options.config);
  const check = (name: string, value: number, min: number, max: number) => {
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new TomtatError(
        "E_OPTION",
        `${name} must be an integer from ${min} to ${max}, got ${String(value)}`,
      );
    }
  };
  check("epochs", options.epochs, 1, 100);
  check("folds", options.folds, 2, 100);
  check("minCount", options.minCount, 1, 1000);
}

/** Averaged weights: w − acc / step (Daumé's trick for the perceptron average). */
function averaged(w: Float64Array, acc: Float64Array, step: number): Float64Array {
  const out = new Float64Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = (w[i] as number) - (acc[i] as number) / step;
  return out;
}

/** Adds `delta` to the transition weights used along the word starts in `starts`. */
function updateTransitions(
  w: Float64Array,
  acc: Float64Array,
  base: number,
  starts: Uint8Array,
  delta: number,
  step: number,
  n: number,
): void {
  let state = 0;
  for (let i = 1; i < n; i++) {
    const b = starts[i] === 1;
    const f = base + 2 * state + (b ? 0 : 1);
    w[f] = (w[f] as number) + delta;
    acc[f] = (acc[f] as number) + step * delta;
    state = b ? 0 : Math.min(state + 1, 3);
  }
}

/** Copies sentence s into the workspace; returns its length. */
function load(corpus: EncodedCorpus, lexCodes: Uint8Array, s: number, ws: Workspace): number {
  const o = corpus.offset[s] as number;
  const n = corpus.length[s] as number;
  ws.ensure(n);
  ws.ids.set(corpus.ids.subarray(o, o + n + 2 * PAD));
  ws.shapes.set(corpus.shapes.subarray(o, o + n + 2 * PAD));
  ws.lex.set(lexCodes.subarray(o, o + n));
  return n;
}

/** Lexicon codes of every training gap from the dictionary of the other folds. */
function jackknifeCodes(
  model: SegmenterModel,
  corpus: EncodedCorpus,
  wordFolds: Map<number, Int32Array>,
  foldOf: (s: number) => number,
): Uint8Array {
  const codes = new Uint8Array(corpus.ids.length);
  const ws = new Workspace();
  const total = new Map<number, number>();
  for (const [node, counts] of wordFolds)
    total.set(
      node,
      counts.reduce((a, b) => a + b, 0),
    );
  const maxWord = model.config.maxWord;
  for (let s = 0; s < corpus.count; s++) {
    const o = (corpus.offset[s] as number) + PAD;
    const n = corpus.length[s] as number;
    const f = foldOf(s);
    ws.ensure(n);
    resetSpans(ws, n);
    for (let p = 0; p < n; p++) {
      let node = corpus.ids[o + p] as number;
      for (let m = 1; m <= maxWord && p + m <= n; m++) {
        if (m > 1) node = model.trie.get(node, corpus.ids[o + p + m - 1] as number);
        if (node < 0) break;
        if (((model.flags[node] as number) & WORD_FLAG) === 0) continue;
        const own = wordFolds.get(node)?.[f] ?? 0;
        if ((total.get(node) ?? 0) - own > 0) addSpan(ws, p, m);
      }
    }
    spanCodes(ws, n);
    codes.set(ws.lex.subarray(0, n), o - PAD);
  }
  return codes;
}
