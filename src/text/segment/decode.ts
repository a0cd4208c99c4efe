/**
 * Viterbi decoding (Viterbi 1967) of word starts over a four-state automaton whose state is the
 * length of the current word (1, 2, 3, 4+): a boundary before syllable i scores
 * `emission[i] + trans[state][B]` and resets the state to 1; no boundary scores
 * `trans[state][I]` and lengthens the word. Linear in the sentence length.
 */
import type { SegmenterModel } from "./model.ts";
import type { Workspace } from "./workspace.ts";

/** Fills `ws.starts[0..n-1]` with 1 where a word starts (always at 0). */
export function decode(model: SegmenterModel, ws: Workspace, n: number): void {
  const { emission, starts, back } = ws;
  const w = model.weights;
  const t = model.layout.trans;
  // trans[k][B] at t + 2k, trans[k][I] at t + 2k + 1
  const b0 = w[t] as number;
  const i0 = w[t + 1] as number;
  const b1 = w[t + 2] as number;
  const i1 = w[t + 3] as number;
  const b2 = w[t + 4] as number;
  const i2 = w[t + 5] as number;
  const b3 = w[t + 6] as number;
  const i3 = w[t + 7] as number;
  let s0 = 0;
  let s1 = Number.NEGATIVE_INFINITY;
  let s2 = Number.NEGATIVE_INFINITY;
  let s3 = Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    const e = emission[i] as number;
    // best predecessor of a boundary (2 bits) and of state 4+ (bit 2: came from 4+)
    let best = s0 + b0;
    let arg = 0;
    if (s1 + b1 > best) {
      best = s1 + b1;
      arg = 1;
    }
    if (s2 + b2 > best) {
      best = s2 + b2;
      arg = 2;
    }
    if (s3 + b3 > best) {
      best = s3 + b3;
      arg = 3;
    }
    const from2 = s2 + i2;
    const from3 = s3 + i3;
    const n3 = Math.max(from2, from3);
    back[i] = arg | (from3 > from2 ? 4 : 0);
    s3 = n3;
    s2 = s1 + i1;
    s1 = s0 + i0;
    s0 = best + e;
  }
  let state = 0;
  let top = s0;
  if (s1 > top) {
    top = s1;
    state = 1;
  }
  if (s2 > top) {
    top = s2;
    state = 2;
  }
  if (s3 > top) state = 3;
  for (let i = n - 1; i >= 1; i--) {
    const bp = back[i] as number;
    if (state === 0) {
      starts[i] = 1;
      state = bp & 3;
    } else {
      starts[i] = 0;
      state = state === 3 ? ((bp & 4) !== 0 ? 3 : 2) : state - 1;
    }
  }
  if (n > 0) starts[0] = 1;
}
