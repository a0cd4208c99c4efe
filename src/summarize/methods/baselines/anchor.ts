import { sentenceTokens } from "../../prepare.ts";
import { fill } from "../../select.ts";
import type { PreparedCluster, Summarizer } from "../../types.ts";

/**
 * Sentences that make up each document's lead: those whose tokens occur in the document's
 * `lead` (the AbMuSu `anchor_text`); for a document without one, its first paragraph when
 * `firstParagraph` is set, else nothing.
 */
export function leadSentences(cluster: PreparedCluster, firstParagraph = true): number[] {
  const keys = cluster.documents.map((d) =>
    d.lead ? ` ${sentenceTokens(d.lead).join(" ")} ` : undefined,
  );
  const first = cluster.documents.map((d) =>
    firstParagraph ? (d.sentences[0]?.paragraph ?? 0) : -1,
  );
  const out: number[] = [];
  cluster.sentences.forEach((s, i) => {
    const key = keys[s.doc];
    const tokens = cluster.tokens[i] ?? [];
    const inLead =
      key === undefined
        ? s.paragraph === first[s.doc]
        : tokens.length > 0 && key.includes(` ${tokens.join(" ")} `);
    if (inLead) out.push(i);
  });
  return out;
}

/** Anchor baseline (AbMuSu): every document's lead paragraph, in document order, within the budget. */
export const anchor: Summarizer = {
  name: "anchor",
  description: "baseline: the lead paragraph (anchor text) of every document, in document order",
  select(cluster, budget) {
    const chosen = leadSentences(cluster);
    return fill(cluster, chosen, budget, { scores: cluster.sentences.map(() => 1) });
  },
  candidates: (cluster) => leadSentences(cluster),
};
