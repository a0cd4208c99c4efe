import assert from "node:assert/strict";
import { test } from "node:test";
import {
  detailsPrevious,
  isCompleteSentence,
  isInterviewerTurn,
  isQuestion,
  opensMidSentence,
  opensWithDemonstrative,
  opensWithPersonOrLink,
  startsDependent,
} from "./sentence-shape.ts";

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

const QUESTIONS: [string, boolean][] = [
  ["Thưa bà, kế hoạch mở rộng bến cảng sẽ bắt đầu khi nào?", true],
  ["Giá cà phê liệu còn tăng trong quý tới?", true],
  ["Đội tuyển sẽ làm gì sau trận thua (và ai chịu trách nhiệm?)", true],
  ["“Ai sẽ trả tiền cho con đường này?”", true],
  ["Ông Hòa hỏi: “Ai sẽ trả tiền cho con đường này?”", false],
  ['Bà nói: "Tại sao lại chờ?" rồi rời cuộc họp.', false],
  ["Hai bên đã gặp nhau tại Geneva.", false],
  ["Có người thắc mắc vì sao giá xăng tăng.", false],
  ["", false],
];

test("isQuestion table: a direct question, not one reported inside a statement", () => {
  for (const [text, expected] of QUESTIONS)
    assert.equal(isQuestion(text), expected, `text: ${text}`);
});

const TURNS: [string, boolean][] = [
  ["PV: Thưa ông, dự án cầu cảng đã chậm tiến độ bao lâu.", true],
  ["Phóng viên: Kế hoạch của sở cho mùa mưa bão năm nay ra sao.", true],
  ["Hỏi: Nhà đầu tư được hoàn tiền trong bao lâu.", true],
  ["Thưa Bộ trưởng, ngành điện sẽ làm gì trước mùa khô.", true],
  ["Thưa bà, gia đình đã nhận được hỗ trợ nào.", true],
  ["Thưa thớt khách du lịch, nhiều quán ven biển đóng cửa sớm.", false],
  ["Thưa luật sư, mức án này được nhiều người cho là nhẹ.", true],
  ["Thưa bác sĩ Hòa, các em đã qua cơn nguy kịch chưa.", true],
  ["Thưa kiện kéo dài, hai bên vẫn chưa ngồi lại với nhau.", false],
  ["Thưa thớt, rời rạc là cảm nhận của du khách.", false],
  ["Hỏi ý kiến người dân là bước đầu tiên của dự án.", false],
  ["Ông Hải: Chúng tôi đã sẵn sàng cho mùa mưa bão.", false],
  ["Cơ quan PV của báo đã có mặt tại hiện trường.", false],
];

test("isInterviewerTurn table: a speaker label or a form of address at the head", () => {
  for (const [text, expected] of TURNS)
    assert.equal(isInterviewerTurn(text), expected, `text: ${text}`);
});

const MID_SENTENCE: [string, boolean][] = [
  ["và ngay sau đó đội cứu hộ đã có mặt tại hiện trường.", true],
  ["ở ô bên phải sẽ hiện ra danh sách các bước cần làm.", true],
  ["iOS 18 có thêm tính năng ghi âm cuộc gọi.", false],
  ["iPhone mới được bán từ ngày 20/9.", false],
  ["a) Người nộp hồ sơ trực tuyến được giảm lệ phí.", false],
  ["Hai bên đã gặp nhau tại Geneva.", false],
  ["“Đây là bước tiến lớn”, ông nói.", false],
  ["3 người bị thương trong vụ tai nạn.", false],
  // what came before the piece was lost: a comma, a colon or an ellipsis before it
  [", Giám đốc Sở Tư pháp chủ trì buổi họp sáng nay.", true],
  [": 3 trận sân nhà nhưng đội chỉ thắng 1.", true],
  ["... và đội cứu hộ đã có mặt tại hiện trường.", true],
  ["…rồi mọi người cùng ra về trong niềm vui.", true],
  ["...Và đoàn xe lại lăn bánh về phía bắc.", false],
];

test("opensMidSentence table: a first word all in lowercase, or punctuation before it", () => {
  for (const [text, expected] of MID_SENTENCE)
    assert.equal(opensMidSentence(text), expected, `text: ${text}`);
});

