/**
 * How well the summary's order matches the gold summaries' (issue 5, ordering). For each
 * cluster, tomtat's selection is ordered twice: as shipped (src/summarize/order/: a sentence that
 * says when opens, and a sentence that points back follows its antecedent) and by the documents'
 * merge alone (`mergeOnly`). Two tables:
 *  - the opening: each first sentence is scored by the share of the references' first-sentence
 *    syllable bigrams it holds (best reference);
 *  - the whole order: the share of sentence pairs told in the references' order
 *    (src/evaluate/order/agreement.ts), over the clusters where a reference orders a pair.
 * The two orders are compared by a one-sided paired approximate-randomization test ("the
 * shipped order is better"). ROUGE does not see the order, so these are the measures the
 * ordering rules were chosen by.
 *
 *   npm run eval:opening
 *   npm run eval:opening -- --dataset abmusu-validation
 */
import { parseArgs } from "node:util";
import { loadDataset } from "../src/evaluate/datasets/index.ts";
import { orderAgreement } from "../src/evaluate/order/agreement.ts";
import { pairedRandomizationTest } from "../src/evaluate/stats/paired.ts";
import { resolveBudget } from "../src/summarize/budget.ts";
import { bigramSet } from "../src/summarize/features/bigrams.ts";
import { getSummarizer } from "../src/summarize/methods/index.ts";
import { orderForReading } from "../src/summarize/order/index.ts";
import { prepare, sentenceTokens } from "../src/summarize/prepare.ts";
import { splitSentences } from "../src/text/split/index.ts";
import { exitOnTomtatError } from "./lib/script.ts";

exitOnTomtatError("opening");
const { values } = parseArgs({
  options: {
    dataset: {
      type: "string",
      multiple: true,
      default: ["abmusu-train", "vietnamese-mds", "abmusu-validation"],
    },
  },
});

/** The syllable bigrams of each reference's first sentence. */
function openings(references: readonly string[]): Set<string>[] {
  return references.map((r) => bigramSet(sentenceTokens(splitSentences(r)[0] ?? "")));
}

/** Share of a reference opening's bigrams found in the sentence, best over the references. */
function openingRecall(sentence: string, golds: readonly Set<string>[]): number {
  const held = bigramSet(sentenceTokens(sentence));
  let best = 0;
  for (const gold of golds) {
    let found = 0;
    for (const b of gold) if (held.has(b)) found++;
    best = Math.max(best, gold.size === 0 ? 0 : found / gold.size);
  }
  return best;
}

/** One data set's per-cluster scores of both orders. */
interface Scores {
  shipped: number[];
  merge: number[];
  /** Clusters whose first sentence differs between the two orders. */
  changed: number;
  /** Pairs a reference orders, summed over the clusters. */
  pairs: number;
}

const fmt = (x: number) => x.toFixed(4).replace(/^0/, "");
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const tomtat = getSummarizer("tomtat", false);

function row(name: string, s: Scores, clusters: string): string {
  const better = s.shipped.filter((x, k) => x > (s.merge[k] as number)).length;
  const worse = s.shipped.filter((x, k) => x < (s.merge[k] as number)).length;
  const { p } = pairedRandomizationTest(s.shipped, s.merge);
  return `| ${name} | ${clusters} | ${s.changed} | ${better} | ${worse} | ${fmt(mean(s.merge))} | ${fmt(mean(s.shipped))} | ${p < 0.001 ? "< .001" : fmt(p)} |`;
}

const opening = new Map<string, Scores>();
const order = new Map<string, Scores>();
for (const name of values.dataset) {
  const first: Scores = { shipped: [], merge: [], changed: 0, pairs: 0 };
  const whole: Scores = { shipped: [], merge: [], changed: 0, pairs: 0 };
  for (const cluster of loadDataset(name).clusters) {
    const prepared = prepare(cluster);
    const { chosen } = tomtat.select(prepared, resolveBudget({}, prepared));
    const golds = openings(cluster.references);
    const texts = (list: number[]) => list.map((i) => prepared.sentences[i]?.text ?? "");
    const a = orderForReading(prepared, chosen);
    const b = orderForReading(prepared, chosen, { mergeOnly: true });
    first.shipped.push(openingRecall(texts(a)[0] ?? "", golds));
    first.merge.push(openingRecall(texts(b)[0] ?? "", golds));
    if (a[0] !== b[0]) first.changed++;
    const x = orderAgreement(texts(a), cluster.references);
    const y = orderAgreement(texts(b), cluster.references);
    if (x.pairs === 0) continue;
    whole.shipped.push(x.concordant / x.pairs);
    whole.merge.push(y.concordant / y.pairs);
    whole.pairs += x.pairs;
    if (a.some((i, k) => b[k] !== i)) whole.changed++;
  }
  opening.set(name, first);
  order.set(name, whole);
}

console.log("Opening: share of the references' first-sentence bigrams the first sentence holds\n");
console.log(
  "| data set | clusters | opening changed | better | worse | merge alone | shipped | p |",
);
console.log("|---|---:|---:|---:|---:|---|---|---|");
for (const [name, s] of opening) console.log(row(name, s, String(s.shipped.length)));
console.log("\nWhole order: share of sentence pairs told in a reference's order\n");
console.log(
  "| data set | clusters (pairs) | order changed | better | worse | merge alone | shipped | p |",
);
console.log("|---|---:|---:|---:|---:|---|---|---|");
for (const [name, s] of order) console.log(row(name, s, `${s.shipped.length} (${s.pairs})`));
