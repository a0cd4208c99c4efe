import assert from "node:assert/strict";
import { test } from "node:test";
import { comparisonKey, normalizeText } from "./index.ts";
import { normalizeTones, repairTones, toneSpellings } from "./tones.ts";

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
  // not one Vietnamese syllable: left as written
  ["Rosé", "Rosé"],
  ["Pokémon", "Pokémon"],
];

test("canonical placement table", () => {
  for (const [input, expected] of FIXED) {
    assert.equal(normalizeTones(input), expected, `input: ${input}`);
  }
});

/** Input → normalized: the characters change, the words do not. */
const CHARACTERS: [string, string][] = [
  ["a\u200Bb\r\nc\u00A0d\re", "ab\nc d\ne"],
  ["hoa\u0300", "hoà"],
  // control characters (NUL, escape, DEL, C1) are dropped; tab is a space
  ["Hà\u0000 Nội\u001B[0m mở\u007F cửa\u0090\tlại", "Hà Nội[0m mở cửa lại"],
  // vertical tab, form feed, next line and line separator break the line; U+2029 the paragraph
  ["Một.\u000BHai.\u000CBa.\u0085Bốn.\u2028Năm.\u2029Sáu.", "Một.\nHai.\nBa.\nBốn.\nNăm.\n\nSáu."],
  // marks of writing direction split words while showing nothing
  ["mưa l\u200Eớn ở huy\u200Fện \u202Ebên\u202C \u2066kia\u2069", "mưa lớn ở huyện bên kia"],
  // a tone mark typed before its vowel's circumflex or breve, decomposed or not
  ["Vie\u0301\u0302t Nam, Vi\u00E9\u0302t, a\u0301\u0306n", "Viết Nam, Viết, ắn"],
  // combining marks with no letter under them
  ["\u0301\u0300 Tin (\u0303mới)", " Tin (mới)"],
  // half a surrogate pair is not a character; a whole pair stays
  ["Tin \uD83D mới \uDE00 nhất \uD83D\uDE00", "Tin \uFFFD mới \uFFFD nhất \uD83D\uDE00"],
];

test("normalizeText makes NFC, drops invisible and control characters and unifies line ends", () => {
  for (const [input, expected] of CHARACTERS)
    assert.equal(normalizeText(input), expected, JSON.stringify(input));
});

/** Input → repaired: marks typed onto the wrong vowel move; either convention's placement stays. */
const REPAIRED: [string, string][] = [
  ["Đôỉ mơí chương trình", "Đổi mới chương trình"],
  ["ngươì dân", "người dân"],
  ["thưà nhận", "thừa nhận"],
  ["câù thủ", "cầu thủ"],
  ["nhiêù điêù", "nhiều điều"],
  ["hòang", "hoàng"],
  ["qùynh, qúyt và qụych", "quỳnh, quýt và quỵch"],
  ["HÔÌ ĐÓ", "HỒI ĐÓ"],
  // either convention is right as written
  ["hòa bình", "hòa bình"],
  ["hoà bình", "hoà bình"],
  ["thủy, thuỷ, khỏe, khoẻ", "thủy, thuỷ, khỏe, khoẻ"],
  ["quý, giữ, gìn, khuỷu, người", "quý, giữ, gìn, khuỷu, người"],
  // not Vietnamese syllables, or two tone marks: left alone
  ["Rosé, café, Pokémon", "Rosé, café, Pokémon"],
  ["Luis Díaz, Raúl, Luís", "Luis Díaz, Raúl, Luís"],
  ["hoàá", "hoàá"],
];

test("repairTones moves only misplaced marks", () => {
  for (const [input, expected] of REPAIRED) {
    const out = repairTones(input);
    assert.equal(out, expected, `input: ${input}`);
    assert.equal(out.length, input.length, `length kept: ${input}`);
    assert.equal(comparisonKey(out), comparisonKey(input), `same comparison key: ${input}`);
  }
});

test("normalizeText repairs misplaced tone marks and keeps the convention", () => {
  assert.equal(normalizeText("Ông ấy thưà nhận hòa giải.\r\n"), "Ông ấy thừa nhận hòa giải.\n");
});

const SPELLINGS: [string, string[]][] = [
  ["họa", ["hoạ", "họa"]],
  ["hoạ", ["hoạ", "họa"]],
  ["thủy", ["thuỷ", "thủy"]],
  ["Hòa", ["Hoà", "Hòa"]],
  // one convention only: the mark has one place
  ["ảnh", ["ảnh"]],
  ["hoàng", ["hoàng"]],
  ["mùa", ["mùa"]],
  ["quý", ["quý"]],
  // no tone mark, or not one Vietnamese syllable
  ["minh", ["minh"]],
  ["Rosé", ["Rosé"]],
  ["", [""]],
];

test("toneSpellings gives a syllable's spelling in each convention, canonical first", () => {
  for (const [syllable, spellings] of SPELLINGS) {
    assert.deepEqual(toneSpellings(syllable), spellings, syllable);
  }
});
