import { expectString, expectStrings } from "../../errors.ts";

/** Precision, recall and F1 of one ROUGE variant. */
export interface PRF {
  p: number;
  r: number;
  f: number;
}

/** ROUGE-1, ROUGE-2 and ROUGE-L of one hypothesis against its references. */
export interface RougeScores {
  rouge1: PRF;
  rouge2: PRF;
  rougeL: PRF;
}

/** The two scoring recipes; the mode is stated next to every number the harness prints. */
export type RougeMode = "abmusu" | "syllable";

export const ROUGE_MODES: readonly RougeMode[] = ["abmusu", "syllable"];

/** Scores one hypothesis against one or more references. */
export interface RougeScorer {
  readonly mode: RougeMode;
  score(hypothesis: string, references: readonly string[]): RougeScores;
}

/** Turns text into the tokens a mode counts (words, syllables, …). */
export type Tokenizer = (text: string) => string[];

export const ZERO: PRF = Object.freeze({ p: 0, r: 0, f: 0 });

export const ZERO_SCORES: RougeScores = Object.freeze({ rouge1: ZERO, rouge2: ZERO, rougeL: ZERO });

/** Checks what a caller gave `score` (JavaScript callers may pass anything): E_SCHEMA otherwise. */
export function checkScoreArguments(hypothesis: unknown, references: unknown): void {
  expectString(hypothesis, "hypothesis");
  expectStrings(references, "references");
}
