import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlToText } from "../html.ts";
import { ARTICLE, ARTICLE_HTML, page } from "./testing.ts";

const HEADLINE = "Lũ quét cuốn trôi 14 ngôi nhà ở bản Nà Lếch";
const LEAD = `(Báo Sơn Vĩ) - ${ARTICLE[0]}`;
const BODY = `<p class="sapo">${LEAD}</p><div class="content">${ARTICLE_HTML}</div>`;

describe("htmlToText titles a page by its headline, never by the site's name", () => {
  // [what, markup, title]
  const cases: [string, string, string][] = [
    [
      "an <h1> worded otherwise than the <title>, the lead opening with the paper's dateline",
      page(`<h1>${HEADLINE}</h1>${BODY}`, "Lũ quét ở Nà Lếch - Báo Sơn Vĩ"),
      HEADLINE,
    ],
    [
      "the same, the site first in the <title>",
      page(`<h1>${HEADLINE}</h1>${BODY}`, "Báo Sơn Vĩ - Lũ quét ở Nà Lếch"),
      HEADLINE,
    ],
    [
      "a generic <title>",
      page(`<h1>${HEADLINE}</h1>${BODY}`, "Chi tiết tin - Báo Sơn Vĩ"),
      HEADLINE,
    ],
    [
      "a logo <h1> in the header, the headline an <h2>",
      page(
        `<header><h1 class="site-logo"><a>Báo Sơn Vĩ</a></h1></header><h2>${HEADLINE}</h2>${BODY}`,
        `${HEADLINE} | Báo Sơn Vĩ`,
      ),
      HEADLINE,
    ],
    [
      "a WordPress site-title <h1> before the post's",
      page(
        `<h1 class="site-title"><a>Báo Sơn Vĩ</a></h1><article><h1 class="entry-title">${HEADLINE}</h1>${BODY}</article>`,
        `Lũ quét ở Nà Lếch – Báo Sơn Vĩ`,
      ),
      HEADLINE,
    ],
    [
      "no <h1>: the <title>'s headline, not the site's name in the dateline",
      page(`<b>Lũ quét ở Nà Lếch</b>${BODY}`, "Nước lũ ở Nà Lếch - Báo Sơn Vĩ"),
      "Nước lũ ở Nà Lếch",
    ],
    [
      "no <h1>, a generic <title>: the page's og:title",
      `<html><head><title>Tin tức | Báo Sơn Vĩ</title><meta property="og:title" content="${HEADLINE}"></head><body>${BODY}</body></html>`,
      HEADLINE,
    ],
  ];
  for (const [what, html, title] of cases) {
    it(what, () => {
      const read = htmlToText(html);
      assert.equal(read.title, title, html);
      assert.ok(read.text.includes(ARTICLE[2]), read.text);
    });
  }
});
