import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { counterparts, orderAgreement } from "./agreement.ts";

// Invented examples: a reference of three sentences and summary sentences that retell them.
const A = "Sáng nay, đội bơi của tỉnh đã giành ba huy chương vàng tại giải trẻ toàn quốc.";
const B = "Huấn luyện viên cho biết các em đã tập luyện suốt sáu tháng qua ở hồ bơi mới.";
const C = "Giải đấu sẽ kết thúc vào cuối tuần sau tại nhà thi đấu của thành phố.";
const REFERENCE = `${A} ${B} ${C}`;
const a = "Đội bơi của tỉnh đã giành ba huy chương vàng tại giải trẻ toàn quốc sáng nay.";
const b = "Theo huấn luyện viên, các em đã tập luyện suốt sáu tháng qua ở hồ bơi mới.";
const c = "Giải đấu sẽ kết thúc vào cuối tuần sau tại nhà thi đấu của thành phố.";
const other = "Trời mưa to khiến nhiều tuyến phố ngập sâu trong nước vào chiều tối qua.";

describe("counterparts", () => {
  it("maps each summary sentence to the reference sentence that tells it, -1 for none", () => {
    assert.deepEqual(counterparts([c, other, a, b], REFERENCE), [2, -1, 0, 1]);
  });
  it("needs the least share: a sentence that shares a few words only has none", () => {
    const loose = "Đội bơi của huyện thua ba trận liền tại giải hạng nhì.";
    assert.deepEqual(counterparts([loose], REFERENCE), [-1]);
    assert.deepEqual(counterparts([loose], REFERENCE, 0.1), [0]);
  });
});

describe("orderAgreement", () => {
  const cases: [string, string[], string[], { pairs: number; concordant: number }][] = [
    ["the reference's order", [a, b, c], [REFERENCE], { pairs: 3, concordant: 3 }],
    ["reversed", [c, b, a], [REFERENCE], { pairs: 3, concordant: 0 }],
    ["one sentence moved ahead", [b, a, c], [REFERENCE], { pairs: 3, concordant: 2 }],
    [
      "a sentence with no counterpart is left out",
      [a, other, c],
      [REFERENCE],
      { pairs: 1, concordant: 1 },
    ],
    [
      "two sentences with one counterpart make no pair",
      [a, A, c],
      [REFERENCE],
      { pairs: 2, concordant: 2 },
    ],
    ["summed over references", [b, c], [REFERENCE, `${C} ${B}`], { pairs: 2, concordant: 1 }],
    ["no summary", [], [REFERENCE], { pairs: 0, concordant: 0 }],
    ["no references", [a, b], [], { pairs: 0, concordant: 0 }],
  ];
  for (const [name, summary, references, expected] of cases) {
    it(name, () => assert.deepEqual(orderAgreement(summary, references), expected));
  }
});
