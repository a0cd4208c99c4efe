import assert from "node:assert/strict";
import { test } from "node:test";
import { ARTICLE_A, ARTICLE_B } from "../../test/fixtures.ts";
import { parseArticleText } from "../io/readers/index.ts";
import { summarize } from "../summarize/index.ts";
import { citedText } from "./cite.ts";

const cluster = {
  id: "buyt",
  documents: [parseArticleText(ARTICLE_A, "a.txt"), parseArticleText(ARTICLE_B, "b.txt")],
};

test("--cite text: each line is a summary sentence and the address of its source sentence", () => {
  const result = summarize(cluster, { maxSyllables: 80 });
  const [body, sources] = citedText(result).split("\n\n");
  const lines = (body ?? "").split("\n");
  assert.equal(lines.length, result.sentences.length);
  lines.forEach((line, k) => {
    const m = /^(.+) \[(\d+):(\d+)\]$/.exec(line);
    assert.ok(m, line);
    const source = result.documents[Number(m[2]) - 1]?.sentences[Number(m[3]) - 1];
    assert.equal(m[1], source?.text);
    assert.equal(m[1], result.sentences[k]?.text);
  });
  const cited = [...new Set(result.sentences.map((s) => s.doc))];
  assert.deepEqual(
    (sources ?? "").split("\n"),
    cited.map((d) =>
      d === 0
        ? "[1] a.txt: Hà Nội mở tuyến buýt điện đầu tiên"
        : "[2] b.txt: Xe buýt điện lăn bánh ở Thủ đô",
    ),
  );
  assert.ok(cited.length === 2, "both articles are cited at 80 syllables");
});

test("--cite text of a compressed sentence keeps the address of the sentence it was cut from, and says what was cut", () => {
  const withAside = {
    id: "aside",
    documents: [
      parseArticleText(
        "Cầu mới ở Huế\n\nTheo Sở Giao thông vận tải, cây cầu mới bắc qua sông Hương sẽ được thông xe vào cuối tháng này sau hai năm thi công.\n",
        "hue.txt",
      ),
      parseArticleText(
        "Huế sắp có cầu mới\n\nCây cầu mới bắc qua sông Hương dài 500 m và có bốn làn xe cho ô tô và xe máy.\n",
        "hue2.txt",
      ),
    ],
  };
  const result = summarize(withAside, { compress: true });
  const cut = result.sentences.find((s) => s.source !== undefined);
  assert.ok(cut, "the attribution is cut");
  assert.equal(
    cut.text,
    "Cây cầu mới bắc qua sông Hương sẽ được thông xe vào cuối tháng này sau hai năm thi công.",
  );
  assert.ok(
    citedText(result).split("\n").includes(`${cut.text} [1:1, cut “Theo Sở Giao thông vận tải”]`),
    citedText(result),
  );
});
