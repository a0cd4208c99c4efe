import type { Summarizer } from "../../types.ts";
import { cosine, type SparseVector, similarityMatrix, tfidfVectors } from "../../vectors.ts";
import { checkGraphSize } from "./graph-size.ts";
import { selectMmr } from "./mmr.ts";
import { pagerank } from "./pagerank.ts";

/** Cosine below this is no edge (Erkan & Radev 2004 found 0.1 a good threshold). */
const THRESHOLD = 0.1;
/** MMR trade-off between centrality and novelty. */
const LAMBDA = 0.7;

/**
 * LexRank (Erkan & Radev 2004): PageRank over the TF-IDF cosine graph of all sentences, edges
 * weighted by cosine above a threshold ("continuous LexRank"), then MMR selection — the AbMuSu
 * organisers' extractive baseline.
 */
export const lexrank: Summarizer = {
  name: "lexrank",
  description: "baseline: LexRank centrality on the TF-IDF cosine graph, MMR selection (λ = 0.7)",
  select(cluster, budget) {
    const n = cluster.sentences.length;
    checkGraphSize("lexrank", n);
    const vectors = tfidfVectors(cluster.tokens);
    const vector = (i: number) => vectors[i] as SparseVector;
    const sim = similarityMatrix(n, (i, j) => cosine(vector(i), vector(j)));
    const graph = sim.map((w) => (w >= THRESHOLD ? w : 0));
    const scores = pagerank(graph, n);
    return selectMmr(cluster, budget, scores, (i, j) => sim[i * n + j] as number, LAMBDA);
  },
};
