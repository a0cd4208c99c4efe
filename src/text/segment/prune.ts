/**
 * Compacts a trained model for shipping: drops every n-gram whose weights are all below
 * `threshold` in absolute value (weight pruning), unless it is a dictionary word or the prefix
 * of a kept n-gram, and renumbers each trie level sorted by (parent, syllable) so that the
 * stored tree compresses well. Syllable ids are unchanged.
 */
import { makeLayout, type SegmenterModel, WORD_FLAG } from "./model.ts";
import { PairTable } from "./pair-table.ts";

/** The trie as flat arrays: parent and syllable of every node above the unigrams. */
export interface TrieArrays {
  parent: Int32Array;
  symbol: Int32Array;
}

export function trieArrays(model: SegmenterModel): TrieArrays {
  const count = model.levelStart[model.levelStart.length - 1] as number;
  const parent = new Int32Array(count).fill(-1);
  const symbol = new Int32Array(count).fill(-1);
  model.trie.forEach((a, b, node) => {
    parent[node] = a;
    symbol[node] = b;
  });
  for (let v = 0; v < (model.levelStart[1] as number); v++) symbol[v] = v;
  return { parent, symbol };
}

export function pruneModel(model: SegmenterModel, threshold: number): SegmenterModel {
  const { levelStart, layout, config, flags } = model;
  const w = model.weights;
  const count = levelStart[levelStart.length - 1] as number;
  const vocabSize = levelStart[1] as number;
  const { parent, symbol } = trieArrays(model);
  const keep = new Uint8Array(count);
  const levels = levelStart.length - 1;
  for (let m = 1; m <= levels; m++) {
    const width = m <= config.order ? (layout.width[m] as number) : 0;
    for (let node = levelStart[m - 1] as number; node < (levelStart[m] as number); node++) {
      if (m === 1 || ((flags[node] as number) & WORD_FLAG) !== 0) keep[node] = 1;
      const base = width > 0 ? ngramIndex(model, m, node) : 0;
      for (let o = 0; o < width && keep[node] === 0; o++) {
        if (Math.abs(w[base + o] as number) >= threshold) keep[node] = 1;
      }
    }
  }
  // Children are numbered after their parents: one backward pass keeps every prefix.
  for (let node = count - 1; node >= vocabSize; node--) {
    if (keep[node] === 1) keep[parent[node] as number] = 1;
  }
  // Renumber level by level, sorted by (new parent, symbol).
  const renum = new Int32Array(count).fill(-1);
  for (let v = 0; v < vocabSize; v++) renum[v] = v;
  const newStart = [0, vocabSize];
  let next = vocabSize;
  for (let m = 2; m <= levels; m++) {
    const nodes: number[] = [];
    for (let node = levelStart[m - 1] as number; node < (levelStart[m] as number); node++) {
      if (keep[node] === 1) nodes.push(node);
    }
    const key = (node: number) => renum[parent[node] as number] as number;
    nodes.sort((a, b) => key(a) - key(b) || (symbol[a] as number) - (symbol[b] as number));
    for (const node of nodes) renum[node] = next++;
    newStart.push(next);
  }
  const levelStartNew = Int32Array.from(newStart);
  const newLayout = makeLayout(config, levelStartNew);
  const weights = new Float32Array(newLayout.size);
  const trie = new PairTable(next - vocabSize);
  const newFlags = new Uint8Array(next);
  for (let node = 0; node < count; node++) {
    const to = renum[node] as number;
    if (to < 0) continue;
    newFlags[to] = flags[node] as number;
    if (node >= vocabSize)
      trie.set(renum[parent[node] as number] as number, symbol[node] as number, to);
  }
  for (let m = 1; m <= config.order; m++) {
    const width = layout.width[m] as number;
    for (let node = levelStart[m - 1] as number; node < (levelStart[m] as number); node++) {
      const to = renum[node] as number;
      if (to < 0) continue;
      const from = ngramIndex(model, m, node);
      const dest =
        (newLayout.ngramBase[m] as number) + (to - (levelStartNew[m - 1] as number)) * width;
      for (let o = 0; o < width; o++) weights[dest + o] = w[from + o] as number;
    }
  }
  const denseFrom = layout.shape2;
  weights.set(w.subarray(denseFrom, layout.size), newLayout.shape2);
  return { ...model, trie, levelStart: levelStartNew, flags: newFlags, weights, layout: newLayout };
}

function ngramIndex(model: SegmenterModel, m: number, node: number): number {
  const { layout, levelStart } = model;
  return (
    (layout.ngramBase[m] as number) +
    (node - (levelStart[m - 1] as number)) * (layout.width[m] as number)
  );
}
