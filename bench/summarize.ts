/**
 * Summarizer benchmark: throughput on AbMuSu validation (100 clusters) in one process, a large
 * cluster (50 and 100 long articles), start-up excluded; cleaning one paragraph of 4,000 fused captions; splitting a run-on text of 8,000 blocked openers and a paragraph of 20,000 merged initials; reading a
 * very wide and a very deep HTML page; summarizing text with long runs of marks; the time per call on the server
 * benchmark's small cluster, tomtat against lead; RSS. Fixed inputs from ../shared and
 * src/server/fixture.ts.
 *
 *   npm run bench:summarize
 */
import { loadDataset } from "../src/evaluate/datasets/index.ts";
import { htmlToText } from "../src/io/html.ts";
import { markdownToText } from "../src/io/markdown.ts";
import { ARTICLES } from "../src/server/fixture.ts";
import { summarize } from "../src/summarize/index.ts";
import { prepare } from "../src/summarize/prepare.ts";
import { cleanArticle } from "../src/text/clean/index.ts";
import { splitSentences } from "../src/text/split/index.ts";

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const rssStart = process.memoryUsage().rss;

const validation = loadDataset("abmusu-validation").clusters;
summarize(validation[0] ?? { id: "warm", documents: [] }); // loads the model
let t = performance.now();
let sentences = 0;
for (const c of validation) sentences += summarize(c).stats.sentences;
const ms = performance.now() - t;
console.log(
  `abmusu-validation: ${validation.length} clusters, ${sentences} sentences in ${ms.toFixed(0)} ms → ${((validation.length * 1000) / ms).toFixed(1)} clusters/s, ${((sentences * 1000) / ms).toFixed(0)} sentences/s`,
);

t = performance.now();
for (const c of validation) prepare(c);
console.log(`  of which cleaning, splitting, tokenizing: ${(performance.now() - t).toFixed(0)} ms`);

