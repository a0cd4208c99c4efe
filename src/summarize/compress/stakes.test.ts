import assert from "node:assert/strict";
import { test } from "node:test";
import { compressSentence } from "./index.ts";

/** A source sentence that must come out whole: the cut would change what it means. */
const KEPT: [string, string][] = [
  // A1: the speaker is denied or doubtful, so the claim is not a fact.
  [
    "negated speaker, claim verb",
    "Hãng sẽ vượt đối thủ về thị phần điện thoại gập trong năm tới, chưa chuyên gia nào dám khẳng định.",
  ],
  ["nobody can say", "Tàu sẽ cập cảng Quy Nhơn vào chiều nay, không ai có thể khẳng định."],
  [
    "negated speaker, reporting verb",
    "Nhà máy sẽ hoạt động trở lại vào tuần sau, chưa cơ quan chức năng nào thông tin.",
  ],
  [
    "unnamed source",
    "Hai bên sẽ ký hợp đồng mua bán trong tháng này, một nguồn tin giấu tên cho hay.",
  ],
  // A2: a party's claim, or a claim verb, keeps its speaker.
  [
    "defendant, claim verb",
    "Số tiền đó là khoản vay cá nhân chứ không phải tiền hối lộ, bị cáo Minh khẳng định.",
  ],
  [
    "defence lawyer, reporting verb",
    "Thân chủ không có mặt tại hiện trường vào tối hôm đó, luật sư bào chữa cho biết.",
  ],
  ["a witness", "Chiếc xe tải đã vượt đèn đỏ trước khi gây tai nạn, một nhân chứng cho biết."],
  [
    "the opposition",
    "Kết quả kiểm phiếu ở thủ đô đã bị sửa đổi, phe đối lập của ông Silva khẳng định.",
  ],
  [
    "neutral speaker, claim verb",
    "Giá điện sẽ không tăng trong quý tới, ông Trần Văn Bình khẳng định.",
  ],
  [
    "neutral speaker, opinion verb",
    "Dự án sẽ mang lại lợi ích lớn cho người dân địa phương, ông Lê Văn Tám đánh giá.",
  ],
  [
    "an accusation",
    "Đội bạn đã dùng cầu thủ không đủ điều kiện thi đấu, câu lạc bộ chủ nhà cáo buộc.",
  ],
  ["an armed group", "Theo Hezbollah, cuộc tập kích đêm qua đã làm nhiều dân thường thiệt mạng."],
  ["a state", "Theo Iran, máy bay không người lái đã bị bắn hạ trên vùng biển quốc tế."],
  [
    "the prosecution",
    "Theo Viện kiểm sát, bị cáo đã nhận tổng cộng hai tỉ đồng trong ba năm liền.",
  ],
  [
    "a person: also `in his view`",
    "Theo ông Hải, thành phố cần thêm nhiều công viên cho trẻ em vui chơi.",
  ],
  ["a pronoun", "Theo ông, dự án đã tạo thêm nhiều việc làm cho người dân địa phương."],
  // A3: an aside that hedges or qualifies.
  [
    "price before tax",
    "Giá vé khứ hồi là hai triệu đồng (chưa bao gồm thuế phí), trẻ em được giảm một nửa.",
  ],
  [
    "unconfirmed",
    "Hai người đã thiệt mạng (theo thông tin chưa được xác nhận) trong vụ sạt lở đêm qua.",
  ],
  [
    "suspected cause",
    "Nhiều học sinh phải nhập viện (nghi do ngộ độc thực phẩm) sau bữa trưa tại trường.",
  ],
  [
    "denied rumour",
    "Người mẫu Thu Trang (không phải Thu Thảo như tin đồn) sẽ trình diễn trong đêm bế mạc.",
  ],
  [
    "unknown cause, then a suspected one",
    "Ngôi nhà bốc cháy dữ dội (chưa rõ nguyên nhân, nghi do chập điện) vào tối qua.",
  ],
  ["deceased", "Ông Nguyễn Văn Hòa (đã mất) là người sáng lập hợp tác xã từ những ngày đầu."],
  [
    "planned",
    "Cây cầu sẽ thông xe vào cuối năm nay (dự kiến) để phục vụ người dân đi lại dịp Tết.",
  ],
  [
    "estimated",
    "Thiệt hại do cơn bão gây ra lên tới hàng trăm tỉ đồng (ước tính ban đầu), nhiều nhà bị tốc mái.",
  ],
];

/** [case, source sentence, expected text, expected removed spans]: neutral reports and glosses still go. */
const CUT: [string, string, string, string[]][] = [
  [
    "statistics office",
    "Theo Tổng cục Thống kê, giá tiêu dùng trong tháng tăng nhẹ so với tháng trước.",
    "Giá tiêu dùng trong tháng tăng nhẹ so với tháng trước.",
    ["Theo Tổng cục Thống kê"],
  ],
  [
    "wire agency",
    "Theo Reuters, hai bên đã đạt được thỏa thuận ngừng bắn sau nhiều giờ đàm phán.",
    "Hai bên đã đạt được thỏa thuận ngừng bắn sau nhiều giờ đàm phán.",
    ["Theo Reuters"],
  ],
  [
    "an official reporting",
    "Toàn tỉnh đã sơ tán hơn ba nghìn hộ dân khỏi vùng sạt lở, ông Lê Văn Nam cho biết.",
    "Toàn tỉnh đã sơ tán hơn ba nghìn hộ dân khỏi vùng sạt lở.",
    ["ông Lê Văn Nam cho biết"],
  ],
  [
    "a body reporting",
    "Các bệnh nhân đều đã qua cơn nguy kịch và được theo dõi thêm, Sở Y tế cho hay.",
    "Các bệnh nhân đều đã qua cơn nguy kịch và được theo dõi thêm.",
    ["Sở Y tế cho hay"],
  ],
  [
    "a place's full name",
    "Nhiều tuyến đường ở Sài Gòn (Thành phố Hồ Chí Minh) bị ngập sau cơn mưa lớn chiều qua.",
    "Nhiều tuyến đường ở Sài Gòn bị ngập sau cơn mưa lớn chiều qua.",
    ["(Thành phố Hồ Chí Minh)"],
  ],
  [
    "an abbreviation's expansion",
    "Kết quả kỳ thi THPT (trung học phổ thông) sẽ được công bố vào tuần tới.",
    "Kết quả kỳ thi THPT sẽ được công bố vào tuần tới.",
    ["(trung học phổ thông)"],
  ],
  [
    "only what is not yet known",
    "Một chiếc xe khách (chưa rõ danh tính tài xế) đã lao xuống vực vào rạng sáng nay.",
    "Một chiếc xe khách đã lao xuống vực vào rạng sáng nay.",
    ["(chưa rõ danh tính tài xế)"],
  ],
  [
    "a translated title",
    "Bộ phim Parasite (tạm dịch: Ký sinh trùng) đã giành giải thưởng cao nhất của liên hoan.",
    "Bộ phim Parasite đã giành giải thưởng cao nhất của liên hoan.",
    ["(tạm dịch: Ký sinh trùng)"],
  ],
];

test("compressSentence keeps what the meaning rests on: doubtful or partisan speakers, claims, hedges", () => {
  for (const [name, source] of KEPT) {
    assert.deepEqual(compressSentence(source), { text: source, removed: [] }, `${name}: ${source}`);
  }
});

test("compressSentence still drops neutral reports and plain glosses", () => {
  for (const [name, source, text, removed] of CUT) {
    assert.deepEqual(compressSentence(source), { text, removed }, `${name}: ${source}`);
  }
});
