import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { DATASETS, loadDataset, sharedRoots } from "./datasets/index.ts";
import { createScorer } from "./rouge/index.ts";
import type { RougeScores } from "./rouge/types.ts";
import { evaluate } from "./run.ts";
import { evalSystems } from "./systems.ts";

/**
 * Anchor baseline (all anchor_text joined with a space) scored with the official toolchain:
 * the calibration table of ../shared/docs/EVALUATION.md. `abmusu` mode must land within ±0.01.
 */
const CALIBRATION = {
  "abmusu-train": { rouge1: 0.4359, rouge2: 0.1929, rougeL: 0.3951 },
  "abmusu-validation": { rouge1: 0.3884, rouge2: 0.1583, rougeL: 0.3374 },
} as const;
const TOLERANCE = 0.01;

const present = (name: keyof typeof CALIBRATION) =>
  sharedRoots().some((root) => existsSync(`${root}/datasets/${DATASETS[name]}`));

function assertCalibrated(name: keyof typeof CALIBRATION, got: Record<keyof RougeScores, number>) {
  const expected = CALIBRATION[name];
  for (const metric of ["rouge1", "rouge2", "rougeL"] as const) {
    const diff = got[metric] - expected[metric];
    assert.ok(
      Math.abs(diff) <= TOLERANCE,
      `${name} ${metric} F: ${got[metric].toFixed(4)} vs official ${expected[metric]} (Δ ${diff.toFixed(4)})`,
    );
  }
}

describe("abmusu mode reproduces the official anchor baseline (EVALUATION.md)", () => {
  const scorer = createScorer("abmusu");
  for (const name of ["abmusu-train", "abmusu-validation"] as const) {
    const skip = present(name) ? false : `../shared/datasets/${DATASETS[name]} is absent`;
    it(`${name}: raw anchor_text joined, within ±${TOLERANCE}`, { skip }, () => {
      const { clusters } = loadDataset(name);
      const sums = { rouge1: 0, rouge2: 0, rougeL: 0 };
      for (const cluster of clusters) {
        const hypothesis = cluster.documents.map((d) => d.lead ?? "").join(" ");
        const s = scorer.score(hypothesis, cluster.references);
        sums.rouge1 += s.rouge1.f;
        sums.rouge2 += s.rouge2.f;
        sums.rougeL += s.rougeL.f;
      }
      const n = clusters.length;
      assertCalibrated(name, {
        rouge1: sums.rouge1 / n,
        rouge2: sums.rouge2 / n,
        rougeL: sums.rougeL / n,
      });
    });
  }
  const skip = present("abmusu-validation") ? false : "AbMuSu validation is absent";
  it("abmusu-validation: the anchor baseline through the eval runner, within ±0.01", {
    skip,
  }, () => {
    const { clusters } = loadDataset("abmusu-validation");
    const { systems, prepare } = evalSystems(["anchor"]);
    const report = evaluate({ dataset: "abmusu-validation", clusters, systems, prepare, scorer });
    const anchor = report.systems.anchor;
    assert.ok(anchor);
    assertCalibrated("abmusu-validation", {
      rouge1: anchor.rouge1.f,
      rouge2: anchor.rouge2.f,
      rougeL: anchor.rougeL.f,
    });
  });
});
