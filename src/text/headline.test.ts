import assert from "node:assert/strict";
import { test } from "node:test";
import { readsAsHeadline } from "./headline.ts";

const LONG = Array.from({ length: 61 }, () => "chữ").join(" ");

/** [first line, reads as the headline] */
const ROWS: [string, boolean][] = [
  ["Hà Nội mở tuyến buýt điện đầu tiên", true],
  ["Vì sao giá rau tăng? Người bán giải thích", true],
  ["Mưa lớn kéo dài, nhiều tuyến phố ngập sâu!", true],
  ["Giá vàng lại tăng...", true],
  ["Ông Nam: “Chúng tôi sẽ hoàn thành đúng hạn”", true],
  ["Sáng nay, thành phố khai trương tuyến buýt điện đầu tiên.", false],
  ["Tuyến buýt chạy từ sáng mai. Vé được bán tại bến.", false],
  ["Ông Nam nói: “Chúng tôi sẽ hoàn thành đúng hạn.”", false],
  ["Tuyến buýt mới (chạy thử từ tháng 5).", false],
  [LONG, false],
  ["   ", false],
];

test("readsAsHeadline: short lines without a full stop are headlines, article text is not", () => {
  for (const [line, expected] of ROWS) assert.equal(readsAsHeadline(line), expected, line);
});
