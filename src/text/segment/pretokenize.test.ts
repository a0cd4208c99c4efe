import assert from "node:assert/strict";
import { test } from "node:test";
import { pretokenize } from "./pretokenize.ts";

const CASES: [string, string[]][] = [
  ["", []],
  ["   \t ", []],
  ["đàm phán", ["đàm", "phán"]],
  ["Hà Nội, ngày 10/1/2022.", ["Hà", "Nội", ",", "ngày", "10/1/2022", "."]],
  ["tăng 6,42% lên 5.000 đồng", ["tăng", "6,42", "%", "lên", "5.000", "đồng"]],
  ["lúc 06:30:00", ["lúc", "06:30:00"]],
  ["UBND TP.HCM", ["UBND", "TP.HCM"]],
  ["TP. Hồ Chí Minh, Q. 1", ["TP.", "Hồ", "Chí", "Minh", ",", "Q.", "1"]],
  ["ông Nguyễn Văn A.", ["ông", "Nguyễn", "Văn", "A."]],
  ["v.v... và N.V.Hải", ["v.v...", "và", "N.V.Hải"]],
  ["đồng/chỉ", ["đồng", "/", "chỉ"]],
  ["(chủ nghĩa Mác-Lênin)", ["(", "chủ", "nghĩa", "Mác-Lênin", ")"]],
  ["“Tôi đi…” - anh nói", ["“", "Tôi", "đi", "…", "”", "-", "anh", "nói"]],
  [
    "xem https://vnexpress.net/a-b.html, hoặc",
    ["xem", "https://vnexpress.net/a-b.html", ",", "hoặc"],
  ],
  ["gửi ban.doc@tuoitre.com.vn!", ["gửi", "ban.doc@tuoitre.com.vn", "!"]],
  ["COVID-19 và iPhone 13", ["COVID-19", "và", "iPhone", "13"]],
  ["Đắk Lắk; H'Mông", ["Đắk", "Lắk", ";", "H'Mông"]],
  ["diện tích 20m² ------ hết", ["diện", "tích", "20m²", "------", "hết"]],
  ["Tokyo 東京 Москва", ["Tokyo", "東京", "Москва"]],
  // invisible format characters part tokens; an emoji keeps what goes on it
  ["Hà\u200BNội và\u2060nữa\u200Dthôi", ["Hà", "Nội", "và", "nữa", "thôi"]],
  ["Tôi ❤️ 👍🏽 👨‍👩‍👧 1️⃣", ["Tôi", "❤️", "👍🏽", "👨‍👩‍👧", "1️⃣"]],
];

test("pretokenize splits text the way the VLSP data is tokenized", () => {
  for (const [input, expected] of CASES) {
    assert.deepEqual(pretokenize(input), expected, JSON.stringify(input));
  }
});

test("pretokenize keeps every non-space character, in order", () => {
  const text = "Ông A. (TP.HCM) nói:“5.000đ/kg!?”\u00a0— xem www.x.vn…";
  assert.equal(pretokenize(text).join(""), text.replace(/\s/g, ""));
});

test("pretokenize is linear on a 100k-character line", () => {
  const line = "www.".repeat(25_000);
  const start = performance.now();
  const tokens = pretokenize(`${line} ${"a.".repeat(50_000)} ${",".repeat(100_000)}`);
  assert.ok(performance.now() - start < 1000);
  assert.equal(tokens.join("").length, 300_000);
});
