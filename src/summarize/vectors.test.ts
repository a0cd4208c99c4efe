import assert from "node:assert/strict";
import { test } from "node:test";
import { bestSimilarityByGroup, cosine, terms, tfidfVectors } from "./vectors.ts";

const SENTENCES: [number, string][] = [
  [0, "cầu mới bắc qua sông Lam"],
  [0, "cầu dài một nghìn mét"],
  [1, "cây cầu mới bắc qua sông Lam đã thông xe"],
  [1, "người dân vui mừng"],
  [2, "vốn đầu tư một nghìn tỷ đồng"],
  [2, "cầu mới dài một nghìn mét"],
];

test("bestSimilarityByGroup: the best cosine to each other document, as all pairs give it", () => {
  const vectors = tfidfVectors(SENTENCES.map(([, text]) => terms(text.split(" "))));
  const groups = SENTENCES.map(([g]) => g);
  const best = bestSimilarityByGroup(vectors, groups);
  vectors.forEach((v, i) => {
    const expected = new Map<number, number>();
    vectors.forEach((w, j) => {
      const g = groups[j] as number;
      const sim = cosine(v, w);
      if (g !== groups[i] && sim > (expected.get(g) ?? 0)) expected.set(g, sim);
    });
    assert.equal(best[i]?.size, expected.size, `sentence ${i}`);
    for (const [g, sim] of expected) assert.ok(Math.abs((best[i]?.get(g) ?? -1) - sim) < 1e-12);
  });
  // Sentence 3 shares no term with documents 0 and 2: those documents are absent.
  assert.deepEqual([...(best[3]?.keys() ?? [])], []);
  // Sentence 1 (`cầu dài một nghìn mét`) is closest to sentence 5 in document 2.
  assert.ok((best[1]?.get(2) ?? 0) > (best[1]?.get(1) ?? 0));
  assert.throws(() => bestSimilarityByGroup(vectors.slice(0, 2), [1, 0]), /nondecreasing/);
});

test("bestSimilarityByGroup leaves out a term held by more vectors than its bound", () => {
  // `cầu` is in all four sentences; with a bound of 3 only `mới` and `dài` join them.
  const texts = ["cầu mới", "cầu mới", "cầu dài", "cầu dài"];
  const vectors = tfidfVectors(texts.map((t) => t.split(" ")));
  const exact = bestSimilarityByGroup(vectors, [0, 1, 2, 3]);
  const bounded = bestSimilarityByGroup(vectors, [0, 1, 2, 3], 3);
  assert.deepEqual([...(exact[0]?.keys() ?? [])].sort(), [1, 2, 3]);
  assert.deepEqual([...(bounded[0]?.keys() ?? [])], [1]);
  // without `cầu` the pair shares less, but still `mới`
  const part = bounded[0]?.get(1) ?? 0;
  assert.ok(part > 0 && part < (exact[0]?.get(1) ?? 0), `${part}`);
});

test("cosine is the same whether it walks both vectors or searches the longer one", () => {
  const long = tfidfVectors([
    Array.from({ length: 400 }, (_, k) => `từ${k}`),
    ["từ3", "từ250", "từ399", "khác"],
  ]);
  const [a, b] = long as [(typeof long)[number], (typeof long)[number]];
  let naive = 0;
  a.ids.forEach((id, i) => {
    const j = b.ids.indexOf(id);
    if (j >= 0) naive += (a.weights[i] as number) * (b.weights[j] as number);
  });
  assert.ok(naive > 0);
  assert.equal(cosine(a, b), naive);
  assert.equal(cosine(b, a), naive);
});
