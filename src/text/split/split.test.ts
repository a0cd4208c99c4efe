import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "./index.ts";

const CASES: [string, string[]][] = [
  ["Trời mưa. Đường ngập.", ["Trời mưa.", "Đường ngập."]],
  ["Ông đến TP. Hồ Chí Minh hôm qua. Bà ở lại.", ["Ông đến TP. Hồ Chí Minh hôm qua.", "Bà ở lại."]],
  [
    "Tại TP.HCM, giá tăng 6,42%. Lạm phát ổn định.",
    ["Tại TP.HCM, giá tăng 6,42%.", "Lạm phát ổn định."],
  ],
  [
    "ThS. Lan và PGS.TS. Minh phát biểu. Hội thảo kết thúc.",
    ["ThS. Lan và PGS.TS. Minh phát biểu.", "Hội thảo kết thúc."],
  ],
  // a doctor's specialist degree, dotted alone or after BS.; a family name cut to `Ng.`
  [
    "Theo BS.CKII. Lê Hoa, ca mổ thành công. BSCKI. Trần Minh đồng ý.",
    ["Theo BS.CKII. Lê Hoa, ca mổ thành công.", "BSCKI. Trần Minh đồng ý."],
  ],
  ["Ông Ng. Văn Hải đến trễ. Bà chờ.", ["Ông Ng. Văn Hải đến trễ.", "Bà chờ."]],
  // an acronym that ends a sentence still ends it
  ["Hợp đồng ký với EVN. Ông Hải đồng ý.", ["Hợp đồng ký với EVN.", "Ông Hải đồng ý."]],
  ["Nhà ở Q.1 giá 5.000 USD. Rất đắt.", ["Nhà ở Q.1 giá 5.000 USD.", "Rất đắt."]],
  [
    "Theo ông V. Bình, dự án chậm. Ông đề nghị gia hạn.",
    ["Theo ông V. Bình, dự án chậm.", "Ông đề nghị gia hạn."],
  ],
  [
    "Ngày 10/1/2022, hai bên gặp nhau. Ngày 17/12 có dự thảo.",
    ["Ngày 10/1/2022, hai bên gặp nhau.", "Ngày 17/12 có dự thảo."],
  ],
  [
    "Ông nói: “Tôi đến. Tôi thấy.” Sau đó ông đi.",
    ["Ông nói: “Tôi đến. Tôi thấy.”", "Sau đó ông đi."],
  ],
  ["“Đây là bước tiến lớn.” ông nói.", ["“Đây là bước tiến lớn.” ông nói."]],
  ["Chờ đợi... rồi mọi thứ ổn. Xong!", ["Chờ đợi... rồi mọi thứ ổn.", "Xong!"]],
  ["Đọc thêm trên vietnamplus.vn. Cảm ơn.", ["Đọc thêm trên vietnamplus.vn.", "Cảm ơn."]],
  [
    "Tiêu đề không có dấu chấm\nĐoạn văn thứ hai.",
    ["Tiêu đề không có dấu chấm", "Đoạn văn thứ hai."],
  ],
  ["Có thật không? Có!", ["Có thật không?", "Có!"]],
  // a capital with a tone mark is a word, not an initial: "châu Á." ends its sentence
  [
    "Giá sầu riêng tăng mạnh ở châu Á. Nông dân mở rộng vườn. Ông V. Bình trồng 2 ha.",
    ["Giá sầu riêng tăng mạnh ở châu Á.", "Nông dân mở rộng vườn.", "Ông V. Bình trồng 2 ha."],
  ],
  // a name written with an exclamation mark does not end its sentence; other marks do
  [
    "Người dùng Yahoo! Mail sẽ nhận giao diện mới. Trời đẹp quá! Mọi người ra phố.",
    ["Người dùng Yahoo! Mail sẽ nhận giao diện mới.", "Trời đẹp quá!", "Mọi người ra phố."],
  ],
  // a name written with a lowercase initial opens a sentence; a lowercase word goes on
  [
    "Máy mới có pin lớn hơn. iPhone bản thường vẫn giữ giá cũ. Còn gì nữa? eSIM được hỗ trợ.",
    [
      "Máy mới có pin lớn hơn.",
      "iPhone bản thường vẫn giữ giá cũ.",
      "Còn gì nữa?",
      "eSIM được hỗ trợ.",
    ],
  ],
  ["Anh chờ... rồi iPhone cũng về.", ["Anh chờ... rồi iPhone cũng về."]],
  // a period typed without its space
  [
    "Cầu mới thông xe sáng nay.Người dân rất vui.",
    ["Cầu mới thông xe sáng nay.", "Người dân rất vui."],
  ],
  [
    "Đội trẻ đã gặp Arsenal.Một ngày sau, họ về nước.",
    ["Đội trẻ đã gặp Arsenal.", "Một ngày sau, họ về nước."],
  ],
  // ... but not in abbreviations, domains, names of services, or a name before an English word
  ["Ông về Tp.Hồ Chí Minh hôm qua.", ["Ông về Tp.Hồ Chí Minh hôm qua."]],
  ["Bs.Nguyễn Văn An khám cho bé.", ["Bs.Nguyễn Văn An khám cho bé."]],
  ["Dịch vụ Mail.Ru bị chặn.", ["Dịch vụ Mail.Ru bị chặn."]],
  ["Ông John.Smith không nói gì.", ["Ông John.Smith không nói gì."]],
  ["Xem tại www.Example.com ngay.", ["Xem tại www.Example.com ngay."]],
  [
    'Ông nói: "Đây là biện pháp tốt. Nên làm sớm." Bà đồng ý.',
    ['Ông nói: "Đây là biện pháp tốt. Nên làm sớm."', "Bà đồng ý."],
  ],
  [
    "Phường nhắc nhở ông T.V.K. (35 tuổi, ở Huế) vì để xe trên vỉa hè. Ông K. xin lỗi.",
    ["Phường nhắc nhở ông T.V.K. (35 tuổi, ở Huế) vì để xe trên vỉa hè.", "Ông K. xin lỗi."],
  ],
  // a heading or caption fused to its sentence with no punctuation is cut off before the opener
  [
    "Mùa lúa mới Trong tuần này, nông dân bắt đầu gặt sớm.",
    ["Mùa lúa mới", "Trong tuần này, nông dân bắt đầu gặt sớm."],
  ],
  [
    "Báo chí quốc tế nói về lễ hội Tờ The Guardian viết rằng lễ hội rất đông vui.",
    ["Báo chí quốc tế nói về lễ hội", "Tờ The Guardian viết rằng lễ hội rất đông vui."],
  ],
  // … also when a comma follows the opener, as it usually does after "Tuy nhiên", "Ngoài ra"
  [
    "Lũ quét ở miền núi Tuy nhiên, người dân đã kịp sơ tán.",
    ["Lũ quét ở miền núi", "Tuy nhiên, người dân đã kịp sơ tán."],
  ],
  [
    "Mẫu xe mới Honda City Ngoài ra, hãng còn giảm giá 5% cho khách mua sớm.",
    ["Mẫu xe mới Honda City", "Ngoài ra, hãng còn giảm giá 5% cho khách mua sớm."],
  ],
  [
    "Đội tuyển về nước cho trận giao hữu Được biết, huấn luyện viên đã chốt danh sách.",
    ["Đội tuyển về nước cho trận giao hữu", "Được biết, huấn luyện viên đã chốt danh sách."],
  ],
  [
    "Giá xăng giảm từ 15h ngày 3/5 Trả lời báo chí, đại diện bộ cho biết giá còn giảm.",
    ["Giá xăng giảm từ 15h ngày 3/5", "Trả lời báo chí, đại diện bộ cho biết giá còn giảm."],
  ],
  [
    "Đội nhà thắng ngược ở phút cuối Ở hiệp một, khách dẫn trước 1-0.",
    ["Đội nhà thắng ngược ở phút cuối", "Ở hiệp một, khách dẫn trước 1-0."],
  ],
  [
    "Lãnh đạo tỉnh tiếp đoàn công tác Cũng tại buổi làm việc, đoàn đề nghị tỉnh báo cáo sớm.",
    ["Lãnh đạo tỉnh tiếp đoàn công tác", "Cũng tại buổi làm việc, đoàn đề nghị tỉnh báo cáo sớm."],
  ],
  [
    "Xe tải lật trên đèo Hiện trường vụ tai nạn.",
    ["Xe tải lật trên đèo", "Hiện trường vụ tai nạn."],
  ],
  // more openers read in the cleaned sentences of the corpora (twentieth session)
  [
    "Bất động sản: Chờ đợt sốt mới Dường như người mua vẫn đứng ngoài thị trường.",
    ["Bất động sản: Chờ đợt sốt mới", "Dường như người mua vẫn đứng ngoài thị trường."],
  ],
  [
    "Bàn về giá điện Cùng ngày, bộ đã công bố biểu giá mới.",
    ["Bàn về giá điện", "Cùng ngày, bộ đã công bố biểu giá mới."],
  ],
  [
    "Học sinh thiếu phòng học Việc xây thêm trường đang được tỉnh xem xét.",
    ["Học sinh thiếu phòng học", "Việc xây thêm trường đang được tỉnh xem xét."],
  ],
  [
    "Mười năm một chặng đường Nhiều khán giả vẫn nhớ đêm nhạc đầu tiên.",
    ["Mười năm một chặng đường", "Nhiều khán giả vẫn nhớ đêm nhạc đầu tiên."],
  ],
  [
    "Lễ trao giải khép lại Dù không đoạt giải, nhóm vẫn được khen ngợi.",
    ["Lễ trao giải khép lại", "Dù không đoạt giải, nhóm vẫn được khen ngợi."],
  ],
  [
    "Sân khấu của nhóm nhạc trẻ Đó là đánh giá của nhiều khán giả sau đêm diễn.",
    ["Sân khấu của nhóm nhạc trẻ", "Đó là đánh giá của nhiều khán giả sau đêm diễn."],
  ],
  ["Hôm qua bà Nhiều cho biết lúa đã chín.", ["Hôm qua bà Nhiều cho biết lúa đã chín."]],
  // a caption that opens with a caption head runs into the sentence after it: cut before the
  // first capitalized word that follows a lowercase word and precedes a lowercase word or a digit
  [
    "Hiện trường vụ cháy Vụ cháy bùng phát lúc 3 giờ sáng tại một xưởng gỗ.",
    ["Hiện trường vụ cháy", "Vụ cháy bùng phát lúc 3 giờ sáng tại một xưởng gỗ."],
  ],
  [
    "Toàn cảnh kho hàng Khoảng 3 giờ sáng, lửa bùng lên từ góc kho.",
    ["Toàn cảnh kho hàng", "Khoảng 3 giờ sáng, lửa bùng lên từ góc kho."],
  ],
  [
    "Quang cảnh hội thảo Giám đốc sở Nguyễn Văn A cho biết chính sách sẽ sớm ban hành.",
    ["Quang cảnh hội thảo", "Giám đốc sở Nguyễn Văn A cho biết chính sách sẽ sớm ban hành."],
  ],
  // … not after a capitalized word (`Hàng Bông Lực lượng` could be a name of three words), nor
  // after a word that introduces a place (`ở Huế sáng nay`)
  [
    "Toàn cảnh lễ hội trên phố Hàng Bông Lực lượng chức năng đã phân luồng từ sớm.",
    ["Toàn cảnh lễ hội trên phố Hàng Bông Lực lượng chức năng đã phân luồng từ sớm."],
  ],
  [
    "Hiện trường vụ cháy ở Huế sáng nay Lực lượng cứu hỏa đã khống chế đám cháy.",
    ["Hiện trường vụ cháy ở Huế sáng nay", "Lực lượng cứu hỏa đã khống chế đám cháy."],
  ],
  // … and a sentence that merely mentions the scene is not a caption
  [
    "Hiện trường cho thấy xe đi với tốc độ cao trước khi đâm vào cột điện.",
    ["Hiện trường cho thấy xe đi với tốc độ cao trước khi đâm vào cột điện."],
  ],
  // a title in capitals: the opener is followed by a capitalized word, so no cut
  [
    "Phim mới vượt qua bộ phim Hạnh Phúc Đến Muôn Nhà về doanh thu.",
    ["Phim mới vượt qua bộ phim Hạnh Phúc Đến Muôn Nhà về doanh thu."],
  ],
  // "Được biết," is an opener only with its comma: "Được" is also a given name
  ["Hôm đó anh Được biết tin qua điện thoại.", ["Hôm đó anh Được biết tin qua điện thoại."]],
  // a given name after a personal pronoun is no opener: "chị Hiện", "ông Đến"
  ["Hôm qua chị Hiện cho biết xe đã sửa xong.", ["Hôm qua chị Hiện cho biết xe đã sửa xong."]],
  ["Sáng nay ông Đến, trưởng thôn, đã có mặt.", ["Sáng nay ông Đến, trưởng thôn, đã có mặt."]],
  [
    "Ông Trần Văn Sau, giám đốc sở, cho biết cầu sẽ thông xe.",
    ["Ông Trần Văn Sau, giám đốc sở, cho biết cầu sẽ thông xe."],
  ],
  // a document's name is no opener: "Tờ trình", "Tờ khai"
  [
    "Bộ trưởng trình bày Tờ trình về dự án luật mới.",
    ["Bộ trưởng trình bày Tờ trình về dự án luật mới."],
  ],
  [
    "Phố đi bộ đông vui Tối 2/9, hàng nghìn người dạo quanh hồ.",
    ["Phố đi bộ đông vui", "Tối 2/9, hàng nghìn người dạo quanh hồ."],
  ],
  [
    "Trường nhận được “lời đề nghị bất thường” Theo hiệu trưởng, văn bản không có dấu.",
    ["Trường nhận được “lời đề nghị bất thường”", "Theo hiệu trưởng, văn bản không có dấu."],
  ],
  // … also after a capitalized word when a lowercase word follows the opener
  [
    "Lễ hội hoa ở Đà Lạt Trong ba ngày, thành phố đón hơn 50.000 khách.",
    ["Lễ hội hoa ở Đà Lạt", "Trong ba ngày, thành phố đón hơn 50.000 khách."],
  ],
  [
    "Xe tải hỏng giữa quốc lộ 9A Tại hiện trường, đội cứu hộ đã kéo xe vào lề.",
    ["Xe tải hỏng giữa quốc lộ 9A", "Tại hiện trường, đội cứu hộ đã kéo xe vào lề."],
  ],
  // … but not inside a name (a person's after a pronoun, a place, a title in capitals) or a quotation
  ["Anh Trần Văn Theo cho biết xe đã được sửa.", ["Anh Trần Văn Theo cho biết xe đã được sửa."]],
  [
    "Hôm qua ông Trần Theo cho biết xe đã được sửa.",
    ["Hôm qua ông Trần Theo cho biết xe đã được sửa."],
  ],
  [
    "Người dân xóm Nước Trong (Quảng Ngãi) góp tiền làm đường.",
    ["Người dân xóm Nước Trong (Quảng Ngãi) góp tiền làm đường."],
  ],
  [
    "Đội bạn vào chung kết cuộc thi Vượt Qua Giới Hạn Trên Không của trường.",
    ["Đội bạn vào chung kết cuộc thi Vượt Qua Giới Hạn Trên Không của trường."],
  ],
  [
    "Tổ chức Theo dõi Nhân quyền công bố báo cáo.",
    ["Tổ chức Theo dõi Nhân quyền công bố báo cáo."],
  ],
  ["Viện Sáng tạo công bố kết quả cuộc thi.", ["Viện Sáng tạo công bố kết quả cuộc thi."]],
  ["Ông Lê Văn Sau đến dự buổi lễ.", ["Ông Lê Văn Sau đến dự buổi lễ."]],
  // a given name after a middle name, with no pronoun before the name
  ["Nạn nhân Đỗ Thị Hiện kể lại sự việc.", ["Nạn nhân Đỗ Thị Hiện kể lại sự việc."]],
  ["Bị can Lò Văn Sau khai nhận hành vi.", ["Bị can Lò Văn Sau khai nhận hành vi."]],
  [
    "Đối tượng Lê Minh Hùng Theo cơ quan điều tra, Hùng đã khai nhận.",
    ["Đối tượng Lê Minh Hùng", "Theo cơ quan điều tra, Hùng đã khai nhận."],
  ],
  // a capital letter with its period: a unit, a group or a strain ends the sentence; a
  // person's initial does not
  [
    "Trời nóng tới 39 độ C. Các kỹ sư phun nước làm mát cầu.",
    ["Trời nóng tới 39 độ C.", "Các kỹ sư phun nước làm mát cầu."],
  ],
  [
    "Đội đứng cuối bảng E. Dù vậy, họ vẫn hy vọng.",
    ["Đội đứng cuối bảng E.", "Dù vậy, họ vẫn hy vọng."],
  ],
  ["Bị can T. Khai nhận hành vi của mình.", ["Bị can T. Khai nhận hành vi của mình."]],
  ["Vai chính do Michael B. Jordan đảm nhận.", ["Vai chính do Michael B. Jordan đảm nhận."]],
  ["Nhà ở Q. Bình Thạnh bị cháy.", ["Nhà ở Q. Bình Thạnh bị cháy."]],
  // a quotation opened with a curly mark and closed with a straight one ends where it closes
  [
    'Ông nói: “Tôi sẽ về quê". Sau đó ông rời đi. Trời mưa.',
    ['Ông nói: “Tôi sẽ về quê".', "Sau đó ông rời đi.", "Trời mưa."],
  ],
  // list labels number the item after them, not the sentence before
  [
    "a. Kiểm tra hồ sơ. b. Xử lý vi phạm. c) Báo cáo kết quả.",
    ["a. Kiểm tra hồ sơ.", "b. Xử lý vi phạm.", "c) Báo cáo kết quả."],
  ],
  ["I. Tình hình chung. II. Nhiệm vụ năm tới.", ["I. Tình hình chung.", "II. Nhiệm vụ năm tới."]],
  // a question mark typed without the space after it
  ["Anh đi đâu?Tôi ở nhà.", ["Anh đi đâu?", "Tôi ở nhà."]],
  // titles and places abbreviated with a period; `v.v.` ends a sentence before a capital
  [
    "GS.TSKH. Lê Minh An và Ths. Đỗ Văn Bình đến TX. Sơn Tây.",
    ["GS.TSKH. Lê Minh An và Ths. Đỗ Văn Bình đến TX. Sơn Tây."],
  ],
  [
    "Chợ bán rau, củ, quả v.v. Nhiều người đến mua. Hàng bày v.v. khắp nơi.",
    ["Chợ bán rau, củ, quả v.v.", "Nhiều người đến mua.", "Hàng bày v.v. khắp nơi."],
  ],
  // a work's title after the word that names it
  [
    "Ca sĩ trình bày ca khúc Khi mùa thu về trong đêm nhạc.",
    ["Ca sĩ trình bày ca khúc Khi mùa thu về trong đêm nhạc."],
  ],
  ["Bộ phim Trên cánh đồng hoang ra rạp.", ["Bộ phim Trên cánh đồng hoang ra rạp."]],
  [
    "Dự án tăng thu ngân sách Theo Bộ Tài chính, thu ngân sách tăng.",
    ["Dự án tăng thu ngân sách", "Theo Bộ Tài chính, thu ngân sách tăng."],
  ],
  [
    "Trung tâm Dịch vụ Việc làm tỉnh tổ chức phiên giao dịch.",
    ["Trung tâm Dịch vụ Việc làm tỉnh tổ chức phiên giao dịch."],
  ],
  [
    "Ông nói: “chúng tôi đi Trong khi họ ở lại” rồi rời cuộc họp.",
    ["Ông nói: “chúng tôi đi Trong khi họ ở lại” rồi rời cuộc họp."],
  ],
  ["", []],
];

test("splitSentences table", () => {
  for (const [input, expected] of CASES) {
    assert.deepEqual(splitSentences(input), expected, `input: ${input}`);
  }
});

test("a long paragraph splits in linear time into many sentences", () => {
  const text = "Câu thử nghiệm số một. ".repeat(20000);
  assert.equal(splitSentences(text).length, 20000);
});
