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
  // an attribution verb that opens the sentence names no speaker
  ["Nói về giá vé, chúng tôi sẽ giữ mức cũ đến cuối năm.", true],
  ["Chia sẻ thêm, tôi mong người dân ủng hộ tuyến xe mới.", true],
  // … but the reporters a named speaker talks to are not the speaker
  ["Trao đổi với chúng tôi, ông Hải cho biết cầu sẽ thông xe vào tháng 9.", false],
  ["Chia sẻ với chúng tôi, chị Lan cho biết giá rau đã giảm.", false],
  ["Hai bên đã gặp nhau tại Geneva.", false],
  ["Người tối cổ sống ở hang này.", false],
  ["", false],
];

test("speaksUnnamed table: first person outside quotes, no speaker named before it", () => {
  for (const [text, expected] of CASES) assert.equal(speaksUnnamed(text), expected, text);
});
