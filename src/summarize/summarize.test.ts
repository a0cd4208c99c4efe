import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { conformanceSuite } from "../../test/conformance.ts";
import { ARTICLE_A, ARTICLE_B, withoutMarks } from "../../test/fixtures.ts";
import { TomtatError } from "../errors.ts";
import { parseArticleText, readCluster } from "../io/readers/index.ts";
import { countSyllables } from "../text/tokenize.ts";
import type { Cluster } from "../types.ts";
import { summarize } from "./index.ts";
import { tomtat } from "./methods/tomtat.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const SEEDS = `${root}../shared/seeds`;
const LEFTOVERS = [
  /ảnh \d/i,
  /Chú thích ảnh/,
  /Ảnh:/,
  /Nguồn:/,
  /TTXVN/,
  /Tin cùng chuyên mục/,
  /Chia sẻ/,
  /\[/,
  /Tuấn Anh/,
  /Rao vặt/,
  /\.\/\./,
];

const cluster = (...texts: string[]): Cluster => ({
  id: "t",
  documents: texts.map((t, i) => parseArticleText(t, String(i))),
});

conformanceSuite(tomtat);

test("seeds: clean, within budget, both articles, provenance points into the cleaned source", {
  skip: !existsSync(SEEDS) && "../shared/seeds not present",
}, () => {
  const result = summarize(readCluster([SEEDS]));
  for (const re of LEFTOVERS) assert.doesNotMatch(result.summary, re);
  const syllables = countSyllables(result.summary);
  assert.ok(
    syllables >= 120 && syllables <= result.stats.budget && syllables <= 250,
    `syllables ${syllables}`,
  );
  assert.equal(result.stats.syllables, syllables);
  assert.deepEqual([...new Set(result.sentences.map((s) => s.doc))].sort(), [0, 1]);
  for (const s of result.sentences) {
    assert.equal(result.documents[s.doc]?.sentences[s.sentenceIndex]?.text, s.text);
  }
  assert.equal(result.summary, result.sentences.map((s) => s.text).join(" "));
});

test("page furniture of scraped pages never reaches the summary, and is recorded", () => {
  const a = [
    "Thời sự > Môi trường",
    "Chủ nhật, 20/03/2022 06:45 (GMT+7)",
    "Quảng Nam sơ tán hơn 2.000 hộ dân vì mưa lũ",
    "Mưa lớn kéo dài từ đêm thứ Sáu khiến nước sông Thu Bồn dâng cao, nhiều xã ở Quảng Nam bị ngập sâu.",
    "Nhấn vào ảnh để phóng to",
    "Chính quyền tỉnh Quảng Nam đã sơ tán hơn 2.000 hộ dân ở vùng trũng đến nơi an toàn trong đêm qua.",
    "Mời quý độc giả xem video: Nước lũ dâng cao ở Hội An",
    "Lực lượng cứu hộ dùng xuồng máy đưa người già và trẻ em ra khỏi các khu dân cư bị cô lập.",
    "Thích 48 Chia sẻ",
  ].join("\n");
  const b = [
    "Cập nhật: 20/03/2022 09:10",
    "Lũ sông Thu Bồn lên nhanh, hàng nghìn hộ phải rời nhà",
    "Nước sông Thu Bồn lên nhanh sau hai ngày mưa lớn, làm ngập nhiều tuyến đường ở Hội An và Điện Bàn.",
    "Theo chính quyền tỉnh, hơn 2.000 hộ dân đã được sơ tán, lực lượng cứu hộ vẫn đang trực tại các điểm ngập.",
    'Bạn đang đọc bài viết "Lũ sông Thu Bồn lên nhanh" tại chuyên mục Thời sự.',
  ].join("\n");
  const result = summarize(cluster(a, b));
  for (const re of [
    />/,
    /GMT/,
    /Cập nhật/,
    /phóng to/,
    /Mời quý độc giả/,
    /Thích 48/,
    /Bạn đang đọc/,
  ])
    assert.doesNotMatch(result.summary, re);
  assert.deepEqual(
    result.documents.map((d) => d.title),
    [
      "Quảng Nam sơ tán hơn 2.000 hộ dân vì mưa lũ",
      "Lũ sông Thu Bồn lên nhanh, hàng nghìn hộ phải rời nhà",
    ],
  );
  const removed = result.documents.flatMap((d) => d.removed.map((r) => r.text));
  for (const line of [
    "Thời sự > Môi trường",
    "Nhấn vào ảnh để phóng to",
    "Thích 48 Chia sẻ",
    "Cập nhật: 20/03/2022 09:10",
  ])
    assert.ok(removed.includes(line), `not recorded: ${line}`);
  assert.ok(result.sentences.length >= 2);
});

test("golden summary of examples/cluster", () => {
  const result = summarize(readCluster([`${root}examples/cluster`]));
  const golden = `${root}test/golden/examples-cluster.txt`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(golden, `${result.summary}\n`);
  assert.equal(result.summary, readFileSync(golden, "utf8").trim());
});

test("examples/cluster: the bridge's length and cost are told once", () => {
  const { sentences } = summarize(readCluster([`${root}examples/cluster`]));
  const telling = sentences.filter((s) => s.text.includes("1.250") && s.text.includes("1.800"));
  assert.equal(telling.length, 1, sentences.map((s) => s.text).join("\n"));
});

test("budget options: syllables, sentences and ratio are never exceeded, sentences never cut", () => {
  const c = cluster(ARTICLE_A, ARTICLE_B);
  for (const maxSyllables of [15, 25, 40, 200]) {
    const r = summarize(c, { maxSyllables });
    assert.ok(r.stats.syllables <= maxSyllables, `${r.stats.syllables} > ${maxSyllables}`);
    for (const s of r.sentences)
      assert.equal(r.documents[s.doc]?.sentences[s.sentenceIndex]?.text, s.text);
  }
  assert.equal(summarize(c, { maxSentences: 1 }).sentences.length, 1);
  const docs = summarize(c).documents;
  const total = docs.flatMap((d) => d.sentences).reduce((n, s) => n + countSyllables(s.text), 0);
  const half = summarize(c, { ratio: 0.5 });
  assert.ok(half.stats.syllables <= Math.round(total * 0.5));
  assert.equal(half.stats.budget, Math.round(total * 0.5));
});

test("bad options and bad input are refused with codes", () => {
  const c = cluster(ARTICLE_A, ARTICLE_B);
  const code = (fn: () => unknown): string => {
    try {
      fn();
    } catch (err) {
      if (err instanceof TomtatError) return err.code;
      throw err;
    }
    return "none";
  };
  assert.equal(
    code(() => summarize(c, { maxSyllables: 0 })),
    "E_OPTION",
  );
  assert.equal(
    code(() => summarize(c, { maxSyllables: 10.5 })),
    "E_OPTION",
  );
  assert.equal(
    code(() => summarize(c, { ratio: 1.5 })),
    "E_OPTION",
  );
  assert.equal(
    code(() => summarize(c, { method: "oracle" })),
    "E_OPTION",
  );
  assert.equal(
    code(() => summarize({ id: "x", documents: [] })),
    "E_EMPTY",
  );
  const leftoversOnly = [
    "Tiêu đề một\nThích 3 Chia sẻ",
    "Đô thị > Giao thông\nTiêu đề hai\nQuảng cáo",
  ];
  assert.equal(
    code(() => summarize(cluster(...leftoversOnly))),
    "E_EMPTY",
  );
  const english =
    "Breaking news\nThe city council approved the new budget on Monday after a long debate about housing, transport and schools. Officials said the plan would take effect next year and that more details would follow in the coming weeks, according to local reports.";
  assert.equal(
    code(() => summarize(cluster(english, english))),
    "E_NOT_VIETNAMESE",
  );
});

test("a budget under every sentence is an E_OPTION naming the shortest sentence, not an empty summary", () => {
  const c = cluster(ARTICLE_A, ARTICLE_B);
  const shortest = Math.min(
    ...summarize(c).documents.flatMap((d) => d.sentences.map((s) => s.syllables)),
  );
  for (const method of ["tomtat", "lead", "lexrank"]) {
    assert.throws(
      () => summarize(c, { method, maxSyllables: shortest - 1 }),
      (e: unknown) =>
        e instanceof TomtatError &&
        e.code === "E_OPTION" &&
        e.message ===
          `no sentence fits in the budget of ${shortest - 1} syllables: the shortest sentence of the cluster has ${shortest}, and sentences are never cut; raise maxSyllables (--max-syllables)`,
    );
    assert.equal(summarize(c, { method, maxSyllables: shortest }).sentences.length, 1);
  }
  assert.throws(
    () => summarize(c, { ratio: 1, maxSyllables: shortest - 1 }),
    (e: unknown) =>
      e instanceof TomtatError &&
      /syllables: .*raise maxSyllables \(--max-syllables\)$/.test(e.message),
  );
  assert.throws(
    () => summarize(c, { ratio: 0.001 }),
    (e: unknown) =>
      e instanceof TomtatError &&
      e.code === "E_OPTION" &&
      /\(ratio 0\.001 of the cluster\).*raise ratio/.test(e.message),
  );
});

test("a document that is not Vietnamese is refused by name", () => {
  const english =
    "Hanoi opens electric bus line\nHanoi opened its first electric bus line on Monday, linking Cau Giay with Long Bien. The line is 25 km long and has 30 buses, officials said, and a ticket costs 9,000 dong. About 8,000 passengers are expected to ride it every day, with a bus every 15 minutes.";
  const docs = cluster(ARTICLE_A, ARTICLE_B, english);
  assert.throws(
    () => summarize(docs),
    (e: unknown) =>
      e instanceof TomtatError &&
      e.code === "E_NOT_VIETNAMESE" &&
      e.message.startsWith("document 3 (2) does not look like Vietnamese") &&
      e.document === 2,
  );
});

test("a document saved as UTF-8 read with a one-byte charset is refused by name, with a hint", () => {
  // ARTICLE_B's bytes read as Windows-1252 or Latin-1: `tại` becomes `táº¡i`, `đ` becomes `Ä‘`
  // (Latin-1: `Ä` and the control U+0091).
  const bytes = Buffer.from(ARTICLE_B, "utf8");
  const readers: [string, () => string][] = [
    ["windows-1252", () => new TextDecoder("windows-1252").decode(bytes)],
    ["latin1", () => bytes.toString("latin1")],
  ];
  for (const [charset, read] of readers) {
    const garbled = read();
    assert.ok(garbled.includes("táº¡i") || garbled.includes("cháº¡y"), charset);
    assert.throws(
      () => summarize(cluster(ARTICLE_A, garbled)),
      (e: unknown) =>
        e instanceof TomtatError &&
        e.code === "E_NOT_VIETNAMESE" &&
        e.message.startsWith("document 2 (1) is garbled: it is UTF-8 text that was read as") &&
        e.hint === "double-encoded" &&
        e.document === 1,
      charset,
    );
  }
  // An article that quotes a few garbled words (a page about the fault) is not a garbled page.
  const quoted = `${ARTICLE_B}Lỗi phông chữ khiến chữ “tại” hiện thành “táº¡i”, “trường” thành “trÆ°á»ng” và “Đà Nẵng” thành “Ä à Náºµng” trên nhiều trang web cũ, nhất là các trang được lưu từ những năm trước khi bảng mã thống nhất được dùng rộng rãi trong cả nước, theo các kỹ sư phần mềm.\n`;
  assert.ok(summarize(cluster(ARTICLE_A, quoted)).summary.length > 0);
});

test("Vietnamese typed without diacritics is refused with a hint to give the tone marks", () => {
  const hinted = (pattern: RegExp) => (e: unknown) =>
    e instanceof TomtatError &&
    e.code === "E_NOT_VIETNAMESE" &&
    pattern.test(e.message) &&
    e.message.includes("typed without diacritics") &&
    e.hint === "unmarked-vietnamese";
  assert.throws(
    () => summarize(cluster(withoutMarks(ARTICLE_A), withoutMarks(ARTICLE_B))),
    hinted(/^the input/),
  );
  assert.throws(
    () => summarize(cluster(ARTICLE_A, ARTICLE_B, withoutMarks(`${ARTICLE_A}\n${ARTICLE_B}`))),
    hinted(/^document 3 \(2\)/),
  );
  const short = cluster(
    withoutMarks("Tin\nSang nay thanh pho mo them tuyen xe buyt dien noi hai quan trung tam."),
    withoutMarks("Tin hai\nTuyen xe buyt dien moi chay moi ngay tu sau gio sang den muoi gio toi."),
  );
  // 34 words with the titles: too short a document to judge, long enough a cluster (15 words)
  assert.throws(
    () => summarize(short),
    hinted(/^the input does not look like Vietnamese \(0% of 34 words/),
  );
});

test("a cluster too short for the document check but all in English is refused, not summarized empty", () => {
  const short = cluster(
    "Tin\nThe council approved the new budget on Monday after a long debate.",
    "Tin hai\nOfficials said the plan would take effect next year in the city.",
  );
  assert.throws(
    () => summarize(short),
    (e: unknown) =>
      e instanceof TomtatError && e.code === "E_NOT_VIETNAMESE" && e.hint === undefined,
  );
});

test("a cluster of one-syllable sentences is summarized by one of them, not left empty", () => {
  const terse = cluster("Tin nhanh\nCháy.\nNổ.", "Tin hai\nMưa.");
  const r = summarize(terse);
  assert.equal(r.sentences.length, 1);
  assert.ok(["Cháy.", "Nổ.", "Mưa."].includes(r.summary), r.summary);
});

test("an English sentence inside a Vietnamese article is not a summary sentence", () => {
  const quoting =
    "Buýt điện Hà Nội được khen\nThe new electric bus line in Hanoi is a big step toward cleaner air in the capital, an expert said.\nSáng 2/9, tuyến xe buýt điện đầu tiên của Hà Nội nối Cầu Giấy với Long Biên đã đón những hành khách đầu tiên.";
  const r = summarize(cluster(ARTICLE_A, ARTICLE_B, quoting), { maxSyllables: 400 });
  const texts = r.sentences.map((s) => s.text);
  assert.ok(!texts.some((t) => t.startsWith("The new electric bus")), texts.join(" | "));
  assert.ok(
    texts.some((t) => t.startsWith("Sáng 2/9, tuyến xe buýt điện")),
    texts.join(" | "),
  );
  assert.ok(r.documents[2]?.sentences.some((s) => s.text.startsWith("The new electric bus")));
});

test("near-duplicate sentences across documents are not both chosen", () => {
  const a =
    "Tin A\nCầu Rồng Vàng dài 1.250 m được khánh thành sáng 15/3 tại Nghệ An.\nNgười dân rất phấn khởi khi đi qua cầu mới.";
  const b =
    "Tin B\nCầu Rồng Vàng dài 1.250 m được khánh thành sáng 15/3 tại Nghệ An.\nCầu giúp rút ngắn quãng đường sang Hà Tĩnh.";
  const r = summarize(cluster(a, b));
  const texts = r.sentences.map((s) => s.text);
  assert.equal(texts.filter((t) => t.startsWith("Cầu Rồng Vàng dài")).length, 1);
});

test("a sentence fused with a photo caption is set aside, and recorded", () => {
  const a =
    "Tin A\nNgười dân xếp hàng mua vé sáng nay - Ảnh: Minh Khang Nhà ga mới đón 20.000 lượt khách trong ngày đầu.\nGa có 12 đường ray và 6 sân ga.";
  const r = summarize(cluster(a, ARTICLE_B));
  const texts = r.documents[0]?.sentences.map((s) => s.text) ?? [];
  assert.ok(!texts.some((t) => t.includes("Ảnh:")), texts.join(" | "));
  assert.ok(
    r.documents[0]?.removed.some((x) => x.kind === "caption" && x.text.includes("Ảnh: Minh Khang")),
  );
  assert.deepEqual(
    r.documents[0]?.sentences.map((s) => [s.index, s.inParagraph]),
    [[0, 0]],
  );
});

test("a cluster of very short texts still gets a summary", () => {
  const r = summarize(
    cluster("Tin một\nMưa to ở Huế.\nĐường ngập.", "Tin hai\nHuế mưa lớn.\nDân sơ tán"),
  );
  assert.ok(r.sentences.length > 0, "non-empty summary");
  assert.match(r.summary, /Huế/);
});

test("compress: asides and attributions dropped with provenance; off by default", () => {
  const c = cluster(
    "Hà Nội khai trương bến xe điện\n\nSáng 2/9, Hà Nội khai trương bến xe buýt điện (bến mới) ở phường Yên Nghĩa với 40 xe.\nTheo Sở Giao thông vận tải, bến có thể phục vụ khoảng 12.000 lượt khách mỗi ngày.\nBến được xây dựng trong 6 tháng với tổng vốn 95 tỷ đồng.",
    "Bến xe buýt điện mở cửa\n\nBến xe buýt điện Yên Nghĩa bắt đầu hoạt động từ sáng 2/9 với 40 xe.\nMỗi ngày bến phục vụ khoảng 12.000 lượt khách, ông Nguyễn Văn Nam cho biết.",
  );
  const plain = summarize(c);
  assert.ok(plain.sentences.every((s) => s.source === undefined && s.removed === undefined));
  const result = summarize(c, { compress: true });
  const cut = result.sentences.filter((s) => s.removed !== undefined);
  assert.ok(cut.length > 0, "some sentence is compressed");
  for (const s of cut) {
    assert.equal(result.documents[s.doc]?.sentences[s.sentenceIndex]?.text, s.source);
    for (const r of s.removed ?? []) {
      assert.ok(s.source?.includes(r), `${r} is in the source`);
      assert.ok(!s.text.includes(r), `${r} is gone from the text`);
    }
    assert.ok(countSyllables(s.text) < countSyllables(s.source ?? ""));
  }
  assert.deepEqual(
    result.sentences.map((s) => [s.doc, s.sentenceIndex]),
    plain.sentences.map((s) => [s.doc, s.sentenceIndex]),
  );
  assert.equal(result.stats.syllables, countSyllables(result.summary));
  assert.ok(result.stats.syllables < plain.stats.syllables);
  assert.throws(
    () => summarize(c, { compress: "yes" as unknown as boolean }),
    (e: unknown) => e instanceof TomtatError && e.code === "E_OPTION",
  );
});
