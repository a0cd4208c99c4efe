import { fill } from "../../select.ts";
import type { PreparedCluster, Summarizer } from "../../types.ts";
import { leadSentences } from "./anchor.ts";

/**
 * Body sentence indices in round-robin order: the first sentence of every document, then every
 * second sentence, and so on, taking at most `perDocument` of each document. Sentences that only
 * a separately given lead paragraph tells (AbMuSu `anchor_text`, which the anchor baseline
 * covers; `PreparedCluster.leadOnly`) are not body sentences, so "first sentence" means the
 * first of the article text, as in EVALUATION.md; a lead that the body repeats is the body's
 * opening and counts. A document with nothing but its lead is told by its lead.
 */
export function roundRobin(
  cluster: PreparedCluster,
  perDocument = Number.POSITIVE_INFINITY,
): number[] {
  const leadOnly = new Set(cluster.leadOnly ?? leadSentences(cluster, false));
  const byDocument: number[][] = cluster.documents.map(() => []);
  const withLead: number[][] = cluster.documents.map(() => []);
  cluster.sentences.forEach((s, i) => {
    withLead[s.doc]?.push(i);
    if (!leadOnly.has(i)) byDocument[s.doc]?.push(i);
  });
  byDocument.forEach((body, d) => {
    if (body.length === 0) byDocument[d] = withLead[d] ?? [];
  });
  const order: number[] = [];
  const depth = Math.min(perDocument, Math.max(0, ...byDocument.map((d) => d.length)));
  for (let k = 0; k < depth; k++) {
    for (const doc of byDocument) {
      const i = doc[k];
      if (i !== undefined) order.push(i);
    }
  }
  return order;
}

/** Position score of a sentence at position k of its document: 1, ½, ⅓, … */
export function positionScores(cluster: PreparedCluster, order: readonly number[]): number[] {
  const scores = new Array<number>(cluster.sentences.length).fill(0);
  order.forEach((i) => {
    const sentence = cluster.sentences[i];
    if (sentence) scores[i] = 1 / (1 + sentence.index);
  });
  return scores;
}

/** Round-robin lead (EVALUATION.md): first sentences of all documents, then the second, … */
export const lead: Summarizer = {
  name: "lead",
  description:
    "baseline: round-robin lead — sentence 1 of each document, then sentence 2, … within the budget",
  select(cluster, budget) {
    const order = roundRobin(cluster);
    return fill(cluster, order, budget, { scores: positionScores(cluster, order) });
  },
  candidates: (cluster) => roundRobin(cluster),
};
