import assert from "node:assert/strict";
import { test } from "node:test";
import { assembleSummary } from "./index.ts";

test("assembleSummary drops a connective only where its source sentence is not just before", () => {
  const sentences = [
    { text: "Sáng 2/9, bến xe buýt điện Yên Nghĩa mở cửa.", syllables: 10, doc: 0, index: 0 },
    { text: "Tuy nhiên, bến còn thiếu chỗ đỗ xe máy.", syllables: 9, doc: 0, index: 1 },
    { text: "Theo đó, mỗi ngày có 40 xe chạy qua.", syllables: 9, doc: 1, index: 3 },
    { text: "Tuy nhiên, giá vé chưa được công bố.", syllables: 8, doc: 1, index: 5 },
  ];
  const { parts, summary, syllables } = assembleSummary(sentences, false);
  assert.deepEqual(
    parts.map((p) => p.removed),
    [[], [], ["Theo đó"], ["Tuy nhiên"]],
    "kept after its own predecessor; dropped after another document's or after a gap",
  );
  assert.equal(
    summary,
    "Sáng 2/9, bến xe buýt điện Yên Nghĩa mở cửa. Tuy nhiên, bến còn thiếu chỗ đỗ xe máy. Mỗi ngày có 40 xe chạy qua. Giá vé chưa được công bố.",
  );
  assert.equal(syllables, 32, "recounted: four syllables dropped");
  // Without a place in a source, nothing is known to come before: the connective goes.
  assert.deepEqual(assembleSummary([{ text: "Theo đó, xã có trạm.", syllables: 5 }], false).parts, [
    { text: "Xã có trạm.", removed: ["Theo đó"] },
  ]);
});

test("assembleSummary with compress: the connective first, then the safe cuts, all recorded", () => {
  // Without its connective the sentence opens with an attribution, which compression then drops.
  const [part] = assembleSummary(
    [
      {
        text: "Tuy nhiên, theo Sở Y tế, số ca mắc mới (ghi nhận trong ngày) vẫn tăng ở nhiều quận.",
        syllables: 19,
        doc: 2,
        index: 4,
      },
    ],
    true,
  ).parts;
  assert.deepEqual(part, {
    text: "Số ca mắc mới vẫn tăng ở nhiều quận.",
    removed: ["Tuy nhiên", "Theo Sở Y tế", "(ghi nhận trong ngày)"],
  });
});
