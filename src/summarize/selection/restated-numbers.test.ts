import assert from "node:assert/strict";
import { test } from "node:test";
import { numberTokens, restatesNumbers } from "./restated-numbers.ts";

const figures = (s: string) => numberTokens(s.split(" ").filter(Boolean));

test("numberTokens keeps the distinct tokens of two digits or more, years aside", () => {
  assert.deepEqual(
    [...figures("ngày 29/8 có 60 tên lửa và 60 quả bom giá 1,1 tỷ usd loại aim-9x")],
    ["29/8", "60", "1,1"],
  );
  assert.deepEqual(
    [...figures("năm 2022 có 2 đội và 1 trận ở vòng 16 lúc 19h30")],
    ["16", "19h30"],
  );
  assert.equal(figures("không có con số nào").size, 0);
});

const CASES: [
  name: string,
  candidate: string,
  summary: string,
  min: number,
  expected: boolean,
  allowNew?: number,
][] = [
  ["every figure already told", "ngày 29/8 60 tên lửa 100 quả", "60 100 29/8 1,1", 2, true],
  ["one new figure is news", "ngày 30/8 60 tên lửa 100 quả", "60 100 29/8", 2, false],
  ["too few figures to judge", "60 tên lửa", "60 100", 2, false],
  ["no figures at all", "cầu mở cửa", "60 100", 2, false],
  ["the minimum is inclusive", "60 100", "60 100", 2, true],
  ["a higher minimum spares two figures", "60 100", "60 100", 3, false],
  ["an empty summary holds no figure", "60 100", "", 2, false],
  ["one new figure allowed: two told and one new", "1.250 1.800 21", "1.250 24 1.800", 2, true, 1],
  ["one new figure allowed: two new are news", "1.250 1.800 21 22", "1.250 1.800", 2, false, 1],
  ["one new figure allowed: one told is too few", "1.250 21", "1.250 1.800", 2, false, 1],
  ["one new figure allowed: all told still counts", "1.250 1.800", "1.250 1.800", 2, true, 1],
];

for (const [name, candidate, summary, min, expected, allowNew] of CASES) {
  test(`restatesNumbers: ${name}`, () => {
    assert.equal(restatesNumbers(figures(candidate), figures(summary), min, allowNew), expected);
  });
}