const train = loadDataset("abmusu-train").clusters.flatMap((c) => c.documents);
for (const n of [50, 100]) {
  const documents = train.slice(0, n);
  t = performance.now();
  const r = summarize({ id: `big-${n}`, documents }, { limits: { maxDocuments: 1000 } });
  console.log(
    `one cluster of ${n} articles (${r.stats.sentences} sentences): ${(performance.now() - t).toFixed(0)} ms`,
  );
}
// The same 100 articles with the largest budget (--max-syllables 100000): the expected-F1
// selection chooses about 1,500 sentences, and must not test every open candidate after each
// pick (3.9 s when it did, 2.0 s with the indexes of selection/; 1.3 s at the default budget).
{
  t = performance.now();
  const r = summarize(
    { id: "big-budget", documents: train.slice(0, 100) },
    { maxSyllables: 100_000, limits: { maxDocuments: 1000 } },
  );
  console.log(
    `one cluster of 100 articles at 100,000 syllables (${r.sentences.length} of ${r.stats.sentences} sentences chosen): ${(performance.now() - t).toFixed(0)} ms`,
  );
}
// One very long document beside a short one: the features compare sentences across documents
// only, so this must stay linear in the long document's sentences.
const longDocument = Array.from(
  { length: 12000 },
  (_, i) =>
    `Đoạn đường số ${i} dài ${i % 97} km được tỉnh ${["Nghệ An", "Hà Tĩnh", "Quảng Bình"][i % 3]} nâng cấp trong năm ${2000 + (i % 23)} với vốn ${i % 41} tỷ đồng.`,
).join("\n");
t = performance.now();
const long = summarize(
  {
    id: "long",
    documents: [
      { id: "long", title: "Đường bộ", body: longDocument },
      { id: "short", title: "Đường mới", body: "Tỉnh Nghệ An nâng cấp đoạn đường số 7 dài 12 km." },
    ],
  },
  { limits: { maxDocumentBytes: 4 * 1024 * 1024 } },
);
console.log(
  `one document of 12,000 sentences beside a short one (${long.stats.sentences} sentences): ${(performance.now() - t).toFixed(0)} ms`,
);
// A gallery page: one paragraph of 4,000 captions fused into the text, each with a credit.
// Cutting them must stay linear in the paragraph (issue 5's fused-caption pass).
const gallery = Array.from(
  { length: 4000 },
  (_, i) => `Người dân dạo chơi ở khu vườn số ${i} Ảnh: TTXVN Khu vườn rộng ${i} ha.`,
).join(" ");
t = performance.now();
const cleaned = cleanArticle("Thư viện ảnh", gallery);
console.log(
  `one paragraph of 4,000 fused captions (${gallery.length} characters): ${(performance.now() - t).toFixed(0)} ms, ${cleaned.removed.length} cut`,
);
// A run-on text with no final punctuation where every capitalized opener is a name after a
// pronoun ("ông Lê Văn Sau đến"): the fused-heading cut must stay linear (8,000 took 14 s when
// each blocked opener re-read the whole text before it).
const runOn = "ông Lê Văn Sau đến dự lễ ".repeat(8000);
t = performance.now();
const runOnPieces = splitSentences(runOn).length;
console.log(
  `a run-on text of 8,000 names ending in an opener word (${runOn.length} characters): ${(performance.now() - t).toFixed(0)} ms, ${runOnPieces} piece`,
);
// A paragraph of 20,000 sentences that each end in an initial ("… X."), so every one is merged
// into the next: the abbreviation merge must stay linear (73 s when it re-read the merged text).
const initials = `Câu. ${"Ông An gặp bà X. ".repeat(20000)}`;
t = performance.now();
const initialPieces = splitSentences(initials).length;
console.log(
  `a paragraph of 20,000 sentences ending in an initial (${initials.length} characters): ${(performance.now() - t).toFixed(0)} ms, ${initialPieces} pieces`,
);
// Short lines that may be bylines, then a sentence: whether a sentence follows each is read once
// (12 s for 50,000 lines when each line re-read the rest). Cleaned only: the lines are not
// Vietnamese, so a summary refuses them.
const bylines = `Hà Nội mưa to suốt đêm qua khiến nhiều tuyến phố ngập sâu.\n${"PV\n".repeat(50_000)}Nước rút dần vào sáng nay ở hầu hết các tuyến phố.`;
t = performance.now();
const bylineParagraphs = cleanArticle("Mưa lớn", bylines).paragraphs.length;
console.log(
  `50,000 'PV' lines before a sentence (${bylines.length} characters), cleaned: ${(performance.now() - t).toFixed(0)} ms, ${bylineParagraphs} paragraphs`,
);
// Runs that a pattern anchored only at the end, or one tried from every position of a run it
// cannot end, read again and again (minutes before the twenty-third session): marks glued
// between two sentences, periods, and "Nguồn:" markers that are not captions. Whole summaries.
const runs: [string, string][] = [
  ["100,000 '!' glued between two sentences", `Hà Nội mưa to${"!".repeat(100_000)}Phố ngập sâu.`],
  ["100,000 periods between two sentences", `Hà Nội mưa to ${".".repeat(100_000)} Phố ngập sâu.`],
  ["20,000 'Nguồn:' inside a sentence", `Hà Nội mưa to ${"Nguồn: ".repeat(20_000)}Phố ngập sâu.`],
  // short lines each over a photo credit, no sentence before them: each asked whether one came
  // before it (112 s for 40,000 pairs when the caption-over-credit rule was new)
  [
    "40,000 short lines each over a photo credit",
    `Mở đầu\n${Array.from({ length: 40_000 }, (_, k) => `Cảnh đẹp ${k}\nẢnh: Minh An`).join("\n")}\nHà Nội mưa to.`,
  ],
  // a dotted abbreviation whose capitals may be parted many ways (exponential before its fix)
  [
    "'A.' and 100,000 capitals before a lowercase word",
    `Hà Nội A.${"B".repeat(100_000)}cdefgh mưa to.`,
  ],
];
for (const [what, body] of runs) {
  t = performance.now();
  const result = summarize({
    id: "runs",
    documents: [
      { id: "a", title: "Mưa lớn", body },
      {
        id: "b",
        title: "Ngập",
        body: "Nhiều tuyến phố ở Hà Nội ngập sâu sau trận mưa lớn đêm qua.",
      },
    ],
  });
  console.log(
    `${what} (${body.length} characters), summarized: ${(performance.now() - t).toFixed(0)} ms, ${result.sentences.length} sentences`,
  );
}
// Shapes a tester found quadratic (twenty-eighth session), each at two sizes so that the growth
// shows: 100 documents of sentences in one style (every row read every other through the common
// words: 41 s for the larger before), a long lead (normalized once per sentence: 22 s), and a
// class name of digits in an HTML page (a pattern tried from every digit: 22 s).
for (const perDocument of [50, 100]) {
  const documents = Array.from({ length: 100 }, (_, d) => ({
    id: String(d),
    title: `Hỗ trợ xã ${d}`,
    body: Array.from(
      { length: perDocument },
      (_, k) => `Người dân ở xã số ${d * 1000 + k} đã nhận được tiền hỗ trợ của tỉnh.`,
    ).join(" "),
  }));
  t = performance.now();
  summarize({ id: "style", documents });
  console.log(
    `100 documents of ${perDocument} sentences in one style, summarized: ${(performance.now() - t).toFixed(0)} ms`,
  );
}
for (const sentences of [2000, 4000]) {
  const lines = Array.from({ length: sentences }, (_, k) => `Đoạn ${k} kể về mưa lớn ở Huế.`);
  t = performance.now();
  summarize({
    id: "lead",
    documents: [
      { id: "a", title: "Mưa lớn", lead: lines.join(" "), body: lines.join(" ") },
      { id: "b", title: "Ngập", body: "Nhiều tuyến phố ở Huế ngập sâu sau trận mưa lớn đêm qua." },
    ],
  });
  console.log(
    `a lead and a body of ${sentences} sentences each, summarized: ${(performance.now() - t).toFixed(0)} ms`,
  );
}
for (const digits of [100_000, 200_000]) {
  const html = `<html><body><article><div class="x${"9".repeat(digits)}y"><p>Hà Nội mưa to ở nhiều quận nội thành trong sáng nay.</p></div></article></body></html>`;
  t = performance.now();
  htmlToText(html);
  console.log(
    `an HTML class name of ${digits} digits between two letters: ${(performance.now() - t).toFixed(0)} ms`,
  );
}
// HTML pages that once took minutes: 40,000 sibling paragraphs (childNodes re-read per child)
// and chains of nested elements (Readability's cost grows steeply with depth, and the DOM
// parser's with a chain of 200,000: 25 s before the streaming reader, src/io/html-stream.ts).
const pages: [string, string][] = [
  [
    "an HTML page of 40,000 paragraphs",
    `<html><body><article>${Array.from({ length: 40_000 }, (_, i) => `<p>Câu số ${i} ở Hà Nội.</p>`).join("")}</article></body></html>`,
  ],
  [
    "an HTML page nested 3,000 elements deep",
    `${"<div>".repeat(3000)}<p>Hà Nội mưa to ở nhiều quận nội thành trong sáng nay.</p>${"</div>".repeat(3000)}`,
  ],
  [
    // 2 million text nodes: Readability ran for a minute before it overflowed the stack.
    "an HTML page of 2,000,000 stray '<'",
    `${"<".repeat(2_000_000)} Hà Nội mưa to.`,
  ],
  [
    "an HTML page nested 200,000 inline elements deep",
    `${"<b>".repeat(200_000)}<p>Hà Nội mưa to ở nhiều quận nội thành trong sáng nay.</p>${"</b>".repeat(200_000)}`,
  ],
];
for (const [what, html] of pages) {
  t = performance.now();
  const page = htmlToText(html);
  console.log(
    `${what} (${html.length} characters): ${(performance.now() - t).toFixed(0)} ms, ${page.text.split("\n").length} paragraphs`,
  );
}
// Markdown articles: one of 40,000 paragraphs, and the parser's slowest shapes found by a fuzz
// (2 MB of bold marks, of one-word lines); deep nesting overflows its stack at once and is read
// as plain text (src/io/markdown.ts).
const markdowns: [string, string][] = [
  [
    "a Markdown article of 40,000 paragraphs",
    Array.from(
      { length: 40_000 },
      (_, i) => `Câu **số ${i}** ở [Hà Nội](https://example.vn).`,
    ).join("\n\n"),
  ],
  ["a Markdown text of 666,667 '**a'", "**a".repeat(666_667)],
  ["a Markdown text of 1,000,000 one-letter lines", "a\n".repeat(1_000_000)],
  ["a Markdown text nested 2,000,000 quotes deep", `${">".repeat(2_000_000)} Hà Nội mưa to.`],
  // raw tags inside one paragraph: a script's text goes, one never closed is searched once
  ["a Markdown paragraph of 50,000 inline scripts", "Hà Nội <script>x</script> ".repeat(50_000)],
  ["a Markdown paragraph of 100,000 unclosed scripts", "Hà Nội <script> ".repeat(100_000)],
];
for (const [what, markdown] of markdowns) {
  t = performance.now();
  const text = markdownToText(markdown);
  console.log(
    `${what} (${markdown.length} characters): ${(performance.now() - t).toFixed(0)} ms, ${text.split("\n\n").length} paragraphs`,
  );
}
// The server benchmark's small cluster: the cost of one request's summarizing, by method.
const small = {
  id: "small",
  documents: ARTICLES.map((a, i) => ({ id: String(i), title: a.title, body: a.text })),
};
for (const method of ["tomtat", "lead"]) {
  const runs = 500;
  t = performance.now();
  for (let k = 0; k < runs; k++) summarize(small, { method });
  console.log(
    `small cluster of the server benchmark, method ${method}: ${((performance.now() - t) / runs).toFixed(2)} ms per call`,
  );
}
console.log(`RSS: ${mb(rssStart)} at start, ${mb(process.memoryUsage().rss)} at the end`);
