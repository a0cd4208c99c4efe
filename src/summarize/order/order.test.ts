import assert from "node:assert/strict";
import { test } from "node:test";
import { preparedFromSentences } from "../../../test/conformance.ts";
import { dateKey, orderForReading } from "./index.ts";

const cluster = preparedFromSentences([
  ["A0 câu mở đầu bài một.", "A1 câu thứ hai.", "A2 câu thứ ba.", "A3 câu cuối."],
  ["B0 câu mở đầu bài hai.", "B1 câu tiếp theo."],
]);

test("each document keeps source order; documents interleave by relative position", () => {
  // indices: A0..A3 = 0..3, B0 = 4, B1 = 5
  const ordered = orderForReading(cluster, [3, 5, 1, 4, 0]);
  assert.deepEqual(
    ordered.map((i) => cluster.sentences[i]?.text.slice(0, 2)),
    ["A0", "B0", "A1", "A3", "B1"],
  );
});

test("every chosen sentence appears exactly once", () => {
  const chosen = [5, 2, 0];
  assert.deepEqual([...orderForReading(cluster, chosen)].sort(), [...chosen].sort());
});

test("ties go to the earlier-dated document", () => {
  const dated = preparedFromSentences([["X0 một."], ["Y0 hai."]]);
  (dated.documents[0] as { date?: string }).date = "24/10/2013 08:00";
  (dated.documents[1] as { date?: string }).date = "23/10/2013 11:39";
  assert.deepEqual(orderForReading(dated, [0, 1]), [1, 0]);
});

test("dateKey reads day-first and ISO dates", () => {
  assert.equal(dateKey("23/10/2013 11:39"), Date.UTC(2013, 9, 23, 11, 39));
  assert.equal(dateKey("2022-01-10"), Date.UTC(2022, 0, 10));
  assert.equal(dateKey("hôm qua"), undefined);
});

test("a sentence that points back follows its document's previous chosen sentence", () => {
  const c = preparedFromSentences([
    ["A0 mở đầu.", "A1 câu hai.", "Bộ trưởng Lan đến thăm tỉnh.", "Bà này hứa hỗ trợ thêm."],
    ["B0 mở đầu.", "B1 hai.", "B2 ba.", "B3 bốn.", "Người dân vui mừng.", "B5 cuối."],
  ]);
  // A2 = 2 (relative .67), A3 = 3 (1.0, opens with "Bà này"); B0 = 4, B4 = 8 (.8)
  const text = (order: number[]) => order.map((i) => c.sentences[i]?.text.slice(0, 9));
  assert.deepEqual(text(orderForReading(c, [8, 3, 2, 4])), [
    "B0 mở đầu",
    "Bộ trưởng",
    "Bà này hứ",
    "Người dân",
  ]);
  // Without the pointing-back opener the same positions interleave by relative position.
  const plain = preparedFromSentences([
    ["A0 mở đầu.", "A1 câu hai.", "Bộ trưởng Lan đến thăm tỉnh.", "Tỉnh được hỗ trợ thêm."],
    ["B0 mở đầu.", "B1 hai.", "B2 ba.", "B3 bốn.", "Người dân vui mừng.", "B5 cuối."],
  ]);
  assert.deepEqual(
    orderForReading(plain, [8, 3, 2, 4]).map((i) => plain.sentences[i]?.text.slice(0, 9)),
    ["B0 mở đầu", "Bộ trưởng", "Người dân", "Tỉnh được"],
  );
});

test("a bare pronoun opener is glued to its antecedent; a pronoun before a name is not", () => {
  const cluster = (last: string) =>
    preparedFromSentences([
      ["A0 mở đầu.", "A1 câu hai.", "Bộ trưởng Lan đến thăm tỉnh.", last],
      ["B0 mở đầu.", "B1 hai.", "B2 ba.", "B3 bốn.", "Người dân vui mừng.", "B5 cuối."],
    ]);
  const order = (last: string) => {
    const c = cluster(last);
    return orderForReading(c, [8, 3, 2, 4]).map((i) => c.sentences[i]?.text.slice(0, 9));
  };
  assert.deepEqual(order("Bà hứa hỗ trợ thêm."), [
    "B0 mở đầu",
    "Bộ trưởng",
    "Bà hứa hỗ",
    "Người dân",
  ]);
  assert.deepEqual(order("Bà Mai Hoa cũng đến."), [
    "B0 mở đầu",
    "Bộ trưởng",
    "Người dân",
    "Bà Mai Ho",
  ]);
});

