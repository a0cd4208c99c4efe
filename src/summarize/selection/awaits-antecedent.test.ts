import assert from "node:assert/strict";
import { test } from "node:test";
import { preparedFromSentences, sentenceAt } from "../../../test/conformance.ts";
import { awaitsAntecedent } from "./awaits-antecedent.ts";

const cluster = preparedFromSentences([
  [
    "Sáng 15/3, tỉnh Nghệ An khánh thành cầu Rồng Vàng bắc qua sông Lam.",
    "Đây là cây cầu lớn nhất của tỉnh trong 5 năm qua.",
  ],
  [
    "Cầu Rồng Vàng bắc qua sông Lam được khánh thành sáng 15/3.",
    "Tuy nhiên, ông cho biết giá vé qua cầu chưa được công bố.",
    "Tuy nhiên, người dân hai bờ vẫn đi phà trong tuần này.",
    "Ông Lê Văn Hòa, một người dân, rất vui.",
    "Theo tôi, cây cầu sẽ giúp người dân hai bờ đi lại dễ hơn.",
    "Ông Hòa nói chúng tôi đã chờ cây cầu này nhiều năm.",
  ],
]);

const at = (key: string): number => sentenceAt(cluster, key);

/** Only the two outlets' leads are versions of each other. */
const versions = new Set([`${at("0:0")}-${at("1:0")}`, `${at("1:0")}-${at("0:0")}`]);
const similarity = (i: number, j: number) => (versions.has(`${i}-${j}`) ? 0.6 : 0.1);

/** [candidate, summary so far, waits?, why] */
const CASES: [string, string[], boolean, string][] = [
  ["0:1", [], true, "`Đây là …` waits while the summary lacks its antecedent 0:0"],
  ["0:1", ["1:3"], true, "… and while the summary holds only unrelated sentences"],
  ["0:1", ["0:0"], false, "… not once its antecedent is chosen"],
  ["0:1", ["1:0"], false, "… nor once another outlet's version of the antecedent is"],
  ["1:1", [], true, "`Tuy nhiên, ông cho biết …` still points back once the connective goes"],
  ["1:2", [], false, "`Tuy nhiên, người dân …` does not once the connective goes"],
  ["1:3", [], false, "`Ông Lê Văn Hòa` is named: it does not point back"],
  ["0:0", [], false, "a document's first sentence never waits"],
  ["1:4", [], true, "`Theo tôi, …` does not name its speaker: it waits for 1:3, who speaks"],
  ["1:4", ["1:3"], false, "… not once 1:3 is chosen"],
  ["1:5", [], false, "`Ông Hòa nói chúng tôi …` names its speaker"],
];

test("awaitsAntecedent: a sentence that points back waits for its antecedent or a version of it", () => {
  for (const [candidate, summary, waits, why] of CASES) {
    const test = awaitsAntecedent(cluster, similarity);
    assert.equal(test(at(candidate), summary.map(at)), waits, why);
  }
});

test("awaitsAntecedent reads a growing summary and stops waiting for good", () => {
  const waits = awaitsAntecedent(cluster, similarity);
  const summary: number[] = [at("1:3")];
  assert.equal(waits(at("0:1"), summary), true);
  summary.push(at("1:0"));
  assert.equal(waits(at("0:1"), summary), false, "the version chosen at the last step counts");
  assert.equal(waits(at("0:1"), summary), false, "and is remembered");
});
