import { sentenceTokens } from "../../prepare.ts";
import { Picker } from "../../select.ts";
import type { PreparedCluster, Summarizer } from "../../types.ts";

function bigrams(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) out.push(`${tokens[i]} ${tokens[i + 1]}`);
  return out;
}

function counts(keys: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Pooled ROUGE-2 F1 (ROUGE-1.5.5 `-f A`) from hits and totals. */
function f1(hits: number, hypTotal: number, refTotal: number, refs: number): number {
  if (hits === 0) return 0;
  const p = hits / (hypTotal * refs);
  const r = hits / refTotal;
  return (2 * p * r) / (p + r);
}

/** Clipped hits gained by adding `grams` to a summary whose bigram counts are `have`. */
function gain(
  grams: readonly string[],
  have: Map<string, number>,
  refs: readonly Map<string, number>[],
) {
  const added = new Map<string, number>();
  let hits = 0;
  for (const g of grams) {
    const before = (have.get(g) ?? 0) + (added.get(g) ?? 0);
    added.set(g, (added.get(g) ?? 0) + 1);
    for (const ref of refs) if (before < (ref.get(g) ?? 0)) hits++;
  }
  return hits;
}

/**
 * Greedy ROUGE-2 oracle (an upper bound, as in Nallapati et al. 2017): reads the references and
 * repeatedly adds the sentence that raises syllable ROUGE-2 F1 most, while it still rises and
 * fits the budget. Bigrams are counted within sentences. Evaluation only: never a summarizer.
 */
export const oracle: Summarizer = {
  name: "oracle",
  description:
    "UPPER BOUND, reads the references: greedy syllable ROUGE-2 oracle (evaluation only)",
  needsReferences: true,
  select(cluster: PreparedCluster, budget, context) {
    const refs = (context?.references ?? []).map((r) => counts(bigrams(sentenceTokens(r))));
    const refTotal = refs.reduce((sum, r) => sum + [...r.values()].reduce((a, b) => a + b, 0), 0);
    const grams = cluster.tokens.map(bigrams);
    const picker = new Picker(cluster, budget);
    const have = new Map<string, number>();
    const scores = new Array<number>(cluster.sentences.length).fill(0);
    let hits = 0;
    let hypTotal = 0;
    let current = 0;
    const tried = new Uint8Array(cluster.sentences.length);
    while (refs.length > 0 && !picker.full) {
      let best = -1;
      let bestF = current;
      grams.forEach((g, i) => {
        if (tried[i] || g.length === 0 || !picker.accepts(i)) return;
        const f = f1(hits + gain(g, have, refs), hypTotal + g.length, refTotal, refs.length);
        if (f > bestF) {
          bestF = f;
          best = i;
        }
      });
      if (best < 0) break;
      tried[best] = 1;
      if (!picker.offer(best)) continue;
      const g = grams[best] as string[];
      hits += gain(g, have, refs);
      hypTotal += g.length;
      for (const k of g) have.set(k, (have.get(k) ?? 0) + 1);
      scores[best] = bestF - current;
      current = bestF;
    }
    return picker.selection(scores, true);
  },
};
