/**
 * Trains the shipped word segmenter (`npm run train:segmenter`) from the VLSP-style training
 * file (optionally plus UD Vietnamese VTB train), prunes and writes data/models/segmenter.bin.gz.
 * Deterministic: the same data and options give the same file, byte for byte.
 *
 *   npm run train:segmenter -- [--data DIR] [--out FILE] [--epochs N] [--prune W] [--ud]
 *                              [--min-count N] [--holdout PERCENT]   (score the last PERCENT% of the file as dev)
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { TomtatError } from "../src/errors.ts";
import {
  addF1,
  f1Score,
  parseConllu,
  parseSegmentedLine,
  type WordSentence,
} from "../src/text/segment/corpus.ts";
import { encodeModel } from "../src/text/segment/index.ts";
import type { SegmenterModel } from "../src/text/segment/model.ts";
import { pruneModel } from "../src/text/segment/prune.ts";
import { createSegmenter } from "../src/text/segment/segmenter.ts";
import { DEFAULT_TRAIN, trainSegmenter, validateTrainOptions } from "../src/text/segment/train.ts";
import { exitOnTomtatError, WORDSEG_DIR } from "./lib/script.ts";

exitOnTomtatError("train-segmenter");

const { values: args } = parseArgs({
  options: {
    data: { type: "string", default: WORDSEG_DIR },
    out: {
      type: "string",
      default: fileURLToPath(new URL("../data/models/segmenter.bin.gz", import.meta.url)),
    },
    epochs: { type: "string", default: String(DEFAULT_TRAIN.epochs) },
    prune: { type: "string", default: "0.5" },
    ud: { type: "boolean", default: false },
    holdout: { type: "string", default: "0" },
    "min-count": { type: "string", default: String(DEFAULT_TRAIN.minCount) },
  },
});

const options = {
  ...DEFAULT_TRAIN,
  epochs: Number(args.epochs),
  minCount: Number(args["min-count"]),
};
validateTrainOptions(options);
const pruneThreshold = Number(args.prune);
if (!(pruneThreshold >= 0)) {
  throw new TomtatError("E_OPTION", `--prune must be ≥ 0, got ${args.prune}`);
}
const dir = args.data.endsWith("/") ? args.data : `${args.data}/`;
const started = performance.now();
const log = (msg: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(1)}s] ${msg}`);

function readData(file: string): { text: string; sha256: string } {
  let text: string;
  try {
    text = readFileSync(dir + file, "utf8");
  } catch (err) {
    throw new TomtatError("E_NOT_FOUND", `cannot read training data (--data): ${String(err)}`);
  }
  return { text, sha256: createHash("sha256").update(text).digest("hex") };
}

const vlsp = readData("vlsp-style.train.txt");
let sentences: WordSentence[] = vlsp.text.split("\n").map(parseSegmentedLine);
sentences = sentences.filter((s) => s.length > 0);
const holdoutPercent = Number(args.holdout);
if (!(holdoutPercent >= 0 && holdoutPercent < 100)) {
  throw new TomtatError(
    "E_OPTION",
    `--holdout must be a percentage below 100, got ${args.holdout}`,
  );
}
const holdout = Math.floor((sentences.length * holdoutPercent) / 100);
const dev = holdout > 0 ? sentences.slice(sentences.length - holdout) : [];
if (holdout > 0) sentences = sentences.slice(0, sentences.length - holdout);
const sources: Record<string, unknown>[] = [
  {
    file: "vlsp-style.train.txt",
    sentences: sentences.length,
    sha256: vlsp.sha256,
    licence: "research use (VLSP/VietTreebank-style data)",
  },
];
if (args.ud) {
  const ud = readData("ud-vietnamese-vtb/vi_vtb-ud-train.conllu");
  const udSentences = parseConllu(ud.text);
  sentences = sentences.concat(udSentences);
  sources.push({
    file: "ud-vietnamese-vtb/vi_vtb-ud-train.conllu",
    sentences: udSentences.length,
    sha256: ud.sha256,
    licence: "CC BY-SA 4.0",
  });
}
log(`training on ${sentences.length} sentences${holdout ? `, ${dev.length} held out` : ""}`);

function devF1(model: SegmenterModel): string {
  const seg = createSegmenter(model);
  const counts = { gold: 0, predicted: 0, correct: 0 };
  for (const s of dev)
    addF1(
      counts,
      s.map((w) => w.join("_")),
      seg.segmentTokens(s.flat()),
    );
  return `dev F1 ${(f1Score(counts).f1 * 100).toFixed(2)}%`;
}

const trained = trainSegmenter(sentences, {
  ...options,
  onEpoch: (epoch, model, errors) =>
    log(`epoch ${epoch}: ${errors} sentences wrong${dev.length ? `, ${devF1(model)}` : ""}`),
});
const pruned = pruneModel(trained, pruneThreshold);
const model: SegmenterModel = {
  ...pruned,
  meta: {
    name: "tomtat Vietnamese word segmenter",
    trainer:
      "averaged structured perceptron, Viterbi over word length (scripts/train-segmenter.ts)",
    sources,
    options: { ...options, prune: pruneThreshold, holdoutPercent },
  },
};
const buf = encodeModel(model);
writeFileSync(args.out, buf);
const nodes = model.levelStart[model.levelStart.length - 1] as number;
log(
  `wrote ${args.out}: ${buf.length} bytes, ${model.symbols.length} syllables, ${nodes} trie nodes`,
);
if (dev.length) log(`pruned model: ${devF1(model)}`);
