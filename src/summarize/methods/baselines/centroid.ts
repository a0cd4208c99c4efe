import { fill, rankByScore } from "../../select.ts";
import type { Summarizer } from "../../types.ts";
import { centroid as centroidOf, cosine, type SparseVector, tfidfVectors } from "../../vectors.ts";

/** A candidate this similar (cosine) to a sentence already taken is redundant. */
const MAX_SIMILARITY = 0.5;

/**
 * Centroid-based summarization (Radev et al. 2004, MEAD): score each sentence by the cosine of
 * its TF-IDF vector with the cluster centroid (mean of all sentence vectors); take the best ones,
 * skipping any too similar to one already taken; output in source order.
 */
export const centroid: Summarizer = {
  name: "centroid",
  description:
    "baseline: cosine to the TF-IDF centroid of the cluster, redundancy filter, source order",
  select(cluster, budget) {
    const vectors = tfidfVectors(cluster.tokens);
    const center = centroidOf(vectors);
    const scores = vectors.map((v) => cosine(v, center));
    const vector = (i: number) => vectors[i] as SparseVector;
    return fill(cluster, rankByScore(scores), budget, {
      scores,
      sourceOrder: true,
      similarity: (i, j) => cosine(vector(i), vector(j)),
      maxSimilarity: MAX_SIMILARITY,
    });
  },
};
