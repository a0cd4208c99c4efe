import assert from "node:assert/strict";
import { test } from "node:test";
import { assembleSummary, compressSentence, compressSummary, MAX_REPEATS } from "./index.ts";

/** [source sentence, expected text, expected removed spans] */
const CASES: [string, string, string[]][] = [
  // Leading attribution to an authority: dropped, the rest capitalized.
  [
    "Theo Bộ Y tế, số ca mắc mới trong ngày đã giảm mạnh so với tuần trước.",
    "Số ca mắc mới trong ngày đã giảm mạnh so với tuần trước.",
    ["Theo Bộ Y tế"],
  ],
  // `người dân` is the subject, not a title in apposition (`người phát ngôn` is).
  [
    "Theo Bộ Công an, người dân được miễn phí chi phí đăng ký định danh điện tử.",
    "Người dân được miễn phí chi phí đăng ký định danh điện tử.",
    ["Theo Bộ Công an"],
  ],
  [
    "Theo Bộ Ngoại giao, người phát ngôn Lê Thu Hà, Việt Nam hoan nghênh thỏa thuận này.",
    "Theo Bộ Ngoại giao, người phát ngôn Lê Thu Hà, Việt Nam hoan nghênh thỏa thuận này.",
    [],
  ],
  // Not an attribution: a plan, a connective.
  [
    "Theo kế hoạch, công trình sẽ hoàn thành vào cuối năm nay.",
    "Theo kế hoạch, công trình sẽ hoàn thành vào cuối năm nay.",
    [],
  ],
  [
    "Theo đó, người dân được miễn phí toàn bộ chi phí đăng ký.",
    "Theo đó, người dân được miễn phí toàn bộ chi phí đăng ký.",
    [],
  ],
  // A pronoun that would lose its antecedent, a name or a quotation after the comma (a person,
  // `Theo ông X,`, is never cut: stakes.test.ts).
  [
    "Theo Công an huyện, họ đã bị tạm giữ để điều tra thêm về vụ việc.",
    "Theo Công an huyện, họ đã bị tạm giữ để điều tra thêm về vụ việc.",
    [],
  ],
  [
    "Theo Sở Xây dựng, Hà Nội cần thêm nhiều bãi đỗ xe trong nội thành.",
    "Theo Sở Xây dựng, Hà Nội cần thêm nhiều bãi đỗ xe trong nội thành.",
    [],
  ],
  // Trailing attribution: dropped; kept after a closing quotation.
  [
    "Lượng khách đến tỉnh đã tăng gấp đôi so với cùng kỳ, ông Nguyễn Văn Bình cho biết.",
    "Lượng khách đến tỉnh đã tăng gấp đôi so với cùng kỳ.",
    ["ông Nguyễn Văn Bình cho biết"],
  ],
  [
    "“Chúng tôi sẽ làm hết sức để hoàn thành đúng hạn”, ông Bình nói.",
    "“Chúng tôi sẽ làm hết sức để hoàn thành đúng hạn”, ông Bình nói.",
    [],
  ],
  // Asides: dropped without figures, kept with them, kept inside quotes.
  [
    "Vụ cháy xảy ra lúc 22h (giờ địa phương) tại một khu chợ đông người.",
    "Vụ cháy xảy ra lúc 22h tại một khu chợ đông người.",
    ["(giờ địa phương)"],
  ],
  [
    "Hai đoàn bắt đầu đàm phán hôm thứ Hai (10/1) tại thành phố Geneva.",
    "Hai đoàn bắt đầu đàm phán hôm thứ Hai (10/1) tại thành phố Geneva.",
    [],
  ],
  [
    "Ông nói: “Chúng tôi (những người nông dân) cần thêm vốn vay ưu đãi”.",
    "Ông nói: “Chúng tôi (những người nông dân) cần thêm vốn vay ưu đãi”.",
    [],
  ],
  // Two cuts in one sentence.
  [
    "Theo Sở Giao thông vận tải, cầu Rồng (cầu mới) sẽ thông xe trong tháng tới.",
    "Cầu Rồng sẽ thông xe trong tháng tới.",
    ["Theo Sở Giao thông vận tải", "(cầu mới)"],
  ],
  // Too short after the cut: unchanged.
  ["Theo Bộ Y tế, số ca giảm mạnh.", "Theo Bộ Y tế, số ca giảm mạnh.", []],
];

test("compressSentence: safe cuts, and the sentences it leaves alone", () => {
  for (const [source, text, removed] of CASES) {
    assert.deepEqual(compressSentence(source), { text, removed }, source);
  }
});

test("compressSentence makes at most MAX_REPEATS cuts of one kind in a sentence", () => {
  const asides = Array.from(
    { length: 12 },
    (_, k) =>
      ` (đợt ${"một hai ba bốn năm sáu bảy tám chín mười mười_một mười_hai".split(" ")[k]})`,
  );
  const text = `Người dân Hà Nội${asides.join("")} đã được sơ tán khỏi vùng ngập trong đêm qua.`;
  const { text: kept, removed } = compressSentence(text);
  assert.equal(removed.length, MAX_REPEATS);
  assert.deepEqual(
    removed,
    asides.slice(0, MAX_REPEATS).map((a) => a.trim()),
  );
  assert.equal(
    kept,
    `Người dân Hà Nội${asides.slice(MAX_REPEATS).join("")} đã được sơ tán khỏi vùng ngập trong đêm qua.`,
  );
});

test("compressSummary keeps an abbreviation's definition when another sentence uses it", () => {
  const [first, second] = compressSummary([
    "Tổ chức Y tế Thế giới (WHO) vừa công bố báo cáo mới về dịch bệnh.",
    "Báo cáo của WHO cho thấy số ca mắc đã giảm trong tháng qua.",
  ]);
  assert.deepEqual(first?.removed, []);
  assert.deepEqual(second?.removed, []);
  const [alone] = compressSummary([
    "Tổ chức Y tế Thế giới (WHO) vừa công bố báo cáo mới về dịch bệnh.",
  ]);
  assert.deepEqual(alone, {
    text: "Tổ chức Y tế Thế giới vừa công bố báo cáo mới về dịch bệnh.",
    removed: ["(WHO)"],
  });
});

test("assembleSummary: joins as it is, or compresses and recounts the syllables", () => {
  const sentences = [
    { text: "Tổ chức Y tế Thế giới (WHO) vừa công bố báo cáo mới về dịch bệnh.", syllables: 16 },
    { text: "Số ca mắc đã giảm mạnh trong tháng qua ở nhiều nước.", syllables: 12 },
  ];
  const plain = assembleSummary(sentences, false);
  assert.equal(plain.summary, `${sentences[0]?.text} ${sentences[1]?.text}`);
  assert.equal(plain.syllables, 28, "the sentences' own counts, summed");
  assert.ok(plain.parts.every((p) => p.removed.length === 0));
  const compressed = assembleSummary(sentences, true);
  assert.equal(
    compressed.summary,
    "Tổ chức Y tế Thế giới vừa công bố báo cáo mới về dịch bệnh. Số ca mắc đã giảm mạnh trong tháng qua ở nhiều nước.",
  );
  assert.deepEqual(compressed.parts[0]?.removed, ["(WHO)"]);
  assert.equal(compressed.syllables, 27, "recounted: (WHO) is one syllable less");
});
