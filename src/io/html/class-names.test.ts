import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { NameList, nameWords } from "./class-names.ts";
import { namesBoilerplate } from "./roles.ts";

describe("nameWords", () => {
  const cases: [string, string[][]][] = [
    [
      "box-binhluan item_bl",
      [
        ["box", "binhluan"],
        ["item", "bl"],
      ],
    ],
    ["PhotoCMS_Caption", [["photo", "cms", "caption"]]],
    [
      "tplCaption action_thumb_added",
      [
        ["tpl", "caption"],
        ["action", "thumb", "added"],
      ],
    ],
    ["box-tinlienquanv2 sidebar-1", [["box", "tinlienquan"], ["sidebar"]]],
    // digits inside a word stay; only a trailing number (after v, or not) goes
    ["x999y box12v3 a1v12", [["x999y"], ["box12"], ["a1"]]],
    ["detail__related  ", [["detail", "related"]]],
    ["", []],
  ];
  for (const [value, words] of cases) {
    it(JSON.stringify(value), () => assert.deepEqual(nameWords(value), words));
  }
});

describe("NameList", () => {
  const list = new NameList(["binhluan", "tin-lien-quan"]);
  const cases: [string, boolean][] = [
    ["box-binhluan", true],
    ["binhluan", true],
    ["box-tin-lien-quan-2", true],
    ["tin-lien", false],
    ["binhluanmoi", false],
    ["lien-quan-tin", false],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value)}: ${expected}`, () =>
      assert.equal(list.matches(nameWords(value)), expected));
  }
});

describe("namesBoilerplate (data/html/boilerplate-classes.txt)", () => {
  // Comment boxes, related stories and side columns as Vietnamese sites name them.
  const boilerplate = [
    "box-binhluan",
    "binh-luan-bai-viet",
    "y-kien-ban-doc",
    "box_comment_vne",
    "boxComment",
    "comments",
    "box-tinlienquanv2 width_common",
    "tin-lien-quan",
    "detail__related",
    "xem-them",
    "box-docthem",
    "tin-khac",
    "sidebar",
    "col-right",
    "ul dt-breadcrumb",
  ];
  // Article bodies and columns: never named boilerplate.
  const article = [
    "noidung",
    "content-detail",
    "detail-content afcbc-body",
    "fck_detail",
    "singular-content",
    "article__body cms-body",
    "news-content",
    "main-col",
    "commentary",
    "binhluanvien",
  ];
  for (const value of boilerplate) {
    it(`${JSON.stringify(value)} is boilerplate`, () => assert.ok(namesBoilerplate(value)));
  }
  for (const value of article) {
    it(`${JSON.stringify(value)} is not`, () => assert.ok(!namesBoilerplate(value)));
  }
});
