import assert from "node:assert/strict";
import { test } from "node:test";
import { comparisonKey, normalizeText } from "./index.ts";
import { normalizeTones } from "./tones.ts";

const SAME: [string, string][] = [
  ["hoà", "hòa"],
  ["thuỷ", "thủy"],
  ["uý", "úy"],
  ["khoẻ", "khỏe"],
  ["Hoà Bình", "Hòa Bình"],
  ["THUỶ", "THỦY"],
  ["luỹ", "lũy"],
  ["hoà".normalize("NFD"), "hòa"],
];

test("old and new tone placement compare equal", () => {
  for (const [a, b] of SAME) {
    assert.equal(normalizeTones(a.normalize("NFC")), normalizeTones(b), `${a} vs ${b}`);
    assert.equal(comparisonKey(a), comparisonKey(b), `${a} vs ${b}`);
  }
});

const FIXED: [string, string][] = [
  ["hòa", "hoà"],
  ["thủy", "thuỷ"],
  ["quý", "quý"],
  ["giá", "giá"],
  ["người", "người"],
  ["mùa", "mùa"],
  ["hoàng", "hoàng"],
  ["tuyển", "tuyển"],
  ["khuỷu", "khuỷu"],
  ["quốc", "quốc"],
  ["gìn", "gìn"],
  ["Việt Nam", "Việt Nam"],
  ["Moskva, 10/1/2022.", "Moskva, 10/1/2022."],
  ["", ""],
];

test("canonical placement table", () => {
  for (const [input, expected] of FIXED) {
    assert.equal(normalizeTones(input), expected, `input: ${input}`);
  }
});

test("normalizeText makes NFC, drops invisible characters and unifies line ends", () => {
  assert.equal(normalizeText("a\u200Bb\r\nc\u00A0d\re"), "ab\nc d\ne");
  assert.equal(normalizeText("hoa\u0300"), "hoà");
});
