import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlToText } from "../html.ts";
import { CHROME } from "../html-grammar.ts";
import { streamPage } from "../html-stream.ts";
import { ARTICLE, page } from "./testing.ts";

describe("a single <br> that cuts a sentence", () => {
  // [what, markup, lines]
  const cases: [string, string, string[]][] = [
    [
      "is a space before a lowercase word, after no final punctuation",
      "<p>Cảnh sát tăng cường tuần tra, xử lý xe vi phạm tốc độ<br>\nvà dừng đỗ sai quy định.</p>",
      ["Cảnh sát tăng cường tuần tra, xử lý xe vi phạm tốc độ và dừng đỗ sai quy định."],
    ],
    [
      "is a space after a comma, and inside inline markup",
      "<p><em>Nước lũ dâng nhanh,<br />người dân</em> chạy lên đồi.</p>",
      ["Nước lũ dâng nhanh, người dân chạy lên đồi."],
    ],
    [
      "stays a break after a full stop, a colon or a closing quote",
      '<p>Lũ rút dần.<br>người dân trở về.<br>Các đội gồm:<br>đội cứu hộ.<br>"Nước lên nhanh."<br>ông kể.</p>',
      [
        "Lũ rút dần.",
        "người dân trở về.",
        "Các đội gồm:",
        "đội cứu hộ.",
        '"Nước lên nhanh."',
        "ông kể.",
      ],
    ],
    [
      "stays a break before a capital, a digit or a dash",
      "<p>Lũ quét ở Nà Lếch<br>Người dân sơ tán<br>14 ngôi nhà bị cuốn trôi<br>- đội cứu hộ: 3 xe</p>",
      ["Lũ quét ở Nà Lếch", "Người dân sơ tán", "14 ngôi nhà bị cuốn trôi", "- đội cứu hộ: 3 xe"],
    ],
    [
      "stays a break when two <br> or a block end the line",
      "<p>Nước lên nhanh<br><br>người dân sơ tán</p><p>Nước rút chậm</p><p>và bùn đất ngập nhà</p>",
      ["Nước lên nhanh", "người dân sơ tán", "Nước rút chậm", "và bùn đất ngập nhà"],
    ],
  ];
  for (const [what, html, lines] of cases) {
    it(`${what}: ${JSON.stringify(html)}`, () => {
      assert.deepEqual(streamPage(html, CHROME).text.split("\n"), lines);
    });
  }

  it("is joined in an article Readability reads", () => {
    const cut =
      "<p>Cảnh sát tăng cường tuần tra, xử lý xe vi phạm tốc độ<br>và dừng đỗ sai quy định.</p>";
    const { text } = htmlToText(
      page(`<h1>Lũ quét</h1><article><p>${ARTICLE.join("</p><p>")}</p>${cut}</article>`),
    );
    assert.ok(
      text
        .split("\n")
        .includes("Cảnh sát tăng cường tuần tra, xử lý xe vi phạm tốc độ và dừng đỗ sai quy định."),
      text,
    );
  });
});
