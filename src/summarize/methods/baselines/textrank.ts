import { fill, rankByScore } from "../../select.ts";
import type { Summarizer } from "../../types.ts";
import { similarityMatrix } from "../../vectors.ts";
import { checkGraphSize } from "./graph-size.ts";
import { pagerank } from "./pagerank.ts";

/** TextRank sentence similarity: shared words over log|S_i| + log|S_j| (0 when undefined). */
export function textrankSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const denominator = Math.log(a.size) + Math.log(b.size);
  if (denominator <= 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / denominator;
}

/**
 * TextRank (Mihalcea & Tarau 2004): weighted PageRank (d = 0.85) over the word-overlap graph of
 * all sentences; the highest-ranked sentences fill the budget, output in source order.
 */
export const textrank: Summarizer = {
  name: "textrank",
  description:
    "baseline: TextRank on the word-overlap sentence graph, top sentences in source order",
  select(cluster, budget) {
    const n = cluster.sentences.length;
    checkGraphSize("textrank", n);
    const sets = cluster.tokens.map((t) => new Set(t));
    const graph = similarityMatrix(n, (i, j) =>
      textrankSimilarity(sets[i] as Set<string>, sets[j] as Set<string>),
    );
    const scores = pagerank(graph, n);
    return fill(cluster, rankByScore(scores), budget, {
      scores: Array.from(scores),
      sourceOrder: true,
    });
  },
};
