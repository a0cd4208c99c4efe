/**
 * Benchmark of the shipped word segmenter (`npm run bench:segmenter`): word F1 on the
 * VLSP-style test file and on UD Vietnamese VTB test (spans over non-space characters), model
 * load time, throughput in syllables per second on one core (CPU time of this single-threaded
 * process, start-up excluded) and resident memory.
 *
 *   npm run bench:segmenter -- [--data DIR] [--model FILE] [--rounds N] [--json]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { exitOnTomtatError, WORDSEG_DIR } from "../scripts/lib/script.ts";
import { TomtatError } from "../src/errors.ts";
import {
  addF1,
  type F1Counts,
  f1Score,
  parseConllu,
  parseSegmentedLine,
  type WordSentence,
} from "../src/text/segment/corpus.ts";
import { DEFAULT_MODEL_PATH, loadSegmenter, type Segmenter } from "../src/text/segment/index.ts";

exitOnTomtatError("bench-segmenter");

const { values: args } = parseArgs({
  options: {
    data: { type: "string", default: WORDSEG_DIR },
    model: { type: "string", default: DEFAULT_MODEL_PATH },
    rounds: { type: "string", default: "10" },
    json: { type: "boolean", default: false },
  },
});
const dir = args.data.endsWith("/") ? args.data : `${args.data}/`;
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) {
  throw new TomtatError("E_OPTION", `--rounds must be a positive integer, got ${args.rounds}`);
}

const rssBefore = process.memoryUsage().rss;
const loadStart = performance.now();
const segmenter = loadSegmenter(args.model);
const loadMs = performance.now() - loadStart;
const rssLoaded = process.memoryUsage().rss;

function read(file: string): string {
  try {
    return readFileSync(dir + file, "utf8");
  } catch (err) {
    throw new TomtatError("E_NOT_FOUND", `cannot read test data (--data): ${String(err)}`);
  }
}

const vlsp = read("vlsp-style.test.txt")
  .split("\n")
  .map(parseSegmentedLine)
  .filter((s) => s.length > 0);
const ud = parseConllu(read("ud-vietnamese-vtb/vi_vtb-ud-test.conllu"));

/** F1 of `segment(text)` on the gold syllables joined by spaces, and of `segmentTokens`. */
function score(seg: Segmenter, sentences: WordSentence[]) {
  const text: F1Counts = { gold: 0, predicted: 0, correct: 0 };
  const tokens: F1Counts = { gold: 0, predicted: 0, correct: 0 };
  for (const s of sentences) {
    const gold = s.map((w) => w.join("_"));
    const syllables = s.flat();
    addF1(text, gold, seg.segment(syllables.join(" ")));
    addF1(tokens, gold, seg.segmentTokens(syllables));
  }
  return { text: f1Score(text), tokens: f1Score(tokens), sentences: sentences.length };
}

/**
 * Syllables per CPU second of `segment` over the test lines: every round is timed on its own
 * and the median is reported (the best round too), so a busy machine disturbs it less.
 */
function throughput(lines: string[], syllables: number, rounds: number) {
  let sink = 0;
  for (const line of lines) sink += segmenter.segment(line).length; // warm-up
  const perRound: number[] = [];
  const wall0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    const cpu0 = process.cpuUsage();
    for (const line of lines) sink += segmenter.segment(line).length;
    const cpu = process.cpuUsage(cpu0);
    perRound.push(syllables / ((cpu.user + cpu.system) / 1e6));
  }
  const wall = (performance.now() - wall0) / 1000;
  perRound.sort((a, b) => a - b);
  return {
    sink,
    median: Math.round(perRound[Math.floor(perRound.length / 2)] as number),
    best: Math.round(perRound[perRound.length - 1] as number),
    perWallSecond: Math.round((syllables * rounds) / wall),
  };
}

const lines = vlsp.map((s) => s.flat().join(" "));
const syllables = vlsp.reduce((a, s) => a + s.flat().length, 0);
const speed = throughput(lines, syllables, rounds);
const vlspScore = score(segmenter, vlsp);
const udScore = score(segmenter, ud);

const rssPeak = process.memoryUsage().rss;

const result = {
  model: args.model,
  modelMeta: segmenter.model.meta,
  loadMs: Number(loadMs.toFixed(1)),
  vlspTest: vlspScore,
  udTest: udScore,
  syllablesPerSecondCpuMedian: speed.median,
  syllablesPerSecondCpuBest: speed.best,
  syllablesPerSecondWall: speed.perWallSecond,
  benchSyllables: syllables * rounds,
  rssMB: {
    beforeLoad: Math.round(rssBefore / 2 ** 20),
    afterLoad: Math.round(rssLoaded / 2 ** 20),
    afterRun: Math.round(rssPeak / 2 ** 20),
  },
};

if (args.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  const row = (name: string, s: typeof vlspScore) =>
    `| ${name} | ${s.sentences} | ${pct(s.text.precision)} | ${pct(s.text.recall)} | ${pct(s.text.f1)} | ${pct(s.tokens.f1)} |`;
  console.log("| test set | sentences | P | R | F1 `segment(text)` | F1 `segmentTokens` |");
  console.log("|---|---|---|---|---|---|");
  console.log(row("vlsp-style.test.txt", vlspScore));
  console.log(row("UD VTB test", udScore));
  console.log();
  console.log(`model load: ${result.loadMs} ms (${args.model})`);
  console.log(
    `throughput: ${speed.median.toLocaleString("en")} syllables per CPU second (median of ` +
      `${args.rounds} rounds; best ${speed.best.toLocaleString("en")}; ` +
      `${speed.perWallSecond.toLocaleString("en")} per wall second overall), segment() on ` +
      `${syllables.toLocaleString("en")} syllables per round, start-up excluded`,
  );
  console.log(
    `RSS: ${result.rssMB.beforeLoad} MB before load, ${result.rssMB.afterLoad} MB after load, ` +
      `${result.rssMB.afterRun} MB after the run`,
  );
}
