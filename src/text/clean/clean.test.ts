import assert from "node:assert/strict";
import { test } from "node:test";
import { isByline } from "./byline.ts";
import { splitCredit } from "./credit.ts";
import { cleanArticle } from "./index.ts";
import { sentenceLeftover } from "./sentences.ts";

const TITLE = "Hà Nội khánh thành công viên mới";

/** [what it checks, body, paragraphs expected after cleaning] */
const CASES: [string, string, string[]][] = [
  [
    "caption glued to the photo title after 'ảnh 1'",
    "Sáng nay công viên mở cửa.\nHà Nội khánh thành công viên mới ảnh 1Toàn cảnh công viên. (Ảnh: PV)\nNgười dân rất vui.",
    ["Sáng nay công viên mở cửa.", "Người dân rất vui."],
  ],
  [
    "'Chú thích ảnh' and the caption line after it",
    "Sáng nay công viên mở cửa.\nChú thích ảnh\nLãnh đạo thành phố cắt băng khánh thành. Ảnh: TTXVN\nNgười dân rất vui.",
    ["Sáng nay công viên mở cửa.", "Người dân rất vui."],
  ],
  [
    "inline photo credits and sources in parentheses",
    "Công viên rộng 10 ha (Ảnh: Minh Anh) và có hồ lớn (Nguồn: hanoi.gov.vn).",
    ["Công viên rộng 10 ha và có hồ lớn."],
  ],
  [
    "'ảnh:' in lower case inside a sentence opens the sentence's own list, not a credit",
    "Sáng nay công viên mở cửa. Khu trưng bày gồm 30 bức ảnh: hoa, chim và cá.\nCả nhà chụp ảnh: ông bà, bố mẹ và các cháu.\nNgười dân rất vui. Ảnh: Minh An",
    [
      "Sáng nay công viên mở cửa. Khu trưng bày gồm 30 bức ảnh: hoa, chim và cá.",
      "Cả nhà chụp ảnh: ông bà, bố mẹ và các cháu.",
    ],
  ],
  [
    "a blank line ends a paragraph: no sentence is joined across it (list items, a heading, a table row)",
    "Số hộ phải sơ tán: 120\n\nsố người bị thương: 3\n\nDự báo năm 2024\n\nmưa còn kéo dài đến hết tuần.\n\nKim Long | 85,\n\nsau đó nước rút dần.",
    [
      "Số hộ phải sơ tán: 120",
      "số người bị thương: 3",
      "Dự báo năm 2024",
      "mưa còn kéo dài đến hết tuần.",
      "Kim Long | 85,",
      "sau đó nước rút dần.",
    ],
  ],
  [
    "a sentence broken over lines is one paragraph again; a heading, a list label, a name in mixed case and a list of lowercase items are not joined",
    "Xe tải sẽ bị cấm vào giờ cao điểm, xử lý các trường hợp đi sai làn\nvà dừng đỗ\nsai quy định.\nQuyền của người dân\na) Được phản ánh vi phạm qua đường dây nóng.\nĐoạn này có 12,\n5 điểm mới.\nGiá bán tại Việt Nam\niPhone mới có giá từ 20 triệu đồng.\nđổi trả trong 30 ngày\nbảo hành 12 tháng",
    [
      "Xe tải sẽ bị cấm vào giờ cao điểm, xử lý các trường hợp đi sai làn và dừng đỗ sai quy định.",
      "Quyền của người dân",
      "a) Được phản ánh vi phạm qua đường dây nóng.",
      "Đoạn này có 12,",
      "5 điểm mới.",
      "Giá bán tại Việt Nam",
      "iPhone mới có giá từ 20 triệu đồng.",
      "đổi trả trong 30 ngày",
      "bảo hành 12 tháng",
    ],
  ],
  [
    "bracketed teaser of another story",
    "Sáng nay công viên mở cửa.\n[Hà Nội sẽ xây thêm 5 công viên]\nNgười dân rất vui.",
    ["Sáng nay công viên mở cửa.", "Người dân rất vui."],
  ],
  [
    "agency tag, 'Tin cùng chuyên mục' and everything after",
    "Sáng nay công viên mở cửa.\nNgười dân rất vui./.\n(TTXVN/Vietnam+)\nTin cùng chuyên mục\nMột bài khác hoàn toàn.",
    ["Sáng nay công viên mở cửa.", "Người dân rất vui."],
  ],
  [
    "byline then a related story's title and lead, 'Chia sẻ:' and a menu",
    "Sáng nay công viên mở cửa.\nNgười dân rất vui.\nCông viên có nhiều cây xanh.\nThu Hà (TTXVN)\nTP.HCM mở tuyến buýt mới\nTP.HCM mở tuyến buýt mới\nTuyến buýt mới chạy từ sáng mai.\nChia sẻ:\nTrang chủ - Thời sự - Kinh tế",
    ["Sáng nay công viên mở cửa.", "Người dân rất vui.", "Công viên có nhiều cây xanh."],
  ],
  [
    "a chart's source and a heading in capitals in the second half: the article goes on after them",
    "Sáng nay công viên mở cửa.\nNgười dân rất vui.\nGiá vé vào cổng tăng nhẹ so với năm ngoái.\nNguồn: Sở Du lịch Hà Nội\nBan quản lý cho biết công viên sẽ mở cửa đến 22 giờ hằng ngày.\nKẾ HOẠCH MỚI\nThành phố sẽ trồng thêm hai nghìn cây xanh trong năm tới.\nMinh An",
    [
      "Sáng nay công viên mở cửa.",
      "Người dân rất vui.",
      "Giá vé vào cổng tăng nhẹ so với năm ngoái.",
      "Ban quản lý cho biết công viên sẽ mở cửa đến 22 giờ hằng ngày.",
      "Thành phố sẽ trồng thêm hai nghìn cây xanh trong năm tới.",
    ],
  ],
  [
    "'Theo' before a lowercase word and no outlet is a heading when a sentence follows it",
    "Sáng nay công viên mở cửa.\nNgười dân rất vui.\nCông viên có nhiều cây xanh.\nTheo kế hoạch mới\nThành phố sẽ trồng thêm hai nghìn cây xanh trong năm tới.\nTheo Reuters\nMột bài khác hoàn toàn của trang báo.",
    [
      "Sáng nay công viên mở cửa.",
      "Người dân rất vui.",
      "Công viên có nhiều cây xanh.",
      "Thành phố sẽ trồng thêm hai nghìn cây xanh trong năm tới.",
    ],
  ],
  [
    "a signature in capitals in the second half ends the article when no sentence follows it",
    "Sáng nay công viên mở cửa.\nNgười dân rất vui.\nCông viên có nhiều cây xanh.\nMINH AN\nẢnh: Lê Hà\nXem thêm",
    ["Sáng nay công viên mở cửa.", "Người dân rất vui.", "Công viên có nhiều cây xanh."],
  ],
  [
    "the article's own title repeated in the body, and a repeated paragraph",
    "Hà Nội khánh thành công viên mới\nSáng nay công viên mở cửa.\nSáng nay công viên mở cửa.",
    ["Sáng nay công viên mở cửa."],
  ],
  [
    "navigation menu and share buttons in the middle",
    "Trang chủ | Thời sự | Xã hội\nSáng nay công viên mở cửa.\nChia sẻ",
    ["Sáng nay công viên mở cửa."],
  ],
  [
    "dateline of an agency at the start of the lead",
    "HÀ NỘI (TTXVN) - Sáng nay công viên mở cửa.",
    ["Sáng nay công viên mở cửa."],
  ],
  [
    "an acronym with its expansion, or an aside between dashes, is the sentence's subject, not a dateline",
    "UNDP (Chương trình Phát triển Liên Hợp Quốc) – Tổ chức này tài trợ dự án.\nCông viên (rộng 10 ha) - nơi vui chơi của trẻ em - mở cửa sáng nay.",
    [
      "UNDP (Chương trình Phát triển Liên Hợp Quốc) – Tổ chức này tài trợ dự án.",
      "Công viên (rộng 10 ha) - nơi vui chơi của trẻ em - mở cửa sáng nay.",
    ],
  ],
  [
    "the agencies' end mark where a sentence follows it, and after an ellipsis",
    "Cầu đã thông xe./. Người dân rất vui!./. Giá vé còn cao..../.",
    ["Cầu đã thông xe. Người dân rất vui! Giá vé còn cao..."],
  ],
  [
    "a signature in capitals glued after the last sentence",
    "Sáng nay công viên mở cửa. Người dân rất vui. NGUYỆT PHƯƠNG",
    ["Sáng nay công viên mở cửa. Người dân rất vui."],
  ],
  [
    "a long one-paragraph article that starts with teasers is kept (its teaser sentence goes later)",
    `>> Tin khác một >> Tin khác hai Sáng nay công viên mở cửa. ${"Người dân đến rất đông và vui vẻ. ".repeat(8).trim()}`,
    [
      `>> Tin khác một >> Tin khác hai Sáng nay công viên mở cửa. ${"Người dân đến rất đông và vui vẻ. ".repeat(8).trim()}`,
    ],
  ],
  [
    "breadcrumb, timestamp, reading prompt, photo control and a share row",
    'Đời sống > Đô thị\nThứ Bảy, 12/03/2022 07:30 (GMT+7)\nSáng nay công viên mở cửa.\nNhấn vào ảnh để phóng to\nMời quý độc giả xem video: Toàn cảnh lễ khánh thành\nNgười dân rất vui.\nThích 25 Chia sẻ\nBạn đang đọc bài viết "Hà Nội khánh thành công viên mới" tại chuyên mục Đô thị.',
    ["Sáng nay công viên mở cửa.", "Người dân rất vui."],
  ],
  [
    "tags, keywords and visit counters are furniture; a table row with figures is not a menu",
    "Sáng nay công viên mở cửa.\nTags: công viên, Hà Nội, khánh thành\nTừ khoá: công viên\nLượt truy cập: 1.234.567\nGiờ mở cửa | 06:00 - 22:00\nThời sự | Kinh tế | Thể thao\nNgười dân rất vui.",
    ["Sáng nay công viên mở cửa.", "Giờ mở cửa | 06:00 - 22:00", "Người dân rất vui."],
  ],
  [
    "an error page or a login wall saved with the article",
    "Sáng nay công viên mở cửa.\nRất tiếc, trang bạn tìm kiếm đã bị gỡ hoặc chuyển đi.\nVui lòng đăng nhập để đọc tiếp toàn bộ bài viết này.\nQuay lại trang chủ\nNgười dân rất vui.\nVề trang chủ của cổng dịch vụ công, người dân có thể nộp hồ sơ trực tuyến.",
    [
      "Sáng nay công viên mở cửa.",
      "Người dân rất vui.",
      "Về trang chủ của cổng dịch vụ công, người dân có thể nộp hồ sơ trực tuyến.",
    ],
  ],
  [
    "a site's footer: copyright, licence, publisher and newsroom lines; a sentence about a licence or an editor stays",
    "Sáng nay công viên mở cửa.\nNgười dân rất vui.\nGiấy phép số 123 do Sở cấp cho phép công viên mở cửa đến 22 giờ.\nTổng biên tập báo Tin Sáng cũng đến dự.\n© 2024 Báo Tin Sáng. All rights reserved.\nBản quyền thuộc về Báo Tin Sáng\nGiấy phép hoạt động báo điện tử số 45/GP-BTTTT cấp ngày 1/2/2020\nCơ quan chủ quản: Hội Nhà báo Tin Sáng\nTổng biên tập: Nguyễn Văn An\nTòa soạn: 12 phố Hoa, Hà Nội. Điện thoại: 024 1234 5678\nGhi rõ nguồn Báo Tin Sáng khi phát hành lại thông tin từ website này.",
    [
      "Sáng nay công viên mở cửa.",
      "Người dân rất vui.",
      "Giấy phép số 123 do Sở cấp cho phép công viên mở cửa đến 22 giờ.",
      "Tổng biên tập báo Tin Sáng cũng đến dự.",
    ],
  ],
  [
    "reading prompts addressed to the readers without 'quý'",
    "Sáng nay công viên mở cửa.\nMời độc giả xem thêm video: Lễ khánh thành công viên\nMời các bạn xem clip dưới đây:\nNgười dân rất vui.",
    ["Sáng nay công viên mở cửa.", "Người dân rất vui."],
  ],
  [
    "live-update timestamps between the entries of a running story",
    "Cập nhật: 09:05 12/03/2022\n08:15 12/03\nCổng công viên đã mở.\n08:40 12/03\nNgười dân bắt đầu vào tham quan.",
    ["Cổng công viên đã mở.", "Người dân bắt đầu vào tham quan."],
  ],
  [
    "prose that looks like furniture at first sight is kept",
    "Ngày 12/3, công viên mở cửa.\nGiá vé > 20.000 đồng\nÔng An nói: Mời các bạn vào xem.\nThích nhất là khu vườn hoa.",
    [
      "Ngày 12/3, công viên mở cửa.",
      "Giá vé > 20.000 đồng",
      "Ông An nói: Mời các bạn vào xem.",
      "Thích nhất là khu vườn hoa.",
    ],
  ],
  [
    "a caption fused into the text before an agency credit: caption and credit go, the sentence stays",
    "Toàn cảnh công viên nhìn từ trên cao Ảnh: TTXVN Theo Sở Xây dựng, công viên rộng 10 ha.",
    ["Theo Sở Xây dựng, công viên rộng 10 ha."],
  ],
  [
    "a credit in capitals and a credit in parentheses, each after its caption",
    "Cổng chính của công viên Ảnh: MINH AN Công viên có 3 hồ nước.\nLãnh đạo thành phố cắt băng (Ảnh minh họa: PV) Buổi lễ kéo dài một giờ.",
    ["Công viên có 3 hồ nước.", "Buổi lễ kéo dài một giờ."],
  ],
  [
    "'Ảnh minh họa' before a sentence, or as a sentence of its own; the sentence before it stays",
    "Ảnh minh họa Công viên mở cửa từ 6 giờ sáng.\nVé vào cửa là 20.000 đồng. Ảnh minh họa. Trẻ em được miễn phí.",
    ["Công viên mở cửa từ 6 giờ sáng.", "Vé vào cửa là 20.000 đồng. Trẻ em được miễn phí."],
  ],
  [
    "'Ảnh tư liệu' (a file photo) before a sentence, in parentheses, or as a line of its own",
    "Ảnh tư liệu Công ty điện lực cho biết sẽ cắt điện 3 giờ vào sáng mai.\nCầu được thông xe (ảnh tư liệu) vào năm 2020.\nẢnh tư liệu\nẢnh tư liệu cho thấy cây cầu cũ.",
    [
      "Công ty điện lực cho biết sẽ cắt điện 3 giờ vào sáng mai.",
      "Cầu được thông xe vào năm 2020.",
      "Ảnh tư liệu cho thấy cây cầu cũ.",
    ],
  ],
  [
    "the photo credits in the other tone-mark convention, and 'Ảnh tư liệu:' fused after its caption",
    "Ảnh minh hoạ Bến xe mới có 120 chỗ đỗ.\nNhà chờ được lợp mái (ảnh minh hoạ) từ tháng trước.\nCây cầu cũ trước khi sửa Ảnh tư liệu: TTXVN Cầu được thông xe vào năm 2020.",
    [
      "Bến xe mới có 120 chỗ đỗ.",
      "Nhà chờ được lợp mái từ tháng trước.",
      "Cầu được thông xe vào năm 2020.",
    ],
  ],
  [
    "a drop cap scraped apart from its word is joined back; a one-letter word or an initial stays",
    "N hóm bạn trẻ dựng lều bên hồ.\nỞ đợt này, đội có 3 tân binh.\nK của đội bạn ghi bàn.",
    ["Nhóm bạn trẻ dựng lều bên hồ.", "Ở đợt này, đội có 3 tân binh.", "K của đội bạn ghi bàn."],
  ],
  [
    "'(Trong ảnh: …)' and 'Nguồn:' with a web address at the head of a paragraph",
    "(Trong ảnh: Hồ nước trung tâm) Hồ rộng 2 ha.\nNguồn: hanoi.gov.vn Công viên do thành phố đầu tư.",
    ["Hồ rộng 2 ha.", "Công viên do thành phố đầu tư."],
  ],
  [
    "'Ảnh'/'Nguồn' before a slashed credit with no colon go; a name's slash, or a credit before a sentence that opens with a name (its end unclear), stays",
    "Cổng chính công viên mới. Ảnh TTXNB/Minh An Khánh thành sau hai năm xây dựng, công viên rộng 10 ha.\nNguồn Báo Mới/Reuters Giá dầu giảm 2% trong phiên hôm qua.\nSở Xây dựng cho biết. Nguồn Hà Nội/TP.HCM cho hay giá vé sẽ giảm.\nẢnh TTXNB/Minh An Ông Nguyễn Văn Bình cắt băng khánh thành.",
    [
      "Khánh thành sau hai năm xây dựng, công viên rộng 10 ha.",
      "Giá dầu giảm 2% trong phiên hôm qua.",
      "Sở Xây dựng cho biết. Nguồn Hà Nội/TP.HCM cho hay giá vé sẽ giảm.",
      "Ảnh TTXNB/Minh An Ông Nguyễn Văn Bình cắt băng khánh thành.",
    ],
  ],
  [
    "'Ảnh'/'Nguồn' before a credit in capitals with no colon go when a sentence follows",
    "Xuồng cứu hộ trên sông. Ảnh TTXNB Sáng 5/3, lực lượng cứu hộ tiếp tục tìm kiếm.\nNguồn VTV2 Ngày 6/3, nước sông rút.\nNguồn ADB dự báo tăng trưởng 6%.",
    [
      "Sáng 5/3, lực lượng cứu hộ tiếp tục tìm kiếm.",
      "Ngày 6/3, nước sông rút.",
      "Nguồn ADB dự báo tăng trưởng 6%.",
    ],
  ],
  [
    "several captions fused into one paragraph are each cut, the article text between them kept",
    "Cổng chính Ảnh: TTXVN Công viên có 3 hồ nước. Hồ lớn nhất Ảnh: AFP Hồ rộng 2 ha. Người dân rất vui.",
    ["Công viên có 3 hồ nước. Hồ rộng 2 ha. Người dân rất vui."],
  ],
  [
    "a credit repeated right after a cut is not taken for a caption of the sentence before",
    "Người dân rất vui. Cổng chính Ảnh: TTXVN Ảnh: TTXVN Hồ rộng 2 ha.",
    ["Người dân rất vui. Hồ rộng 2 ha."],
  ],
  [
    "a credit whose end cannot be told takes the sentence it runs into; the next sentence stays",
    "Người dân dạo bộ - Ảnh: Minh Khang Công viên đông vui. Buổi tối có nhạc nước.",
    ["Buổi tối có nhạc nước."],
  ],
  [
    "an interview's outlet mark before a question is dropped, the question kept",
    "Phố Online: Công viên sẽ mở thêm khu vui chơi nào?",
    ["Công viên sẽ mở thêm khu vui chơi nào?"],
  ],
  [
    "credits and sources inside a sentence that goes on in lowercase, or a source named in prose, stay for the inline pass",
    "Giá vé tăng 5%. Nguồn: Sở Tài chính cho biết như vậy trong báo cáo (ảnh) gửi thành phố.",
    ["Giá vé tăng 5%."],
  ],
  [
    "list bullets and answer dashes before items or sentences go, the items stay",
    "+ Thí sinh mang theo thẻ dự thi.\n- Nếu quên thẻ, thí sinh báo giám thị.\nGiá vé giảm - tăng tùy ngày.\nBến xe sẽ mở lúc nào? – Theo tôi, cuối tháng. - Giá vé ra sao? —Chưa rõ.",
    [
      "Thí sinh mang theo thẻ dự thi.",
      "Nếu quên thẻ, thí sinh báo giám thị.",
      "Giá vé giảm - tăng tùy ngày.",
      "Bến xe sẽ mở lúc nào? Theo tôi, cuối tháng. Giá vé ra sao? —Chưa rõ.",
    ],
  ],
  [
    "the dash of a list item or an answer after the colon that introduces it; a minus sign stays",
    "Ông An cho biết: - Năm 2020, bến xe đón 3 triệu lượt khách.\nNhiệt độ thấp nhất: - 5 độ C.",
    ["Ông An cho biết: Năm 2020, bến xe đón 3 triệu lượt khách.", "Nhiệt độ thấp nhất: - 5 độ C."],
  ],
  [
    "a byline with its writer's role fused between sentences or at the end; an agency end mark after '!'",
    "Xin cảm ơn ông! Minh An (ghi) Sáng nay, bến xe mới mở cửa.\nGiá vé giữ nguyên. Hải Hà/VOV online (ghi) - Ông Bình nói rằng xe chạy đúng giờ.\nXin cảm ơn bà!./. P.Vy (tổng hợp)\nÔng nói lại (ghi chép) rõ ràng.\nGiá vé tăng. Số liệu (tổng hợp) cho thấy khách vẫn đông.",
    [
      "Xin cảm ơn ông! Sáng nay, bến xe mới mở cửa.",
      "Giá vé giữ nguyên. Ông Bình nói rằng xe chạy đúng giờ.",
      "Xin cảm ơn bà!",
      "Ông nói lại (ghi chép) rõ ràng.",
      "Giá vé tăng. Số liệu (tổng hợp) cho thấy khách vẫn đông.",
    ],
  ],
  [
    "a byline naming the outlet the story was taken from, fused between sentences or at the end",
    "Cảng mới đón tàu đầu tiên. Cẩm Tú (Theo Reuters, AP) Cảng có sức chứa lớn.\nTàu cập bến lúc 9h. Lan Anh(theo báo Nhật)\nĐoàn gặp ông John F. Smith. N.H (theo AP) Hai bên ký kết.\nChuyến bay hạ cánh lúc 9h (theo giờ địa phương). Hành khách an toàn.\nHà Nội (theo số liệu mới) có thêm ba cây cầu.",
    [
      "Cảng mới đón tàu đầu tiên. Cảng có sức chứa lớn.",
      "Tàu cập bến lúc 9h.",
      "Đoàn gặp ông John F. Smith. Hai bên ký kết.",
      "Chuyến bay hạ cánh lúc 9h (theo giờ địa phương). Hành khách an toàn.",
      "Hà Nội (theo số liệu mới) có thêm ba cây cầu.",
    ],
  ],
  [
    "the writers' names that sign the article, run on after its last sentence or on a line of their own",
    "Cầu mới thông xe sáng nay. Người dân rất vui. Lê Minh Tú - T.Hà",
    ["Cầu mới thông xe sáng nay. Người dân rất vui."],
  ],
  [
    "a signature after a sentence that ends with a word of one capital letter with a tone mark",
    "Giá sầu riêng tăng mạnh ở châu Á. Lê Minh Tú",
    ["Giá sầu riêng tăng mạnh ở châu Á."],
  ],
  [
    "a signature line with a label, a title or a role, and a byline after it",
    "Cầu mới thông xe sáng nay.\nThực hiện: Lan Hương\nTheo Báo Mới",
    ["Cầu mới thông xe sáng nay."],
  ],
  [
    "a signature with the writers' station in brackets on the next line",
    "Cầu mới thông xe sáng nay.\nLan Hương – Minh Quân\n(Đài TT-TH huyện Yên Lạc)",
    ["Cầu mới thông xe sáng nay."],
  ],
  [
    "a run-on signature with its paper in brackets, and a source alone in brackets after it",
    "Cầu mới thông xe sáng nay.\nGiá vé giữ nguyên. Hà Vy (Báo Sông Hồng)\n(TP.HCM)",
    ["Cầu mới thông xe sáng nay.", "Giá vé giữ nguyên."],
  ],
  [
    "brackets that end the text but are not a source: after a word, with a sentence's end, or too long",
    "Cầu mới thông xe sáng nay.\nGiá vé theo quy định (Điều 5)\nNgười dân rất vui.\n(Theo quy định mới. Giá vé giữ nguyên)",
    [
      "Cầu mới thông xe sáng nay.",
      "Giá vé theo quy định (Điều 5)",
      "Người dân rất vui.",
      "(Theo quy định mới. Giá vé giữ nguyên)",
    ],
  ],
  [
    "a signature with a title",
    "Cầu mới thông xe sáng nay.\nTS. Lê Văn Bình",
    ["Cầu mới thông xe sáng nay."],
  ],
  [
    "a run-on signature with a role",
    "Cầu mới thông xe sáng nay.\nGiá vé giữ nguyên. PHẠM AN ghi",
    ["Cầu mới thông xe sáng nay.", "Giá vé giữ nguyên."],
  ],
  [
    "names that end the text but are not a signature: after a title's period, inside the last sentence, in lower case, or all there is",
    "Cầu mới thông xe sáng nay.\nXin cảm ơn TS. Lê Bình\nĐoàn đã đến TP. Hà Nội\nNgười dân rất vui. Mùa thu Hà Nội rất đẹp",
    [
      "Cầu mới thông xe sáng nay.",
      "Xin cảm ơn TS. Lê Bình",
      "Đoàn đã đến TP. Hà Nội",
      "Người dân rất vui. Mùa thu Hà Nội rất đẹp",
    ],
  ],
  [
    "an ellipsis left after a sentence's end goes; one inside a sentence stays",
    "Không tự ý trèo lên cột điện. ...\nCông viên mở cửa. … Người dân rất vui.\nChờ đợi... rồi mọi thứ ổn.",
    [
      "Không tự ý trèo lên cột điện.",
      "Công viên mở cửa. Người dân rất vui.",
      "Chờ đợi... rồi mọi thứ ổn.",
    ],
  ],
  [
    "a stray period at a paragraph's start; an ellipsis and a name that opens with a period stay",
    ". Sáng 2/9, công viên mở cửa.\n... và người dân rất vui.\n.NET là nền tảng phần mềm.",
    ["Sáng 2/9, công viên mở cửa.", "... và người dân rất vui.", ".NET là nền tảng phần mềm."],
  ],
  [
    "a rule drawn with one symbol between or before sentences goes; short or glued runs stay",
    "Công viên mở cửa. <<<<<<<<<< Người dân rất vui.\n********** Giá vé là 20.000 đồng.\nMột vài tin khác ~~~~\nTỷ số là 2----3 và -- hòa.",
    [
      "Công viên mở cửa. Người dân rất vui.",
      "Giá vé là 20.000 đồng.",
      "Một vài tin khác",
      "Tỷ số là 2----3 và -- hòa.",
    ],
  ],
  [
    "a star bullet with no space after it",
    "*Ngày 2/9, công viên mở cửa miễn phí.\nGiá vé *thường ngày* là 20.000 đồng.",
    ["Ngày 2/9, công viên mở cửa miễn phí.", "Giá vé *thường ngày* là 20.000 đồng."],
  ],
  [
    "a source in parentheses without a colon; a funding note stays",
    "Toàn cảnh công viên. (Nguồn TTXVN) Công viên rộng 10 ha.\nDự án dùng 200 tỷ đồng (nguồn vốn ngân sách).",
    ["Toàn cảnh công viên. Công viên rộng 10 ha.", "Dự án dùng 200 tỷ đồng (nguồn vốn ngân sách)."],
  ],
  [
    "a related story's headline in brackets before a sentence; an editor's bracket stays",
    "Công viên mở cửa. [Hà Nội sẽ xây thêm 5 công viên] Người dân rất vui.\nÔng nói: “Họ [ban quản lý] đã làm tốt”.",
    ["Công viên mở cửa. Người dân rất vui.", "Ông nói: “Họ [ban quản lý] đã làm tốt”."],
  ],
  [
    "a map's caption and its 'Đồ họa:' credit fused into the text",
    "Bản đồ vị trí công viên mới. Đồ họa: hanoi.gov.vn Theo Sở Xây dựng, công viên rộng 10 ha.",
    ["Theo Sở Xây dựng, công viên rộng 10 ha."],
  ],
  [
    "a byline and a source tag fused between two stories of one page",
    "Người dân rất vui. MINH AN - THU HÀ Theo Trí Thức Trẻ Sáng nay, công viên mở cửa.\nCông viên mở cửa. Thu Hà Theo TTXVN",
    ["Người dân rất vui. Sáng nay, công viên mở cửa.", "Công viên mở cửa."],
  ],
  [
    "an attribution after a heading, and a source tag with an unknown outlet, stay",
    "Hà Nội Theo Tuổi Trẻ, công viên mở cửa.\nCông viên mở cửa. Thu Hà Theo Báo Mới Nhất Sáng nay, trời đẹp.",
    [
      "Hà Nội Theo Tuổi Trẻ, công viên mở cửa.",
      "Công viên mở cửa. Thu Hà Theo Báo Mới Nhất Sáng nay, trời đẹp.",
    ],
  ],
  [
    "tone marks typed onto the wrong vowel are put back; the text's own convention stays",
    "Ngươì dân đôỉ mơí cách đi lại. Hòa bình và thủy lợi.",
    ["Người dân đổi mới cách đi lại. Hòa bình và thủy lợi."],
  ],
  [
    "outlets' datelines at a paragraph's or a sentence's start",
    "Báo X Online - Sáng nay công viên mở cửa.\nToàn cảnh công viên. (Tin Nhanh Online) - Công viên rộng 10 ha.\nMinh An/TTXVN - Chiều nay, trời mưa.\nQĐND - Người dân rất vui.\nTạp chí Xây Dựng - Đường mới dài 5 km.\nCôngThương - Chợ phiên mở lại. Báo Lao Động - Giá điện giữ nguyên.",
    [
      "Sáng nay công viên mở cửa.",
      "Toàn cảnh công viên. Công viên rộng 10 ha.",
      "Chiều nay, trời mưa.",
      "Người dân rất vui.",
      "Đường mới dài 5 km.",
      "Chợ phiên mở lại. Giá điện giữ nguyên.",
    ],
  ],
  [
    "photo credits without a colon, with the caption before one; pointers to the photo",
    "Người dân xem hồ mới (Ảnh TTXVN) Hồ rộng 2 ha.\nÔng Lê Văn An (ảnh) cho biết hồ mở cửa vào mùa hè.\nNước hồ trong, cá bơi thành đàn (ảnh).\nCông viên có 3 khu vui chơi (ảnh BQL cung cấp) và một nhà hàng.",
    [
      "Hồ rộng 2 ha.",
      "Ông Lê Văn An cho biết hồ mở cửa vào mùa hè.",
      "Nước hồ trong, cá bơi thành đàn.",
      "Công viên có 3 khu vui chơi và một nhà hàng.",
    ],
  ],
  [
    "a bracket that opens with the word ảnh but is not a credit stays",
    "Giá điện tăng (ảnh hưởng tới 2 triệu hộ) từ tháng sau.\nHình ảnh (video) được phát lại.",
    ["Giá điện tăng (ảnh hưởng tới 2 triệu hộ) từ tháng sau.", "Hình ảnh (video) được phát lại."],
  ],
  [
    "a local paper's acronym before a time word and its day is a dateline; before anything else it stays",
    "BTN - Sáng 5/9, cầu mới được thông xe.\nWHO - Tổ chức Y tế Thế giới họp hôm nay.\nCông viên mở cửa. BTN - Chiều 5/9, trời mưa.",
    [
      "Sáng 5/9, cầu mới được thông xe.",
      "WHO - Tổ chức Y tế Thế giới họp hôm nay.",
      "Công viên mở cửa. BTN - Chiều 5/9, trời mưa.",
    ],
  ],
  [
    "a place in capitals before a dash and a sentence is a dateline",
    "HÀ NỘI - Chiều 5/9, cầu mới được thông xe.\nTP.HCM - Theo thông tin ban đầu, trời mưa.\nTP HCM - Sáng nay, chợ mở lại.\nLISBON - Vòng hai cuộc bầu cử diễn ra hôm nay.\nHUẾ - Lễ hội mở màn tối qua.",
    [
      "Chiều 5/9, cầu mới được thông xe.",
      "Theo thông tin ban đầu, trời mưa.",
      "Sáng nay, chợ mở lại.",
      "Vòng hai cuộc bầu cử diễn ra hôm nay.",
      "Lễ hội mở màn tối qua.",
    ],
  ],
  [
    "capitals before a dash that are not a place: a score line, a pairing, an acronym, a numeral, a headline, or not at the paragraph's start",
    "HAGL - Becamex Bình Dương: 2-1\nUBND - HĐND xã họp sáng nay.\nASEAN - Hiệp hội các quốc gia Đông Nam Á họp.\nXVIII - Thảo luận về dự án luật.\nĐÀ NẴNG - ĐIỂM ĐẾN CỦA NĂM\nCông viên mở cửa. HÀ NỘI - Chiều nay trời mưa.",
    [
      "HAGL - Becamex Bình Dương: 2-1",
      "UBND - HĐND xã họp sáng nay.",
      "ASEAN - Hiệp hội các quốc gia Đông Nam Á họp.",
      "XVIII - Thảo luận về dự án luật.",
      "ĐÀ NẴNG - ĐIỂM ĐẾN CỦA NĂM",
      "Công viên mở cửa. HÀ NỘI - Chiều nay trời mưa.",
    ],
  ],
  [
    "a name or a pairing before a dash is not a dateline",
    "Phương Thanh - Ca sĩ gốc Thanh Hóa đã trở lại.\nViệt Nam - Lào ký hiệp định mới.\nBáo cáo - Tóm tắt năm 2023.",
    [
      "Phương Thanh - Ca sĩ gốc Thanh Hóa đã trở lại.",
      "Việt Nam - Lào ký hiệp định mới.",
      "Báo cáo - Tóm tắt năm 2023.",
    ],
  ],
  [
    "a read-more line in the article's first half goes with the headline after it; the article goes on",
    "Sáng nay công viên mở cửa.\nXEM THÊM:\nHà Nội mở thêm ba công viên\nCông viên rộng 10 ha và có hồ lớn.\nNgười dân rất vui.\nTrẻ em được vào cửa miễn phí.",
    [
      "Sáng nay công viên mở cửa.",
      "Công viên rộng 10 ha và có hồ lớn.",
      "Người dân rất vui.",
      "Trẻ em được vào cửa miễn phí.",
    ],
  ],
  [
    "a read-on button before a sentence: only the line goes",
    "Sáng nay công viên mở cửa.\nCông viên rộng 10 ha.\nĐọc tiếp\nNgười dân rất vui khi đến đây vào cuối tuần.",
    [
      "Sáng nay công viên mở cửa.",
      "Công viên rộng 10 ha.",
      "Người dân rất vui khi đến đây vào cuối tuần.",
    ],
  ],
  [
    "a line asking to follow the outlet on a platform is furniture; following the news is not",
    "Sáng nay công viên mở cửa.\nTheo dõi Báo Thủ Đô trên Google News\nTheo dõi diễn biến trên sông Hồng, đội cứu hộ đã có mặt.",
    ["Sáng nay công viên mở cửa.", "Theo dõi diễn biến trên sông Hồng, đội cứu hộ đã có mặt."],
  ],
  [
    "a paragraph over a credit line is kept when it is the lead, the article's last, a quotation or a speaker's",
    "Sáng nay công viên mở cửa đón khách sau hai năm xây dựng.\nẢnh: MINH AN\nÔng An cho biết hồ sẽ mở cửa vào mùa hè.\nẢnh: MINH AN\nHồ rộng 2 ha, “đẹp nhất thành phố”.\n(Ảnh: Lê Hà)\nNgười dân rất vui khi đến đây.\nẢnh: MINH AN",
    [
      "Sáng nay công viên mở cửa đón khách sau hai năm xây dựng.",
      "Ông An cho biết hồ sẽ mở cửa vào mùa hè.",
      "Hồ rộng 2 ha, “đẹp nhất thành phố”.",
      "Người dân rất vui khi đến đây.",
    ],
  ],
  [
    "ordinary prose is kept as it is",
    "Theo ông Nguyễn Văn An, công viên có 3 hồ nước.\nÔng An nói: “Đây là món quà cho người dân”.",
    [
      "Theo ông Nguyễn Văn An, công viên có 3 hồ nước.",
      "Ông An nói: “Đây là món quà cho người dân”.",
    ],
  ],
];

