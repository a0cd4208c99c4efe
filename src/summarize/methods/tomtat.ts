import { existsSync, readFileSync } from "node:fs";
import { TomtatError } from "../../errors.ts";
import { BIGRAM_FEATURE_NAMES } from "../features/bigrams.ts";
import { analyze, FEATURE_NAMES, type FeatureName } from "../features/index.ts";
import { ensembleScores } from "../scorers/ensemble.ts";
import type { GbdtModel } from "../scorers/gbdt.ts";
import type { LogisticModel } from "../scorers/logistic.ts";
import type { Budget, PreparedCluster, Selection, Summarizer } from "../types.ts";
import {
  selectByBigrams,
  selectByScores,
  type TomtatParams,
  tomtatCandidates,
} from "./tomtat-selection.ts";

export {
  selectByBigrams,
  selectByConcepts,
  selectByScores,
  type TomtatParams,
  tomtatCandidates,
} from "./tomtat-selection.ts";

export interface ScorerFile {
  /** The logistic-regression scorer. */
  model: LogisticModel;
  /** Optional gradient-boosted trees over the same features, ensembled with `model`. */
  trees?: GbdtModel;
  /** Optional bigram model (features/bigrams.ts): selection by expected F1 when present. */
  bigrams?: GbdtModel;
  params: TomtatParams;
}

/** Builds the tomtat summarizer from a trained scorer: learned salience, then redundancy-aware selection. */
export function createTomtat(file: ScorerFile): Summarizer {
  return {
    name: "tomtat",
    description:
      "learned sentence salience (logistic regression + boosted trees on position, centrality, support, …) + learned bigram weights, selection by expected ROUGE-2 F1",
    select(cluster: PreparedCluster, budget: Budget): Selection {
      const { features, vectors } = analyze(cluster);
      const names = file.model.features as FeatureName[];
      const xs = features.map((f) => names.map((n) => f[n]));
      const scores = ensembleScores(xs, file.model, file.trees);
      return file.bigrams
        ? selectByBigrams(cluster, vectors, scores, file.bigrams, budget, file.params)
        : selectByScores(cluster, vectors, scores, budget, file.params);
    },
    candidates: (cluster) => tomtatCandidates(cluster, file.params),
  };
}

const MODEL_URL = new URL("../../../data/models/scorer.json", import.meta.url);

/** Loads the shipped scorer (data/models/scorer.json), checking its shape. */
export function loadScorerFile(url: URL = MODEL_URL): ScorerFile {
  if (!existsSync(url))
    throw new TomtatError(
      "E_MODEL",
      `the scorer model is missing: ${url.pathname} (run npm run train:scorer)`,
    );
  const parsed = JSON.parse(readFileSync(url, "utf8")) as ScorerFile;
  const m = parsed.model;
  const known = new Set<string>(FEATURE_NAMES);
  if (
    m?.kind !== "logistic" ||
    m.weights.length !== m.features.length ||
    !m.features.every((f) => known.has(f))
  ) {
    throw new TomtatError("E_MODEL", `the scorer model at ${url.pathname} is malformed`);
  }
  const t = parsed.trees;
  if (t !== undefined && (t.kind !== "gbdt" || t.features.join() !== m.features.join())) {
    throw new TomtatError(
      "E_MODEL",
      `the tree model in ${url.pathname} does not match the logistic model's features`,
    );
  }
  if (!validParams(parsed.params)) {
    throw new TomtatError("E_MODEL", `the selection settings in ${url.pathname} are malformed`);
  }
  const b = parsed.bigrams;
  if (b !== undefined && (b.kind !== "gbdt" || b.features.join() !== BIGRAM_FEATURE_NAMES.join())) {
    throw new TomtatError(
      "E_MODEL",
      `the bigram model in ${url.pathname} does not match the bigram features of this version`,
    );
  }
  return parsed;
}

const isNumber = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x);

/** Selection settings as the model file must hold them (optional ones may be absent). */
function validParams(p: TomtatParams | undefined): boolean {
  return (
    p !== undefined &&
    isNumber(p.redundancy) &&
    isNumber(p.minSyllables) &&
    (p.goldBigramsPerSyllable === undefined ||
      (isNumber(p.goldBigramsPerSyllable) && p.goldBigramsPerSyllable > 0)) &&
    (p.containment === undefined ||
      (isNumber(p.containment) && p.containment > 0 && p.containment <= 1)) &&
    (p.restatedNumbers === undefined ||
      (Number.isInteger(p.restatedNumbers) && p.restatedNumbers >= 1)) &&
    (p.restatedMostly === undefined ||
      (p.restatedNumbers !== undefined &&
        isNumber(p.restatedMostly) &&
        p.restatedMostly >= 0 &&
        p.restatedMostly <= 1))
  );
}

let shipped: Summarizer | undefined;

/** tomtat's default method, backed by the shipped model (loaded on first use). */
export const tomtat: Summarizer = {
  name: "tomtat",
  description: "learned sentence and bigram salience, selection by expected F1 (the default)",
  select(cluster, budget, context) {
    shipped ??= createTomtat(loadScorerFile());
    return shipped.select(cluster, budget, context);
  },
  candidates(cluster) {
    shipped ??= createTomtat(loadScorerFile());
    return shipped.candidates?.(cluster) ?? [];
  },
};
