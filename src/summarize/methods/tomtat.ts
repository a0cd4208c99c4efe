import { analyze, type SentenceFeatures } from "../features/index.ts";
import { fillBudget, rankByScore } from "../select.ts";
import type { Budget, PreparedCluster, Selection, Summarizer } from "../types.ts";
import { cosine, type SparseVector } from "../vectors.ts";

/** Sentences shorter than this are fragments, not summary material. */
const MIN_SYLLABLES = 8;
/** Cosine above which two sentences say the same thing: only one may enter. */
const DUPLICATE = 0.5;

/** Linear salience score from the sentence features (weights chosen on AbMuSu train). */
export function salience(f: SentenceFeatures): number {
  if (f.syllables < MIN_SYLLABLES) return 0;
  const base =
    0.35 * f.centrality + 0.25 * f.titleSimilarity + 0.25 * f.position + 0.15 * f.support;
  const shape = (f.complete ? 1 : 0.3) * (f.question ? 0.5 : 1);
  return base * shape;
}

/**
 * tomtat's default method: feature-based salience (centrality, title/lead similarity,
 * position, cross-document support) with greedy MMR-style redundancy control
 * (Carbonell & Goldstein 1998) inside a syllable budget.
 */
export const tomtat: Summarizer = {
  name: "tomtat",
  description: "feature salience (centrality, title, position, support) + redundancy control",
  select(cluster: PreparedCluster, budget: Budget): Selection {
    const { features, vectors } = analyze(cluster);
    const scores = features.map(salience);
    const ranked = rankByScore(scores).filter((i) => (scores[i] as number) > 0);
    return fillBudget(cluster, ranked, scores, budget, (i, chosen) =>
      chosen.every(
        (j) => cosine(vectors[i] as SparseVector, vectors[j] as SparseVector) < DUPLICATE,
      ),
    );
  },
};
