import { lcsPositions } from "./lcs.ts";
import { memoizeText } from "./memo.ts";
import { ngramSet, prf, setOverlap } from "./ngrams.ts";
import type { PRF, RougeScorer, RougeScores, Tokenizer } from "./types.ts";
import { checkScoreArguments, ZERO_SCORES } from "./types.ts";

/** pltrdy `rouge` 1.0.1 adds this to the F denominator. */
const EPSILON = 1e-8;

/**
 * The word lists of a segmented, lowercased text cut at every "." the way pltrdy `rouge` 1.0.1
 * does: pieces that are empty are dropped, whitespace is collapsed, and a whitespace-only piece
 * becomes one empty-string word (as `"".split(" ")` gives in Python).
 */
export function pltrdySentences(segmentedText: string): string[][] {
  return segmentedText
    .split(".")
    .filter((piece) => piece.length > 0)
    .map((piece) => piece.split(/\s+/).filter(Boolean).join(" ").split(" "));
}

/** ROUGE-N over distinct n-grams of all sentences chained (pltrdy `exclusive=True`). */
function rougeNSet(hyp: readonly string[], ref: readonly string[], n: number): PRF {
  const h = ngramSet(hyp, n);
  const r = ngramSet(ref, n);
  return prf(setOverlap(h, r), h.size, r.size, EPSILON);
}

/**
 * Summary-level ROUGE-L as pltrdy computes it (Lin 2004 §3.2 with sets): the union of the words
 * of LCS(r_i, c_j) over every reference sentence r_i and hypothesis sentence c_j, counted as one
 * set of distinct words, over the distinct words of the reference (R) and hypothesis (P).
 */
function rougeLUnion(hyp: readonly string[][], ref: readonly string[][]): PRF {
  const union = new Set<string>();
  for (const r of ref) {
    for (const c of hyp) for (const at of lcsPositions(r, c, "left")) union.add(r[at] as string);
  }
  return prf(union.size, new Set(hyp.flat()).size, new Set(ref.flat()).size, EPSILON);
}

/** Scores pre-cut hypothesis and reference sentences with the AbMuSu recipe. */
export function scoreAbmusuSentences(hyp: string[][], ref: string[][]): RougeScores {
  if (hyp.length === 0 || ref.length === 0) return ZERO_SCORES;
  const hypWords = hyp.flat();
  const refWords = ref.flat();
  return {
    rouge1: rougeNSet(hypWords, refWords, 1),
    rouge2: rougeNSet(hypWords, refWords, 2),
    rougeL: rougeLUnion(hyp, ref),
  };
}

/** Mean of per-reference scores (AbMuSu has one reference; pltrdy takes only one). */
export function meanScores(all: readonly RougeScores[]): RougeScores {
  if (all.length === 0) return ZERO_SCORES;
  const mean = (pick: (s: RougeScores) => PRF): PRF => {
    let p = 0;
    let r = 0;
    let f = 0;
    for (const s of all) {
      const x = pick(s);
      p += x.p;
      r += x.r;
      f += x.f;
    }
    return { p: p / all.length, r: r / all.length, f: f / all.length };
  };
  return {
    rouge1: mean((s) => s.rouge1),
    rouge2: mean((s) => s.rouge2),
    rougeL: mean((s) => s.rougeL),
  };
}

/**
 * The VLSP 2022 AbMuSu recipe (docs EVALUATION.md): word-segment (`segment` replaces pyvi),
 * lowercase, cut at every ".", set-based ROUGE-1/2 and set-based summary-level union-LCS
 * (pltrdy `rouge` 1.0.1 defaults). An empty hypothesis scores 0 instead of raising.
 */
export function createAbmusuScorer(segment: Tokenizer): RougeScorer {
  const prepare = memoizeText((text): string[][] => {
    const words = segment(text.normalize("NFC")).map((w) => w.toLowerCase());
    return pltrdySentences(words.join(" "));
  });
  return {
    mode: "abmusu",
    score(hypothesis, references) {
      checkScoreArguments(hypothesis, references);
      const hyp = prepare(hypothesis);
      if (hyp.flat().every((w) => w === "")) return ZERO_SCORES;
      return meanScores(references.map((ref) => scoreAbmusuSentences(hyp, prepare(ref))));
    },
  };
}
