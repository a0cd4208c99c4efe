import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlToText } from "../html.ts";
import { CHROME } from "../html-grammar.ts";
import { streamPage } from "../html-stream.ts";
import { ARTICLE, ARTICLE_HTML, page } from "./testing.ts";

const LEAD =
  "Lũ quét trong đêm 8/8 đã cuốn trôi 14 ngôi nhà ở bản Nà Lếch, hàng chục hộ dân phải sơ tán khẩn cấp lên đồi.";
const TEASER = "Mùa mưa năm nay, nhiều tuyến đường liên xã ở Sơn Vĩ sạt lở nghiêm trọng.";
const H1 = "<h1>Lũ quét cuốn trôi 14 ngôi nhà ở bản Nà Lếch</h1>";

describe("htmlToText puts a lead that Readability left out first", () => {
  // [what, page, the text's first lines]
  const cases: [string, string, string[]][] = [
    [
      "an <h2 class=sapo> between the headline and the body",
      page(`${H1}<h2 class="sapo">${LEAD}</h2><div class="content">${ARTICLE_HTML}</div>`),
      [LEAD, ARTICLE[0]],
    ],
    [
      "an h2.detail-sapo after a byline and share buttons",
      page(`<div class="detail-cmain">${H1}<div class="detail-info"><a>Hà Linh</a> <span>Chia sẻ</span> <a>Zalo</a></div>
<h2 class="detail-sapo" data-role="sapo">TTO - ${LEAD}</h2><div class="detail-content" itemprop="articleBody">${ARTICLE_HTML}</div></div>`),
      [`TTO - ${LEAD}`, ARTICLE[0]],
    ],
    [
      "a div.singular-sapo holding a <strong>",
      page(
        `<article>${H1}<div class="singular-sapo"><strong>(Báo Sơn Vĩ) - ${LEAD}</strong></div><div class="singular-content">${ARTICLE_HTML}</div></article>`,
      ),
      [`(Báo Sơn Vĩ) - ${LEAD}`, ARTICLE[0]],
    ],
    [
      "a lead whose dateline the body's first paragraph leaves out is not repeated",
      page(
        `${H1}<h2 class="sapo">(Báo Sơn Vĩ) - ${LEAD}</h2><div class="content"><p>${LEAD}</p>${ARTICLE_HTML}</div>`,
      ),
      [LEAD, ARTICLE[0]],
    ],
    [
      "the same, a dateline of initials",
      page(
        `${H1}<h2 class="sapo">BSV - ${LEAD}</h2><div class="content"><p>${LEAD}</p>${ARTICLE_HTML}</div>`,
      ),
      [LEAD, ARTICLE[0]],
    ],
    [
      "a lead Readability kept is not repeated",
      page(`${H1}<article><p class="lead">${LEAD}</p>${ARTICLE_HTML}</article>`),
      [LEAD, ARTICLE[0]],
    ],
    [
      "a teaser's sapo in a related box, no lead of its own: nothing put first",
      page(
        `${H1}<div class="content">${ARTICLE_HTML}</div><div class="box-tin-lien-quan"><p class="sapo">${TEASER}</p></div>`,
      ),
      [ARTICLE[0]],
    ],
    [
      "a summary before the headline (a promotion in the header) is not the lead",
      page(
        `<header><p class="summary">${TEASER}</p></header>${H1}<div class="content">${ARTICLE_HTML}</div>`,
      ),
      [ARTICLE[0]],
    ],
  ];
  for (const [what, html, first] of cases) {
    it(what, () => {
      const { text } = htmlToText(html);
      const lines = text.split("\n");
      assert.deepEqual(lines.slice(0, first.length), first, `${text}\nfrom ${html}`);
      assert.equal(lines.filter((l) => l.includes(LEAD)).length, first[0] === ARTICLE[0] ? 0 : 1);
      assert.ok(!text.includes(TEASER), text);
    });
  }
});

describe("streamPage finds the lead", () => {
  // [what, markup, lead]
  const cases: [string, string, string][] = [
    ["right after the headline", `${H1}<p class="sapo">${LEAD}</p><p>${ARTICLE[0]}</p>`, LEAD],
    [
      "the first of two, with a date between",
      `${H1}<span>9/8/2025 10:05</span><div class="sapo-detail"><h2 class="sapo">${LEAD}</h2></div>`,
      LEAD,
    ],
    [
      "not after 200 characters of text",
      `${H1}<p>${ARTICLE[0]}</p><p>${ARTICLE[1]}</p><p class="sapo">${LEAD}</p>`,
      "",
    ],
    [
      "not in a figure",
      `${H1}<figure><figcaption class="description">${LEAD}</figcaption></figure>`,
      "",
    ],
    ["not without text to speak of", `${H1}<p class="sapo">TTO</p><p>${ARTICLE[0]}</p>`, ""],
    [
      "one before the headline (a promotion) does not hide the one after it",
      `<header><p class="summary">${TEASER}</p></header>${H1}<p class="sapo">${LEAD}</p>`,
      LEAD,
    ],
    [
      "only the first after the headline is read: an empty one hides the next",
      `${H1}<div class="sapo"> </div><p class="sapo">${LEAD}</p><p>${ARTICLE[0]}</p>`,
      "",
    ],
    [
      "one in a related box left out does not hide the lead after it",
      `${H1}<div class="box-tin-lien-quan"><p class="sapo">${TEASER}</p></div><p class="sapo">${LEAD}</p>`,
      LEAD,
    ],
    [
      "on a page with no headline, near its start",
      `<b>Lũ quét</b><p class="sapo">${LEAD}</p>`,
      LEAD,
    ],
  ];
  for (const [what, html, lead] of cases) {
    it(what, () => assert.equal(streamPage(html, CHROME, { prune: true }).lead, lead));
  }
});
