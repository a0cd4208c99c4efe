import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ARTICLE_A, ARTICLE_B, PNG_BYTES, tempFiles } from "../../../test/fixtures.ts";
import { TomtatError } from "../../errors.ts";
import { parseArticleText, readCluster, readJsonCluster, readJsonlFile } from "./index.ts";

function rejects(fn: () => unknown, code: string, where?: RegExp): void {
  assert.throws(fn, (err: unknown) => {
    assert.ok(err instanceof TomtatError, `expected TomtatError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    if (where) assert.match(err.message, where);
    return true;
  });
}

test("plain-text article: first non-empty line is the title, CRLF accepted", () => {
  const doc = parseArticleText("\r\n  Tiêu đề bài\r\nDòng một.\r\nDòng hai.", "a.txt");
  assert.equal(doc.title, "Tiêu đề bài");
  assert.equal(doc.body, "Dòng một.\nDòng hai.");
});

test("plain-text article: breadcrumb and timestamp lines above the title stay in the body", () => {
  const text =
    "Đô thị > Giao thông\nThứ Hai, 14/03/2022 06:00 (GMT+7)\nHà Nội mở tuyến buýt mới\nTuyến buýt chạy từ sáng mai.";
  const doc = parseArticleText(text, "a.txt");
  assert.equal(doc.title, "Hà Nội mở tuyến buýt mới");
  assert.equal(
    doc.body,
    "Đô thị > Giao thông\nThứ Hai, 14/03/2022 06:00 (GMT+7)\nTuyến buýt chạy từ sáng mai.",
  );
});

test("plain-text article that opens with article text keeps its lead in the body", () => {
  const lead = "Sáng nay, thành phố khai trương tuyến buýt điện đầu tiên.";
  const doc = parseArticleText(`${lead}\n\nTuyến buýt chạy từ bến xe Mỹ Đình.`, "a.txt");
  assert.equal(doc.title, "");
  assert.equal(doc.body, `${lead}\n\nTuyến buýt chạy từ bến xe Mỹ Đình.`);
  const oneLine = parseArticleText(`${lead} Vé được bán tại bến.`, "b.txt");
  assert.equal(oneLine.title, "");
  assert.equal(oneLine.body, `${lead} Vé được bán tại bến.`);
});

test("a Markdown article is read as the plain text of its blocks, its first heading the title", () => {
  const dir = tempFiles({
    "a.md":
      "# Hà Nội mở tuyến buýt điện\n\n**Sáng nay**, tuyến xe nối [trung tâm](https://example.vn) với sân bay.\n\n![Xe buýt](anh.jpg)\n\n- Giá vé 9.000 đồng.\n",
  });
  for (const name of ["a.md", "a.markdown"]) {
    if (name !== "a.md") copyFileSync(join(dir, "a.md"), join(dir, name));
    const doc = readCluster([join(dir, name)]).documents[0];
    assert.equal(doc?.title, "Hà Nội mở tuyến buýt điện", name);
    assert.equal(doc?.body, "Sáng nay, tuyến xe nối trung tâm với sân bay.\n\nGiá vé 9.000 đồng.");
  }
});

test("plain-text article made only of furniture lines keeps its first line as the title", () => {
  const doc = parseArticleText("Đô thị > Giao thông\nThích 3 Chia sẻ", "a.txt");
  assert.equal(doc.title, "Đô thị > Giao thông");
  assert.equal(doc.body, "Thích 3 Chia sẻ");
});

test("a UTF-8 BOM is dropped", () => {
  const dir = tempFiles({ "a.txt": `\uFEFF${ARTICLE_A}` });
  assert.equal(
    readCluster([join(dir, "a.txt")]).documents[0]?.title,
    "Hà Nội mở tuyến buýt điện đầu tiên",
  );
});

test("a directory of articles is one cluster, sorted by file name", () => {
  const dir = tempFiles({ "b.txt": ARTICLE_B, "a.txt": ARTICLE_A, "notes.json": "{}" });
  const cluster = readCluster([dir]);
  assert.deepEqual(
    cluster.documents.map((d) => d.title),
    ["Hà Nội mở tuyến buýt điện đầu tiên", "Xe buýt điện lăn bánh ở Thủ đô"],
  );
  assert.deepEqual(cluster.skipped, ["notes.json"]);
});

test("a directory's entries that are not articles are listed as skipped, hidden ones too", () => {
  const dir = tempFiles({ "a.txt": ARTICLE_A, "b.html": `<h1>Tin</h1><p>${ARTICLE_B}</p>` });
  mkdirSync(join(dir, "older"));
  mkdirSync(join(dir, "c.txt"));
  writeFileSync(join(dir, "report.docx"), PNG_BYTES);
  writeFileSync(join(dir, ".DS_Store"), PNG_BYTES);
  symlinkSync(join(dir, "older"), join(dir, "linked"));
  symlinkSync(join(dir, "older"), join(dir, "linked.txt"));
  const cluster = readCluster([dir]);
  assert.deepEqual(
    cluster.documents.map((d) => d.id),
    ["a.txt", "b.html"],
  );
  assert.deepEqual(cluster.skipped, [
    ".DS_Store",
    "c.txt/",
    "linked/",
    "linked.txt/",
    "older/",
    "report.docx",
  ]);
  assert.equal(readCluster([tempFiles({ "a.txt": ARTICLE_A })]).skipped, undefined);
});

test("several files make one cluster", () => {
  const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B });
  const cluster = readCluster([join(dir, "a.txt"), join(dir, "b.txt")]);
  assert.equal(cluster.documents.length, 2);
  assert.match(cluster.documents[1]?.body ?? "", /8\.000 lượt khách/);
});

test("bad files get coded errors naming the file", () => {
  const dir = tempFiles({
    "empty.txt": "",
    "blank.txt": "  \n\n ",
    "image.txt": PNG_BYTES,
    "latin1.txt": Uint8Array.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69, 0x0a, 0x61]),
    "title-only.txt": "Chỉ có tiêu đề\n",
  });
  rejects(() => readCluster([join(dir, "empty.txt")]), "E_EMPTY", /empty\.txt/);
  rejects(() => readCluster([join(dir, "blank.txt")]), "E_EMPTY", /blank\.txt/);
  rejects(() => readCluster([join(dir, "image.txt")]), "E_BINARY", /image\.txt/);
  rejects(() => readCluster([join(dir, "latin1.txt")]), "E_ENCODING", /latin1\.txt/);
  rejects(() => readCluster([join(dir, "title-only.txt")]), "E_EMPTY", /no body/);
  rejects(() => readCluster([join(dir, "missing.txt")]), "E_NOT_FOUND", /missing\.txt/);
});

test("UTF-16 text with its byte-order mark is read; without it, or broken, it is refused", () => {
  const utf16le = (text: string) => Uint8Array.from([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
  const utf16be = (text: string) => {
    const le = Buffer.from(text, "utf16le");
    return Uint8Array.from([0xfe, 0xff, ...le.swap16()]);
  };
  const dir = tempFiles({
    "le.txt": utf16le(ARTICLE_A),
    "be.txt": utf16be(ARTICLE_B),
    "no-mark.txt": Buffer.from(ARTICLE_A, "utf16le"),
    "odd.txt": Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]),
  });
  const cluster = readCluster([join(dir, "le.txt"), join(dir, "be.txt")]);
  assert.equal(cluster.documents[0]?.title, "Hà Nội mở tuyến buýt điện đầu tiên");
  assert.match(cluster.documents[1]?.body ?? "", /8\.000 lượt khách/);
  rejects(() => readCluster([join(dir, "no-mark.txt")]), "E_BINARY", /no-mark\.txt/);
  rejects(() => readCluster([join(dir, "odd.txt")]), "E_ENCODING", /odd\.txt/);
});

test("a 50 MB file is refused by size before it is read", () => {
  const dir = tempFiles({ "big.txt": "Tiêu đề\n" });
  truncateSync(join(dir, "big.txt"), 50 * 1024 * 1024);
  rejects(() => readCluster([join(dir, "big.txt")]), "E_TOO_LARGE", /limit is 2097152/);
});

test("too many documents are refused, never truncated", () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 4; i++) files[`${i}.txt`] = ARTICLE_A;
  const dir = tempFiles(files);
  rejects(
    () => readCluster([dir], { maxDocuments: 3 }),
    "E_TOO_MANY_DOCUMENTS",
    /4 articles; the limit is 3/,
  );
  assert.equal(readCluster([dir], { maxDocuments: 4 }).documents.length, 4);
});

test("a cluster larger in all than maxClusterBytes is refused, from files and from JSON", () => {
  const files: Record<string, string> = {
    "cluster.json": JSON.stringify({
      documents: [0, 1, 2].map(() => ({ title: "Tin", text: ARTICLE_A })),
    }),
  };
  for (let i = 0; i < 3; i++) files[`${i}.txt`] = ARTICLE_A;
  const dir = tempFiles(files);
  const paths = [0, 1, 2].map((i) => join(dir, `${i}.txt`));
  // Title and body bytes, as the per-document limit counts them (these files have no lead).
  const total = readCluster(paths).documents.reduce(
    (n, d) => n + Buffer.byteLength(d.title) + Buffer.byteLength(d.body),
    0,
  );
  rejects(
    () => readCluster(paths, { maxClusterBytes: total - 1 }),
    "E_TOO_LARGE",
    new RegExp(
      `^3 input files: the cluster's documents have ${total} bytes in all; the limit is ${total - 1}$`,
    ),
  );
  assert.equal(readCluster(paths, { maxClusterBytes: total }).documents.length, 3);
  rejects(
    () => readCluster([join(dir, "cluster.json")], { maxClusterBytes: total - 1 }),
    "E_TOO_LARGE",
    new RegExp(`bytes in all; the limit is ${total - 1}`),
  );
});

