import assert from "node:assert/strict";
import { test } from "node:test";
import { capitalize, phraseSource, spellingsSource, withCapitalized } from "./phrase-pattern.ts";

/** [phrase, text, whether `spellingsSource(phrase)` matches all of `text`] */
const SPELLINGS: [string, string, boolean][] = [
  ["ảnh minh họa", "ảnh minh họa", true],
  ["ảnh minh họa", "ảnh minh hoạ", true],
  ["ảnh minh hoạ", "ảnh minh họa", true],
  ["ảnh minh họa", "ảnh  minh họa", true],
  ["ảnh minh họa", "ảnh minh hóa", false],
  ["thủy điện", "thuỷ điện", true],
  ["Vietnam+", "Vietnam+", true],
  ["Vietnam+", "Vietnamm", false],
];

test("spellingsSource matches a phrase in either tone-mark convention, and only it", () => {
  for (const [phrase, text, matches] of SPELLINGS) {
    assert.equal(new RegExp(`^${spellingsSource(phrase)}$`, "u").test(text), matches, text);
  }
});

test("phraseSource escapes special characters; capitalize and withCapitalized", () => {
  assert.equal(new RegExp(`^${phraseSource("a.b (c)")}$`, "u").test("a.b (c)"), true);
  assert.equal(new RegExp(`^${phraseSource("a.b")}$`, "u").test("axb"), false);
  assert.equal(capitalize("ảnh tư liệu"), "Ảnh tư liệu");
  assert.equal(capitalize("đồ họa"), "Đồ họa");
  assert.equal(capitalize(""), "");
  assert.deepEqual(withCapitalized(["ghi", "tổng hợp"]), ["ghi", "Ghi", "tổng hợp", "Tổng hợp"]);
});
