import assert from "node:assert/strict";
import { test } from "node:test";
import { cleanDocument, prepare } from "./prepare.ts";

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

const HEAD = "Đường sắt Cát Linh – Hà Đông chở hơn một triệu khách trong tháng đầu.";
const NEXT = "Giá vé mỗi lượt từ tám nghìn đến mười lăm nghìn đồng.";
const FILL =
  "Ban quản lý dự án cho biết các đoàn tàu chạy đúng giờ, tần suất mười phút một chuyến vào giờ cao điểm, và nhà ga nào cũng có thang máy cho người cao tuổi cùng người khuyết tật đi lại thuận tiện.";
const APART = "Tuyến tàu điện đầu tiên của Hà Nội đông khách ngay từ những ngày đầu.";

/** [what, body, lead, the sentences of the cleaned document, those only the lead tells] */
const LEADS: [string, string, string, string[], string[]][] = [
  ["a lead equal to the body", `${HEAD} ${NEXT}`, `${HEAD} ${NEXT}`, [HEAD, NEXT], []],
  ["a lead the body opens with", `${HEAD} ${NEXT}`, HEAD, [HEAD, NEXT], []],
  ["a lead given apart comes first", `${HEAD} ${NEXT}`, APART, [APART, HEAD, NEXT], [APART]],
  ["the body holds the lead near its head", `${HEAD} ${APART}`, APART, [HEAD, APART], []],
  [
    "the body repeats the lead far down: the lead's copy is kept",
    `${HEAD} ${NEXT} ${FILL} ${APART}`,
    APART,
    [APART, HEAD, NEXT, FILL],
    [APART],
  ],
  ["no lead", `${HEAD} ${NEXT}`, "", [HEAD, NEXT], []],
];

test("prepare: a lead the body opens with is told once and is the body's; one given apart is the lead's alone", () => {
  for (const [what, body, lead, sentences, leadOnly] of LEADS) {
    const p = prepare({ id: "x", documents: [{ id: "a", title: "Tàu điện", body, lead }] });
    assert.deepEqual(
      p.sentences.map((s) => s.text),
      sentences,
      what,
    );
    assert.deepEqual(
      (p.leadOnly ?? []).map((i) => p.sentences[i]?.text),
      leadOnly,
      what,
    );
  }
});
