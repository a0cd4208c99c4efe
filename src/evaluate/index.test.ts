import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ARTICLE_A, ARTICLE_B, tempFiles } from "../../test/fixtures.ts";
import { TomtatError } from "../errors.ts";
import { type EvalDatasetOptions, evaluateDataset, parseMode } from "./index.ts";

const line = JSON.stringify({
  id: "c1",
  single_documents: [
    { title: "A", raw_text: ARTICLE_A },
    { title: "B", raw_text: ARTICLE_B },
  ],
  summaries: ["Sáng 2/9, Hà Nội đưa vào hoạt động tuyến xe buýt điện đầu tiên."],
});
const dataset = join(tempFiles({ "set.jsonl": `${line}\n` }), "set.jsonl");

describe("evaluateDataset", () => {
  it("compares with lead by default, and reports the budget", () => {
    let steps = 0;
    let ticks = 0;
    const report = evaluateDataset({
      dataset,
      systems: ["lead", "first-k"],
      maxSyllables: 40,
      onStart: (n) => {
        steps = n;
      },
      onStep: () => {
        ticks++;
      },
    });
    assert.equal(report.maxSyllables, 40);
    assert.equal(report.mode, "abmusu");
    assert.deepEqual([steps, ticks], [2, 2]);
    assert.deepEqual(
      report.comparisons.map((c) => [c.system, c.against]),
      [["first-k", "lead"]],
    );
    assert.ok((report.systems.lead?.syllables ?? 99) <= 40);
  });
  it("refuses a comparison with a system that is not run, and unknown modes", () => {
    assert.throws(
      () => evaluateDataset({ dataset, systems: ["lead"], compareTo: "textrank" }),
      (err: unknown) => err instanceof TomtatError && err.code === "E_OPTION",
    );
    assert.throws(
      () => evaluateDataset({ dataset, sytems: ["lead"] } as unknown as EvalDatasetOptions),
      (err: unknown) =>
        err instanceof TomtatError && err.code === "E_OPTION" && /"sytems"/.test(err.message),
      "a misspelt option is refused, not read as the default systems",
    );
    assert.throws(() => parseMode("rouge"), /abmusu, syllable/);
    assert.equal(parseMode("syllable"), "syllable");
  });
});
