/**
 * Feature extraction and scoring of word boundaries (a linear model over the gaps between
 * syllables, as in the character-tagging segmenters of Xue 2003 and Zhang & Clark 2007).
 * One trie walk per syllable finds both the n-gram features (every syllable n-gram up to
 * `order` inside the window left/right of a gap, one weight per window offset) and the
 * dictionary words for the lexicon features; shape, lexicon and reduplication features are
 * dense tables. `scoreGaps` is the fast path; `gapFeatures` lists the same weights for one gap
 * (training updates, tests).
 */
import * as lexicon from "./lexicon.ts";
import type { SegmenterModel } from "./model.ts";
import * as M from "./model.ts";
import * as norm from "./normalize.ts";
import type { Workspace } from "./workspace.ts";

// Module-local copies: imported bindings can cost a getter call per use in hot loops.
const { BOS, EOS, PAD, PAD_SHAPE, SHAPES, UNK, WORD_FLAG } = M;
const S2 = SHAPES * SHAPES;
const { addSpan, resetSpans, spanCodes } = lexicon;
const { normalizeToken, shapeOf } = norm;
const UPPER = norm.Shape.upper;
const UPPER_FOREIGN = norm.Shape.upperForeign;
const LOWER = norm.Shape.lower;
const TITLE = norm.Shape.title;
const LOWER_FOREIGN = norm.Shape.lowerForeign;
const TITLE_FOREIGN = norm.Shape.titleForeign;

/** Surface token → (syllable id << 4 | shape); shared by all calls of one segmenter. */
export type TokenCache = Map<string, number>;
const CACHE_LIMIT = 200_000;
/** Longer tokens (URLs, garbage) are not cached, so the cache stays small. */
const CACHE_MAX_TOKEN = 40;

/** Fills `ws.ids` and `ws.shapes` for `tokens` (padded with BOS/EOS). */
export function encode(
  vocab: ReadonlyMap<string, number>,
  tokens: readonly string[],
  ws: Workspace,
  cache: TokenCache,
): void {
  const n = tokens.length;
  ws.ensure(n);
  const { ids, shapes } = ws;
  for (let k = 0; k < PAD; k++) {
    ids[k] = BOS;
    shapes[k] = PAD_SHAPE;
    ids[n + PAD + k] = EOS;
    shapes[n + PAD + k] = PAD_SHAPE;
  }
  let upper = 0;
  let cased = 0;
  for (let k = 0; k < n; k++) {
    const token = tokens[k] as string;
    let packed = cache.get(token);
    if (packed === undefined) {
      const key = normalizeToken(token);
      packed = ((vocab.get(key) ?? UNK) << 4) | shapeOf(token, key);
      if (token.length <= CACHE_MAX_TOKEN) {
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(token, packed);
      }
    }
    ids[k + PAD] = packed >> 4;
    const shape = packed & 15;
    shapes[k + PAD] = shape;
    if (shape === UPPER || shape === UPPER_FOREIGN) upper++;
    else if (
      shape === LOWER ||
      shape === TITLE ||
      shape === LOWER_FOREIGN ||
      shape === TITLE_FOREIGN
    ) {
      cased++;
    }
  }
  // An all-caps headline says nothing about names: read it as lower case.
  if (upper >= 3 && upper >= 4 * cased) {
    for (let k = PAD; k < n + PAD; k++) if (shapes[k] === UPPER) shapes[k] = LOWER;
  }
}

/**
 * Boundary score of every gap 1..n-1 into `ws.emission`. With `ownLexicon` false, `ws.lex`
 * already holds the lexicon codes (training, where they come from the other folds).
 */
