import assert from "node:assert/strict";
import { test } from "node:test";
import { isAbbreviated, isInitial } from "./abbreviations.ts";

/** [word without its final period, isInitial, isAbbreviated] */
const ROWS: [string, boolean, boolean][] = [
  ["V", true, true],
  ["Đ", true, true],
  // a capital with a tone mark is a word (`châu Á`, `nước Ý`), not an initial
  ["Á", false, false],
  ["ThS", false, true],
  ["PGS.TS", false, true],
  ["T.V.K", false, true],
  // … also inside a chain: every part must be an abbreviation or an initial
  ["T.Á", false, false],
  ["Hà", false, false],
  ["Huế.Nam", false, false],
];

test("isInitial and isAbbreviated: initials, abbreviations and dotted chains of them", () => {
  for (const [word, initial, abbreviated] of ROWS) {
    assert.equal(isInitial(word), initial, `isInitial: ${word}`);
    assert.equal(isAbbreviated(word), abbreviated, `isAbbreviated: ${word}`);
  }
});
