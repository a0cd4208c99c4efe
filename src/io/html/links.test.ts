import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TomtatError } from "../../errors.ts";
import { htmlToText } from "../html.ts";
import { SKIP } from "../html-grammar.ts";
import { streamPage } from "../html-stream.ts";
import { ARTICLE, itReadsPages, page } from "./testing.ts";

describe("links side by side", () => {
  // [markup, text]
  const cases: [string, string][] = [
    ["<p><a>Thời sự</a><a>Kinh tế</a><a>Thể thao</a></p>", "Thời sự Kinh tế Thể thao"],
    ["<div><button>Thích</button><button>Chia sẻ</button><a>Lưu</a></div>", "Thích Chia sẻ Lưu"],
    ["<p><a>Thời sự</a><span><a>Kinh tế</a></span></p>", "Thời sự Kinh tế"],
    // text between, a link inside a sentence, a word split by markup: as written
    ["<p><a>Thời sự</a> | <a>Kinh tế</a>, <a>UBND</a> tỉnh</p>", "Thời sự | Kinh tế, UBND tỉnh"],
    ["<p>Nà <b>Lế</b>ch, <a>Sơn Vĩ</a>.</p>", "Nà Lếch, Sơn Vĩ."],
  ];
  for (const [html, text] of cases) {
    it(`are read apart: ${JSON.stringify(html)}`, () =>
      assert.equal(streamPage(html, SKIP).text, text));
  }
});

describe("htmlToText leaves navigation out", () => {
  itReadsPages([
    [
      "a <nav> beside the article, links of the body kept",
      page(`<nav class="menu"><a>Thời sự</a><a>Kinh tế</a></nav><h1>Lũ quét ở bản Nà Lếch</h1><article>
<p>${ARTICLE[0]}</p><p><a href="/tag/son-vi">Chính quyền huyện Sơn Vĩ</a>${ARTICLE[2].slice("Chính quyền huyện Sơn Vĩ".length)}</p><p>${ARTICLE[1]}</p></article>`),
      [...ARTICLE],
      ["Thời sự", "Kinh tế"],
    ],
  ]);

  const menus = [
    '<nav><a href="/">Thời sự</a><a href="/kinh-te">Kinh tế</a></nav><footer>Bản quyền thuộc Báo Sơn Vĩ</footer>',
    '<nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a>Kinh tế</a></li></ul></nav>',
  ];
  for (const body of menus) {
    it(`finds no text on a page of menu links: ${JSON.stringify(body)}`, () => {
      assert.throws(
        () => htmlToText(page(body, "Trang chủ - Báo Sơn Vĩ")),
        (err: unknown) => err instanceof TomtatError && err.code === "E_EMPTY",
      );
    });
  }
});
