import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runCli as tomtat } from "../../test/cli.ts";
import { ARTICLE_A, ARTICLE_B, tempFiles } from "../../test/fixtures.ts";

const record = (id: string) =>
  JSON.stringify({
    id,
    single_documents: [
      { title: "A", raw_text: ARTICLE_A },
      { title: "B", raw_text: ARTICLE_B },
    ],
    summaries: [
      "Sáng 2/9, Hà Nội đưa vào hoạt động tuyến xe buýt điện đầu tiên.",
      "Tuyến xe buýt điện đầu tiên của Hà Nội chạy từ sáng 2/9.",
    ],
  });
const dir = tempFiles({ "set.jsonl": `${record("c1")}\n${record("c2")}\n` });
const dataset = join(dir, "set.jsonl");

describe("tomtat eval", () => {
  it("--json gives the documented shape for the chosen systems and mode", () => {
    const r = tomtat([
      "eval",
      "--dataset",
      dataset,
      "--system",
      "lead,anchor",
      "--mode",
      "syllable",
      "--json",
    ]);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.dataset, dataset);
    assert.equal(out.mode, "syllable");
    assert.equal(out.clusters, 2);
    assert.deepEqual(Object.keys(out.systems), ["lead", "anchor"]);
    type Prf = { p: number; r: number; f: number };
    for (const s of Object.values(out.systems) as Record<string, Prf & Record<string, Prf>>[]) {
      for (const m of ["rouge1", "rouge2", "rougeL"]) {
        const x = s[m];
        assert.ok(x && x.f > 0 && x.f <= 1 && x.p > 0 && x.r > 0, m);
        assert.ok(s.ci95?.[m] !== undefined);
      }
      assert.ok(typeof s.syllables === "number");
    }
    assert.deepEqual(
      out.comparisons.map((c: { system: string; against: string }) => [c.system, c.against]),
      [["anchor", "lead"]],
    );
  });
  it("prints a Markdown table to --out, the oracle labelled", () => {
    const out = join(dir, "table.md");
    const r = tomtat([
      "eval",
      "--dataset",
      dataset,
      "--system",
      "lead",
      "--system",
      "oracle",
      "--out",
      out,
    ]);
    assert.equal(r.code, 0, r.stderr);
    const table = readFileSync(out, "utf8");
    assert.match(table, /mode `abmusu`/);
    assert.match(table, /\| oracle \(upper bound, reads the references\) \|/);
  });
  it("refuses a bad mode with one error line", () => {
    const r = tomtat(["eval", "--dataset", dataset, "--mode", "bleu"]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(
      r.stderr.trim(),
      /^tomtat: E_OPTION: --mode expects one of abmusu, syllable, got "bleu"$/,
    );
  });
});
