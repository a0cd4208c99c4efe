import assert from "node:assert/strict";
import { test } from "node:test";
import { isCompleteSentence } from "./sentence-shape.ts";

const CASES: [string, boolean][] = [
  ["Hai bên đã gặp nhau tại Geneva.", true],
  ["Có thật vậy không?", true],
  ["Ông nói: “Chúng tôi sẵn sàng.”", true],
  ['Bà nói: "Đây là bước tiến."', true],
  ["Cải thiện tim mạch sau 20 phút", false],
  ['"Đối với những người hút thuốc lá điếu, nên khuyến khích họ chuyển đổi.', false],
  ["“Đây là bước đầu tiên.", false],
  ["", false],
];

test("isCompleteSentence table", () => {
  for (const [text, expected] of CASES)
    assert.equal(isCompleteSentence(text), expected, `text: ${text}`);
});
