/**
 * How well the summary's first sentence matches the way the gold summaries open (issue 5,
 * ordering). For each cluster, tomtat's selection is ordered twice: as shipped (a sentence that
 * says when opens, src/summarize/order/) and with the merge's own opening. Each first sentence
 * is scored by the share of the references' first-sentence syllable bigrams it holds (best
 * reference); the two orders are compared by a one-sided paired approximate-randomization test.
 * ROUGE does not see the order, so this is the measure the ordering rule was chosen by.
 *
 *   npm run eval:opening
 *   npm run eval:opening -- --dataset abmusu-validation
 */
import { parseArgs } from "node:util";
import { loadDataset } from "../src/evaluate/datasets/index.ts";
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

const fmt = (x: number) => x.toFixed(4).replace(/^0/, "");
const tomtat = getSummarizer("tomtat", false);
console.log(
  "| data set | clusters | opening changed | better | worse | merge's own opening | shipped | p |",
);
console.log("|---|---:|---:|---:|---:|---|---|---|");
for (const name of values.dataset) {
  const shipped: number[] = [];
  const plain: number[] = [];
  let changed = 0;
  let better = 0;
  let worse = 0;
  for (const cluster of loadDataset(name).clusters) {
    const prepared = prepare(cluster);
    const { chosen } = tomtat.select(prepared, resolveBudget({}, prepared));
    const golds = openings(cluster.references);
    const recall = (order: number[]) =>
      openingRecall(prepared.sentences[order[0] ?? -1]?.text ?? "", golds);
    const a = orderForReading(prepared, chosen);
    const b = orderForReading(prepared, chosen, { datedOpening: false });
    shipped.push(recall(a));
    plain.push(recall(b));
    if (a[0] !== b[0]) changed++;
    if ((shipped.at(-1) as number) > (plain.at(-1) as number)) better++;
    if ((shipped.at(-1) as number) < (plain.at(-1) as number)) worse++;
  }
  const test = pairedRandomizationTest(shipped, plain);
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
  console.log(
    `| ${name} | ${shipped.length} | ${changed} | ${better} | ${worse} | ${fmt(mean(plain))} | ${fmt(mean(shipped))} | ${test.p < 0.001 ? "< .001" : fmt(test.p)} |`,
  );
}