test("each refusal by an input limit names that limit, for the CLI to name its flag", () => {
  const dir = tempFiles({
    "a.txt": ARTICLE_A,
    "b.txt": ARTICLE_B,
    "page.html": PAGE,
    "cluster.json": JSON.stringify({ documents: [{ text: ARTICLE_A }, { text: ARTICLE_B }] }),
  });
  const [a, b, page, json] = ["a.txt", "b.txt", "page.html", "cluster.json"].map((f) =>
    join(dir, f),
  );
  const cases: [string, () => unknown, string, string][] = [
    [
      "a text file",
      () => readCluster([a as string], { maxDocumentBytes: 10 }),
      "E_TOO_LARGE",
      "maxDocumentBytes",
    ],
    [
      "a page's markup",
      () => readCluster([page as string], { maxDocumentBytes: 10 }),
      "E_TOO_LARGE",
      "maxDocumentBytes",
    ],
    [
      "a document of a JSON cluster",
      () =>
        readJsonCluster(JSON.stringify({ documents: [{ text: ARTICLE_A }] }), "stdin", {
          maxDocumentBytes: 10,
        }),
      "E_TOO_LARGE",
      "maxDocumentBytes",
    ],
    [
      "files in all",
      () => readCluster([a as string, b as string], { maxClusterBytes: 10 }),
      "E_TOO_LARGE",
      "maxClusterBytes",
    ],
    [
      "a JSON cluster file's text",
      () => readCluster([json as string], { maxClusterBytes: 10 }),
      "E_TOO_LARGE",
      "maxClusterBytes",
    ],
    [
      "a directory's articles",
      () => readCluster([dir], { maxDocuments: 1 }),
      "E_TOO_MANY_DOCUMENTS",
      "maxDocuments",
    ],
    [
      "files given",
      () => readCluster([a as string, b as string], { maxDocuments: 1 }),
      "E_TOO_MANY_DOCUMENTS",
      "maxDocuments",
    ],
    [
      "a JSON cluster's documents",
      () => readCluster([json as string], { maxDocuments: 1 }),
      "E_TOO_MANY_DOCUMENTS",
      "maxDocuments",
    ],
  ];
  for (const [what, read, code, limit] of cases) {
    assert.throws(read, (err: unknown) => {
      assert.ok(err instanceof TomtatError, `${what}: ${String(err)}`);
      assert.equal(err.code, code, `${what}: ${err.message}`);
      assert.equal(err.limit, limit, `${what}: ${err.message}`);
      return true;
    });
  }
});

