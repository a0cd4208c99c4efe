/**
 * Builds the parts of a model that come straight from the training corpus: the syllable
 * vocabulary, the encoded sentences with their gold word starts, and the n-gram trie holding
 * every training n-gram up to `order` plus every dictionary word (flagged), numbered level by
 * level so that each level's weights form one block.
 */
import type { WordSentence } from "./corpus.ts";
import { encode, type TokenCache } from "./features.ts";
import { PAD, RESERVED, type SegmenterConfig, UNK, WORD_FLAG } from "./model.ts";
import { normalizeToken } from "./normalize.ts";
import { PairTable } from "./pair-table.ts";
import { Workspace } from "./workspace.ts";

/** Training sentences, encoded once: padded ids and shapes, gold starts, fold of each. */
export interface EncodedCorpus {
  count: number;
  /** Sentence s has n = length[s] syllables at padded offset offset[s] (n + 2·PAD entries). */
  offset: Int32Array;
  length: Int32Array;
  ids: Int32Array;
  shapes: Uint8Array;
  /** Gold word starts, at padded offsets like `ids`. */
  starts: Uint8Array;
}

/** Vocabulary of normalized syllables seen at least `minCount` times, most frequent first. */
export function buildVocab(sentences: readonly WordSentence[], minCount: number) {
  const counts = new Map<string, number>();
  for (const sentence of sentences)
    for (const word of sentence)
      for (const syl of word) {
        const key = normalizeToken(syl);
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
  const kept = [...counts].filter(([, c]) => c >= minCount);
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const symbols = [...RESERVED, ...kept.map(([s]) => s)];
  const vocab = new Map<string, number>();
  symbols.forEach((s, i) => {
    if (i >= RESERVED.length) vocab.set(s, i);
  });
  return { vocab, symbols };
}

/** Encodes every sentence with the run-time encoder (same ids, shapes and caps handling). */
export function encodeCorpus(
  sentences: readonly WordSentence[],
  vocab: ReadonlyMap<string, number>,
): EncodedCorpus {
  let total = 0;
  for (const s of sentences) total += s.reduce((a, w) => a + w.length, 0) + 2 * PAD;
  const corpus: EncodedCorpus = {
    count: sentences.length,
    offset: new Int32Array(sentences.length),
    length: new Int32Array(sentences.length),
    ids: new Int32Array(total),
    shapes: new Uint8Array(total),
    starts: new Uint8Array(total),
  };
  const ws = new Workspace();
  const cache: TokenCache = new Map();
  let at = 0;
  sentences.forEach((sentence, s) => {
    const tokens = sentence.flat();
    const n = tokens.length;
    encode(vocab, tokens, ws, cache);
    corpus.offset[s] = at;
    corpus.length[s] = n;
    corpus.ids.set(ws.ids.subarray(0, n + 2 * PAD), at);
    corpus.shapes.set(ws.shapes.subarray(0, n + 2 * PAD), at);
    let k = at + PAD;
    for (const word of sentence) {
      corpus.starts[k] = 1;
      k += word.length;
    }
    at += n + 2 * PAD;
  });
  return corpus;
}

/** The trie of n-grams and dictionary words, and the dictionary word occurrences per node. */
export interface BuiltTrie {
  trie: PairTable;
  levelStart: Int32Array;
  flags: Uint8Array;
  /** Dictionary word node → number of occurrences as a word, per fold. */
  wordFolds: Map<number, Int32Array>;
}

/** Builds the trie; a word's fold is `fold(sentence index)`. */
export function buildTrie(
  corpus: EncodedCorpus,
  vocabSize: number,
  config: SegmenterConfig,
  folds: number,
  fold: (s: number) => number,
): BuiltTrie {
  const trie = new PairTable(1 << 20);
  const levelStart = [0, vocabSize];
  let next = vocabSize;
  const { ids, offset, length, starts } = corpus;
  const cur = ids.slice();
  for (let m = 2; m <= config.order; m++) {
    for (let s = 0; s < corpus.count; s++) {
      const o = offset[s] as number;
      const N = (length[s] as number) + 2 * PAD;
      for (let q = o; q < o + N; q++) {
        const parent = cur[q] as number;
        if (parent < 0 || q + m > o + N) {
          cur[q] = -1;
          continue;
        }
        let child = trie.get(parent, ids[q + m - 1] as number);
        if (child < 0) {
          child = next++;
          trie.set(parent, ids[q + m - 1] as number, child);
        }
        cur[q] = child;
      }
    }
    levelStart.push(next);
  }
  // Dictionary words: every gold word without unknown syllables, up to maxWord syllables.
  const words: { ids: number[]; fold: number }[] = [];
  for (let s = 0; s < corpus.count; s++) {
    const o = (offset[s] as number) + PAD;
    const n = length[s] as number;
    for (let k = 0; k < n; ) {
      let end = k + 1;
      while (end < n && starts[o + end] === 0) end++;
      const w = Array.from(ids.subarray(o + k, o + end));
      if (w.length <= config.maxWord && !w.includes(UNK)) words.push({ ids: w, fold: fold(s) });
      k = end;
    }
  }
  const maxLevel = Math.max(config.order, config.maxWord);
  for (let m = config.order + 1; m <= maxLevel; m++) {
    for (const w of words) {
      if (w.ids.length < m) continue;
      const parent = walk(trie, w.ids, m - 1);
      if (trie.get(parent, w.ids[m - 1] as number) < 0)
        trie.set(parent, w.ids[m - 1] as number, next++);
    }
    levelStart.push(next);
  }
  const flags = new Uint8Array(next);
  const wordFolds = new Map<number, Int32Array>();
  for (const w of words) {
    const node = walk(trie, w.ids, w.ids.length);
    flags[node] = WORD_FLAG;
    const counts = wordFolds.get(node) ?? new Int32Array(folds);
    wordFolds.set(node, counts);
    counts[w.fold] = (counts[w.fold] as number) + 1;
  }
  return { trie, levelStart: Int32Array.from(levelStart), flags, wordFolds };
}

/** Node of the first `m` syllables of `ids` (which must be in the trie). */
function walk(trie: PairTable, ids: readonly number[], m: number): number {
  let node = ids[0] as number;
  for (let k = 1; k < m; k++) node = trie.get(node, ids[k] as number);
  return node;
}
