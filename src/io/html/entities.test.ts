import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlToText } from "../html.ts";
import { decodeLeftEntities } from "./entities.ts";

describe("decodeLeftEntities", () => {
  const cases: [string, string][] = [
    ["biết&nbsp;lửa", "biết\u00a0lửa"],
    ["Cà phê &amp; bánh mì", "Cà phê & bánh mì"],
    ["&quot;Nước lên nhanh&quot;, ông kể", '"Nước lên nhanh", ông kể'],
    ["thẻ &lt;p&gt;", "thẻ <p>"],
    ["độ ẩm 60&#37;, Nậm Kh&#x1EA3;o", "độ ẩm 60%, Nậm Khảo"],
    // not the common set, no character, not an entity: kept
    [
      "ki&shy;ốt &#0; &#xD800; &#x110000; &#xZZ; AT&T",
      "ki&shy;ốt &#0; &#xD800; &#x110000; &#xZZ; AT&T",
    ],
    // once only: markup escaped three times keeps one level
    ["&amp;nbsp;", "&nbsp;"],
  ];
  for (const [text, decoded] of cases) {
    it(JSON.stringify(text), () => assert.equal(decodeLeftEntities(text), decoded));
  }
});

describe("htmlToText reads markup escaped twice", () => {
  it("decodes the entities left in the text and the title, but not escaped markup", () => {
    const { title, text } = htmlToText(
      "<html><head><title>Lũ&amp;nbsp;quét ở Nà Lếch</title></head><body><article>" +
        "<p>Ông Sử cho biết&amp;nbsp;nước lên rất nhanh&amp;nbsp;và cuốn trôi 14 ngôi nhà.</p>" +
        "<p>Giá gạo tăng 10&amp;#37; &amp;amp; giá nước sạch tăng theo.</p>" +
        "<p>Bài viết nhắc tới thẻ &lt;script&gt; như một ví dụ.</p></article></body></html>",
    );
    assert.equal(title, "Lũ quét ở Nà Lếch");
    assert.deepEqual(text.split("\n"), [
      "Ông Sử cho biết nước lên rất nhanh và cuốn trôi 14 ngôi nhà.",
      "Giá gạo tăng 10% & giá nước sạch tăng theo.",
      "Bài viết nhắc tới thẻ <script> như một ví dụ.",
    ]);
  });
});
