import assert from "node:assert/strict";
import { test } from "node:test";
import { gunzipSync, gzipSync } from "node:zlib";
import { TomtatError } from "../../errors.ts";
import { decodeModel, encodeModel } from "./codec.ts";
import { parseSegmentedLine } from "./corpus.ts";
import { encode, gapFeatures, scoreGaps } from "./features.ts";
import { loadSegmenter } from "./index.ts";
import { pruneModel } from "./prune.ts";
import { createSegmenter } from "./segmenter.ts";
import { DEFAULT_TRAIN, type TrainOptions, trainSegmenter } from "./train.ts";
import { Workspace } from "./workspace.ts";

// Written for these tests (not taken from any data set).
const CORPUS = [
  "Hai bên tiếp_tục đàm_phán tại Hà_Nội .",
  "Các nhà_khoa_học đang nghiên_cứu vắc_xin mới .",
  "Học_sinh đi học vào buổi sáng .",
  "Chính_phủ họp bàn về phát_triển kinh_tế .",
  "Ông Nguyễn_Văn_An là giáo_viên ở Hà_Nội .",
  "Thời_tiết hôm_nay rất đẹp , học_sinh đi chơi .",
].map(parseSegmentedLine);

const TINY: TrainOptions = { ...DEFAULT_TRAIN, epochs: 10, folds: 2 };
const tiny = trainSegmenter(CORPUS, TINY);

test("a model trained on a handful of sentences segments them", () => {
  const seg = createSegmenter(tiny);
  for (const sentence of CORPUS) {
    const gold = sentence.map((w) => w.join("_"));
    assert.deepEqual(seg.segmentTokens(sentence.flat()), gold, gold.join(" "));
    assert.deepEqual(seg.segment(sentence.flat().join(" ")), gold, gold.join(" "));
  }
});

test("training is deterministic: same data, same model file", () => {
  const again = trainSegmenter(CORPUS, TINY);
  assert.ok(encodeModel(again).equals(encodeModel(tiny)));
});

test("scoreGaps equals the sum of the weights gapFeatures lists", () => {
  const ws = new Workspace();
  const tokens = "Ông An đi học , nghiên cứu kinh tế ở Hà Nội .".split(" ");
  encode(tiny.vocab, tokens, ws, new Map());
  scoreGaps(tiny, ws, tokens.length);
  const feats = new Int32Array(256);
  for (let i = 1; i < tokens.length; i++) {
    const k = gapFeatures(tiny, ws, i, feats);
    let sum = 0;
    for (let j = 0; j < k; j++) sum += tiny.weights[feats[j] as number] as number;
    assert.ok(Math.abs(sum - (ws.emission[i] as number)) < 1e-9, `gap ${i}`);
  }
});

test("encode/decode and pruning keep the segmentation", () => {
  const decoded = decodeModel(encodeModel(pruneModel(tiny, 0)));
  const a = createSegmenter(tiny);
  const b = createSegmenter(decoded);
  const text = "Hai bên đàm phán về phát triển kinh tế tại Hà Nội , học sinh đi học .";
  assert.deepEqual(b.segment(text), a.segment(text));
  assert.deepEqual(decoded.symbols, tiny.symbols);
});

test("bad model files fail with E_MODEL or E_NOT_FOUND", () => {
  const cases: [Uint8Array, RegExp][] = [
    [Buffer.from("not a model"), /gzipped/],
    [gzipSync(Buffer.from("other format\n")), /tomtat-segmenter/],
    [gzipSync(encodeModel(tiny).subarray(0, 0)), /tomtat-segmenter/],
  ];
  for (const [data, message] of cases) {
    assert.throws(
      () => decodeModel(data, "x.bin.gz"),
      (err: unknown) =>
        err instanceof TomtatError && err.code === "E_MODEL" && message.test(err.message),
    );
  }
  const full = gunzipSync(encodeModel(tiny));
  assert.throws(
    () => decodeModel(gzipSync(full.subarray(0, full.length - 5))),
    (err: unknown) => err instanceof TomtatError && err.code === "E_MODEL",
  );
  assert.throws(
    () => loadSegmenter("/nonexistent/segmenter.bin.gz"),
    (err: unknown) => err instanceof TomtatError && err.code === "E_NOT_FOUND",
  );
});

test("out-of-range options are refused with E_OPTION, bad configs in files with E_MODEL", () => {
  const bad: TrainOptions[] = [
    { ...TINY, epochs: 0 },
    { ...TINY, folds: 1 },
    { ...TINY, minCount: Number.NaN },
    { ...TINY, config: { ...TINY.config, left: 4 } },
    { ...TINY, config: { ...TINY.config, order: 0 } },
  ];
  for (const options of bad) {
    assert.throws(
      () => trainSegmenter(CORPUS, options),
      (err: unknown) => err instanceof TomtatError && err.code === "E_OPTION",
      JSON.stringify(options),
    );
  }
  const broken = encodeModel({ ...tiny, config: { ...tiny.config, right: 9 } });
  assert.throws(
    () => decodeModel(broken),
    (err: unknown) =>
      err instanceof TomtatError && err.code === "E_MODEL" && /right/.test(err.message),
  );
});
