import assert from "node:assert/strict";
import { test } from "node:test";
import { assembleSummary } from "./index.ts";
import { dropListLabel } from "./list-label.ts";

/** [sentence, text after the drop, dropped label] — undefined: left as it is. */
const CASES: [string, string | undefined, string | undefined][] = [
  [
    "c) Được nhận thưởng trong 30 ngày kể từ ngày công bố kết quả.",
    "Được nhận thưởng trong 30 ngày kể từ ngày công bố kết quả.",
    "c)",
  ],
  [
    "3. Xe điện mini - 980 xe: Doanh số tăng gấp đôi.",
    "Xe điện mini - 980 xe: Doanh số tăng gấp đôi.",
    "3.",
  ],
  ["12) “Không” là câu trả lời của ông.", "“Không” là câu trả lời của ông.", "12)"],
  // a year or a figure, a letter with a full stop (an initial), a label before lowercase text
  ["2022. Năm của những kỷ lục.", undefined, undefined],
  ["A. Nguyễn cho biết đội sẽ thắng.", undefined, undefined],
  ["1. và 2. là hai phương án.", undefined, undefined],
  ["Giá tăng 3. Người dân lo lắng.", undefined, undefined],
];

test("dropListLabel: a list item's label at a sentence's head, and what it leaves alone", () => {
  for (const [source, text, removed] of CASES) {
    const cut = dropListLabel(source);
    assert.deepEqual(cut, text === undefined ? undefined : { text, removed }, source);
  }
});

test("assembleSummary drops a list label and then a connective, recording both", () => {
  const { parts, summary } = assembleSummary(
    [
      { text: "Sáng 2/9, xã khai trương chợ mới.", syllables: 7, doc: 0, index: 0 },
      { text: "2. Tuy nhiên, chợ chưa có bãi đỗ xe.", syllables: 8, doc: 1, index: 4 },
    ],
    false,
  );
  assert.deepEqual(parts[1], { text: "Chợ chưa có bãi đỗ xe.", removed: ["2.", "Tuy nhiên"] });
  assert.equal(summary, "Sáng 2/9, xã khai trương chợ mới. Chợ chưa có bãi đỗ xe.");
});
