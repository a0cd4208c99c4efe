import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { headlineOf, pageTitle, type TitleSources } from "./title.ts";

const HEADLINE = "Lũ quét ở bản Nà Lếch";
const BODY = "Rạng sáng 9/8, lũ quét bất ngờ đổ về bản Nà Lếch, cuốn trôi 14 ngôi nhà.";
/** A lead that opens with the paper's dateline, and words other than the <title>'s. */
const DATED = "(Báo Sơn Vĩ) - Chiều 9/8, nước suối dâng cao cô lập ba xã vùng cao của huyện.";

describe("headlineOf", () => {
  // [what, title, text, headline]
  const cases: [string, string, string, string | undefined][] = [
    ["site first, the longer part", `Báo Sơn Vĩ - ${HEADLINE}`, BODY, HEADLINE],
    ["site last, after a bar", `${HEADLINE} | Báo Sơn Vĩ`, BODY, HEADLINE],
    [
      "a site's name longer than the headline, which the text's start holds",
      "Cổng thông tin điện tử tỉnh Sơn Vĩ – Lũ quét ở Nà Lếch",
      `Lũ quét ở Nà Lếch\n${BODY}`,
      "Lũ quét ở Nà Lếch",
    ],
    [
      "a site's name in a footer far below is not taken for the headline",
      `Báo Sơn Vĩ điện tử - ${HEADLINE}`,
      `${BODY}\n${"Nước rút dần. ".repeat(80)}\nBáo Sơn Vĩ điện tử`,
      HEADLINE,
    ],
    [
      "a headline with a dash of its own, found whole in the text",
      "Cao tốc Sơn Vĩ - Nà Lếch thông xe",
      "Cao tốc Sơn Vĩ - Nà Lếch thông xe\nSáng 30/4, tuyến cao tốc dài 52 km thông xe.",
      "Cao tốc Sơn Vĩ - Nà Lếch thông xe",
    ],
    [
      "three parts: the text tells which end is the site",
      "Cao tốc Sơn Vĩ - Nà Lếch thông xe - Báo Sơn Vĩ",
      "Cao tốc Sơn Vĩ - Nà Lếch thông xe sớm hai tháng",
      "Cao tốc Sơn Vĩ - Nà Lếch thông xe",
    ],
    ["no separator", HEADLINE, BODY, HEADLINE],
    [
      "a hyphen inside a word is no separator",
      "Sơn Vĩ-Nà Lếch: lũ quét",
      BODY,
      "Sơn Vĩ-Nà Lếch: lũ quét",
    ],
    [
      "the site's name in the lead's bracketed dateline is not taken for the headline",
      "Nước lũ cô lập ba xã - Báo Sơn Vĩ",
      DATED,
      "Nước lũ cô lập ba xã",
    ],
    ["the same, site first", "Báo Sơn Vĩ - Nước lũ cô lập ba xã", DATED, "Nước lũ cô lập ba xã"],
    [
      "the same, a dateline without brackets",
      "Nước lũ cô lập ba xã - Báo Sơn Vĩ",
      "Báo Sơn Vĩ - Chiều 9/8, nước suối dâng cao.",
      "Nước lũ cô lập ba xã",
    ],
    [
      "a site's name in brackets inside a sentence",
      "Nước lũ cô lập ba xã » Báo Sơn Vĩ",
      "Phóng viên (Báo Sơn Vĩ) có mặt tại xã Nậm Khao chiều 9/8.",
      "Nước lũ cô lập ba xã",
    ],
    ["a generic label and the site's name: none", "Chi tiết tin - Báo Sơn Vĩ", DATED, undefined],
    ["the same with a bar", "Tin tức | Báo Sơn Vĩ", BODY, undefined],
    ["labels alone", "Trang chủ - Tin tức", BODY, undefined],
    [
      "a label before the headline and the site",
      `Chi tiết tin - ${HEADLINE} - Báo Sơn Vĩ`,
      DATED,
      HEADLINE,
    ],
    [
      "labels and a headline that the text's start holds",
      `Trang chủ » Tin tức » ${HEADLINE}`,
      `${HEADLINE}\n${BODY}`,
      HEADLINE,
    ],
  ];
  for (const [what, title, text, headline] of cases) {
    it(`${what}: ${JSON.stringify(title)}`, () => assert.equal(headlineOf(title, text), headline));
  }
});

describe("pageTitle", () => {
  const page = (s: Partial<TitleSources>): TitleSources => ({
    heading: "",
    title: "",
    readability: "",
    text: DATED,
    ...s,
  });
  // [what, sources, title]
  const cases: [string, TitleSources, string][] = [
    [
      "the <h1>, worded otherwise than the <title>",
      page({
        heading: "Ba xã vùng cao bị cô lập vì lũ",
        title: "Nước lũ cô lập ba xã - Báo Sơn Vĩ",
      }),
      "Ba xã vùng cao bị cô lập vì lũ",
    ],
    [
      "the <h1> over a generic <title>",
      page({ heading: HEADLINE, title: "Chi tiết tin - Báo Sơn Vĩ" }),
      HEADLINE,
    ],
    [
      "an <h1> with no letter is no headline",
      page({ heading: "404", title: "Không tìm thấy trang - Báo Sơn Vĩ" }),
      "Không tìm thấy trang",
    ],
    [
      "an <h1> left open, holding the article, is no headline",
      page({ heading: `${HEADLINE} ${BODY.repeat(5)}`, title: `${HEADLINE} - Báo Sơn Vĩ` }),
      HEADLINE,
    ],
    [
      "no <h1>, a generic <title>: the page's metadata title",
      page({ title: "Chi tiết tin - Báo Sơn Vĩ", readability: HEADLINE }),
      HEADLINE,
    ],
    [
      "no <h1>, a generic <title>, no metadata: the <title> whole, not the site's name",
      page({ title: "Tin tức | Báo Sơn Vĩ", readability: "Tin tức | Báo Sơn Vĩ" }),
      "Tin tức | Báo Sơn Vĩ",
    ],
    [
      "no <h1>, no separator: Readability's title",
      page({ title: "Nước lũ", readability: HEADLINE }),
      HEADLINE,
    ],
  ];
  for (const [what, sources, title] of cases) {
    it(what, () => assert.equal(pageTitle(sources), title));
  }
});
