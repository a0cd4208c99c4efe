import assert from "node:assert/strict";
import { test } from "node:test";
import { preparedFromSentences, sentenceAt } from "../../../test/conformance.ts";
import { attachToAntecedents } from "./antecedents.ts";

/** Two outlets on one bridge; each sentence is `D:I` (document, index) in the orders below. */
const cluster = preparedFromSentences([
  [
    "Sáng 15/3, tỉnh Nghệ An khánh thành cầu Rồng Vàng bắc qua sông Lam.",
    "Cầu dài 1.250 m, rộng 24 m, vốn đầu tư 1.800 tỷ đồng.",
    "Người dân hai bờ sông Lam vui mừng đón cây cầu mới.",
  ],
  [
    "Tỉnh Nghệ An vừa đưa cầu mới vào sử dụng.",
    "Cây cầu Rồng Vàng dài 1.250 m và rộng 24 m, với số vốn 1.800 tỷ đồng.",
    "Đây là cây cầu lớn nhất của tỉnh trong 5 năm qua.",
    "Ông Lê Văn Hòa, một người dân, cho biết ông rất vui.",
  ],
]);

const at = (key: string): number => sentenceAt(cluster, key);
const keys = (order: number[]) =>
  order.map((i) => `${cluster.sentences[i]?.doc}:${cluster.sentences[i]?.index}`);
const attach = (order: string[]) => keys(attachToAntecedents(cluster, order.map(at)));

/** [order in, order out, why] */
const CASES: [string[], string[], string][] = [
  [
    ["0:0", "1:2", "0:1", "0:2"],
    ["0:0", "0:1", "1:2", "0:2"],
    "`Đây là …` (1:2) moves after 0:1, the other outlet's version of its antecedent 1:1",
  ],
  [
    ["0:0", "1:1", "1:2", "0:2"],
    ["0:0", "1:1", "1:2", "0:2"],
    "already after its own antecedent: unchanged",
  ],
  [
    ["0:0", "1:2", "0:2"],
    ["0:0", "1:2", "0:2"],
    "no summary sentence is like its antecedent: unchanged",
  ],
  [
    ["1:2", "1:3", "0:0", "0:1"],
    ["1:2", "1:3", "0:0", "0:1"],
    "1:2 cannot follow 0:1 (1:3 must stay after it), and 0:1 cannot go before it (0:0 must stay before 0:1)",
  ],
  [
    ["0:0", "0:1", "1:1", "1:2"],
    ["0:0", "0:1", "1:1", "1:2"],
    "a sentence right after its own antecedent stays, even when another version is closer",
  ],
];

test("attachToAntecedents: a sentence that points back follows a version of its antecedent", () => {
  for (const [input, expected, why] of CASES) {
    assert.deepEqual(attach(input), expected, why);
  }
});

test("attachToAntecedents splits no glued pair", () => {
  const glued = preparedFromSentences([
    [
      "Sáng 15/3, tỉnh Nghệ An khánh thành cầu Rồng Vàng bắc qua sông Lam.",
      "Cầu dài 1.250 m, rộng 24 m, vốn đầu tư 1.800 tỷ đồng.",
      "Tuy nhiên, đường dẫn lên cầu vẫn chưa xong.",
    ],
    [
      "Tỉnh Nghệ An vừa đưa cầu mới vào sử dụng.",
      "Cây cầu Rồng Vàng dài 1.250 m và rộng 24 m, với số vốn 1.800 tỷ đồng.",
      "Đây là cây cầu lớn nhất của tỉnh trong 5 năm qua.",
    ],
  ]);
  // 0:1 and 0:2 (`Tuy nhiên, …`) are glued: 1:2 may not come between them, nor 0:1 leave 0:2.
  assert.deepEqual(attachToAntecedents(glued, [0, 1, 2, 5]), [0, 1, 2, 5]);
  // Without the glue (0:2 not chosen): 1:2 cannot follow 0:1, where 1:0 would come after it,
  // so 0:1 moves to just before 1:2.
  assert.deepEqual(attachToAntecedents(glued, [0, 1, 3, 5]), [0, 3, 1, 5]);
});

test("attachToAntecedents keeps an opening that does not point back", () => {
  const c = preparedFromSentences([
    ["Sáng 15/3, tỉnh Nghệ An khánh thành cầu Rồng Vàng bắc qua sông Lam."],
    [
      "Hôm nay trời Vinh nắng đẹp, người dân đổ ra đường.",
      "Sáng 15/3, Nghệ An khánh thành cầu Rồng Vàng qua sông Lam.",
      "Đây là cây cầu lớn nhất của tỉnh trong 5 năm qua.",
    ],
  ]);
  // 1:2 cannot follow 0:0 (1:0 must stay before it), and 0:0 may not leave the opening.
  assert.deepEqual(attachToAntecedents(c, [0, 1, 3]), [0, 1, 3]);
  // When the opening points back, the stand-in may open instead.
  assert.deepEqual(attachToAntecedents(c, [3, 0]), [0, 3]);
});
