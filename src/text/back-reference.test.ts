import assert from "node:assert/strict";
import { test } from "node:test";
import { dropConnective, needsAntecedent, pointsBack } from "./back-reference.ts";

/** [sentence, text after the drop, dropped text] — undefined: left as it is. */
const CASES: [string, string | undefined, string | undefined][] = [
  [
    "Tuy nhiên, giá xăng vẫn tăng trong tuần qua.",
    "Giá xăng vẫn tăng trong tuần qua.",
    "Tuy nhiên",
  ],
  // `tuy nhiên` needs no comma.
  ["Tuy nhiên bà vẫn ở lại làng.", "Bà vẫn ở lại làng.", "Tuy nhiên"],
  ["Theo đó, mỗi xã có một trạm y tế.", "Mỗi xã có một trạm y tế.", "Theo đó"],
  ["TRƯỚC ĐÓ, tối 18/8, cảnh sát đã đến.", "Tối 18/8, cảnh sát đã đến.", "TRƯỚC ĐÓ"],
  ["Bên cạnh đó, tỉnh lập thêm hai chốt.", "Tỉnh lập thêm hai chốt.", "Bên cạnh đó"],
  // a list's first item without the sentence that announces the list
  ["Thứ nhất, giá vé còn cao.", "Giá vé còn cao.", "Thứ nhất"],
  // `cũng | theo`: only `Cũng` goes.
  ["Cũng theo ông Nam, giá sẽ tăng.", "Theo ông Nam, giá sẽ tăng.", "Cũng"],
  // The comma is required for `ngoài ra,` and `trước đó,`: other constructions.
  ["Ngoài ra còn có ba người bị thương.", undefined, undefined],
  ["Trước đó 2 ngày, đoàn đã đến Huế.", undefined, undefined],
  // Conjunctions that open a sentence point back as well; `nhưng` and `và` need no comma.
  ["Nhưng giá vé vẫn chưa được công bố.", "Giá vé vẫn chưa được công bố.", "Nhưng"],
  ["Và sau 3 trận, đội đã có 7 điểm.", "Sau 3 trận, đội đã có 7 điểm.", "Và"],
  ["Thế nhưng, lượng khách vẫn tăng.", "Lượng khách vẫn tăng.", "Thế nhưng"],
  ["Như vậy, xã đã có 5 trạm y tế.", "Xã đã có 5 trạm y tế.", "Như vậy"],
  ["Song, kết quả vẫn chưa rõ.", "Kết quả vẫn chưa rõ.", "Song"],
  ["Đặc biệt, giá vé giảm một nửa.", "Giá vé giảm một nửa.", "Đặc biệt"],
  ["Đặc biệt hơn, xe chạy bằng điện.", "Xe chạy bằng điện.", "Đặc biệt hơn"],
  // `Đặc biệt là …` (above all …) is not a connective: its comma is missing.
  ["Đặc biệt là các cụ già và trẻ em.", undefined, undefined],
  // `Song` without its comma is a family name; `còn` goes only before a place or a source.
  ["Song Hye Kyo vừa trở lại màn ảnh.", undefined, undefined],
  ["Còn tại Huế, mưa đã tạnh.", "Tại Huế, mưa đã tạnh.", "Còn"],
  ["Còn 3 ngày nữa là khai giảng.", undefined, undefined],
  ["Như vậy là đủ.", undefined, undefined],
  // Not at the start, not a connective, or nothing left.
  ["Giá tăng, tuy nhiên lượng bán vẫn ổn định.", undefined, undefined],
  ["Đây là lần thứ hai hội nghị diễn ra.", undefined, undefined],
  ["Tuy nhiên, …", undefined, undefined],
  ["Theo đóng góp của dân, xã làm đường.", undefined, undefined],
];

test("dropConnective: opening connectives that point back, and what it leaves alone", () => {
  for (const [source, text, removed] of CASES) {
    const cut = dropConnective(source);
    assert.deepEqual(cut, text === undefined ? undefined : { text, removed }, source);
  }
});

/** [sentence, needsAntecedent (the selection's wait), pointsBack (the ordering)] */
const BACK: [string, boolean, boolean][] = [
  ["Đây là cây cầu dài nhất tỉnh.", true, true],
  ["Nhưng việc này chưa được công bố.", true, true],
  ["Tuy nhiên, người dân vẫn đi phà.", false, true],
  ["Theo tôi, giá vé cần giảm một nửa.", true, true],
  ["Chúng tôi sẽ mở thêm hai tuyến xe buýt.", true, true],
  ["Ông Hòa cho biết chúng tôi đã chờ nhiều năm.", false, false],
  ["Người dân hai bờ đã chờ cây cầu nhiều năm.", false, false],
  ["Trong đó, 30 xe chạy bằng điện.", true, true],
  ["Cụ thể, vé tháng giảm còn 100.000 đồng.", true, true],
  ["Tuy nhiên, trong đó chỉ 30 xe chạy bằng điện.", true, true],
  ["Đây cũng là tuyến xe buýt điện đầu tiên.", true, true],
  ["Tuy nhiên, đó không phải lần đầu xe buýt bị hỏng.", true, true],
  ["Đoàn xe buýt điện rời bến lúc 6 giờ.", false, false],
  // a noun phrase that `này` ends names what the sentence before told; a time noun tells when
  ["Con số này cao gấp đôi năm ngoái.", true, true],
  ["Với quyết định này, giá vé giảm một nửa.", true, true],
  ["Tuy nhiên, cơ quan này chưa trả lời.", true, true],
  ["Tuần này, tuyến xe buýt điện chạy thử.", false, false],
  ["Lúc này, đoàn xe đã rời bến.", false, false],
  // a word for a time, place, choice or people told before: it cannot go, and it needs that one
  ["Khi đó, nước sông lên quá báo động 3.", true, true],
  ["Tuy nhiên, lúc ấy cầu chưa được xây.", true, true],
  ["Tại đây, đoàn thăm trạm bơm mới.", true, true],
  ["Thay vào đó, ca sĩ khác sẽ hát mở màn.", true, true],
  ["Chiều cùng ngày, đoàn xe trở về bến.", true, true],
  ["Cả hai đều bị thương nhẹ.", true, true],
  ["Số còn lại được đưa về nhà.", true, true],
  ["Khi đoàn xe đến, người dân đã chờ sẵn.", false, false],
  ["Cả nước có 63 tỉnh, thành.", false, false],
  // a time told by an earlier date, anywhere: kept after its source predecessor, not waited for
  ["Cảnh sát cho biết lúc 18h cùng ngày, hai người cãi nhau.", false, true],
  ["Trận mưa hôm đó làm ngập 30 tuyến phố.", false, true],
  ["Sáng 15/3, hai người cãi nhau trước cửa nhà.", false, false],
];

test("needsAntecedent and pointsBack: what waits in the selection and what the ordering keeps", () => {
  for (const [text, needs, back] of BACK) {
    assert.equal(needsAntecedent(text), needs, `needsAntecedent: ${text}`);
    assert.equal(pointsBack(text), back, `pointsBack: ${text}`);
  }
});
