import assert from "node:assert/strict";
import { test } from "node:test";
import { normalizeToken, Shape, shapeOf } from "./normalize.ts";
import { isVietnameseSyllable } from "./syllable.ts";

test("normalizeToken folds case, Unicode form, tone placement and digits", () => {
  const cases: [string, string][] = [
    ["Hoà", "hoà"],
    ["hòa", "hoà"],
    ["THỦY", "thuỷ"],
    ["khỏe", "khoẻ"],
    ["quỳ", "quỳ"],
    ["hoàng", "hoàng"],
    ["Hoa\u0300", "hoà"], // decomposed grave accent
    ["1.500", "0.000"],
    ["10/1/2022", "00/0/0000"],
    [",", ","],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeToken(input), expected, input);
});

test("shapeOf classifies case, digits, punctuation and foreign words", () => {
  const cases: [string, number][] = [
    ["nhà", Shape.lower],
    ["Hà", Shape.title],
    ["NỘI", Shape.upper],
    ["A", Shape.initial],
    ["H.", Shape.initial],
    ["5.000", Shape.number],
    ["...", Shape.punct],
    ["COVID-19", Shape.mixed],
    ["iPhone", Shape.mixed],
    ["Putin", Shape.titleForeign],
    ["UBND", Shape.upperForeign],
    ["email", Shape.lowerForeign],
  ];
  for (const [token, expected] of cases) {
    assert.equal(shapeOf(token, normalizeToken(token)), expected, token);
  }
});

test("isVietnameseSyllable accepts Vietnamese syllables and rejects foreign words", () => {
  for (const s of ["nghiêng", "đường", "khuyến", "gì", "oanh", "quốc", "ạ", "trưởng"]) {
    assert.equal(isVietnameseSyllable(s), true, s);
  }
  for (const s of ["putin", "joe", "ubnd", "biden", "zalo", "stress", "covid"]) {
    assert.equal(isVietnameseSyllable(s), false, s);
  }
});
