import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticleText } from "../io/readers/article-text.ts";
import { countSyllables as countTokenSyllables } from "../text/tokenize.ts";
import { furnitureLists } from "./furniture.ts";
import { countSyllables, headlineReader } from "./public/headline.js";

const split = headlineReader(furnitureLists());
const HEADLINE = "Mưa đá phủ trắng nhiều xã vùng cao Lào Cai";
const BODY =
  "Chiều 11/3, mưa đá kèm gió lốc kéo dài gần 20 phút ở huyện Bát Xát.\nNhiều mái nhà bị thủng, hoa màu hư hại nặng.";

/** [name, file content, the title the command line and the page must both choose]. */
const rows: [name: string, content: string, title: string][] = [
  ["a headline line", `${HEADLINE}\n\n${BODY}`, HEADLINE],
  ["a timestamp above it", `Thứ hai, 12/3/2025 08:00 (GMT+7)\n${HEADLINE}\n${BODY}`, HEADLINE],
  ["an update time above it", `Cập nhật: 10:45 12/3/2025\n\n${HEADLINE}\n${BODY}`, HEADLINE],
  ["a breadcrumb above it", `Trang chủ > Thời sự > Môi trường\n${HEADLINE}\n${BODY}`, HEADLINE],
  ["a menu of short items", `Thời sự | Thế giới | Kinh doanh\n${HEADLINE}\n${BODY}`, HEADLINE],
  ["a share row above it", `Thích 12 Chia sẻ\n${HEADLINE}\n${BODY}`, HEADLINE],
  ["a photo note", `Ảnh minh hoạ\n${HEADLINE}\n${BODY}`, HEADLINE],
  ["a marker line in capitals", `TRANG CHỦ:\n${HEADLINE}\n${BODY}`, HEADLINE],
  ["a reading prompt", `Mời quý độc giả xem video: mưa đá\n${HEADLINE}\n${BODY}`, HEADLINE],
  ["CRLF lines", `Trang chủ > Thời sự\r\n${HEADLINE}\r\n${BODY}`, HEADLINE],
  ["no headline: the first line is a sentence", BODY, ""],
  ["furniture, then a sentence", `Thứ hai, 12/3/2025 08:00\n${BODY}`, ""],
  ["a first line of more than 60 syllables", `${"mưa đá ".repeat(31)}ở Lào Cai\n${BODY}`, ""],
  // Syllables as the tokenizer counts them: a hyphen parts a word, so 31 of these are 62.
  ["31 hyphenated words: 62 syllables", `${"Hà-Nội ".repeat(31).trim()}\n${BODY}`, ""],
  ["31 × COVID-19: 62 syllables", `${"COVID-19 ".repeat(31).trim()}\n${BODY}`, ""],
  [
    "30 hyphenated words: 60 syllables",
    `${"Hà-Nội ".repeat(30).trim()}\n${BODY}`,
    "Hà-Nội ".repeat(30).trim(),
  ],
  [
    "a comparison, not a breadcrumb",
    `Giá vàng > 90 triệu đồng một lượng\n${BODY}`,
    "Giá vàng > 90 triệu đồng một lượng",
  ],
];

describe("the page's headline reader (public/headline.js) reads a .txt file as the command line", () => {
  for (const [name, content, title] of rows) {
    it(`${name} → ${title === "" ? "no title" : `"${title}"`}`, () => {
      const page = split(content);
      const cli = parseArticleText(content, "x");
      assert.equal(cli.title, title, "the command line's title");
      assert.equal(page.title, cli.title);
      if (title !== "") assert.equal(page.body, cli.body, "the body keeps the furniture");
      else assert.equal(page.body, content, "without a title the text is left as it came");
    });
  }

  // [text, why it is worth a row]: the page's count must be the tokenizer's on each.
  const counted: [text: string, what: string][] = [
    ["Hà-Nội mở tuyến buýt", "a hyphen parts a word"],
    ["COVID-19, 6,42% và 10/1/2022", "numbers, a percentage, a date"],
    ["TP.HCM và PGS.TS Nguyễn", "dotted abbreviations are one syllable"],
    ["Xem vnexpress.net hoặc https://a.vn/b?c=1.", "a domain and a URL are one syllable"],
    ["Email ban.doc@bao.vn ... “Sao?” — ờ", "an e-mail address, an ellipsis, quotes, a dash"],
    ["A.Nguyễn và ông’s 3G", "an initial, an apostrophe, a number with letters"],
  ];
  for (const [text, what] of counted) {
    it(`counts syllables as the tokenizer does: ${what}`, () => {
      assert.equal(countSyllables(text), countTokenSyllables(text), text);
    });
  }

  it("keeps a headline without a body as text, where the command line refuses the file", () => {
    assert.deepEqual(split(`\n${HEADLINE}\n`), { title: "", body: `\n${HEADLINE}\n` });
    assert.throws(() => parseArticleText(HEADLINE, "x"), /title line but no body/);
  });
});
