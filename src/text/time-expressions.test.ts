import assert from "node:assert/strict";
import { test } from "node:test";
import { opensWithTime, tellsWhen } from "./time-expressions.ts";

const CASES: [string, boolean][] = [
  ["Sáng 15/3, UBND tỉnh tổ chức lễ khánh thành cầu.", true],
  ["Cuộc họp được tổ chức ngày 10/1 tại Geneva.", true],
  ["Hôm qua, hai bên đã ký biên bản ghi nhớ.", true],
  ["Đoàn công tác sẽ đến thăm tỉnh vào chiều nay.", true],
  ["Rạng sáng 5, ngọn lửa bùng lên ở tầng ba.", true],
  ["Thứ Hai (10/1), hai đoàn bắt đầu đàm phán.", true],
  ["Buổi lễ diễn ra vào 15/3/2023 tại thành phố.", true],
  ["NGÀY 2 THÁNG 9 LÀ NGÀY QUỐC KHÁNH.", true],
  // A month and year, a fraction-like 40/50 and words that only look like time words do not count.
  ["Công trình được khởi công vào tháng 6/2022.", false],
  ["Có 40/50 hộ dân đã nhận tiền hỗ trợ.", false],
  ["Giá xăng ngày càng tăng cao.", false],
  ["Tôi qua nhà bạn chơi.", false],
  ["Cầu dài 1.250 m, rộng 24 m với 4 làn xe.", false],
];

test("tellsWhen: a time word with a day, or a valid day/month date", () => {
  for (const [text, expected] of CASES) assert.equal(tellsWhen(text), expected, text);
});

const OPENINGS: [string, boolean][] = [
  ["Sáng 9/11, giá cá ở chợ tăng nhẹ.", true],
  ["Hôm qua (5/6), đoàn học sinh về tới trường.", true],
  ["Ngày 12/4, xã tổ chức ngày hội đọc sách.", true],
  ["Giá cá ở chợ tăng nhẹ vào sáng 9/11.", false],
  ["Sáng kiến Vành đai và Con đường được nhắc lại.", false],
];

test("opensWithTime: a time word with a day at the very start", () => {
  for (const [text, expected] of OPENINGS) assert.equal(opensWithTime(text), expected, text);
});
