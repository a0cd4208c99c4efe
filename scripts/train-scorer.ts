/**
 * Trains tomtat's sentence scorer: logistic regression and gradient-boosted trees (ensembled)
 * on soft labels (the share of a sentence's syllable bigrams found in the gold summaries,
 * cubed), from AbMuSu train and the
 * VietnameseMDS corpus. The selection settings are chosen by 5-fold cross-validation over the
 * training clusters (ROUGE-2 F, syllable mode, mean of the two corpora); validation is never
 * read. Writes data/models/scorer.json. Deterministic.
 *
 *   npm run train:scorer
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { FEATURE_NAMES } from "../src/summarize/features/index.ts";
import { DEFAULT_PARAMS, type TomtatParams } from "../src/summarize/methods/tomtat.ts";
import {
  exampleR2,
  fitScorer,
  L2,
  LABEL_POWER,
  loadExamples,
  TRAINING_SETS,
} from "./lib/scorer-training.ts";

const started = Date.now();
const examples = TRAINING_SETS.flatMap(loadExamples);
console.error(
  `prepared ${examples.length} clusters in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);

const FOLDS = 5;
const GRID: TomtatParams[] = [0.25, 0.35, 0.5].flatMap((redundancy) =>
  [8, 12].map((minSyllables) => ({ redundancy, minSyllables })),
);
const sums = GRID.map(() => new Map<string, number>());
for (let f = 0; f < FOLDS; f++) {
  const model = fitScorer(examples.filter((_, i) => i % FOLDS !== f));
  for (const e of examples.filter((_, i) => i % FOLDS === f)) {
    GRID.forEach((params, g) => {
      const sum = sums[g] as Map<string, number>;
      sum.set(e.source, (sum.get(e.source) ?? 0) + exampleR2(model, e, params));
    });
  }
}
const count = (src: string) => examples.filter((e) => e.source === src).length;
let best = { params: DEFAULT_PARAMS, r2: -1 };
GRID.forEach((params, g) => {
  const sum = sums[g] as Map<string, number>;
  const [ab, mds] = TRAINING_SETS.map((src) => (sum.get(src) ?? 0) / count(src)) as [
    number,
    number,
  ];
  console.log(
    `redundancy=${params.redundancy} minSyllables=${params.minSyllables} cv R2 (syllable): abmusu ${ab.toFixed(4)} mds ${mds.toFixed(4)}`,
  );
  if ((ab + mds) / 2 > best.r2) best = { params, r2: (ab + mds) / 2 };
});

const { model, trees } = fitScorer(examples);
const round = (xs: number[]) => xs.map((x) => Number(x.toFixed(6)));
const out = {
  trees: trees && {
    ...trees,
    bias: Number(trees.bias.toFixed(6)),
    trees: trees.trees.map((t) => ({ ...t, threshold: round(t.threshold), value: round(t.value) })),
  },
  model: {
    ...model,
    mean: round(model.mean),
    std: round(model.std),
    weights: round(model.weights),
    bias: Number(model.bias.toFixed(6)),
    meta: {
      trainedOn: ["abmusu-train (200 clusters)", "vietnamese-mds (199 clusters)"],
      label: `(share of sentence syllable bigrams found in the reference summaries)^${LABEL_POWER}`,
      l2: L2,
      cvGrid: "redundancy {0.25, 0.35, 0.5} x minSyllables {8, 12}",
      cvR2: Number(best.r2.toFixed(4)),
      command: "npm run train:scorer",
    },
  },
  params: best.params,
};
mkdirSync(new URL("../data/models/", import.meta.url), { recursive: true });
writeFileSync(
  new URL("../data/models/scorer.json", import.meta.url),
  `${JSON.stringify(out, null, 2)}\n`,
);
console.log(
  "weights:",
  Object.fromEntries(FEATURE_NAMES.map((n, k) => [n, Number((model.weights[k] ?? 0).toFixed(3))])),
);
console.error(`wrote data/models/scorer.json in ${((Date.now() - started) / 1000).toFixed(1)} s`);
