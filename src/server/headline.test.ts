import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseArticleText } from "../io/readers/article-text.ts";
import { furnitureLists } from "./furniture.ts";
import { headlineReader } from "./public/headline.js";

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

  it("keeps a headline without a body as text, where the command line refuses the file", () => {
    assert.deepEqual(split(`\n${HEADLINE}\n`), { title: "", body: `\n${HEADLINE}\n` });
    assert.throws(() => parseArticleText(HEADLINE, "x"), /title line but no body/);
  });
});
