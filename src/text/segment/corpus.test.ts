import assert from "node:assert/strict";
import { test } from "node:test";
import { addF1, f1Score, parseConllu, parseSegmentedLine } from "./corpus.ts";

test("parseSegmentedLine reads words joined by _", () => {
  assert.deepEqual(parseSegmentedLine("Ông Nguyễn_Văn_An , đàm_phán ."), [
    ["Ông"],
    ["Nguyễn", "Văn", "An"],
    [","],
    ["đàm", "phán"],
    ["."],
  ]);
  assert.deepEqual(parseSegmentedLine(""), []);
});

test("parseConllu reads multi-syllable forms and skips comments and ranges", () => {
  const text = [
    "# sent_id = 1",
    "# text = Thanh bắt chuyện .",
    "1\tThanh\tthanh\tPROPN\tNNP\t_\t2\tnsubj\t_\t_",
    "2\tbắt chuyện\tbắt chuyện\tVERB\tV\t_\t0\troot\t_\t_",
    "3-4\txx\t_\t_\t_\t_\t_\t_\t_\t_",
    "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_",
    "",
    "1\tCó\tcó\tVERB\tV\t_\t0\troot\t_\t_",
    "",
  ].join("\n");
  assert.deepEqual(parseConllu(text), [[["Thanh"], ["bắt", "chuyện"], ["."]], [["Có"]]]);
});

test("word F1 compares spans over non-space characters", () => {
  const counts = { gold: 0, predicted: 0, correct: 0 };
  // gold: học_sinh | đi | học ; predicted: học | sinh_đi | học → 1 of 3 correct each way
  addF1(counts, ["học_sinh", "đi", "học"], ["học", "sinh_đi", "học"]);
  assert.deepEqual(counts, { gold: 3, predicted: 3, correct: 1 });
  // splitting punctuation differently changes only the words involved
  addF1(counts, ["TP.", "HCM"], ["TP", ".", "HCM"]);
  assert.deepEqual(counts, { gold: 5, predicted: 6, correct: 2 });
  const { precision, recall, f1 } = f1Score(counts);
  assert.equal(precision, 2 / 6);
  assert.equal(recall, 2 / 5);
  assert.ok(Math.abs(f1 - (2 * (2 / 6) * (2 / 5)) / (2 / 6 + 2 / 5)) < 1e-12);
  assert.deepEqual(f1Score({ gold: 0, predicted: 0, correct: 0 }), {
    precision: 0,
    recall: 0,
    f1: 0,
  });
});