test("a document's lead counts toward the size limits, as its body does", () => {
  const lead = "Lời dẫn rất dài của bài báo về cây cầu mới. ".repeat(200);
  const json = (l: string) =>
    JSON.stringify({ single_documents: [{ title: "Cầu", anchor_text: l, raw_text: "Cầu mới." }] });
  const leadBytes = Buffer.byteLength(lead);
  rejects(
    () => readJsonCluster(json(lead), "stdin", { maxDocumentBytes: leadBytes }),
    "E_TOO_LARGE",
    /^stdin: document 1 has \d+ bytes; the limit is \d+$/,
  );
  assert.equal(
    readJsonCluster(json("Lời dẫn ngắn."), "stdin", { maxDocumentBytes: leadBytes }).documents
      .length,
    1,
  );
});

test("a directory without articles is an error", () => {
  rejects(
    () => readCluster([tempFiles({ "x.json": "{}" })]),
    "E_EMPTY",
    /no article files \(\.txt, .*\); it holds x\.json$/,
  );
});

const ABMUSU_LINE = JSON.stringify({
  single_documents: [
    { title: "Tiêu đề A", anchor_text: "Mở đầu A.", raw_text: "Thân bài A." },
    { title: "Tiêu đề B", anchor_text: "", raw_text: "Thân bài B." },
  ],
  summary: "Tóm tắt.",
  category: "Xã hội",
});

