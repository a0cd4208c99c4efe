import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlToText } from "../html.ts";
import { ARTICLE, itReadsPages, page } from "./testing.ts";

const HEADLINE = "Lũ quét ở bản Nà Lếch";
const LEAD = "(BSV) - Rạng sáng 9/8, lũ quét cuốn trôi 14 ngôi nhà ở bản Nà Lếch, xã Nậm Khao.";
/** An old table-and-font layout: headline, lead and paragraphs set apart by runs of <br>. */
const OLD = `<table width="980"><tr><td valign="top">
<font size="4" color="#003399"><b>${HEADLINE}</b></font><br><br>
<font class="sapo"><b>${LEAD}</b></font><br />
<br />
${ARTICLE[0]}<br><br>${ARTICLE[1]}<BR>  <BR>${ARTICLE[2]}
</td></tr></table>`;

describe("htmlToText makes paragraphs of runs of <br>", () => {
  itReadsPages([
    [
      "a <font> headline, lead and paragraphs, in a table cell",
      page(OLD, `Báo Sơn Vĩ điện tử - ${HEADLINE}`),
      [HEADLINE, LEAD, ...ARTICLE],
      [`Lếch${LEAD.slice(0, 5)}`, "Báo Sơn Vĩ"],
    ],
    [
      "runs of <br> inside a paragraph and a <div>",
      page(
        `<div class="noidung"><p>${ARTICLE[0]}<br><br>${ARTICLE[1]}</p><div><b>${HEADLINE}</b><br><br>${ARTICLE[2]}</div></div>`,
      ),
      [...ARTICLE, HEADLINE],
      [],
    ],
    [
      "a single <br> between a bold headline and its lead keeps them apart",
      page(`<div><b>${HEADLINE}</b><br><b>${LEAD}</b><br><br>${ARTICLE.join("<br><br>")}</div>`),
      [HEADLINE, LEAD, ...ARTICLE],
      [],
    ],
  ]);

  it("titles an old page by the headline in its <title>, not the site's name", () => {
    assert.equal(htmlToText(page(OLD, `Báo Sơn Vĩ điện tử - ${HEADLINE}`)).title, HEADLINE);
    assert.equal(htmlToText(page(OLD, `${HEADLINE} | Báo Sơn Vĩ`)).title, HEADLINE);
  });

  it("titles a page with an <h1> by it", () => {
    const html = page(
      `<h1>${HEADLINE}</h1><article>${ARTICLE.map((p) => `<p>${p}</p>`).join("")}</article>`,
      `Báo Sơn Vĩ điện tử - ${HEADLINE}`,
    );
    assert.equal(htmlToText(html).title, HEADLINE);
  });
});
