import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TomtatError } from "../../errors.ts";
import { bootstrapMeanCI, mean, quantile } from "./bootstrap.ts";
import { pairedRandomizationTest } from "./paired.ts";
import { mulberry32 } from "./prng.ts";

describe("mulberry32", () => {
  it("is deterministic per seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    assert.deepEqual(
      xs.slice(0, 5),
      Array.from({ length: 5 }, () => b()),
    );
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.ok(Math.abs(mean(xs) - 0.5) < 0.05, `mean ${mean(xs)}`);
    assert.notEqual(mulberry32(43)(), mulberry32(42)());
  });
});

describe("quantile (type 7)", () => {
  const cases: [number[], number, number][] = [
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0, 1],
    [[1, 2, 3, 4], 1, 4],
    [[10, 20, 30, 40, 50], 0.25, 20],
    [[0, 10], 0.975, 9.75],
  ];
  for (const [sorted, q, expected] of cases) {
    it(`${sorted} @ ${q}`, () => assert.ok(Math.abs(quantile(sorted, q) - expected) < 1e-12));
  }
});

describe("bootstrapMeanCI", () => {
  it("collapses to the value for constant data", () => {
    assert.deepEqual(bootstrapMeanCI([0.3, 0.3, 0.3]), { mean: 0.3, low: 0.3, high: 0.3 });
  });
  it("brackets the mean with the normal-theory width on a large sample", () => {
    // 0/1 values, p = 0.5, n = 400: standard error 0.025, 95% half-width ≈ 0.049
    const values = Array.from({ length: 400 }, (_, i) => i % 2);
    const ci = bootstrapMeanCI(values, { samples: 2000 });
    assert.equal(ci.mean, 0.5);
    assert.ok(Math.abs(ci.high - ci.low - 2 * 1.96 * 0.025) < 0.012, `width ${ci.high - ci.low}`);
    assert.ok(ci.low < 0.5 && ci.high > 0.5);
  });
  it("is reproducible with a seed and gives 0s for no data", () => {
    const v = [0.1, 0.5, 0.2, 0.9];
    assert.deepEqual(bootstrapMeanCI(v, { seed: 7 }), bootstrapMeanCI(v, { seed: 7 }));
    assert.deepEqual(bootstrapMeanCI([]), { mean: 0, low: 0, high: 0 });
  });
  it("refuses a bad level or sample count", () => {
    assert.throws(() => bootstrapMeanCI([1], { level: 1 }), TomtatError);
    assert.throws(() => bootstrapMeanCI([1], { samples: 0 }), TomtatError);
  });
});

describe("pairedRandomizationTest (one-sided, A > B)", () => {
  it("gives p = 1/8 when three clusters all favour A by the same margin", () => {
    // only the relabeling with no swap reaches the observed sum: probability 2^-3
    const r = pairedRandomizationTest([0.5, 0.6, 0.7], [0.4, 0.5, 0.6], { trials: 20000 });
    assert.ok(Math.abs(r.meanDiff - 0.1) < 1e-12);
    assert.ok(Math.abs(r.p - 1 / 8) < 0.01, `p ${r.p}`);
  });
  it("gives a tiny p for a consistent gain and p near 1 for a consistent loss", () => {
    const b = Array.from({ length: 30 }, (_, i) => 0.2 + (i % 7) / 100);
    const a = b.map((x) => x + 0.02);
    assert.ok(pairedRandomizationTest(a, b).p < 0.001);
    assert.ok(pairedRandomizationTest(b, a).p > 0.999);
  });
  it("gives p = 1 for identical systems", () => {
    assert.equal(pairedRandomizationTest([0.1, 0.2], [0.1, 0.2]).p, 1);
  });
  it("refuses lists of different lengths", () => {
    assert.throws(() => pairedRandomizationTest([1], [1, 2]), TomtatError);
  });
});
