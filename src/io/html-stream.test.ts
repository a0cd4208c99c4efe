import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CHROME, SKIP } from "./html-grammar.ts";
import { streamPage } from "./html-stream.ts";

// [what, markup, lines of text read with SKIP, title]: the reader follows htmlparser2's parser
// (and so linkedom) on implied closings, void elements and special tags.
const CASES: [string, string, string[], string][] = [
  [
    "blocks break the line, inline tags do not",
    "<p>Một <b>câu</b></p><div>Hai</div>",
    ["Một câu", "Hai"],
    "",
  ],
  ["<br> and <hr> break the line", "<p>Một<br>Hai<hr>Ba</p>", ["Một", "Hai", "Ba"], ""],
  ["a </br> reads as <br>", "<p>Ngắt</br>Dòng</p>", ["Ngắt", "Dòng"], ""],
  ["an opening <p> closes an open one", "<p>x<p>y", ["x", "y"], ""],
  ["a list item closes the one before", "<ul><li>Một<li>Hai</ul>", ["Một", "Hai"], ""],
  // a row is one line, its cells set apart as a Markdown table's are
  ["cells close cells", "<table><tr><td>1<td>2<tr><td>3</table>", ["1 | 2", "3"], ""],
  [
    "an empty cell adds no separator, first, middle or last; a block inside a cell breaks the row",
    "<table><tr><th>Tuyến<th>Giá vé<tr><td><td>9.000 đồng<tr><td>Vé tháng<td> <td><td>5 triệu<td><tr><td><p>Một</p><td>Hai</table>",
    ["Tuyến | Giá vé", "9.000 đồng", "Vé tháng | 5 triệu", "Một", "Hai"],
    "",
  ],
  [
    "<body> closes an unclosed <head>",
    "<head><title>Tựa</title><body><p>Thân</p>",
    ["Thân"],
    "Tựa",
  ],
  [
    "script, style and svg text is left out",
    "<style>p{}</style><svg><text>vẽ</text></svg><p>s</p><script>x</script>",
    ["s"],
    "",
  ],
  [
    "a nested skipped element ends with its own closing",
    "<iframe><iframe>a</iframe>b</iframe>c",
    ["c"],
    "",
  ],
  ["markup inside a script is its text", "<script>var p = '<p>x</p>';</script>y", ["y"], ""],
  [
    "entities are decoded, broken ones kept",
    "<p>a &amp; b &#7889; &#xZZ;</p>",
    ["a & b ố &#xZZ;"],
    "",
  ],
  ["escaped markup stays text", "&lt;p&gt;chữ&lt;/p&gt;", ["<p>chữ</p>"], ""],
  ["comments are left out", "<p>a<!--<p>b</p>-->c</p>", ["ac"], ""],
  ["an unmatched closing tag is ignored", "<div>a</span>b</div>", ["ab"], ""],
  ["tag names in capitals", "<DIV><P>Hoa</P><BR>Thường</DIV>", ["Hoa", "Thường"], ""],
  [
    "self-closing elements close in an svg (an icon sprite of 300 paths) but not in HTML",
    `<svg>${'<path d="M0"/>'.repeat(300)}</svg><p>Sau hình.</p><div/>Trong div`,
    ["Sau hình.", "Trong div"],
    "",
  ],
  [
    "a closing tag closes its element under any number of unclosed ones",
    `<iframe>${"<span>".repeat(1000)}quảng cáo</iframe><p>Sau.</p>`,
    ["Sau."],
    "",
  ],
  [
    "the first title, entities decoded",
    "<title>A &amp; B</title><title>C</title>",
    ["A & BC"],
    "A & B",
  ],
  [
    "without a title, the first h1 with its inner text",
    "<h1>Đầu <span>đề</span></h1><h1>Khác</h1>",
    ["Đầu đề", "Khác"],
    "Đầu đề",
  ],
];

