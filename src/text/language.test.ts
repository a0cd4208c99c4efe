import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withoutMarks } from "../../test/fixtures.ts";
import {
  foreignSentence,
  looksUnmarkedVietnamese,
  notVietnameseDocument,
  notVietnameseDocuments,
  vietnameseShare,
} from "./language.ts";

const VIETNAMESE =
  "Sáng 2/9, Hà Nội đưa vào hoạt động tuyến xe buýt điện đầu tiên nối Cầu Giấy với Long Biên, mỗi ngày phục vụ khoảng tám nghìn lượt khách.";
const ENGLISH =
  "The city council approved the new budget on Monday after a long debate about housing and schools.";

describe("foreignSentence", () => {
  const table: [string, string, boolean][] = [
    ["a Vietnamese sentence", VIETNAMESE, false],
    ["an English sentence of 8+ words", ENGLISH, true],
    ["a Vietnamese sentence in decomposed form (NFD)", VIETNAMESE.normalize("NFD"), false],
    ["an English sentence under 8 words is not judged", "The council approved the budget.", false],
    [
      "a line-up of foreign names",
      "Man City (4-3-3): Ederson; Walker, Stones, Dias, Cancelo; Rodri, Silva, Foden; Grealish, Haaland, Mahrez.",
      true,
    ],
    [
      "a Vietnamese sentence full of product names",
      "Máy dùng chip Snapdragon 8 Gen 2, RAM 12 GB, màn hình AMOLED 6,7 inch và pin 5.000 mAh.",
      false,
    ],
    [
      "an English quotation with a Vietnamese attribution",
      `"We will keep helping the families who lost their homes in the flood," ông nói với phóng viên.`,
      true,
    ],
    [
      "a Vietnamese sentence quoting a shorter English one",
      `Ông Lâm cho biết người dân trong xã đã dựng lại nhà sau lũ và nhắc lại lời một tình nguyện viên nước ngoài: “We will come back next year to help”.`,
      false,
    ],
    [
      "Vietnamese typed without marks cannot be told from a foreign language",
      "Ha Noi mo tuyen xe buyt dien dau tien noi Cau Giay voi Long Bien.",
      true,
    ],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => assert.equal(foreignSentence(text), expected));
  }
});

describe("notVietnameseDocument", () => {
  it("measures a long English text", () => {
    const measured = notVietnameseDocument(`${ENGLISH} ${ENGLISH} ${ENGLISH}`);
    assert.deepEqual(measured, { words: 51, share: 0 });
  });
  it("does not judge a text under 40 words", () => {
    assert.equal(notVietnameseDocument(`${ENGLISH} ${ENGLISH}`), undefined);
  });
  it("does not count the words of web and e-mail addresses", () => {
    const path = Array.from({ length: 500 }, (_, i) => `muc-${i}`).join("/");
    const text = `${VIETNAMESE} Lộ trình có tại https://vi.example.org/${path}, hỏi thêm qua hop-thu@example.vn.`;
    assert.equal(notVietnameseDocument(text), undefined);
    assert.equal(
      vietnameseShare(text).words,
      vietnameseShare(`${VIETNAMESE} Lộ trình có tại , hỏi thêm qua .`).words,
    );
    assert.equal(
      foreignSentence(
        "Xem chi tiết tại www.example.com/the-city-council-approved-the-new-budget-on-monday.",
      ),
      false,
    );
  });
  it("passes Vietnamese prose", () => {
    assert.equal(notVietnameseDocument(`${VIETNAMESE} ${VIETNAMESE}`), undefined);
    assert.equal(notVietnameseDocument(`${VIETNAMESE} ${VIETNAMESE}`.normalize("NFD")), undefined);
    assert.ok(vietnameseShare(VIETNAMESE).share > 0.5);
  });
});

describe("looksUnmarkedVietnamese", () => {
  const table: [string, string, boolean][] = [
    ["Vietnamese typed without marks", withoutMarks(VIETNAMESE), true],
    [
      "another one, with compound rhymes",
      "Nguoi dan o huyen Quynh Luu chuyen len vung cao truoc khi nuoc lu ve, theo uy ban xa.",
      true,
    ],
    ["English prose", ENGLISH, false],
    [
      "French prose",
      "Le gouvernement a annoncé mardi une nouvelle réforme des retraites pour les fonctionnaires.",
      false,
    ],
    [
      "Indonesian prose",
      "Pemerintah kota mengumumkan jalur bus listrik pertama pada hari Senin.",
      false,
    ],
    ["text without words", "12/9 — 2024", false],
  ];
  for (const [name, text, expected] of table) {
    it(name, () => assert.equal(looksUnmarkedVietnamese(text), expected));
  }
  it("a sentence of unmarked Vietnamese is still foreign to the sentence check", () => {
    assert.equal(foreignSentence(withoutMarks(VIETNAMESE)), true);
  });
});

describe("notVietnameseDocuments", () => {
  it("judges the documents together as the joined text, and each as alone", () => {
    const english = `${ENGLISH} ${ENGLISH}`;
    const texts = [VIETNAMESE, english, english, english];
    const { whole, each } = notVietnameseDocuments(texts);
    assert.deepEqual(whole, notVietnameseDocument(texts.join("\n")));
    assert.deepEqual(
      each,
      texts.map((t) => notVietnameseDocument(t)),
    );
    // three short English texts, each too short to judge alone, are refused together
    const short = notVietnameseDocuments([english, english, english]);
    assert.equal(short.each.filter((m) => m !== undefined).length, 0);
    assert.ok(short.whole !== undefined && short.whole.share < 0.15);
  });
  it("judges a whole cluster from 15 words, a document from 40", () => {
    // 17 words of English: too short a document, long enough a cluster
    const one = notVietnameseDocuments([ENGLISH]);
    assert.deepEqual(one, { whole: { words: 17, share: 0 }, each: [undefined] });
    assert.equal(notVietnameseDocuments(["The council met on Monday."]).whole, undefined);
    assert.equal(notVietnameseDocuments([VIETNAMESE]).whole, undefined);
  });
});
