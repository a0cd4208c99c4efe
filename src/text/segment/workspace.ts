import { PAD } from "./model.ts";

/**
 * Scratch buffers for one sentence, grown on demand and reused across calls so that
 * segmenting a stream allocates nothing per line.
 */
export class Workspace {
  capacity = 0;
  /** Padded syllable ids and shapes (index = syllable index + PAD). */
  ids = new Int32Array(0);
  shapes = new Uint8Array(0);
  /** Per syllable: longest dictionary word starting / ending there; per gap: spanning it. */
  startMax = new Uint8Array(0);
  endMax = new Uint8Array(0);
  cover = new Uint8Array(0);
  /** Per gap (index of the syllable after it): lexicon code and score of a boundary. */
  lex = new Uint8Array(0);
  emission = new Float64Array(0);
  /** Decoder output per syllable: 1 where a word starts. */
  starts = new Uint8Array(0);
  back = new Uint8Array(0);

  /** Makes every buffer large enough for a sentence of `n` syllables. */
  ensure(n: number): void {
    if (n <= this.capacity) return;
    let cap = Math.max(64, this.capacity);
    while (cap < n) cap *= 2;
    this.capacity = cap;
    this.ids = new Int32Array(cap + 2 * PAD);
    this.shapes = new Uint8Array(cap + 2 * PAD);
    this.startMax = new Uint8Array(cap + 1);
    this.endMax = new Uint8Array(cap + 1);
    this.cover = new Uint8Array(cap + 1);
    this.lex = new Uint8Array(cap + 1);
    this.emission = new Float64Array(cap + 1);
    this.starts = new Uint8Array(cap + 1);
    this.back = new Uint8Array(cap + 1);
  }
}
