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
  // an abbreviation never ends inside a word
  ["Ông A.Nguyễn và ThS.Lê", ["Ông", "A", ".", "Nguyễn", "và", "ThS.Lê"]],
  ["Đọc trên vietnamplus.vn nhé", ["Đọc", "trên", "vietnamplus.vn", "nhé"]],
  ["Xem https://example.com/a?b=1.", ["Xem", "https://example.com/a?b=1", "."]],
  ["“Chuyên nghiệp”", ["“", "Chuyên", "nghiệp", "”"]],
  ["Chờ đã...", ["Chờ", "đã", "..."]],
  ["lúc 22h30 ngày 23-8", ["lúc", "22h30", "ngày", "23-8"]],
  [
    "Gửi thư tới ban.bien-tap@bao-mau.com.vn ngay",
    ["Gửi", "thư", "tới", "ban.bien-tap@bao-mau.com.vn", "ngay"],
  ],
  ["Trang tin.bao.gov.vn mở", ["Trang", "tin.bao.gov.vn", "mở"]],
  // an address's local part longer than 64 characters is no address: its words stay words
  [`${"a".repeat(65)}@b.vn`, ["a".repeat(65), "@", "b.vn"]],
  ["Ôi.....!!!", ["Ôi", "...", ".", ".", "!", "!", "!"]],
  ["", []],
  // invisible format characters part tokens and are none; an emoji is one token with what goes
  // on it; a keycap's marks are no word (no syllable)
  ["Hà\u200BNội\u200Dnữa", ["Hà", "Nội", "nữa"]],
  ["Tôi ❤️ 👍🏽 👨‍👩‍👧 1️⃣", ["Tôi", "❤️", "👍🏽", "👨‍👩‍👧", "1"]],
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

test("a run of 100,000 periods is read whole, three at a time", () => {
  const tokens = tokenize(`Mưa${".".repeat(100_000)}Gió`);
  assert.equal(tokens.length, 2 + Math.ceil(100_000 / 3));
  assert.deepEqual(
    [tokens[1]?.text, tokens.at(-2)?.text, tokens.at(-1)?.text],
    ["...", ".", "Gió"],
  );
});

test("countSyllables ignores punctuation", () => {
  assert.equal(countSyllables("Nga, Mỹ bắt đầu đàm phán ngày 10/1."), 8);
});
