import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { ARTICLE_A, ARTICLE_B, tempFiles } from "../../../test/fixtures.ts";
import { TomtatError } from "../../errors.ts";
import { isCompleteSentence } from "../../text/sentence-shape.ts";
import { prepare } from "../prepare.ts";
import { containment } from "../selection/containment.ts";
import { numberTokens } from "../selection/restated-numbers.ts";
import { createTomtat, loadScorerFile, type ScorerFile } from "./tomtat.ts";

const shipped = loadScorerFile();

function fileWith(change: (f: ScorerFile) => unknown): URL {
  const dir = tempFiles({});
  const copy = JSON.parse(JSON.stringify(shipped)) as ScorerFile;
  const path = `${dir}/scorer.json`;
  writeFileSync(path, JSON.stringify(change(copy) ?? copy));
  return pathToFileURL(path);
}

const isModelError = (pattern: RegExp) => (err: unknown) =>
  err instanceof TomtatError && err.code === "E_MODEL" && pattern.test(err.message);

test("the shipped model file carries a bigram model and the expected-F1 setting", () => {
  assert.equal(shipped.bigrams?.kind, "gbdt");
  assert.ok((shipped.bigrams?.trees.length ?? 0) > 0);
  const g = shipped.params.goldBigramsPerSyllable;
  assert.ok(g !== undefined && g > 0 && g < 2, `goldBigramsPerSyllable ${g}`);
});

test("model files that do not match this version are refused with E_MODEL", () => {
  assert.throws(
    () =>
      loadScorerFile(
        fileWith((f) => {
          (f.bigrams as { features: string[] }).features = ["x"];
        }),
      ),
    isModelError(/bigram model/),
  );
  assert.throws(
    () =>
      loadScorerFile(
        fileWith((f) => {
          f.model.weights = [1];
        }),
      ),
    isModelError(/malformed/),
  );
  for (const params of [
    undefined,
    { minSyllables: 12 },
    { ...shipped.params, containment: 2 },
    { ...shipped.params, restatedNumbers: 0.5 },
    { ...shipped.params, restatedMostly: 1.5 },
    { redundancy: 0.35, minSyllables: 12, restatedMostly: 0.7 },
  ]) {
    assert.throws(
      () =>
        loadScorerFile(
          fileWith((f) => {
            (f as { params?: unknown }).params = params;
          }),
        ),
      isModelError(/selection settings/),
    );
  }
  assert.throws(
    () => loadScorerFile(new URL("file:///nonexistent/scorer.json")),
    isModelError(/missing/),
  );
  assert.deepEqual(loadScorerFile(fileWith(() => undefined)), shipped);
});

const cluster = prepare({
  id: "c",
  documents: [ARTICLE_A, ARTICLE_B].map((a, i) => {
    const [title = "", ...body] = a.split("\n\n");
    return { id: String(i), title, body: body.join("\n\n") };
  }),
});
const open = { maxSyllables: 1000, maxSentences: Number.POSITIVE_INFINITY };

test("expected-F1 selection takes complete sentences of the minimum length, each once", () => {
  const sel = createTomtat(shipped).select(cluster, open);
  assert.ok(sel.chosen.length > 0);
  assert.equal(new Set(sel.chosen).size, sel.chosen.length, "no sentence twice");
  for (const i of sel.chosen) {
    const s = cluster.sentences[i];
    assert.ok(s && s.syllables >= shipped.params.minSyllables && isCompleteSentence(s.text));
  }
  assert.equal(sel.scores.length, sel.chosen.length);
});

test("a tight budget is never exceeded and a sentence limit holds", () => {
  const tomtat = createTomtat(shipped);
  for (const maxSyllables of [20, 40, 60]) {
    const sel = tomtat.select(cluster, { maxSyllables, maxSentences: Number.POSITIVE_INFINITY });
    const used = sel.chosen.reduce((n, i) => n + (cluster.sentences[i]?.syllables ?? 0), 0);
    assert.ok(used <= maxSyllables, `${used} > ${maxSyllables}`);
  }
  assert.equal(tomtat.select(cluster, { maxSyllables: 1000, maxSentences: 1 }).chosen.length, 1);
});

