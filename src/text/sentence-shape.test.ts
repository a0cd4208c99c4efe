import assert from "node:assert/strict";
import { test } from "node:test";
import { isCompleteSentence, opensWithPersonOrLink, startsDependent } from "./sentence-shape.ts";

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

const OPENERS: [text: string, dependent: boolean][] = [
  ["Động thái này khiến giá dầu tăng mạnh.", true],
  ["Tuy nhiên, hai bên chưa đạt thỏa thuận.", true],
  ["Ông này từ chối trả lời phóng viên.", true],
  ["Sau đó, hai bên họp báo chung.", true],
  ["Báo Tuổi Trẻ cho biết thương vụ gồm 60 tên lửa.", false],
  ["Sau hai ngày mưa lớn, nước sông dâng cao.", false],
  ["Điều tra viên đã khởi tố vụ án.", false],
  ["Hai bên đã gặp nhau tại Geneva.", false],
  ["Ông cho biết sẽ xem xét lại hợp đồng.", true],
  ["Bà, người từng làm việc ở đây, kể lại.", true],
  ["Họ đã rời đi từ sáng sớm.", true],
  ["Ông Trần Văn Minh cho biết sẽ xem xét lại hợp đồng.", false],
  ["Bà Lan nói hai bên chưa ký.", false],
  ["Ông Ryabkov, Thứ trưởng Ngoại giao Nga, từ chối bình luận.", false],
  ["Ôngbà là một từ viết sai.", false],
];

test("startsDependent table: openers that point back to an earlier sentence", () => {
  for (const [text, expected] of OPENERS)
    assert.equal(startsDependent(text), expected, `text: ${text}`);
});

const FEATURE: [text: string, opens: boolean][] = [
  ["Ông Trần Văn Minh cho biết sẽ xem xét lại hợp đồng.", true],
  ["Ông cho biết sẽ xem xét lại hợp đồng.", true],
  ["Tuy nhiên, hai bên chưa đạt thỏa thuận.", true],
  ["Ôngbà là một từ viết sai.", false],
  ["Hai bên đã gặp nhau tại Geneva.", false],
];

test("opensWithPersonOrLink table: the scorer feature counts pronouns before names too", () => {
  for (const [text, expected] of FEATURE)
    assert.equal(opensWithPersonOrLink(text), expected, `text: ${text}`);
});
