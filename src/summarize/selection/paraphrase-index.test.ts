import assert from "node:assert/strict";
import { test } from "node:test";
import { cosine, terms, tfidfVectors } from "../vectors.ts";
import { containment } from "./containment.ts";
import { paraphraseIndex } from "./paraphrase-index.ts";

/** A deterministic pseudo-random generator (a linear congruential one). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/**
 * Sentences over a small vocabulary, a few common syllables in most, some sentences near copies
 * of earlier ones, and pairs sized so that containment lands exactly on the threshold (7 of 10).
 */
function sentences(seed: number, n: number): string[][] {
  const next = random(seed);
  const vocabulary = Array.from({ length: 60 }, (_, i) => `t${i}`);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const earlier = out[Math.floor(next() * out.length)];
    if (earlier && next() < 0.3) {
      // a near copy: some syllables dropped, some new ones
      out.push([...earlier.filter(() => next() < 0.8), `t${Math.floor(next() * 60)}`]);
      continue;
    }
    const size = 3 + Math.floor(next() * 15);
    const words = ["của", "và"];
    for (let k = 0; k < size; k++)
      words.push(vocabulary[Math.floor(next() ** 2 * vocabulary.length)] as string);
    out.push(words);
  }
  const a = Array.from({ length: 10 }, (_, k) => `b${k}`);
  out.push(a, [...a.slice(0, 7), "x1", "x2", "x3"], [...a.slice(0, 7), "y1", "y2", "y3", "y4"]);
  return out;
}

for (const [maxCosine, maxContainment] of [
  [0.5, 0.7],
  [0.35, undefined],
  [0.2, 0.5],
  [0.8, 0.9],
  [0, 0],
  [1, 1],
] as const)
  test(`paraphrase index: no pair above cosine ${maxCosine} or containment ${maxContainment} is missed`, () => {
    for (const seed of [1, 2, 3]) {
      const tokens = sentences(seed, 120);
      const vectors = tfidfVectors(tokens.map((t) => terms(t)));
      const sets = tokens.map((t) => new Set(t));
      const candidates = tokens.map((_, i) => i).filter((i) => i % 7 !== 3);
      const index = paraphraseIndex(
        candidates,
        vectors,
        maxCosine,
        (i) => sets[i] as Set<string>,
        maxContainment,
      );
      assert.ok(index);
      let found = 0;
      for (const pick of candidates) {
        const near = index(pick);
        const byCosine = new Set(near.cosine);
        const byContainment = new Set(near.containment);
        for (const i of candidates) {
          if (i === pick) continue;
          const v = vectors[i] as (typeof vectors)[number];
          if (cosine(v, vectors[pick] as typeof v) > maxCosine) {
            assert.ok(byCosine.has(i), `cosine ${i} ~ ${pick}`);
            found++;
          }
          const c = containment(sets[i] as Set<string>, sets[pick] as Set<string>);
          if (maxContainment !== undefined && c > maxContainment) {
            assert.ok(byContainment.has(i), `containment ${i} ~ ${pick}`);
            found++;
          }
        }
      }
      if (maxCosine < 1) assert.ok(found > 0, "the data holds paraphrases");
    }
  });

test("paraphrase index: a negative threshold leaves every candidate to be tested", () => {
  const vectors = tfidfVectors([["a"], ["b"]]);
  assert.equal(
    paraphraseIndex([0, 1], vectors, -0.1, () => new Set(), undefined),
    undefined,
  );
  assert.equal(
    paraphraseIndex([0, 1], vectors, 0.5, () => new Set(), -1),
    undefined,
  );
});