/** Two outlets' leads tell the same fire in other word order; both also give other facts. */
const restated = prepare({
  id: "r",
  documents: [
    {
      id: "a",
      title: "Cháy xưởng gỗ ở Tân Uyên",
      body: [
        "Một xưởng sản xuất gỗ ở thị xã Tân Uyên, tỉnh Bình Dương bốc cháy dữ dội vào chiều 5/6, thiêu rụi hàng nghìn mét vuông nhà xưởng.",
        "Lực lượng cứu hỏa điều 12 xe chữa cháy cùng hơn 80 chiến sĩ đến hiện trường và khống chế đám cháy sau ba giờ.",
        "Không có thương vong về người, thiệt hại về tài sản đang được thống kê.",
      ].join("\n"),
    },
    {
      id: "b",
      title: "Xưởng gỗ ở Bình Dương cháy lớn",
      body: [
        "Chiều 5/6, hàng nghìn mét vuông nhà xưởng sản xuất gỗ ở thị xã Tân Uyên (tỉnh Bình Dương) đã bị thiêu rụi sau khi bốc cháy dữ dội.",
        "Theo người dân, ngọn lửa bùng lên từ khu vực chứa gỗ thành phẩm rồi lan nhanh sang các dãy nhà bên cạnh.",
        "Cơ quan chức năng đang điều tra nguyên nhân vụ cháy.",
      ].join("\n"),
    },
  ],
});

test("with the containment rule no two chosen sentences restate each other", () => {
  const limit = shipped.params.containment;
  assert.ok(limit !== undefined && limit > 0 && limit < 1, `containment ${limit}`);
  const leads = restated.sentences.flatMap((s, i) => (s.index === 0 ? [i] : []));
  assert.equal(leads.length, 2);
  const [a = 0, b = 0] = leads;
  assert.ok(containment(new Set(restated.tokens[a]), new Set(restated.tokens[b])) > limit);
  for (const c of [cluster, restated]) {
    const { chosen } = createTomtat(shipped).select(c, open);
    for (const i of chosen)
      for (const j of chosen)
        if (i < j) assert.ok(containment(new Set(c.tokens[i]), new Set(c.tokens[j])) <= limit);
  }
  const chosenLeads = createTomtat(shipped)
    .select(restated, open)
    .chosen.filter((i) => leads.includes(i));
  assert.equal(chosenLeads.length, 1, "one of the two restated leads, not both");
});

/** Three outlets tell the same deal with the same figures; each also gives other facts. */
const sameFigures = prepare({
  id: "figures",
  documents: [
    {
      id: "a",
      title: "Hãng Sao Mai mua 120 máy bay trị giá 15 tỷ USD",
      body: [
        "Hãng hàng không Sao Mai ngày 3/4 đã ký hợp đồng mua 120 máy bay thân hẹp trị giá 15 tỷ USD với nhà sản xuất Đông Phong.",
        "Theo thông báo của hãng, những chiếc máy bay đầu tiên sẽ được bàn giao vào quý II năm sau và được khai thác trên các đường bay nội địa.",
        "Lãnh đạo Sao Mai cho biết đội bay mới giúp hãng giảm khoảng một phần năm lượng nhiên liệu tiêu thụ trên mỗi ghế.",
      ].join("\n"),
    },
    {
      id: "b",
      title: "Sao Mai chi 15 tỷ USD cho đội bay mới",
      body: [
        "Sáng 3/4, Sao Mai công bố thương vụ mua 120 máy bay của Đông Phong với tổng giá trị khoảng 15 tỷ USD, lớn nhất trong lịch sử của hãng.",
        "Báo Kinh tế Sài Gòn cho biết thương vụ 15 tỷ USD gồm 120 máy bay thân hẹp của Đông Phong được hai bên ký kết ngày 3/4 tại Hà Nội.",
        "Các chuyên gia nhận định thị trường hàng không nội địa đang phục hồi mạnh sau hai năm khó khăn vì dịch bệnh.",
      ].join("\n"),
    },
    {
      id: "c",
      title: "Hợp đồng mua máy bay lớn nhất của Sao Mai",
      body: [
        "Sao Mai vừa đặt mua 120 máy bay thân hẹp của Đông Phong, hợp đồng có giá trị 15 tỷ USD theo giá niêm yết, được ký ngày 3/4.",
        "Hãng dự kiến dùng đội bay mới để mở thêm đường bay tới các nước Đông Nam Á và giảm chi phí khai thác trên các đường bay nội địa.",
        "Đông Phong cho biết đây là đơn hàng lớn nhất mà họ nhận được từ một hãng hàng không châu Á trong năm nay.",
      ].join("\n"),
    },
  ],
});