test("the summary opens with a document's first chosen sentence that says when", () => {
  const c = preparedFromSentences([
    ["Hai bên vẫn còn nhiều bất đồng.", "A1 câu hai.", "A2 câu ba."],
    ["Cuộc đàm phán diễn ra ngày 10/1 tại Geneva.", "B1 câu hai.", "B2 câu ba."],
  ]);
  // A0 = 0, A1 = 1, A2 = 2, B0 = 3, B1 = 4, B2 = 5; document order would open with A0.
  const first9 = (order: number[]) => order.map((i) => c.sentences[i]?.text.slice(0, 9));
  assert.deepEqual(first9(orderForReading(c, [0, 3, 1, 5])), [
    "Cuộc đàm ",
    "Hai bên v",
    "A1 câu ha",
    "B2 câu ba",
  ]);
  // Without the dated lead the merge keeps document order.
  assert.deepEqual(first9(orderForReading(c, [0, 4, 1])), ["Hai bên v", "A1 câu ha", "B1 câu ha"]);
});

test("mergeOnly: the documents' merge alone, with no dated opening and no antecedent step", () => {
  const c = preparedFromSentences([
    ["Hai bên vẫn còn nhiều bất đồng.", "A1 câu hai.", "Điều này khiến vòng sau khó khăn."],
    ["Cuộc đàm phán diễn ra ngày 10/1 tại Geneva.", "B1 câu hai.", "B2 câu ba."],
  ]);
  const first9 = (order: number[]) => order.map((i) => c.sentences[i]?.text.slice(0, 9));
  // Shipped: the dated lead opens. The merge alone opens with document order's lead.
  assert.equal(first9(orderForReading(c, [0, 3, 5]))[0], "Cuộc đàm ");
  assert.deepEqual(first9(orderForReading(c, [0, 3, 5], { mergeOnly: true })), [
    "Hai bên v",
    "Cuộc đàm ",
    "B2 câu ba",
  ]);
  // A2 and B2 both end their documents, so the merge opens with A2 ("Điều này …"), which
  // points back: the shipped order opens with B2 instead.
  assert.deepEqual(first9(orderForReading(c, [2, 5])), ["B2 câu ba", "Điều này "]);
  assert.deepEqual(first9(orderForReading(c, [2, 5], { mergeOnly: true })), [
    "Điều này ",
    "B2 câu ba",
  ]);
});

test("a dated opening is kept, and a dated sentence that points back does not open", () => {
  const kept = preparedFromSentences([
    ["Sáng 15/3, cầu được khánh thành.", "A1 hai."],
    ["Hôm qua, hàng nghìn người đến dự.", "B1 hai."],
  ]);
  assert.deepEqual(orderForReading(kept, [2, 0]), [0, 2]);
  const pointing = preparedFromSentences([
    ["Hai bên vẫn còn nhiều bất đồng.", "A1 hai."],
    ["Tuy nhiên, hôm qua hai bên đã gặp lại.", "B1 hai."],
  ]);
  assert.deepEqual(orderForReading(pointing, [2, 0]), [0, 2]);
});

test("the summary does not open with a sentence that points back when another lead can", () => {
  // Each row: the first chosen sentence of two documents (A0, B0), chosen as [A0, B0], and
  // the expected opening. Relative positions tie, so the merge alone would open with A0.
  const rows: [string, string, string, string][] = [
    [
      "undated, points back; B undated",
      "Theo đó, mỗi hộ được hỗ trợ 2 triệu đồng.",
      "Tỉnh vừa duyệt gói hỗ trợ mới.",
      "Tỉnh vừa ",
    ],
    [
      "dated, points back; B undated",
      "Trước đó, tối 18/8, tổ tuần tra dừng xe.",
      "Tài xế bị phạt vì nồng độ cồn.",
      "Tài xế bị",
    ],
    [
      "dated, points back; B dated",
      "Trước đó, tối 18/8, tổ tuần tra dừng xe.",
      "Sáng 19/8, tài xế bị phạt.",
      "Sáng 19/8",
    ],
    [
      "both point back: the merge stays",
      "Theo đó, mỗi hộ được 2 triệu đồng.",
      "Đây là gói hỗ trợ thứ ba.",
      "Theo đó, ",
    ],
    [
      "undated, does not point back: the merge stays",
      "Tỉnh vừa duyệt gói hỗ trợ mới.",
      "Bên cạnh đó, xã được thêm vốn.",
      "Tỉnh vừa ",
    ],
  ];
  for (const [name, a, b, opening] of rows) {
    const c = preparedFromSentences([
      [a, "A1 hai."],
      [b, "B1 hai."],
    ]);
    const order = orderForReading(c, [0, 2]);
    assert.equal(c.sentences[order[0] as number]?.text.slice(0, 9), opening, name);
    assert.deepEqual([...order].sort(), [0, 2], name);
  }
});
