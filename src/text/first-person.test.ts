import assert from "node:assert/strict";
import { test } from "node:test";
import { speaksUnnamed } from "./first-person.ts";

const CASES: [string, boolean][] = [
  ["Theo tôi, thành phố cần thêm bãi đỗ xe ngầm.", true],
  ["Chúng tôi sẽ mở thêm hai tuyến xe buýt trong tháng tới.", true],
  ["Nếu giá điện tăng, tôi phải cắt giảm chi tiêu.", true],
  ["TÔI không đồng ý với cách làm này.", true],
  ["Ông Hải cho biết chúng tôi sẽ hoàn thành dự án trong năm nay.", false],
  ["Bà Lan nói: “Tôi chưa từng thấy lũ lớn như vậy.”", false],
  ['Anh Minh kể "tôi đã chờ ở đây từ sáng" rồi rời đi.', false],
  ["Ông Tùng chia sẻ: Chúng tôi đã chuẩn bị từ nhiều tháng trước.", false],
  ["Cầu thủ này bị chỉ trích vì cái tôi quá lớn.", false],
  ["Hai bên đã gặp nhau tại Geneva.", false],
  ["Người tối cổ sống ở hang này.", false],
  ["", false],
];

test("speaksUnnamed table: first person outside quotes, no speaker named before it", () => {
  for (const [text, expected] of CASES) assert.equal(speaksUnnamed(text), expected, text);
});
