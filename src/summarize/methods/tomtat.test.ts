import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { ARTICLE_A, ARTICLE_B, tempFiles } from "../../../test/fixtures.ts";
import { TomtatError } from "../../errors.ts";
import { isCompleteSentence } from "../../text/sentence-shape.ts";
import { prepare } from "../prepare.ts";
import { createTomtat, loadScorerFile, type ScorerFile } from "./tomtat.ts";

const shipped = loadScorerFile();

function fileWith(change: (f: ScorerFile) => unknown): URL {
  const dir = tempFiles({});
  const copy = JSON.parse(JSON.stringify(shipped)) as ScorerFile;
  const path = `${dir}/scorer.json`;
  writeFileSync(path, JSON.stringify(change(copy) ?? copy));
  return pathToFileURL(path);
}

const isModelError = (pattern: RegExp) => (err: unknown) =>
  err instanceof TomtatError && err.code === "E_MODEL" && pattern.test(err.message);

test("the shipped model file carries a bigram model and the expected-F1 setting", () => {
  assert.equal(shipped.bigrams?.kind, "gbdt");
  assert.ok((shipped.bigrams?.trees.length ?? 0) > 0);
  const g = shipped.params.goldBigramsPerSyllable;
  assert.ok(g !== undefined && g > 0 && g < 2, `goldBigramsPerSyllable ${g}`);
});

test("model files that do not match this version are refused with E_MODEL", () => {
  assert.throws(
    () =>
      loadScorerFile(
        fileWith((f) => {
          (f.bigrams as { features: string[] }).features = ["x"];
        }),
      ),
    isModelError(/bigram model/),
  );
  assert.throws(
    () =>
      loadScorerFile(
        fileWith((f) => {
          f.model.weights = [1];
        }),
      ),
    isModelError(/malformed/),
  );
  assert.throws(
    () => loadScorerFile(new URL("file:///nonexistent/scorer.json")),
    isModelError(/missing/),
  );
  assert.deepEqual(loadScorerFile(fileWith(() => undefined)), shipped);
});

const cluster = prepare({
  id: "c",
  documents: [ARTICLE_A, ARTICLE_B].map((a, i) => {
    const [title = "", ...body] = a.split("\n\n");
    return { id: String(i), title, body: body.join("\n\n") };
  }),
});
const open = { maxSyllables: 1000, maxSentences: Number.POSITIVE_INFINITY };

test("expected-F1 selection takes complete sentences of the minimum length, each once", () => {
  const sel = createTomtat(shipped).select(cluster, open);
  assert.ok(sel.chosen.length > 0);
  assert.equal(new Set(sel.chosen).size, sel.chosen.length, "no sentence twice");
  for (const i of sel.chosen) {
    const s = cluster.sentences[i];
    assert.ok(s && s.syllables >= shipped.params.minSyllables && isCompleteSentence(s.text));
  }
  assert.equal(sel.scores.length, sel.chosen.length);
});

test("a tight budget is never exceeded and a sentence limit holds", () => {
  const tomtat = createTomtat(shipped);
  for (const maxSyllables of [20, 40, 60]) {
    const sel = tomtat.select(cluster, { maxSyllables, maxSentences: Number.POSITIVE_INFINITY });
    const used = sel.chosen.reduce((n, i) => n + (cluster.sentences[i]?.syllables ?? 0), 0);
    assert.ok(used <= maxSyllables, `${used} > ${maxSyllables}`);
  }
  assert.equal(tomtat.select(cluster, { maxSyllables: 1000, maxSentences: 1 }).chosen.length, 1);
});