test("cleanArticle removes web leftovers", () => {
  for (const [what, body, expected] of CASES) {
    assert.deepEqual(cleanArticle(TITLE, body).paragraphs, expected, `${what}\ninput: ${body}`);
  }
});

test("a fused caption is recorded as the page had it: caption, marker and credit", () => {
  const body = "Toàn cảnh công viên - Ảnh: Reuters Công viên rộng 10 ha.";
  const { paragraphs, removed } = cleanArticle(TITLE, body);
  assert.deepEqual(paragraphs, ["Công viên rộng 10 ha."]);
  assert.deepEqual(removed, [{ kind: "caption", text: "Toàn cảnh công viên - Ảnh: Reuters" }]);
});

test("nothing is lost: every removed piece is recorded", () => {
  const body = "Sáng nay công viên mở cửa.\n[Tin khác]\nNgười dân rất vui.\n(TTXVN)";
  const { removed } = cleanArticle(TITLE, body);
  assert.deepEqual(
    removed.map((r) => r.text),
    ["(TTXVN)", "[Tin khác]"],
  );
});

test("a signature is recorded as the page had it", () => {
  const body = "Công viên mở cửa. Người dân rất vui. Minh An/VOV\nThực hiện: Lan Hương";
  const { paragraphs, removed } = cleanArticle(TITLE, body);
  assert.deepEqual(paragraphs, ["Công viên mở cửa. Người dân rất vui."]);
  assert.deepEqual(removed, [
    { kind: "signature", text: "Thực hiện: Lan Hương" },
    { kind: "signature", text: "Minh An/VOV" },
  ]);
});

