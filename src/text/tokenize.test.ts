import assert from "node:assert/strict";
import { test } from "node:test";
import { countSyllables, tokenize } from "./tokenize.ts";

const CASES: [string, string[]][] = [
  ["Hà Nội mưa to.", ["Hà", "Nội", "mưa", "to", "."]],
  [
    "Lãi suất tăng 6,42% so với 5.000 tỷ.",
    ["Lãi", "suất", "tăng", "6,42%", "so", "với", "5.000", "tỷ", "."],
  ],
  ["Ngày 17/12 và 10/1/2022", ["Ngày", "17/12", "và", "10/1/2022"]],
  ["Tại TP.HCM, PGS.TS Lan nói", ["Tại", "TP.HCM", ",", "PGS.TS", "Lan", "nói"]],
  ["Đọc trên vietnamplus.vn nhé", ["Đọc", "trên", "vietnamplus.vn", "nhé"]],
  ["Xem https://example.com/a?b=1.", ["Xem", "https://example.com/a?b=1", "."]],
  ["“Chuyên nghiệp”", ["“", "Chuyên", "nghiệp", "”"]],
  ["Chờ đã...", ["Chờ", "đã", "..."]],
  ["lúc 22h30 ngày 23-8", ["lúc", "22h30", "ngày", "23-8"]],
  ["", []],
];

test("tokenize keeps numbers, dates, abbreviations and domains whole", () => {
  for (const [input, expected] of CASES) {
    assert.deepEqual(
      tokenize(input).map((t) => t.text),
      expected,
      `input: ${input}`,
    );
  }
});

test("offsets point back into the input", () => {
  const text = "Ông Gavrilov (Nga) phát biểu.";
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});

test("countSyllables ignores punctuation", () => {
  assert.equal(countSyllables("Nga, Mỹ bắt đầu đàm phán ngày 10/1."), 8);
});
