import { lcsPositions } from "./lcs.ts";
import { memoizeText } from "./memo.ts";
import { clippedOverlap, ngramCounts, prf, total } from "./ngrams.ts";
import type { PRF, RougeScorer, Tokenizer } from "./types.ts";
import { checkScoreArguments, ZERO_SCORES } from "./types.ts";

/** Text cut into sentences, each a list of normalized syllables (punctuation already gone). */
export type SentenceTokens = string[][];

/** Hit, reference and hypothesis totals pooled over references (ROUGE-1.5.5 `-f A`). */
interface Pool {
  hit: number;
  ref: number;
  hyp: number;
}

function pooled(pool: Pool): PRF {
  return prf(pool.hit, pool.hyp, pool.ref, 0);
}

/** ROUGE-N with clipped counts: hits Σ_g min(#hyp(g), #ref(g)), pooled over references. */
function rougeN(hyp: readonly string[], refs: readonly string[][], n: number): PRF {
  const h = ngramCounts(hyp, n);
  const hypTotal = total(h);
  const pool: Pool = { hit: 0, ref: 0, hyp: 0 };
  for (const ref of refs) {
    const r = ngramCounts(ref, n);
    pool.hit += clippedOverlap(h, r);
    pool.ref += total(r);
    pool.hyp += hypTotal;
  }
  return pooled(pool);
}

/**
 * Summary-level union-LCS hits of one reference (Lin 2004 §3.2, as ROUGE-1.5.5 `lcs`): per
 * reference sentence, mark the tokens on LCS(r_i, c_j) for every hypothesis sentence, then count
 * each marked token only while both its reference and hypothesis unigram counts last.
 */
function unionLcsHits(hyp: SentenceTokens, ref: SentenceTokens): number {
  const refLeft = ngramCounts(ref.flat(), 1);
  const hypLeft = ngramCounts(hyp.flat(), 1);
  let hits = 0;
  for (const r of ref) {
    const marked = new Uint8Array(r.length);
    for (const c of hyp) for (const at of lcsPositions(r, c, "up")) marked[at] = 1;
    for (let j = 0; j < r.length; j++) {
      const token = r[j] as string;
      const a = refLeft.get(token) ?? 0;
      const b = hypLeft.get(token) ?? 0;
      if (marked[j] === 1 && a > 0 && b > 0) {
        hits++;
        refLeft.set(token, a - 1);
        hypLeft.set(token, b - 1);
      }
    }
  }
  return hits;
}

function rougeL(hyp: SentenceTokens, refs: readonly SentenceTokens[]): PRF {
  const hypTotal = hyp.flat().length;
  const pool: Pool = { hit: 0, ref: 0, hyp: 0 };
  for (const ref of refs) {
    pool.hit += unionLcsHits(hyp, ref);
    pool.ref += ref.flat().length;
    pool.hyp += hypTotal;
  }
  return pooled(pool);
}

/** Scores already tokenized sentences in syllable mode; several references are pooled. */
export function scoreSyllableSentences(hyp: SentenceTokens, refs: readonly SentenceTokens[]) {
  const hypTokens = hyp.flat();
  if (hypTokens.length === 0 || refs.length === 0) return ZERO_SCORES;
  const refTokens = refs.map((r) => r.flat());
  return {
    rouge1: rougeN(hypTokens, refTokens, 1),
    rouge2: rougeN(hypTokens, refTokens, 2),
    rougeL: rougeL(hyp, refs),
  };
}

/**
 * Plain syllable ROUGE in the manner of ROUGE-1.5.5 (Lin 2004): `splitSentences` cuts the text,
 * `tokenize` yields normalized lowercase syllables without punctuation; n-gram counts are clipped
 * and several references are pooled as ROUGE-1.5.5 `-f A` does (no jackknifing, no stemming).
 */
export function createSyllableScorer(
  tokenize: Tokenizer,
  splitSentences: (text: string) => string[],
): RougeScorer {
  const prepare = memoizeText(
    (text): SentenceTokens =>
      splitSentences(text)
        .map(tokenize)
        .filter((s) => s.length > 0),
  );
  return {
    mode: "syllable",
    score(hypothesis, references) {
      checkScoreArguments(hypothesis, references);
      return scoreSyllableSentences(prepare(hypothesis), references.map(prepare));
    },
  };
}
