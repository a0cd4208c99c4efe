/**
 * Ablation of tomtat's default method (issue 5): each row removes or changes one part and is
 * compared with the full method on the same clusters (one-sided paired approximate
 * randomization, "full tomtat is better than this row"). AbMuSu validation is the final check
 * only: every setting was chosen by cross-validation on the training clusters before.
 *
 *   npm run ablation                          # AbMuSu validation, abmusu and syllable modes
 *   npm run ablation -- --dataset vietnamese-mds --mode syllable
 */
import { parseArgs } from "node:util";
import { loadDataset } from "../src/evaluate/datasets/index.ts";
import { evaluate, parseMode } from "../src/evaluate/index.ts";
import { createScorer } from "../src/evaluate/rouge/index.ts";
import type { RougeMode } from "../src/evaluate/rouge/types.ts";
import { pairedRandomizationTest } from "../src/evaluate/stats/paired.ts";
import { type NamedSummarizer, summarizerSystems } from "../src/evaluate/systems.ts";
import { DEFAULT_MAX_SYLLABLES } from "../src/summarize/budget.ts";
import { analyze } from "../src/summarize/features/index.ts";
import { getSummarizer } from "../src/summarize/methods/index.ts";
import {
  createTomtat,
  loadScorerFile,
  type ScorerFile,
  selectByScores,
} from "../src/summarize/methods/tomtat.ts";
import type { Summarizer } from "../src/summarize/types.ts";
import {
  SENTENCE_PARAMS,
  withoutContainment,
  withoutRestatedMostly,
  withoutRestatedNumbers,
} from "./lib/scorer-training.ts";

const { values } = parseArgs({
  options: {
    dataset: { type: "string", default: "abmusu-validation" },
    mode: { type: "string", multiple: true },
  },
});
const modes: RougeMode[] = (values.mode ?? ["abmusu", "syllable"]).map(parseMode);
const shipped = loadScorerFile();

/** The shipped sentence scorer without the bigram model: greedy selection by sentence score. */
const sentenceOnly: ScorerFile = {
  model: shipped.model,
  params: { ...shipped.params, ...SENTENCE_PARAMS },
};
if (shipped.trees) sentenceOnly.trees = shipped.trees;

/** The first hand-set salience of tomtat, before the learned scorer. */
const fixedWeights: Summarizer = {
  name: "fixed-weights",
  description: "hand-set weights: .35 centrality + .25 title + .25 position + .15 support",
  select(cluster, budget) {
    const { features, vectors } = analyze(cluster);
    const scores = features.map(
      (f) => 0.35 * f.centrality + 0.25 * f.titleSimilarity + 0.25 * f.position + 0.15 * f.support,
    );
    return selectByScores(cluster, vectors, scores, budget, sentenceOnly.params);
  },
};

const withParams = (params: Partial<ScorerFile["params"]>): Summarizer =>
  createTomtat({ ...shipped, params: { ...shipped.params, ...params } });

const B = DEFAULT_MAX_SYLLABLES;
const rows: (NamedSummarizer & { what: string })[] = [
  {
    name: "tomtat",
    what: "full method (shipped models and settings)",
    method: createTomtat(shipped),
    maxSyllables: B,
  },
  {
    name: "sentence-only",
    what: "− bigram model and expected-F1 selection: greedy by sentence score, redundancy control",
    method: createTomtat(sentenceOnly),
    maxSyllables: B,
  },
  {
    name: "previous@220",
    what: "the previous default method: sentence-only selection at 220 syllables",
    method: createTomtat(sentenceOnly),
    maxSyllables: 220,
  },
  {
    name: "fixed-weights",
    what: "− learned scorers: hand-set linear salience, sentence-only selection",
    method: fixedWeights,
    maxSyllables: B,
  },
  {
    name: "gold-0.72",
    what: "expected gold bigrams per budget syllable .72 (shorter summaries)",
    method: withParams({ goldBigramsPerSyllable: 0.72 }),
    maxSyllables: B,
  },
  {
    name: "gold-0.88",
    what: "expected gold bigrams per budget syllable .88 (longer summaries)",
    method: withParams({ goldBigramsPerSyllable: 0.88 }),
    maxSyllables: B,
  },
  {
    name: "no-containment",
    what: "− syllable-containment rule: paraphrases caught by TF-IDF cosine only",
    method: createTomtat({ ...shipped, params: withoutContainment(shipped.params) }),
    maxSyllables: B,
  },
  {
    name: "no-restated-figures",
    what: "− restated-figures rule: a sentence whose figures the summary already told may be chosen",
    method: createTomtat({ ...shipped, params: withoutRestatedNumbers(shipped.params) }),
    maxSyllables: B,
  },
  {
    name: "no-restated-mostly",
    what: "− one-new-figure extension: a mostly told sentence with two told figures and one new may be chosen",
    method: createTomtat({ ...shipped, params: withoutRestatedMostly(shipped.params) }),
    maxSyllables: B,
  },
  {
    name: "no-antecedent-wait",
    what: "− antecedent wait: a sentence that points back may be chosen without its antecedent or a version of it",
    method: withParams({ waitForAntecedent: false }),
    maxSyllables: B,
  },
  {
    name: "min-8",
    what: "minimum sentence length 8 syllables (not 12)",
    method: withParams({ minSyllables: 8 }),
    maxSyllables: B,
  },
  {
    name: "incomplete-allowed",
    what: "− complete-statement filter (headlines, quote fragments, questions allowed)",
    method: withParams({ requireComplete: false }),
    maxSyllables: B,
  },
  {
    name: "compressed",
    what: "+ safe compression (opt-in `compress`): neutral attributions and asides dropped, budget not refilled",
    method: createTomtat(shipped),
    maxSyllables: B,
    compress: true,
  },
  {
    name: "tomtat@220",
    what: "budget 220 syllables (not 250)",
    method: createTomtat(shipped),
    maxSyllables: 220,
  },
  {
    name: "lead",
    what: "round-robin lead baseline, same budget",
    method: getSummarizer("lead"),
    maxSyllables: B,
  },
  {
    name: "lead@220",
    what: "round-robin lead at 220 syllables",
    method: getSummarizer("lead"),
    maxSyllables: 220,
  },
];

const dataset = loadDataset(values.dataset ?? "abmusu-validation");
for (const mode of modes) {
  const { systems, prepare } = summarizerSystems(rows);
  const report = evaluate({
    dataset: dataset.name,
    clusters: dataset.clusters,
    systems,
    scorer: createScorer(mode),
    prepare,
  });
  const full = report.systems.tomtat?.perCluster.rouge2 ?? [];
  console.log(
    `\n**${dataset.name}** · ${dataset.clusters.length} clusters · mode \`${mode}\` · ROUGE-2 F1\n`,
  );
  console.log("| row | what changes | R2-F | Δ vs full | p (full better) | syllables |");
  console.log("|---|---|---|---|---|---:|");
  for (const row of rows) {
    const r = report.systems[row.name];
    if (!r) continue;
    const test =
      row.name === "tomtat" ? undefined : pairedRandomizationTest(full, r.perCluster.rouge2);
    const delta = test ? (-test.meanDiff).toFixed(4).replace(/^(-?)0/, "$1") : "—";
    const p = test ? test.p.toFixed(3).replace(/^0/, "") : "—";
    console.log(
      `| ${row.name} | ${row.what} | ${r.rouge2.f.toFixed(4).replace(/^0/, "")} | ${delta} | ${p} | ${Math.round(r.syllables)} |`,
    );
  }
}
