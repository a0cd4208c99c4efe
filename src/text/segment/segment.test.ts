import assert from "node:assert/strict";
import { test } from "node:test";
import { defaultSegmenter, segment, segmentTokens } from "./index.ts";

/** The shipped model on names, places, numbers, compounds and reduplicatives. */
const CASES: [string, string[]][] = [
  ["đàm phán", ["đàm_phán"]],
  ["Bà Nguyễn Thị Kim Ngân", ["Bà", "Nguyễn_Thị_Kim_Ngân"]],
  [
    "Ông Trần Đại Quang sinh ra ở Ninh Bình",
    ["Ông", "Trần_Đại_Quang", "sinh", "ra", "ở", "Ninh_Bình"],
  ],
  ["tỉnh Quảng Nam và thành phố Đà Nẵng", ["tỉnh", "Quảng_Nam", "và", "thành_phố", "Đà_Nẵng"]],
  ["thành phố Hồ Chí Minh", ["thành_phố", "Hồ_Chí_Minh"]],
  ["Hội đồng Bảo an Liên Hợp Quốc", ["Hội_đồng", "Bảo_an", "Liên_Hợp_Quốc"]],
  ["ở Washington (Mỹ)", ["ở", "Washington", "(", "Mỹ", ")"]],
  [
    "Ngoại trưởng Mỹ Antony Blinken gặp Ngoại trưởng Nga Sergei Lavrov tại Geneva.",
    [
      "Ngoại_trưởng",
      "Mỹ",
      "Antony_Blinken",
      "gặp",
      "Ngoại_trưởng",
      "Nga",
      "Sergei_Lavrov",
      "tại",
      "Geneva",
      ".",
    ],
  ],
  ["dân số 98,5 triệu người", ["dân_số", "98,5", "triệu", "người"]],
  [
    "lúc 14:30 ngày 25/12/2021, giá xăng là 23.000 đồng/lít",
    ["lúc", "14:30", "ngày", "25/12/2021", ",", "giá", "xăng", "là", "23.000", "đồng", "/", "lít"],
  ],
  ["tăng trưởng GDP đạt 2,58%", ["tăng_trưởng", "GDP", "đạt", "2,58", "%"]],
  ["UBND TP.HCM", ["UBND", "TP.HCM"]],
  ["nhà khoa học bảo vệ môi trường", ["nhà_khoa_học", "bảo_vệ", "môi_trường"]],
  ["hợp tác quốc tế về an ninh quốc phòng", ["hợp_tác", "quốc_tế", "về", "an_ninh", "quốc_phòng"]],
  ["Ngân hàng Nhà nước", ["Ngân_hàng", "Nhà_nước"]],
  ["lung linh", ["lung_linh"]],
  ["xinh xinh", ["xinh_xinh"]],
  ["khấp khểnh", ["khấp_khểnh"]],
  ["lom khom", ["lom_khom"]],
  ["Hôm nay trời đẹp quá", ["Hôm_nay", "trời", "đẹp", "quá"]],
  ["ĐÀM PHÁN NGA MỸ", ["ĐÀM_PHÁN", "NGA", "MỸ"]],
  ["hòa bình", ["hòa_bình"]],
  ["hoà bình", ["hoà_bình"]],
];

test("the shipped model segments names, places, numbers, compounds and reduplicatives", () => {
  for (const [input, expected] of CASES) assert.deepEqual(segment(input), expected, input);
});

test("segmentTokens takes already tokenized syllables", () => {
  assert.deepEqual(segmentTokens(["Hai", "bên", "đàm", "phán", "."]), [
    "Hai",
    "bên",
    "đàm_phán",
    ".",
  ]);
  assert.deepEqual(segmentTokens([]), []);
  assert.deepEqual(segmentTokens(["một"]), ["một"]);
});

test("round trip: removing _ from the output gives the input back", () => {
  const inputs = [
    "Hai bên tiếp tục đàm phán tại Hà Nội , theo thông tin từ Bộ Ngoại giao .",
    "Tổng thống Mỹ Joe Biden và Tổng thống Nga Vladimir Putin điện đàm về Ukraine .",
    "Giá vàng SJC tăng 6,42 % lên 61.500.000 đồng / lượng ngày 10/1/2022 .",
  ];
  for (const input of inputs) assert.equal(segment(input).join(" ").replace(/_/g, " "), input);
  // raw text: every non-space character survives, in order
  const raw = "Ông A. (TP.HCM) nói:“Giá 5.000đ/kg!”\u00a0— xem https://x.vn/tin-moi… Москва 東京";
  assert.equal(segment(raw).join("").replace(/_/g, ""), raw.replace(/\s/g, ""));
});

test("robust on empty, odd and unknown input", () => {
  assert.deepEqual(segment(""), []);
  assert.deepEqual(segment("  \t \n "), []);
  const unknown = "qwxz brrr zzzt Xyzzy Plugh";
  assert.equal(segment(unknown).join(" ").replace(/_/g, " "), unknown);
  const mixed = segment("Tập đoàn Samsung (삼성) đầu tư vào Bắc Ninh 🇻🇳 năm 2022");
  assert.ok(mixed.includes("Bắc_Ninh") && mixed.includes("삼성") && mixed.includes("2022"));
  // a word never spans a line break
  assert.deepEqual(segment("đàm\nphán"), ["đàm", "phán"]);
});

test("linear time on a line of 100k characters", () => {
  const seg = defaultSegmenter();
  const sentence = "Hai bên tiếp tục đàm phán tại Hà Nội về hợp tác kinh tế . ";
  const time = (text: string) => {
    const start = performance.now();
    const words = seg.segment(text);
    return { ms: performance.now() - start, words };
  };
  time(sentence.repeat(100)); // warm-up
  const short = time(sentence.repeat(200));
  const long = time(sentence.repeat(1700)); // ≈ 100k characters
  assert.ok(long.words.join(" ").length > 90_000);
  assert.deepEqual(long.words.slice(0, 14), short.words.slice(0, 14));
  // 8.5 times the text: far below quadratic growth (72×), with room for a busy machine
  assert.ok(long.ms < 30 * Math.max(short.ms, 5) && long.ms < 3000, `${long.ms} vs ${short.ms}`);
  const noSpaces = "a".repeat(100_000);
  assert.deepEqual(seg.segment(noSpaces), [noSpaces]);
});

test("the segmenter's token functions refuse what is not an array of strings, with a code", () => {
  const segmenter = defaultSegmenter();
  const wrong: unknown[] = [null, "đàm phán", ["đàm", 5]];
  for (const value of wrong) {
    for (const call of [segmenter.segmentTokens, segmenter.wordStarts]) {
      assert.throws(
        () => call(value as string[]),
        (err: unknown) => err instanceof Error && (err as { code?: string }).code === "E_SCHEMA",
        `${call.name}(${JSON.stringify(value)})`,
      );
    }
  }
  assert.deepEqual(segmenter.wordStarts(["đàm", "phán", "hôm", "nay"]), [true, false, true, false]);
});