test("with the restated-figures rule the summary tells a set of figures once", () => {
  const min = shipped.params.restatedNumbers;
  assert.ok(min !== undefined && min >= 1, `restatedNumbers ${min}`);
  const figures = (i: number) => numberTokens(sameFigures.tokens[i] ?? []);
  const deal = sameFigures.sentences.flatMap((_, i) => (figures(i).has("120") ? [i] : []));
  assert.equal(deal.length, 4, "four sentences tell the deal's figures");
  const { params, ...rest } = shipped;
  const { restatedNumbers: _, ...withoutRule } = params;
  const before = createTomtat({ ...rest, params: withoutRule }).select(sameFigures, open).chosen;
  assert.ok(before.filter((i) => deal.includes(i)).length > 1, "without the rule: told twice");
  const { chosen } = createTomtat(shipped).select(sameFigures, open);
  assert.equal(chosen.filter((i) => deal.includes(i)).length, 1, "with the rule: told once");
  const told = new Set<string>();
  for (const i of chosen) {
    const own = figures(i);
    if (own.size >= min)
      assert.ok(
        [...own].some((n) => !told.has(n)),
        `restates: ${i}`,
      );
    for (const n of own) told.add(n);
  }
});

/** Two outlets; the second is an interview whose question restates the event. */
function interview(question: string) {
  return prepare({
    id: "interview",
    documents: [
      {
        id: "a",
        title: "Cảng Vân Phong đón chuyến tàu container đầu tiên",
        body: [
          "Sáng 8/5, cảng Vân Phong ở tỉnh Khánh Hòa đón chuyến tàu container quốc tế đầu tiên sau ba năm xây dựng.",
          "Con tàu chở 2.000 container hàng nông sản và thủy sản, dự kiến rời cảng sau hai ngày làm hàng.",
        ].join("\n"),
      },
      {
        id: "b",
        title: "Giám đốc cảng Vân Phong: Chúng tôi sẵn sàng cho những chuyến tàu lớn",
        body: [
          question,
          "Chúng tôi đã đầu tư hai cầu cảng mới và hệ thống cần cẩu hiện đại để đón tàu trọng tải lớn.",
          "Năm tới, cảng đặt mục tiêu đón 50 chuyến tàu quốc tế và mở thêm tuyến đi Nhật Bản.",
        ].join("\n"),
      },
    ],
  });
}

test("a question, an interviewer's turn or a broken piece is never chosen while statements remain; a cluster of questions still gets one", () => {
  const event =
    "cảng Vân Phong ở tỉnh Khánh Hòa đón chuyến tàu container quốc tế đầu tiên sau ba năm xây dựng";
  const asked = interview(`Thưa ông, sáng 8/5 ${event} có ý nghĩa gì?`);
  const told = interview(`Theo ông Lâm, sáng 8/5 ${event} có ý nghĩa lớn.`);
  const tomtat = createTomtat(shipped);
  const firstOfB = (c: typeof asked) => c.sentences.findIndex((s) => s.doc === 1 && s.index === 0);
  assert.ok(
    tomtat.select(told, open).chosen.includes(firstOfB(told)),
    "as a statement it is chosen",
  );
  const { chosen } = tomtat.select(asked, open);
  assert.ok(chosen.length > 0);
  assert.ok(!chosen.includes(firstOfB(asked)), "as a question it is not");
  const turn = interview(`PV: Sáng 8/5 ${event}, một cột mốc của tỉnh.`);
  assert.ok(
    !tomtat.select(turn, open).chosen.includes(firstOfB(turn)),
    "nor an interviewer's turn",
  );
  const broken = interview(`và sáng 8/5 ${event}, một cột mốc của tỉnh.`);
  assert.ok(!tomtat.select(broken, open).chosen.includes(firstOfB(broken)), "nor a broken piece");
  const onlyQuestions = prepare({
    id: "faq",
    documents: [
      { id: "a", title: "", body: "Vì sao giá vé tàu Bắc Nam tăng mạnh trong dịp hè năm nay?" },
      { id: "b", title: "", body: "Khi nào ngành đường sắt công bố bảng giá vé mới cho mùa thu?" },
    ],
  });
  assert.ok(tomtat.select(onlyQuestions, open).chosen.length > 0, "the fallback tier takes them");
});
