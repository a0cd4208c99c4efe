/**
 * The model file: gzip of a magic line, a JSON header (config, trie level sizes, weight scale,
 * provenance), the syllable list, the trie levels as (parent delta, syllable) LEB128 varints,
 * the dictionary-word nodes as id deltas, and the weights quantized to 16-bit integers
 * (zigzag varints, so the many small weights take one byte).
 */
import { gunzipSync, gzipSync } from "node:zlib";
import { TomtatError } from "../../errors.ts";
import {
  FEATURES_VERSION,
  makeLayout,
  type SegmenterConfig,
  type SegmenterModel,
  validateConfig,
  WORD_FLAG,
} from "./model.ts";
import { PairTable } from "./pair-table.ts";
import { trieArrays } from "./prune.ts";
import { ByteReader, ByteWriter } from "./varint.ts";

const MAGIC = "tomtat-segmenter 1\n";
const QMAX = 32767;

interface Header {
  features: number;
  config: SegmenterConfig;
  levelStart: number[];
  scale: number;
  meta: Record<string, unknown>;
}

/** Serializes a model (weights rounded to 16 bits) into a gzipped buffer. */
export function encodeModel(model: SegmenterModel): Buffer {
  const { levelStart, weights: w } = model;
  let maxAbs = 0;
  for (let i = 0; i < w.length; i++) maxAbs = Math.max(maxAbs, Math.abs(w[i] as number));
  const scale = maxAbs > 0 ? maxAbs / QMAX : 1;
  const header: Header = {
    features: FEATURES_VERSION,
    config: model.config,
    levelStart: Array.from(levelStart),
    scale,
    meta: model.meta,
  };
  const out = new ByteWriter();
  out.bytes(Buffer.from(MAGIC, "utf8"));
  out.text(JSON.stringify(header));
  out.text(model.symbols.join("\n"));
  const { parent, symbol } = trieArrays(model);
  const count = levelStart[levelStart.length - 1] as number;
  for (let m = 2; m < levelStart.length; m++) {
    let prev = 0;
    for (let node = levelStart[m - 1] as number; node < (levelStart[m] as number); node++) {
      const p = parent[node] as number;
      out.uint(p - prev);
      out.uint(symbol[node] as number);
      prev = p;
    }
  }
  let words = 0;
  for (let node = 0; node < count; node++)
    if (((model.flags[node] as number) & WORD_FLAG) !== 0) words++;
  out.uint(words);
  let last = 0;
  for (let node = 0; node < count; node++) {
    if (((model.flags[node] as number) & WORD_FLAG) === 0) continue;
    out.uint(node - last);
    last = node;
  }
  for (let i = 0; i < w.length; i++) out.int(Math.round((w[i] as number) / scale));
  return gzipSync(out.finish(), { level: 9 });
}

/** Reads a model written by `encodeModel`; `where` names the file in errors. */
export function decodeModel(data: Uint8Array, where = "segmenter model"): SegmenterModel {
  let raw: Buffer;
  try {
    raw = gunzipSync(data);
  } catch (err) {
    throw new TomtatError("E_MODEL", `expected a gzipped segmenter model: ${String(err)}`, where);
  }
  const magic = Buffer.from(MAGIC, "utf8");
  if (raw.length < magic.length || !raw.subarray(0, magic.length).equals(magic)) {
    throw new TomtatError("E_MODEL", `expected a file starting with "${MAGIC.trim()}"`, where);
  }
  const input = new ByteReader(raw, magic.length);
  let header: Header;
  try {
    header = JSON.parse(input.text()) as Header;
  } catch (err) {
    throw new TomtatError("E_MODEL", `corrupt segmenter model header: ${String(err)}`, where);
  }
  if (header.features !== FEATURES_VERSION) {
    throw new TomtatError(
      "E_MODEL",
      `model built for feature set ${header.features}, this code expects ${FEATURES_VERSION}; ` +
        "rebuild it with npm run train:segmenter",
      where,
    );
  }
  validateConfig(header.config, "E_MODEL");
  try {
    return readBody(header, input);
  } catch (err) {
    throw new TomtatError("E_MODEL", `corrupt segmenter model: ${String(err)}`, where);
  }
}

function readBody(header: Header, input: ByteReader): SegmenterModel {
  const symbols = input.text().split("\n");
  const levelStart = Int32Array.from(header.levelStart);
  const count = levelStart[levelStart.length - 1] as number;
  if ((levelStart[1] as number) !== symbols.length) throw new Error("vocabulary size mismatch");
  const trie = new PairTable(count - symbols.length);
  for (let m = 2; m < levelStart.length; m++) {
    let p = 0;
    for (let node = levelStart[m - 1] as number; node < (levelStart[m] as number); node++) {
      p += input.uint();
      trie.set(p, input.uint(), node);
    }
  }
  const flags = new Uint8Array(count);
  const words = input.uint();
  let node = 0;
  for (let k = 0; k < words; k++) {
    node += input.uint();
    flags[node] = WORD_FLAG;
  }
  const layout = makeLayout(header.config, levelStart);
  const weights = new Float32Array(layout.size);
  for (let i = 0; i < layout.size; i++) weights[i] = input.int() * header.scale;
  if (!input.done()) throw new Error("trailing bytes");
  const vocab = new Map<string, number>();
  for (let id = 3; id < symbols.length; id++) vocab.set(symbols[id] as string, id);
  return {
    config: header.config,
    vocab,
    symbols,
    trie,
    levelStart,
    flags,
    weights,
    layout,
    meta: header.meta,
  };
}
