import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TomtatError } from "../errors.ts";
import { htmlToText } from "./html.ts";

const PAGE = `<!doctype html>
<html lang="vi"><head><title>Mưa lớn ở Huế | Báo Mẫu</title>
<style>p { color: red }</style><script>var quangCao = "không lấy";</script></head>
<body>
<nav><a href="/">Trang chủ</a> <a href="/the-thao">Thể thao</a></nav>
<article>
  <h1>Mưa lớn ở Huế</h1>
  <p>Chiều qua, mưa lớn kéo dài <b>ba giờ</b> khiến nhiều tuyến phố ở trung tâm thành phố Huế ngập sâu,
     người dân phải dắt xe qua những đoạn nước lên tới đầu gối.</p>
  <p>Theo đài khí tượng, lượng mưa đo được tại trạm Huế vượt 150 mm, cao nhất kể từ đầu mùa mưa năm nay.
     Nhiều trường học đã cho học sinh nghỉ sớm để đảm bảo an toàn.</p>
  <p>Chính quyền địa phương cho biết lực lượng cứu hộ đã được bố trí tại các điểm ngập sâu
     và sẽ tiếp tục theo dõi tình hình trong những ngày tới.</p>
</article>
<footer>Bản quyền thuộc về Báo Mẫu</footer>
</body></html>`;

describe("htmlToText", () => {
  it("extracts the article with one paragraph per line and the page title", () => {
    const { title, text } = htmlToText(PAGE);
    assert.match(title, /Mưa lớn ở Huế/);
    const lines = text.split("\n");
    assert.ok(
      lines.some((l) => l.startsWith("Chiều qua, mưa lớn kéo dài ba giờ khiến")),
      `paragraph with inline <b> joined into one line: ${text}`,
    );
    assert.ok(
      lines.some((l) => l.startsWith("Theo đài khí tượng, lượng mưa")),
      text,
    );
    assert.ok(
      lines.some((l) => l.startsWith("Chính quyền địa phương")),
      text,
    );
    assert.ok(!text.includes("quangCao"), "script text is dropped");
    assert.ok(!text.includes("color: red"), "style text is dropped");
    assert.ok(!text.includes("  "), "whitespace inside paragraphs is collapsed");
  });

  const cases: [name: string, html: string, expected: string[]][] = [
    [
      "a fragment without <html>",
      "<p>Xin chào Hà Nội.</p><p>Trời hôm nay đẹp.</p>",
      ["Xin chào Hà Nội.", "Trời hôm nay đẹp."],
    ],
    [
      "unclosed tags",
      "<div><p>Đoạn thứ nhất<p>Đoạn thứ hai <b>đậm",
      ["Đoạn thứ nhất", "Đoạn thứ hai đậm"],
    ],
    [
      "stray closing tags and angle brackets",
      "</span><p>Giá xăng giảm</div></p>>> <p>Giá dầu tăng</p>",
      ["Giá xăng giảm", "Giá dầu tăng"],
    ],
    ["plain text with no tags", "Chỉ có chữ, không có thẻ nào.", ["Chỉ có chữ, không có thẻ nào."]],
    ["line breaks as paragraph breaks", "<p>Dòng một<br>Dòng hai</p>", ["Dòng một", "Dòng hai"]],
    [
      "entities decoded",
      "<p>Cà phê &amp; bánh mì&nbsp;giá 20&#46;000 đồng</p>",
      ["Cà phê & bánh mì giá 20.000 đồng"],
    ],
  ];
  for (const [name, html, expected] of cases) {
    it(`recovers text from ${name}: ${JSON.stringify(html)}`, () => {
      const { text } = htmlToText(html);
      for (const line of expected) {
        assert.ok(
          text.split("\n").includes(line),
          `expected line ${JSON.stringify(line)} in ${JSON.stringify(text)}`,
        );
      }
    });
  }

  it("falls back to the body when Readability finds no article", () => {
    const { text } = htmlToText(
      "<html><body><nav>Menu</nav><span>Một câu ngắn.</span></body></html>",
    );
    assert.match(text, /Một câu ngắn\./);
  });

  it("reads a page nested thousands of elements deep, paragraphs kept", () => {
    const depth = 5000;
    const html = `${"<div>".repeat(depth)}<p>Đoạn thứ nhất nằm rất sâu.</p><p>Đoạn thứ hai cũng vậy.</p>${"</div>".repeat(depth)}`;
    const { text } = htmlToText(html);
    assert.deepEqual(text.split("\n"), ["Đoạn thứ nhất nằm rất sâu.", "Đoạn thứ hai cũng vậy."]);
  });

  it("keeps every character of a page of 200,000 stray '<', read as text", () => {
    const { text } = htmlToText(`${"<".repeat(200_000)} Chữ cuối.`);
    assert.equal(text, `${"<".repeat(200_000)} Chữ cuối.`);
  });

  it("reads a page of many sibling paragraphs, each one line, in order", () => {
    const count = 20_000;
    const html = `<html><body><article>${Array.from({ length: count }, (_, i) => `<p>Câu số ${i + 1} của bài.</p>`).join("")}</article></body></html>`;
    const lines = htmlToText(html).text.split("\n");
    assert.equal(lines.length, count);
    assert.equal(lines[0], "Câu số 1 của bài.");
    assert.equal(lines[count - 1], `Câu số ${count} của bài.`);
  });

  it("keeps an escaped <script> in article text as text", () => {
    const { text } = htmlToText(
      "<p>Bài viết nhắc tới thẻ &lt;script&gt;alert(1)&lt;/script&gt; như một ví dụ.</p>",
    );
    assert.match(text, /<script>alert\(1\)<\/script>/);
  });

  const empty = [
    "",
    "   ",
    "<html><head><title>Chỉ có tiêu đề</title></head><body></body></html>",
    "<script>alert(1)</script>",
    "<div><span> </span><!-- chú thích --></div>",
  ];
  for (const html of empty) {
    it(`throws E_EMPTY when no text is left: ${JSON.stringify(html)}`, () => {
      assert.throws(
        () => htmlToText(html),
        (err: unknown) => err instanceof TomtatError && err.code === "E_EMPTY",
      );
    });
  }
});