test("AbMuSu JSONL: id defaults to the line number, anchor becomes the lead", () => {
  const dir = tempFiles({
    "c.jsonl": `${ABMUSU_LINE}\n\n${JSON.stringify({ id: "x7", single_documents: [{ title: "T", raw_text: "B." }] })}\n`,
  });
  const clusters = readJsonlFile(join(dir, "c.jsonl"));
  assert.deepEqual(
    clusters.map((c) => c.id),
    ["1", "x7"],
  );
  assert.equal(clusters[0]?.documents[0]?.lead, "Mở đầu A.");
  assert.equal(clusters[0]?.documents[1]?.lead, undefined);
  assert.equal(clusters[0]?.category, "Xã hội");
});

test("JSONL errors name the file and line", () => {
  const dir = tempFiles({
    "bad.jsonl": `${ABMUSU_LINE}\n{"single_documents": [\n`,
    "schema.jsonl": `${ABMUSU_LINE}\n${ABMUSU_LINE}\n{"documents": "no"}\n`,
    "nodocs.jsonl": `{"single_documents": []}\n`,
  });
  rejects(() => readJsonlFile(join(dir, "bad.jsonl")), "E_JSON", /bad\.jsonl:2/);
  rejects(() => readJsonlFile(join(dir, "schema.jsonl")), "E_SCHEMA", /schema\.jsonl:3/);
  rejects(() => readJsonlFile(join(dir, "nodocs.jsonl")), "E_EMPTY", /nodocs\.jsonl:1/);
});

test("a .json file is read as one JSON cluster, as stdin is; a .jsonl file points to --jsonl", () => {
  const cluster = {
    documents: [
      { title: "Hà Nội mở tuyến buýt điện", text: ARTICLE_A },
      { id: "bao-b-42", title: "Buýt điện lăn bánh", text: ARTICLE_B },
    ],
  };
  const dir = tempFiles({
    "cluster.json": JSON.stringify(cluster),
    "broken.json": '{"documents": [',
    "many.jsonl": `${JSON.stringify(cluster)}\n`,
    "a.txt": ARTICLE_A,
  });
  const read = readCluster([join(dir, "cluster.json")]);
  assert.deepEqual(
    read.documents.map((d) => d.title),
    ["Hà Nội mở tuyến buýt điện", "Buýt điện lăn bánh"],
  );
  assert.match(read.documents[1]?.body ?? "", /8\.000 lượt khách/);
  assert.equal(read.id, "cluster", "a cluster without an id is named by its file");
  assert.deepEqual(
    read.documents.map((d) => d.id),
    ["1", "bao-b-42"],
    "a document keeps its own id, or is named by its position",
  );
  rejects(() => readCluster([join(dir, "broken.json")]), "E_JSON", /broken\.json/);
  rejects(() => readCluster([join(dir, "many.jsonl")]), "E_USAGE", /--jsonl/);
  rejects(
    () => readCluster([join(dir, "a.txt"), join(dir, "cluster.json")]),
    "E_USAGE",
    /cluster\.json/,
  );
});

