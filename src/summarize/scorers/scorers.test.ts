import assert from "node:assert/strict";
import { test } from "node:test";
import { ensembleScores } from "./ensemble.ts";
import { predictGbdt, trainGbdt } from "./gbdt.ts";
import { predict, trainLogistic } from "./logistic.ts";

// y = 1 when x0 > 0.5, whatever x1 is: separable by one split, and monotone in x0.
const XS = Array.from({ length: 200 }, (_, i) => [(i % 100) / 100, ((i * 37) % 100) / 100]);
const YS = XS.map(([a]) => ((a as number) > 0.5 ? 1 : 0));

test("logistic regression learns a monotone separable rule", () => {
  const m = trainLogistic(["x0", "x1"], XS, YS);
  assert.ok(predict(m, [0.9, 0.5]) > 0.8, "high x0 → high score");
  assert.ok(predict(m, [0.1, 0.5]) < 0.2, "low x0 → low score");
  assert.ok(
    Math.abs(m.weights[0] as number) > 5 * Math.abs(m.weights[1] as number),
    "x1 is ignored",
  );
});

test("boosted trees split on the informative feature, at the right threshold", () => {
  const m = trainGbdt(["x0", "x1"], XS, YS, {
    trees: 30,
    depth: 2,
    learningRate: 0.3,
    minLeaf: 5,
    bins: 16,
    lambda: 1,
  });
  assert.equal(m.trees[0]?.feature[0], 0, "the first split is on x0");
  const t = m.trees[0]?.threshold[0] as number;
  assert.ok(t >= 0.45 && t <= 0.56, `threshold ${t}`);
  assert.ok(predictGbdt(m, [0.8, 0.1]) > 0.9);
  assert.ok(predictGbdt(m, [0.2, 0.9]) < 0.1);
});

test("training is deterministic", () => {
  const a = trainGbdt(["x0", "x1"], XS, YS);
  const b = trainGbdt(["x0", "x1"], XS, YS);
  assert.deepEqual(a, b);
});

test("the ensemble ranks like its models agree, and is the logistic score without trees", () => {
  const lr = trainLogistic(["x0", "x1"], XS, YS);
  const trees = trainGbdt(["x0", "x1"], XS, YS);
  const xs = [
    [0.9, 0.1],
    [0.2, 0.3],
    [0.7, 0.9],
  ];
  const s = ensembleScores(xs, lr, trees);
  assert.ok((s[0] as number) > (s[1] as number) && (s[2] as number) > (s[1] as number));
  assert.deepEqual(
    ensembleScores(xs, lr),
    xs.map((x) => predict(lr, x)),
  );
  assert.deepEqual(ensembleScores([], lr, trees), []);
});