test("a place dateline is recorded as a dateline", () => {
  const { paragraphs, removed } = cleanArticle(TITLE, "QUẢNG NAM - Từ đêm qua, mưa to kéo dài.");
  assert.deepEqual(paragraphs, ["Từ đêm qua, mưa to kéo dài."]);
  assert.deepEqual(removed, [{ kind: "dateline", text: "QUẢNG NAM -" }]);
});

test("a read-more line and a headline in the article's second half end it, as 'Tin liên quan' does", () => {
  const body =
    "Sáng nay công viên mở cửa.\nCông viên rộng 10 ha.\nNgười dân rất vui.\nĐọc thêm\nHà Nội mở thêm ba công viên\nThành phố sẽ mở thêm ba công viên nữa trong năm nay.";
  const { paragraphs, removed } = cleanArticle(TITLE, body);
  assert.deepEqual(paragraphs, [
    "Sáng nay công viên mở cửa.",
    "Công viên rộng 10 ha.",
    "Người dân rất vui.",
  ]);
  assert.deepEqual(removed, [
    {
      kind: "tail",
      text: "Đọc thêm\nHà Nội mở thêm ba công viên\nThành phố sẽ mở thêm ba công viên nữa trong năm nay.",
    },
  ]);
});

test("a short paragraph over its own credit line, after the lead and before more text, is its caption", () => {
  const body =
    "Sáng nay công viên mở cửa đón khách sau hai năm xây dựng.\nNgười dân dạo quanh hồ lớn của công viên.\nẢnh: MINH AN\nCông viên rộng 10 ha và có ba hồ nước.\nNgười dân dạo quanh hồ lớn của công viên.";
  const { paragraphs, removed } = cleanArticle(TITLE, body);
  assert.deepEqual(paragraphs, [
    "Sáng nay công viên mở cửa đón khách sau hai năm xây dựng.",
    "Công viên rộng 10 ha và có ba hồ nước.",
  ]);
  assert.deepEqual(removed, [
    { kind: "caption", text: "Người dân dạo quanh hồ lớn của công viên." },
    { kind: "caption", text: "Ảnh: MINH AN" },
    { kind: "repeat", text: "Người dân dạo quanh hồ lớn của công viên." },
  ]);
});

