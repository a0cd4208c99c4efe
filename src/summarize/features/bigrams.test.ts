import assert from "node:assert/strict";
import { test } from "node:test";
import { ARTICLE_A, ARTICLE_B } from "../../../test/fixtures.ts";
import { prepare } from "../prepare.ts";
import { analyzeBigrams, BIGRAM_FEATURE_NAMES, type BigramFeatureName } from "./bigrams.ts";

function clusterOf(...articles: string[]) {
  return prepare({
    id: "c",
    documents: articles.map((a, i) => {
      const [title = "", ...body] = a.split("\n\n");
      return { id: String(i), title, body: body.join("\n\n") };
    }),
  });
}

const cluster = clusterOf(ARTICLE_A, ARTICLE_B);
const scores = cluster.sentences.map((_, i) => i + 1);
const analysis = analyzeBigrams(cluster, scores);
const feature = (bigram: string, name: BigramFeatureName): number => {
  const id = analysis.bigrams.indexOf(bigram);
  assert.ok(id >= 0, `"${bigram}" is a bigram of the cluster`);
  return analysis.features[id]?.[BIGRAM_FEATURE_NAMES.indexOf(name)] as number;
};

test("every sentence lists exactly its own distinct bigrams", () => {
  cluster.tokens.forEach((tokens, i) => {
    const own = new Set(tokens.slice(1).map((t, k) => `${tokens[k]} ${t}`));
    const listed = [...(analysis.sentenceBigrams[i] ?? [])].map((id) => analysis.bigrams[id]);
    assert.deepEqual(new Set(listed), own);
    assert.equal(listed.length, own.size, "no bigram listed twice");
  });
  assert.equal(new Set(analysis.bigrams).size, analysis.bigrams.length);
  assert.ok(analysis.features.every((row) => row.length === BIGRAM_FEATURE_NAMES.length));
});

const TABLE: [string, BigramFeatureName, number][] = [
  ["buýt điện", "docFraction", 1],
  ["giá vé", "docFraction", 0.5],
  ["buýt điện", "inTitles", 1],
  ["long biên", "inTitles", 0],
  ["hà nội", "capitalizedFirst", 1],
  ["hà nội", "capitalizedSecond", 1],
  ["giá vé", "capitalizedFirst", 0],
  ["giá vé", "digit", 0],
  ["vé 9.000", "digit", 1],
  ["giá vé", "logFrequency", Math.log(2)],
  ["cầu giấy", "firstPositionInDocument", 1],
];

for (const [bigram, name, expected] of TABLE) {
  test(`bigram "${bigram}": ${name} = ${expected}`, () => {
    assert.ok(Math.abs(feature(bigram, name) - expected) < 1e-9, `got ${feature(bigram, name)}`);
  });
}

test("a bigram carries the best and mean score of the sentences that hold it", () => {
  const holding = cluster.tokens
    .map((t, i) => ({ i, has: t.join(" ").includes("buýt điện") }))
    .filter((x) => x.has)
    .map((x) => scores[x.i] as number);
  assert.ok(holding.length >= 2);
  assert.equal(feature("buýt điện", "bestSentenceScore"), Math.max(...holding));
  assert.equal(
    feature("buýt điện", "meanSentenceScore"),
    holding.reduce((a, b) => a + b, 0) / holding.length,
  );
});

test("an empty cluster has no bigrams", () => {
  const empty = analyzeBigrams({ id: "e", documents: [], sentences: [], tokens: [] }, []);
  assert.deepEqual(empty, { bigrams: [], features: [], sentenceBigrams: [] });
});
