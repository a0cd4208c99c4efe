import assert from "node:assert/strict";
import { test } from "node:test";
import { containment } from "./containment.ts";

const words = (s: string) => new Set(s.split(" ").filter(Boolean));

const CASES: [name: string, a: string, b: string, expected: number][] = [
  ["identical sentences", "cầu mở cửa", "cầu mở cửa", 1],
  ["no shared syllable", "cầu mở cửa", "bão tan nhanh", 0],
  ["the shorter one is wholly inside the longer", "cầu mở", "hôm nay cầu mở cửa", 1],
  ["half of the smaller set is shared", "cầu mới mở cửa", "cầu cũ mở rộng", 0.5],
  ["repeats inside one sentence count once", "cầu cầu cầu mở", "cầu đóng", 0.5],
  ["an empty sentence contains nothing", "", "cầu mở cửa", 0],
];

for (const [name, a, b, expected] of CASES) {
  test(`containment: ${name}`, () => {
    assert.equal(containment(words(a), words(b)), expected);
    assert.equal(containment(words(b), words(a)), expected, "symmetric");
  });
}