test("JSON cluster from stdin: plain and AbMuSu shapes, errors coded", () => {
  const plain = readJsonCluster('{"documents":[{"title":"T","text":"Nội dung."}]}', "stdin");
  assert.equal(plain.documents[0]?.body, "Nội dung.");
  rejects(() => readJsonCluster("{oops", "stdin"), "E_JSON", /stdin/);
  // An article given where a JSON cluster is due: the error says what to do instead.
  rejects(
    () => readJsonCluster("Tiêu đề\n\nSáng nay cầu thông xe.", "stdin"),
    "E_JSON",
    /a JSON cluster is expected here .*give plain-text articles as files/,
  );
  assert.doesNotMatch(
    (() => {
      try {
        readJsonCluster('{"documents": [', "stdin");
        return "";
      } catch (err) {
        return String(err);
      }
    })(),
    /plain-text articles/,
    "truncated JSON is only malformed",
  );
  rejects(() => readJsonCluster("[1,2]", "stdin"), "E_SCHEMA");
  rejects(
    () => readJsonCluster('{"documents":[{"title":5,"text":"x"}]}', "stdin"),
    "E_SCHEMA",
    /"title"/,
  );
  rejects(() => readJsonCluster('{"documents":[{"title":"T","text":"  "}]}', "stdin"), "E_EMPTY");
  rejects(
    () => readJsonCluster('{"documents":[{"id":{},"title":"T","text":"Nội dung."}]}', "stdin"),
    "E_SCHEMA",
    /"id"/,
  );
  const numbered = readJsonCluster('{"id":7,"documents":[{"id":3,"text":"Nội dung."}]}', "stdin");
  assert.deepEqual([numbered.id, numbered.documents[0]?.id], ["7", "3"]);
});

test("VietnameseMDS folder: bodies, titles from info files (underscores removed), references", () => {
  const dir = tempFiles({
    "1.body.txt": "Thân bài một. Câu hai.",
    "1.info.txt": "LINK: http://x\nTITLE: Biểu_tình ở Phnom_Penh \nTIME: 23/10/2013 11:39\n",
    "2.body.txt": "Thân bài hai.",
    "c.ref1.txt": "Tham chiếu một.",
    "c.ref2.txt": "Tham chiếu hai.",
  });
  writeFileSync(join(dir, "2.info.txt"), "TITLE: Bài hai\n");
  const cluster = readCluster([dir]);
  assert.equal(cluster.documents[0]?.title, "Biểu tình ở Phnom Penh");
  assert.equal(cluster.documents[0]?.date, "23/10/2013 11:39");
  assert.deepEqual(cluster.references, ["Tham chiếu một.", "Tham chiếu hai."]);
});

test("an HTML page is read through main-content extraction", () => {
  const html = `<html><head><title>Cầu mới ở Huế</title></head><body><nav>Trang chủ | Thời sự</nav>
    <article><h1>Cầu mới ở Huế</h1><p>Sáng nay, thành phố Huế khánh thành cây cầu mới bắc qua sông Hương, dài 500 m.</p>
    <p>Cây cầu giúp giảm ùn tắc cho khu vực trung tâm thành phố vào giờ cao điểm.</p></article>
    <footer>Bản quyền thuộc về tòa soạn</footer></body></html>`;
  const dir = tempFiles({ "a.html": html, "b.txt": ARTICLE_B });
  const cluster = readCluster([dir]);
  const page = cluster.documents[0];
  assert.equal(page?.title, "Cầu mới ở Huế");
  assert.match(page?.body ?? "", /khánh thành cây cầu mới/);
  assert.doesNotMatch(page?.body ?? "", /Bản quyền|Trang chủ/);
});

/** A small news page, written for the tests. */
const PAGE = `<!DOCTYPE html><html><head><title>Cầu mới ở Huế</title></head><body>
  <article><h1>Cầu mới ở Huế</h1><p>Sáng nay, thành phố Huế khánh thành cây cầu mới bắc qua sông Hương, dài 500 m.</p>
  <p>Cây cầu giúp giảm ùn tắc cho khu vực trung tâm thành phố vào giờ cao điểm.</p></article></body></html>`;