/** Text, then `startsDependent` (the ordering) and `opensWithPersonOrLink` (the scorer feature). */
const OPENERS: [text: string, dependent: boolean, personOrLink: boolean][] = [
  ["Động thái này khiến giá dầu tăng mạnh.", true, true],
  ["Tuy nhiên, hai bên chưa đạt thỏa thuận.", true, true],
  ["Ông này từ chối trả lời phóng viên.", true, true],
  ["Sau đó, hai bên họp báo chung.", true, true],
  ["Báo Tuổi Trẻ cho biết thương vụ gồm 60 tên lửa.", false, false],
  ["Sau hai ngày mưa lớn, nước sông dâng cao.", false, false],
  ["Điều tra viên đã khởi tố vụ án.", false, false],
  ["Hai bên đã gặp nhau tại Geneva.", false, false],
  ["Ông cho biết sẽ xem xét lại hợp đồng.", true, true],
  ["Bà, người từng làm việc ở đây, kể lại.", true, true],
  ["Họ đã rời đi từ sáng sớm.", true, true],
  ["Ông Trần Văn Minh cho biết sẽ xem xét lại hợp đồng.", false, true],
  ["Bà Lan nói hai bên chưa ký.", false, true],
  ["Ông Ryabkov, Thứ trưởng Ngoại giao Nga, từ chối bình luận.", false, true],
  ["Ôngbà là một từ viết sai.", false, false],
  ["  Điều này khiến giá vé tăng.", true, true],
];

test("opener table: what points back (ordering) and what opens with a person or link (feature)", () => {
  for (const [text, dependent, personOrLink] of OPENERS) {
    assert.equal(startsDependent(text), dependent, `startsDependent: ${text}`);
    assert.equal(opensWithPersonOrLink(text), personOrLink, `opensWithPersonOrLink: ${text}`);
  }
});

/** Text, then `detailsPrevious`; none of these changes the scorer's feature. */
const DETAILS: [text: string, details: boolean][] = [
  ["Trong đó, 12 ca phải nhập viện theo dõi.", true],
  ["Trong đó có ba học sinh tiểu học.", true],
  ["Cụ thể, giá xăng giảm 500 đồng mỗi lít.", true],
  ["Cụ thể: tuyến số 1 chạy từ bến xe Giáp Bát.", true],
  ["  trong đó, hai người bị thương nhẹ.", true],
  ["Trong đợt nắng nóng này, lượng điện tiêu thụ tăng mạnh.", false],
  ["Trong đêm qua, mưa lớn gây ngập nhiều tuyến phố.", false],
  ["Cụ bà 90 tuổi vẫn tự tay chăm vườn rau.", false],
  ["Tỉnh đã chi 20 tỷ đồng, trong đó 5 tỷ đồng cho trường học.", false],
  // `Riêng …`, `Còn …` ("as for …") set the sentence against the one before
  ["Riêng huyện ven biển có thêm 300 hộ được hỗ trợ.", true],
  ["Còn quận Hai, số ca mắc giảm một nửa.", true],
  ["Riêng tư của người dùng cần được tôn trọng.", false],
  ["Côn Đảo đón 5.000 lượt khách trong tuần.", false],
];

test("detailsPrevious: openers that detail the sentence before or set it against that one", () => {
  for (const [text, details] of DETAILS) {
    assert.equal(detailsPrevious(text), details, text);
    assert.equal(opensWithPersonOrLink(text), false, `feature unchanged: ${text}`);
  }
});

/** Text, then `opensWithDemonstrative`; none of these changes the scorer's feature. */
const DEMONSTRATIVES: [text: string, demonstrative: boolean][] = [
  ["Đây cũng là lần thứ ba giá xăng giảm trong tháng.", true],
  ["Đó chính là lý do bến xe phải dời đi.", true],
  ["Đây không phải lần đầu cây cầu bị xe tải đâm vào.", true],
  ["Đó, theo ông Hòa, là cách làm hợp lý nhất.", true],
  ["Đông đảo người dân đã đến xem pháo hoa.", false],
  ["Dưới đây là năm điểm mới của quy định.", false],
  ["Đoàn xe rời bến lúc 6 giờ sáng.", false],
  ["Đóng cửa hàng lúc 22 giờ là quy định mới của phường.", false],
];

test("opensWithDemonstrative: a demonstrative as the sentence's subject", () => {
  for (const [text, demonstrative] of DEMONSTRATIVES) {
    assert.equal(opensWithDemonstrative(text), demonstrative, text);
    assert.equal(opensWithPersonOrLink(text), false, `feature unchanged: ${text}`);
  }
});