test("a single line of names is kept: it is all the text", () => {
  assert.deepEqual(cleanArticle(TITLE, "Lê Minh Tú").paragraphs, ["Lê Minh Tú"]);
});

test("a fused byline and source tag is recorded whole", () => {
  const body = "Người dân rất vui. MINH AN Theo Trí Thức Trẻ Sáng nay, công viên mở cửa.";
  const { paragraphs, removed } = cleanArticle(TITLE, body);
  assert.deepEqual(paragraphs, ["Người dân rất vui. Sáng nay, công viên mở cửa."]);
  assert.deepEqual(removed, [{ kind: "byline", text: "MINH AN Theo Trí Thức Trẻ" }]);
});

const LEFTOVER_SENTENCES: [string, string | undefined][] = [
  [
    "Người dân đi biểu tình sáng nay - Ảnh: AFP Theo hãng tin AFP, cuộc biểu tình kéo dài ba ngày.",
    "caption",
  ],
  ["Ảnh: TTXVN Ông từ trần vào rạng sáng 20-10, thọ 86 tuổi.", "caption"],
  [">> Tin khác >> Tin nữa Bài viết bắt đầu ở đây.", "teaser"],
  ["Dưới đây là vài bức ảnh chụp buổi lễ khánh thành.", "pointer"],
  ["Sau đây là 5 điều du khách cần biết khi đến Huế.", "pointer"],
  ["Dưới đây là giá vé: 10.000 đồng một lượt, 100.000 đồng một tháng.", undefined],
  ["Ông nói hình ảnh này rất đẹp.", undefined],
  ["Người dân lo lắng vì mưa lớn TIN LIÊN QUAN Nước tràn vào nhà dân ven sông.", "teaser"],
  ["Tin liên quan Giá vàng lập đỉnh mới Giá xăng giảm lần thứ ba.", "teaser"],
  ["Xem thêm video: Toàn cảnh lễ khánh thành.", "teaser"],
  ["Tin liên quan đến vụ việc đã được gửi tới cơ quan chức năng.", undefined],
  ["1. Trẻ sau khi khỏi bệnh thường ho kéo dài2.", "contents"],
  ["1. Trẻ sau khi khỏi bệnh thường ho kéo dài 2 tuần.", undefined],
  ["Giá vàng tăng - giảm thất thường trong tuần qua.", undefined],
  ["(Xem: Mưa lớn ở miền Trung).", "teaser"],
  ["(Xem video bên dưới)", "teaser"],
  ["(Xem thêm ở trang 5, ông nói) và dừng lại.", undefined],
  // a short caption that opens with a caption head, set as a sentence of its own
  ["Hiện trường vụ cháy tại xưởng gỗ ven sông.", "caption"],
  ["Quang cảnh buổi lễ khai giảng.", "caption"],
  // … but not one with a comma or a long one, which may be article text
  ["Hiện trường vụ cháy, theo công an, đã được phong tỏa.", undefined],
  [
    "Hiện trường vụ sạt lở trải dài từ chân đèo xuống tận bờ suối phía dưới thung lũng cách đó hai cây số.",
    undefined,
  ],
  ["Lực lượng chức năng có mặt tại hiện trường vụ tai nạn.", undefined],
  // … nor a short clause: a word of tense, degree or copula
  ["Quang cảnh ở đây rất đẹp.", undefined],
  ["Hiện trường đã được phong tỏa.", undefined],
  // a byline run on after the article's last sentence, split off as a piece of its own
  ["Minh Châu/VOV online", "byline"],
  ["Theo AP", "byline"],
  ["Lan Anh (TTXVN)", "byline"],
  // … but not with an end mark, nor a heading of plain words
  ["Theo AP.", undefined],
  ["Những thách thức phía trước", undefined],
];