test("a page is read as HTML whatever its file is called, and HTML or Markdown in a JSON cluster too", () => {
  const dir = tempFiles({
    "trang.php": PAGE,
    trang: `<!-- saved -->\n${"<!-- -->".repeat(30)}${PAGE}`,
    "the.txt": "<html> và <body> là hai thẻ mở đầu trang\nHai thẻ <html> và <body> có từ lâu.",
    "comments.txt": `${"<!-- -->".repeat(40)}\nTiêu đề\nNội dung bài.`,
  });
  const about = readCluster([join(dir, "the.txt")]).documents[0];
  assert.equal(about?.title, "<html> và <body> là hai thẻ mở đầu trang", "an article about markup");
  assert.equal(about?.body, "Hai thẻ <html> và <body> có từ lâu.");
  assert.match(readCluster([join(dir, "comments.txt")]).documents[0]?.body ?? "", /Nội dung bài/);
  for (const name of ["trang.php", "trang"]) {
    const doc = readCluster([join(dir, name)]).documents[0];
    assert.equal(doc?.title, "Cầu mới ở Huế", name);
    assert.match(doc?.body ?? "", /^Sáng nay, thành phố Huế khánh thành/, name);
    assert.doesNotMatch(doc?.body ?? "", /<p>|DOCTYPE/, name);
  }
  const json = (doc: object) => JSON.stringify({ documents: [doc] });
  const rows: [string, object, string, RegExp][] = [
    ["html", { html: PAGE }, "Cầu mới ở Huế", /^Sáng nay, thành phố Huế/],
    ["html with a title", { title: "Huế có cầu mới", html: PAGE }, "Huế có cầu mới", /^Sáng nay/],
    ["a page in text", { text: PAGE }, "Cầu mới ở Huế", /^Sáng nay, thành phố Huế/],
    ["a page in raw_text", { raw_text: PAGE }, "Cầu mới ở Huế", /^Sáng nay, thành phố Huế/],
    [
      "markdown",
      { markdown: "# Cầu mới\n\n**Sáng nay** cầu thông xe." },
      "Cầu mới",
      /^Sáng nay cầu/,
    ],
    [
      "text that mentions a tag",
      { title: "T", text: "Thẻ <html> mở một trang." },
      "T",
      /^Thẻ <html>/,
    ],
  ];
  for (const [what, doc, title, body] of rows) {
    const read = readJsonCluster(json(doc), "stdin").documents[0];
    assert.equal(read?.title, title, what);
    assert.match(read?.body ?? "", body, what);
  }
  rejects(
    () => readJsonCluster(json({ title: "T" }), "stdin"),
    "E_SCHEMA",
    /missing the content: give one of "raw_text", "text", "body", "html" or "markdown"/,
  );
  for (const [doc, named] of [
    [{ text: "Nội dung.", html: PAGE }, '"text" and "html"'],
    [{ raw_text: "Nội dung.", text: "Nội dung khác." }, '"raw_text" and "text"'],
    [{ body: "Nội dung.", markdown: "# T" }, '"body" and "markdown"'],
  ] as const) {
    rejects(() => readJsonCluster(json(doc), "stdin"), "E_SCHEMA", new RegExp(`not ${named}$`));
  }
  const blank = readJsonCluster(json({ title: " ", html: PAGE }), "stdin").documents[0];
  assert.equal(blank?.title, "Cầu mới ở Huế", "a blank title gives way to the page's headline");
  rejects(
    () => readJsonCluster(json({ html: "<nav><a>Thời sự</a></nav>" }), "stdin"),
    "E_EMPTY",
    /document 1/,
  );
});

test("a page's markup may take eight times the document limit; its text and a text file may not", () => {
  const script = `<script>var x = "${"a".repeat(3 * 1024 * 1024)}";</script>`;
  const dir = tempFiles({
    "big.html": PAGE.replace("</head>", `${script}</head>`),
    "big.txt": `Tiêu đề\n${"Câu văn dài. ".repeat(200_000)}`,
  });
  const doc = readCluster([join(dir, "big.html")]).documents[0];
  assert.match(doc?.body ?? "", /^Sáng nay, thành phố Huế/);
  rejects(() => readCluster([join(dir, "big.txt")]), "E_TOO_LARGE", /limit is 2097152/);
  rejects(
    () => readCluster([join(dir, "big.html")], { maxDocumentBytes: 300_000 }),
    "E_TOO_LARGE",
    /limit is 2400000/,
  );
});
