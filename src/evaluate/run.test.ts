import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TomtatError } from "../errors.ts";
import type { EvalCluster } from "./datasets/types.ts";
import { formatScore, formatTable, reportToJson } from "./report.ts";
import { createSyllableScorer } from "./rouge/syllable.ts";
import { evaluate } from "./run.ts";

const words = (text: string) => text.toLowerCase().split(/\W+/u).filter(Boolean);
const scorer = createSyllableScorer(words, (text) => [text]);

const cluster = (id: string, reference: string): EvalCluster => ({
  id,
  documents: [],
  references: [reference],
});
const CLUSTERS = [cluster("1", "a b"), cluster("2", "c d"), cluster("3", "e f")];
/** "good" copies the reference, "half" gets one word of two, "none" nothing. */
const SYSTEMS = [
  { name: "good", run: (c: EvalCluster) => ({ summary: c.references[0] as string, syllables: 2 }) },
  {
    name: "half",
    run: (c: EvalCluster) => ({ summary: (c.references[0] as string).slice(0, 1), syllables: 1 }),
  },
  { name: "oracle", upperBound: true, run: () => ({ summary: "", syllables: 0 }) },
];

describe("evaluate", () => {
  const report = evaluate({
    dataset: "toy",
    clusters: CLUSTERS,
    systems: SYSTEMS,
    scorer,
    compareTo: "half",
  });
  it("macro-averages P, R and F per system", () => {
    assert.deepEqual(report.systems.good?.rouge1, { p: 1, r: 1, f: 1 });
    // one word of two: P 1, R 1/2, F 2/3; no bigram
    const half = report.systems.half;
    assert.ok(half && Math.abs(half.rouge1.f - 2 / 3) < 1e-12 && half.rouge2.f === 0);
    assert.equal(half?.syllables, 1);
    assert.deepEqual(half?.ci95.rouge1, { mean: 2 / 3, low: 2 / 3, high: 2 / 3 });
  });
  it("tests each system against the comparison one, but not the upper bound", () => {
    assert.deepEqual(
      report.comparisons.map((c) => [c.system, c.against]),
      [["good", "half"]],
    );
    // three clusters all better by 1/3: p = 1/8 (the one relabeling without a swap)
    const r1 = report.comparisons[0]?.metrics.rouge1;
    assert.ok(r1 && Math.abs(r1.diff - 1 / 3) < 1e-12 && Math.abs(r1.p - 1 / 8) < 0.01, `${r1?.p}`);
  });
  it("prints a Markdown table with the mode, CIs and the upper bound labelled", () => {
    const table = formatTable(report);
    assert.match(table, /mode `syllable`/);
    assert.match(
      table,
      /\| good \| 1\.0000 \[1\.0000, 1\.0000\] \| 1\.0000 \[1\.0000, 1\.0000\] \|/,
    );
    assert.match(table, /\| oracle \(upper bound, reads the references\) \| \.0000/);
    assert.match(table, /\| half \|.*\| — \|$/m);
    assert.match(table, /\| good \|.*\| \+1\.0000, p = \.1[23]\d \|$/m);
  });
  it("gives the --json shape without per-cluster scores", () => {
    const json = reportToJson(report) as Record<string, unknown>;
    assert.deepEqual(Object.keys(json).slice(0, 3), ["dataset", "mode", "clusters"]);
    const good = (json.systems as Record<string, Record<string, unknown>>).good;
    assert.deepEqual(good?.rouge2, { p: 1, r: 1, f: 1 });
    assert.deepEqual(Object.keys(good?.ci95 as object), ["rouge1", "rouge2", "rougeL"]);
    assert.equal(good?.syllables, 2);
    assert.equal("perCluster" in (good as object), false);
  });
});

describe("formatScore", () => {
  const cases: [number, string][] = [
    [0.38841, ".3884"],
    [1, "1.0000"],
    [0, ".0000"],
    [-0.0211, "-.0211"],
  ];
  for (const [x, expected] of cases) it(`${x}`, () => assert.equal(formatScore(x), expected));
});

describe("evaluate names the cluster a scoring error is about", () => {
  it("a ROUGE-L table over its bound is E_TOO_LARGE for that cluster", () => {
    const long = Array.from({ length: 8000 }, (_, k) => `t${k}`).join(" ");
    const clusters = [cluster("ngắn", "a b"), cluster("dài", long)];
    assert.throws(
      () =>
        evaluate({
          dataset: "toy",
          clusters,
          systems: [
            {
              name: "copy",
              run: (c: EvalCluster) => ({ summary: c.references[0] as string, syllables: 1 }),
            },
          ],
          scorer,
          compareTo: "copy",
        }),
      (err: unknown) =>
        err instanceof TomtatError &&
        err.code === "E_TOO_LARGE" &&
        err.message.startsWith("cluster dài: ROUGE-L"),
    );
  });
});
