import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanDocument } from "./prepare.ts";

/** [what, body, sentences kept, repeats removed] */
const CASES: [string, string, string[], string[]][] = [
  [
    "a body pasted twice in one paragraph: the second copy goes as repeats",
    "Cầu mới thông xe sáng nay. Cầu dài 1,2 km. Cầu mới thông xe sáng nay. Cầu dài 1,2 km.",
    ["Cầu mới thông xe sáng nay.", "Cầu dài 1,2 km."],
    ["Cầu mới thông xe sáng nay.", "Cầu dài 1,2 km."],
  ],
  [
    "a repeat across paragraphs, spelled in the other tone convention",
    "Người dân rất vui mừng vì hòa bình.\nXe chạy từ 5 giờ.\nNgười dân rất vui mừng vì hoà bình.",
    ["Người dân rất vui mừng vì hòa bình.", "Xe chạy từ 5 giờ."],
    ["Người dân rất vui mừng vì hoà bình."],
  ],
  [
    "sentences that differ in a word both stay",
    "Cầu dài 1,2 km. Cầu rộng 1,2 km.",
    ["Cầu dài 1,2 km.", "Cầu rộng 1,2 km."],
    [],
  ],
];

test("cleanDocument: a sentence the document already told goes as a repeat", () => {
  for (const [what, body, kept, repeats] of CASES) {
    const clean = cleanDocument({ id: "a", title: "Cầu mới", body }, 0);
    assert.deepEqual(
      clean.sentences.map((s) => s.text),
      kept,
      what,
    );
    assert.deepEqual(
      clean.removed.filter((r) => r.kind === "repeat").map((r) => r.text),
      repeats,
      what,
    );
    assert.deepEqual(
      clean.sentences.map((s) => s.index),
      kept.map((_, i) => i),
      `${what}: indexes run on`,
    );
  }
});
