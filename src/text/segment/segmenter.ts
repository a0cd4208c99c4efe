/**
 * A segmenter bound to one model: pre-tokenize, encode, score the gaps, decode, join. Holds its
 * scratch buffers and a token cache, so one instance segments a stream without allocating per
 * line (not re-entrant; create one per concurrent user).
 */
import { expectString, expectStrings } from "../../errors.ts";
import { decode } from "./decode.ts";
import { encode, scoreGaps, type TokenCache } from "./features.ts";
import type { SegmenterModel } from "./model.ts";
import { pretokenize } from "./pretokenize.ts";
import { Workspace } from "./workspace.ts";

export interface Segmenter {
  /** Words of raw text; the syllables of a word are joined by `_`. */
  segment(text: string): string[];
  /** Words of already tokenized syllables and punctuation. */
  segmentTokens(tokens: readonly string[]): string[];
  /** Word starts of `tokens`: `starts[k]` is true when a word starts at token k. */
  wordStarts(tokens: readonly string[]): boolean[];
  readonly model: SegmenterModel;
}

export function createSegmenter(model: SegmenterModel): Segmenter {
  const ws = new Workspace();
  const cache: TokenCache = new Map();

  function run(tokens: readonly string[]): number {
    const n = tokens.length;
    encode(model.vocab, tokens, ws, cache);
    scoreGaps(model, ws, n);
    decode(model, ws, n);
    return n;
  }

  /** Words of tokens already known to be strings (the segmenter's own pre-tokenized text). */
  function wordsOf(tokens: readonly string[]): string[] {
    const n = run(tokens);
    const words: string[] = [];
    const { starts } = ws;
    for (let k = 0; k < n; ) {
      let end = k + 1;
      while (end < n && starts[end] === 0) end++;
      words.push(end === k + 1 ? (tokens[k] as string) : tokens.slice(k, end).join("_"));
      k = end;
    }
    return words;
  }

  /** Lines are segmented one by one: a word never spans a line break. */
  function segment(text: string): string[] {
    expectString(text, "text");
    if (!text.includes("\n")) return wordsOf(pretokenize(text));
    const words: string[] = [];
    for (const line of text.split("\n")) for (const w of wordsOf(pretokenize(line))) words.push(w);
    return words;
  }

  return {
    model,
    segmentTokens(tokens: readonly string[]): string[] {
      expectStrings(tokens, "tokens");
      return wordsOf(tokens);
    },
    segment,
    wordStarts(tokens: readonly string[]): boolean[] {
      expectStrings(tokens, "tokens");
      const n = run(tokens);
      return Array.from(ws.starts.subarray(0, n), (b) => b === 1);
    },
  };
}
