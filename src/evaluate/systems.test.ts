import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { describe, it } from "node:test";
import { TomtatError } from "../errors.ts";
import { readCluster } from "../io/readers/index.ts";
import { summarize } from "../summarize/index.ts";
import { baselines } from "../summarize/methods/baselines/index.ts";
import { DATASETS, loadDataset, sharedRoots } from "./datasets/index.ts";
import type { EvalCluster } from "./datasets/types.ts";
import { allSystemNames, evalSystems } from "./systems.ts";

const example: EvalCluster = {
  ...readCluster([new URL("../../examples/cluster", import.meta.url).pathname]),
  references: ["Cầu mới được thông xe sau hai năm thi công."],
};
const hasValidation = sharedRoots().some((root) =>
  existsSync(`${root}/datasets/${DATASETS["abmusu-validation"]}`),
);
const validation = hasValidation ? loadDataset("abmusu-validation").clusters.slice(0, 4) : [];

describe("evalSystems", () => {
  const names = baselines.map((b) => b.name);
  it("produces exactly what summarize() produces, with one preparation per cluster", () => {
    const { systems, prepare } = evalSystems(names, 120);
    for (const cluster of [example, ...validation]) {
      prepare(cluster);
      for (const system of systems) {
        const context = system.upperBound ? { references: cluster.references } : undefined;
        const expected = summarize(cluster, { method: system.name, maxSyllables: 120 }, context);
        const got = system.run(cluster);
        assert.equal(got.summary, expected.summary, `${system.name} on ${cluster.id}`);
        assert.equal(got.syllables, expected.stats.syllables, `${system.name} on ${cluster.id}`);
      }
    }
  });
  it("defaults to every method, the oracle flagged as an upper bound", () => {
    const all = allSystemNames();
    assert.ok(all.includes("tomtat") && all.includes("oracle") && all.includes("lead"));
    const { systems } = evalSystems(["lead", "oracle"]);
    assert.deepEqual(
      systems.map((s) => [s.name, s.upperBound]),
      [
        ["lead", false],
        ["oracle", true],
      ],
    );
  });
  it("refuses a budget under every sentence of a cluster, as summarize() does", () => {
    const { systems, prepare } = evalSystems(["lead", "tomtat"], 3);
    assert.throws(
      () => prepare(example),
      (err: unknown) =>
        err instanceof TomtatError &&
        err.code === "E_OPTION" &&
        /^cluster cluster: no sentence fits in the budget of 3 syllables: the shortest sentence of the cluster has \d+, and sentences are never cut; raise maxSyllables \(--max-syllables\)$/.test(
          err.message,
        ),
    );
    assert.equal(systems.length, 2);
  });
  it("refuses unknown and repeated names", () => {
    assert.throws(() => evalSystems(["nope"]), TomtatError);
    assert.throws(() => evalSystems(["lead", "lead"]), /twice/);
  });
});