export function scoreGaps(
  model: SegmenterModel,
  ws: Workspace,
  n: number,
  ownLexicon = true,
): void {
  const { config, trie, flags, weights: w, layout, levelStart } = model;
  const { ids, emission } = ws;
  const { left, right, order } = config;
  const maxDepth = Math.max(order, config.maxWord);
  const N = n + 2 * PAD;
  emission.fill(0, 0, n);
  if (ownLexicon) resetSpans(ws, n);
  const qEnd = Math.min(N, n + PAD + right - 1);
  for (let q = Math.max(0, PAD + 1 - left); q < qEnd; q++) {
    let node = ids[q] as number;
    let m = 1;
    const real = q >= PAD && q < n + PAD;
    for (;;) {
      if (m <= order) {
        const width = layout.width[m] as number;
        const base =
          (layout.ngramBase[m] as number) + (node - (levelStart[m - 1] as number)) * width;
        // gap i = q - PAD + left - o must lie in 1..n-1
        const top = q - PAD + left;
        const oLo = Math.max(0, top - (n - 1));
        const oHi = Math.min(width - 1, top - 1);
        for (let o = oLo; o <= oHi; o++) {
          emission[top - o] = (emission[top - o] as number) + (w[base + o] as number);
        }
      }
      if (ownLexicon && real && ((flags[node] as number) & WORD_FLAG) !== 0 && q + m <= n + PAD) {
        addSpan(ws, q - PAD, m);
      }
      if (m >= maxDepth || q + m >= N || (m >= order && !(real && ownLexicon))) break;
      const child = trie.get(node, ids[q + m] as number);
      if (child < 0) break;
      node = child;
      m++;
    }
  }
  if (ownLexicon) spanCodes(ws, n);
  const { shapes, lex } = ws;
  for (let i = 1; i < n; i++) {
    const c = i + PAD;
    const sL2 = shapes[c - 2] as number;
    const sL1 = shapes[c - 1] as number;
    const sR1 = shapes[c] as number;
    const sR2 = shapes[c + 1] as number;
    const s2 = sL1 * SHAPES + sR1;
    const code = lex[i] as number;
    let e =
      (w[layout.shape2 + s2] as number) +
      (w[layout.shape3a + sL2 * S2 + s2] as number) +
      (w[layout.shape3b + s2 * SHAPES + sR2] as number) +
      (w[layout.shape4 + (sL2 * S2 + s2) * SHAPES + sR2] as number) +
      (w[layout.lex + code] as number) +
      (w[layout.lexShape + code * S2 + s2] as number);
    if (ids[c - 1] === ids[c] && ids[c] !== UNK) e += w[layout.redup + s2] as number;
    emission[i] = (emission[i] as number) + e;
  }
}

/** Writes the weight indices that score gap i into `out`; returns how many. */
export function gapFeatures(
  model: SegmenterModel,
  ws: Workspace,
  i: number,
  out: Int32Array,
): number {
  const { config, trie, layout, levelStart } = model;
  const { ids, shapes, lex } = ws;
  const { left, right, order } = config;
  const c = i + PAD;
  let k = 0;
  for (let q = c - left; q < c + right; q++) {
    let node = ids[q] as number;
    for (let m = 1; m <= order && q + m <= c + right; m++) {
      if (m > 1) {
        node = trie.get(node, ids[q + m - 1] as number);
        if (node < 0) break;
      }
      const width = layout.width[m] as number;
      const base = (layout.ngramBase[m] as number) + (node - (levelStart[m - 1] as number)) * width;
      out[k++] = base + (q - (c - left));
    }
  }
  const sL2 = shapes[c - 2] as number;
  const sL1 = shapes[c - 1] as number;
  const sR1 = shapes[c] as number;
  const sR2 = shapes[c + 1] as number;
  const s2 = sL1 * SHAPES + sR1;
  const code = lex[i] as number;
  out[k++] = layout.shape2 + s2;
  out[k++] = layout.shape3a + sL2 * S2 + s2;
  out[k++] = layout.shape3b + s2 * SHAPES + sR2;
  out[k++] = layout.shape4 + (sL2 * S2 + s2) * SHAPES + sR2;
  out[k++] = layout.lex + code;
  out[k++] = layout.lexShape + code * S2 + s2;
  if (ids[c - 1] === ids[c] && ids[c] !== UNK) out[k++] = layout.redup + s2;
  return k;
}
