import { expectKnownKeys, TomtatError } from "../errors.ts";
import type { Budget, PreparedCluster, SummarizeOptions } from "./types.ts";

/**
 * Default length budget, the top of the 150–250 syllables a summary should have. tomtat's
 * expected-F1 selection stops on its own before the budget when a further sentence would lower
 * the expected score (232 syllables on average on AbMuSu validation); gold summaries average about
 * 200.
 * Methods that fill a fixed budget (the baselines) fill it.
 */
export const DEFAULT_MAX_SYLLABLES = 250;

function check(
  name: string,
  value: number | undefined,
  ok: (v: number) => boolean,
  expected: string,
): void {
  if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value) || !ok(value))) {
    // A string "100" is shown quoted, so that it does not read as the number 100.
    const got = typeof value === "string" ? JSON.stringify(value) : String(value);
    throw new TomtatError("E_OPTION", `${name} must be ${expected}, got ${got}`);
  }
}

/** The keys of SummarizeOptions (a record, so that the compiler asks for a new option here). */
const OPTION_KEYS: Record<keyof SummarizeOptions, true> = {
  maxSyllables: true,
  maxSentences: true,
  ratio: true,
  method: true,
  compress: true,
  limits: true,
};
const OPTION_NAMES = Object.keys(OPTION_KEYS);

/**
 * The ranges of the numeric summary options: what `validateOptions` accepts, and what the HTTP
 * schema enforces and /openapi.json states (src/server/schema.ts).
 */
export const OPTION_RANGES = {
  maxSyllables: { min: 1, max: 100_000 },
  maxSentences: { min: 1, max: 1000 },
  /** A share of the cluster: above 0, at most 1. */
  ratio: { above: 0, max: 1 },
} as const;

/** An integer range as the errors word it: "an integer from 1 to 1000". */
export const integerRange = (r: { min: number; max: number }): string =>
  `an integer from ${r.min} to ${r.max}`;

const inRange = (r: { min: number; max: number }) => (v: number) =>
  Number.isInteger(v) && v >= r.min && v <= r.max;

/** Validates summarize options; bad values and unknown names are refused, never ignored. */
export function validateOptions(options: SummarizeOptions): void {
  expectKnownKeys(options, OPTION_NAMES, "option");
  const { maxSyllables, maxSentences, ratio } = OPTION_RANGES;
  check("maxSyllables", options.maxSyllables, inRange(maxSyllables), integerRange(maxSyllables));
  check("maxSentences", options.maxSentences, inRange(maxSentences), integerRange(maxSentences));
  check(
    "ratio",
    options.ratio,
    (v) => v > ratio.above && v <= ratio.max,
    `a number in (${ratio.above}, ${ratio.max}]`,
  );
  if (options.compress !== undefined && typeof options.compress !== "boolean") {
    throw new TomtatError(
      "E_OPTION",
      `compress must be true or false, got ${typeof options.compress}`,
    );
  }
  if (options.method !== undefined && typeof options.method !== "string") {
    throw new TomtatError("E_OPTION", `method must be a string, got ${typeof options.method}`);
  }
}

/** Resolves the length budget: maxSyllables (default 250), reduced by `ratio` of the cluster's syllables when given. */
export function resolveBudget(options: SummarizeOptions, cluster: PreparedCluster): Budget {
  let maxSyllables = options.maxSyllables ?? DEFAULT_MAX_SYLLABLES;
  if (options.ratio !== undefined) {
    const total = cluster.sentences.reduce((n, s) => n + s.syllables, 0);
    maxSyllables = Math.min(maxSyllables, Math.max(1, Math.round(total * options.ratio)));
  }
  return { maxSyllables, maxSentences: options.maxSentences ?? Number.POSITIVE_INFINITY };
}

/** The sentences one method may choose (`Summarizer.candidates`), for `checkBudgetFits`. */
export interface MethodCandidates {
  method: string;
  sentences: readonly number[];
}

/**
 * Refuses a budget under every sentence the summary could hold: sentences are never cut, so
 * the method would return an empty summary. E_OPTION names the shortest such sentence and the
 * option to raise (`ratio` when it is the limit that binds). With `candidates`, only the
 * sentences that method may choose count (tomtat never takes a foreign sentence, nor a question
 * while the cluster has statements); without, every sentence of the cluster (evaluation, where
 * one budget serves every system). A method with no candidate at all is left to say why
 * (E_NOT_VIETNAMESE). Apart from resolveBudget so that evaluation, which scores an empty summary
 * as 0, can resolve budgets without it.
 */
export function checkBudgetFits(
  cluster: PreparedCluster,
  budget: Budget,
  options: SummarizeOptions,
  candidates?: MethodCandidates,
): void {
  // A loop, not Math.min(...): a cluster may hold more sentences than a call takes arguments.
  let shortest = Number.POSITIVE_INFINITY;
  let shortestOfAll = Number.POSITIVE_INFINITY;
  for (const s of cluster.sentences) {
    if (s.syllables > 0 && s.syllables < shortestOfAll) shortestOfAll = s.syllables;
  }
  if (candidates === undefined) shortest = shortestOfAll;
  else {
    for (const i of candidates.sentences) {
      const n = cluster.sentences[i]?.syllables ?? 0;
      if (n > 0 && n < shortest) shortest = n;
    }
  }
  if (shortest === Number.POSITIVE_INFINITY || shortest <= budget.maxSyllables) return;
  const byRatio =
    options.ratio !== undefined &&
    budget.maxSyllables < (options.maxSyllables ?? DEFAULT_MAX_SYLLABLES);
  const from = byRatio ? ` (ratio ${options.ratio} of the cluster)` : "";
  // The cluster's shortest sentence is named as such; a shorter one the method never takes
  // (a foreign sentence, a question) would make that wording false.
  const which =
    candidates === undefined || shortest === shortestOfAll
      ? "the shortest sentence of the cluster"
      : `the shortest sentence of the cluster that method ${candidates.method} may choose`;
  throw new TomtatError(
    "E_OPTION",
    `no sentence fits in the budget of ${budget.maxSyllables} syllable${budget.maxSyllables === 1 ? "" : "s"}${from}: ${which} has ${shortest}, and sentences are never cut; raise ${byRatio ? "ratio (--ratio)" : "maxSyllables (--max-syllables)"}`,
  );
}
