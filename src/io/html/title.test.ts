import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { headlineOf } from "./title.ts";

const HEADLINE = "Lũ quét ở bản Nà Lếch";
const BODY = "Rạng sáng 9/8, lũ quét bất ngờ đổ về bản Nà Lếch, cuốn trôi 14 ngôi nhà.";

describe("headlineOf", () => {
  // [what, title, text, headline]
  const cases: [string, string, string, string][] = [
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
  ];
  for (const [what, title, text, headline] of cases) {
    it(`${what}: ${JSON.stringify(title)}`, () => assert.equal(headlineOf(title, text), headline));
  }
});