test("sentenceLeftover table", () => {
  for (const [text, kind] of LEFTOVER_SENTENCES)
    assert.equal(sentenceLeftover(text), kind, `sentence: ${text}`);
});

const BYLINES: [string, boolean][] = [
  ["(TTXVN/Vietnam+)", true],
  ["Tuấn Anh (TTXVN)", true],
  ["(Tổng hợp)", true],
  ["Theo Reuters", true],
  ["NGUYỆT PHƯƠNG", true],
  ["Theo ông Hải, công trình vượt tiến độ.", false],
  ["Hội nghị APEC (Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương) khai mạc hôm nay.", false],
  ["Áp thấp nhiệt đới mạnh lên", false],
];

test("isByline table", () => {
  for (const [line, expected] of BYLINES) assert.equal(isByline(line), expected, `line: ${line}`);
});

/** [text after "Ảnh:", credit optional, expected credit and rest (undefined: end unclear)] */
const CREDITS: [string, boolean, { credit: string; rest: string } | undefined][] = [
  [
    "Reuters Theo hãng tin AFP, hai bên đã gặp nhau.",
    false,
    { credit: "Reuters", rest: "Theo hãng tin AFP, hai bên đã gặp nhau." },
  ],
  ["AFP/TTXVN Hai bên đã gặp nhau.", false, { credit: "AFP/TTXVN", rest: "Hai bên đã gặp nhau." }],
  [
    "example.com Ông Lý nói như vậy.",
    false,
    { credit: "example.com", rest: "Ông Lý nói như vậy." },
  ],
  [
    "NGUYỄN KHÁNH Sau trận đấu, đội bóng về nước.",
    false,
    { credit: "NGUYỄN KHÁNH", rest: "Sau trận đấu, đội bóng về nước." },
  ],
  ["Minh An", false, { credit: "Minh An", rest: "" }],
  [
    "Thủ tướng phê chuẩn kế hoạch mới.",
    true,
    { credit: "", rest: "Thủ tướng phê chuẩn kế hoạch mới." },
  ],
  ["Minh Anh Như tin đã đưa, đoàn sẽ sang thăm. Câu sau.", false, undefined],
  // a name ended by a sentence's opener: the credit is the name
  [
    "Lê Minh Hà Theo Bộ Y tế, chiến dịch kéo dài một tuần.",
    false,
    { credit: "Lê Minh Hà", rest: "Theo Bộ Y tế, chiến dịch kéo dài một tuần." },
  ],
  [
    "Văn Kỳ Sáng 5/3, trường mở cửa.",
    false,
    { credit: "Văn Kỳ", rest: "Sáng 5/3, trường mở cửa." },
  ],
];

test("splitCredit table", () => {
  for (const [text, optional, expected] of CREDITS)
    assert.deepEqual(splitCredit(text, optional), expected, `text: ${text}`);
});