describe("streamPage", () => {
  for (const [what, html, lines, title] of CASES) {
    it(`${what}: ${JSON.stringify(html)}`, () => {
      const page = streamPage(html, SKIP);
      assert.deepEqual(page.text.split("\n").filter(Boolean), lines);
      assert.equal(page.title, title);
    });
  }

  it("leaves out the page's chrome when asked", () => {
    const html =
      "<nav>Menu</nav><header>Báo</header><main><p>Chính</p></main><aside>Tin khác</aside><footer>F</footer>";
    assert.deepEqual(streamPage(html, CHROME).text, "Chính");
    assert.deepEqual(streamPage(html, SKIP).text.split("\n"), [
      "Menu",
      "Báo",
      "Chính",
      "Tin khác",
      "F",
    ]);
  });

  // [what, markup, the markup of the elements left out or runs of <br> made paragraphs, text]
  const pruned: [string, string, string[], string][] = [
    [
      "a comment box, closed by its own tag",
      '<p>Bài.</p><div class="box-binhluan"><p>Ý kiến</p></div><p>Hết.</p>',
      ['<div class="box-binhluan"><p>Ý kiến</p></div>'],
      "Bài.\nHết.",
    ],
    [
      "boxes closed by their parent's tag, by the end of the page, nested boxes as the outermost",
      '<section><p>Bài.<div id="comments"><p>Một</section><aside><div class="related">Tin</div>x',
      ['<div id="comments"><p>Một', '<aside><div class="related">Tin</div>x'],
      "Bài.",
    ],
    [
      "an inline box leaves a space",
      'Một<span class="tin-lien-quan">Tin</span>hai',
      ['<span class="tin-lien-quan">Tin</span>'],
      "Một hai",
    ],
    [
      "a box that holds the headline is kept, one in it is not",
      '<div class="sidebar-1"><h1>Tựa</h1><p>Bài.</p><div class="comment">Ý</div></div>',
      ['<div class="comment">Ý</div>'],
      "Tựa\nBài.",
    ],
    [
      "runs of two <br> or more become <p>, one <br> does not, nor a run in a box left out",
      '<td>A<br><br>B<br>C<br> <br/>\n<BR>D<div class="comment">x<br><br>y</div><br><b></b><br></td>',
      ["<br><br>", "<br> <br/>\n<BR>", '<div class="comment">x<br><br>y</div>'],
      "A\nB\nC\nD",
    ],
  ];
  for (const [what, html, cut, text] of pruned) {
    it(`prunes ${what}: ${JSON.stringify(html)}`, () => {
      const page = streamPage(html, CHROME, { prune: true });
      assert.deepEqual(
        page.edits.map((r) => html.slice(r.start, r.end)),
        cut,
      );
      assert.deepEqual(
        page.edits.map((r) => r.by),
        cut.map((c) => (c.startsWith("<br") || c.startsWith("<BR") ? "<p>" : " ")),
      );
      assert.equal(page.text, text);
      assert.deepEqual(streamPage(html, CHROME).edits, []);
    });
  }

  it("counts the elements and the deepest nesting, void and implied closings included", () => {
    const page = streamPage("<div><p>a<p>b<br><img></div><ul><li><span>c</span></ul>", SKIP);
    assert.equal(page.elements, 8);
    assert.equal(page.depth, 3);
  });

  it("counts, with prune, neither the elements nor the runs of text of the blocks it cuts", () => {
    const html =
      "<div><p>Lũ quét ở bản <b>Nà Lếch</b></p><div class=box-binhluan><p>Mong</p><span>bà</span><i>con</i></div><aside><em>Tin</em></aside></div>";
    const page = streamPage(html, SKIP, { prune: true });
    assert.deepEqual([page.elements, page.texts, page.depth], [3, 2, 3]);
    assert.deepEqual(page.text.split("\n"), ["Lũ quét ở bản Nà Lếch"]);
    const whole = streamPage(html, SKIP);
    assert.deepEqual([whole.elements, whole.texts], [9, 6]);
  });

  it("reads a chain of 200,000 nested elements and its text", () => {
    const n = 200_000;
    const page = streamPage(`${"<b>".repeat(n)}Chữ ở đáy.${"</b>".repeat(n)}<p>Sau.</p>`, SKIP);
    assert.equal(page.depth, n);
    assert.deepEqual(page.text.split("\n"), ["Chữ ở đáy.", "Sau."]);
  });
});
