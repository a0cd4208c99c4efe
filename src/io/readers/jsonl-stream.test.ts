import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { tempFiles } from "../../../test/fixtures.ts";
import { TomtatError } from "../../errors.ts";
import { JSONL_HEAD_BYTES, jsonlLines } from "./jsonl-lines.ts";
import { countJsonlLines, streamJsonlItems } from "./jsonl-stream.ts";

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p) : Buffer.from(p))));
const utf16le = (text: string) => bytes([0xff, 0xfe], [...Buffer.from(text, "utf16le")]);
const utf16be = (text: string) => bytes([0xfe, 0xff], [...Buffer.from(text, "utf16le").swap16()]);
/** A blank first line that fills the head, so that what follows is read after it. */
const PAST_HEAD = `${" ".repeat(JSONL_HEAD_BYTES)}\n`;
const INVALID = [0xc3, 0x28];

/** What jsonlLines gives: `[line, text]`, or `[line, code, message]` for a line's error. */
type Given = [number, string] | [number, string, string];

async function lines(input: Buffer, chunk: number, maxLineBytes = 100): Promise<Given[]> {
  async function* chunks() {
    for (let i = 0; i < input.length; i += chunk) yield input.subarray(i, i + chunk);
  }
  const tooLong = (n: number, where: string) =>
    new TomtatError("E_TOO_LARGE", `the line has ${n} bytes`, where);
  const given: Given[] = [];
  for await (const l of jsonlLines(chunks(), "f", { maxLineBytes, tooLong })) {
    given.push("error" in l ? [l.line, l.error.code, l.error.message] : [l.line, l.text]);
  }
  return given;
}

describe("jsonlLines: lines cut and decoded one at a time, whatever the chunks", () => {
  const table: [string, Buffer, Given[]][] = [
    [
      "an empty line counts",
      bytes('{"a":1}\n\n{"b":2}\n'),
      [
        [1, '{"a":1}'],
        [3, '{"b":2}'],
      ],
    ],
    [
      "a last line without a break",
      bytes("a\nb"),
      [
        [1, "a"],
        [2, "b"],
      ],
    ],
    [
      "CRLF: the \\r stays, white space",
      bytes("a\r\n\r\nb\r\n"),
      [
        [1, "a\r"],
        [3, "b\r"],
      ],
    ],
    ["a lone \\r is no break", bytes("a\rb\n"), [[1, "a\rb"]]],
    [
      "a UTF-8 BOM is dropped",
      bytes([0xef, 0xbb, 0xbf], "á\nb"),
      [
        [1, "á"],
        [2, "b"],
      ],
    ],
    [
      "UTF-16LE after its mark",
      utf16le("ạ\r\n\nĊ\n"),
      [
        [1, "ạ\r"],
        [3, "Ċ"],
      ],
    ],
    [
      "UTF-16BE after its mark",
      utf16be("ạ\nĊb"),
      [
        [1, "ạ"],
        [2, "Ċb"],
      ],
    ],
    [
      "a line over the limit is its error, the next is read",
      bytes(`${"x".repeat(PAST_HEAD.length + 1)}\nok\n`),
      [
        [1, "E_TOO_LARGE", `f:1: the line has ${PAST_HEAD.length + 1} bytes`],
        [2, "ok"],
      ],
    ],
    [
      "invalid UTF-8 past the head: that line's error",
      bytes(PAST_HEAD, "a\n", INVALID, "\nb"),
      [
        [2, "a"],
        [3, "E_ENCODING", "f:3: the line is not valid UTF-8"],
        [4, "b"],
      ],
    ],
    [
      "a NUL past the head: that line's error",
      bytes(PAST_HEAD, "a\u0000\nb"),
      [
        [2, "E_BINARY", "f:2: the line holds binary data (NUL)"],
        [3, "b"],
      ],
    ],
    [
      "a line of errors only is no empty file",
      bytes(PAST_HEAD, INVALID),
      [[2, "E_ENCODING", "f:2: the line is not valid UTF-8"]],
    ],
  ];
  for (const [what, input, expected] of table) {
    for (const chunk of [1, 2, 3, 7, 64 * 1024]) {
      it(`${what} (chunks of ${chunk})`, async () => {
        assert.deepEqual(await lines(input, chunk, PAST_HEAD.length), expected, String(input));
      });
    }
  }
});

describe("jsonlLines: a fault of the file throws before its first line", () => {
  const table: [string, Buffer, string, RegExp][] = [
    ["empty", bytes(""), "E_EMPTY", /the file is empty/],
    ["blank lines only", bytes(" \n\r\n\n"), "E_EMPTY", /only white space/],
    ["a BOM alone", bytes([0xef, 0xbb, 0xbf]), "E_EMPTY", /only white space/],
    ["a NUL in the head", bytes('{"a":1}\n\u0000\n'), "E_BINARY", /binary file/],
    ["a PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), "E_BINARY", /binary file/],
    ["invalid UTF-8 in the head", bytes("a\n", INVALID, "\nb\n"), "E_ENCODING", /not valid UTF-8/],
    ["UTF-16 of an odd length", bytes([0xff, 0xfe, 0x41, 0x00, 0x42]), "E_ENCODING", /UTF-16/],
    ["a UTF-16 NUL", utf16le("a\u0000\n"), "E_BINARY", /binary file/],
  ];
  for (const [what, input, code, message] of table) {
    it(what, async () => {
      await assert.rejects(lines(input, 3), (err: unknown) => {
        assert.ok(err instanceof TomtatError);
        assert.equal(err.code, code);
        assert.match(err.message, message);
        return true;
      });
    });
  }
});

describe("streamJsonlItems: the items of a batch, line by line", () => {
  const cluster = (id: string) =>
    JSON.stringify({ id, single_documents: [{ title: "T", raw_text: "Câu một." }] });
  const long = JSON.stringify({
    id: "long",
    single_documents: [{ title: "T", raw_text: "Câu một. ".repeat(JSONL_HEAD_BYTES / 8) }],
  });
  const dir = tempFiles({
    "mixed.jsonl": bytes(
      [0xef, 0xbb, 0xbf],
      `${cluster("a")}\r\n`,
      '{"id": "b", "single_documents": [\r\n',
      "\r\n",
      `${long}\n`,
      INVALID,
      `\n${JSON.stringify({ id: "e", single_documents: [] })}\n`,
      JSON.stringify({ single_documents: [{ title: "T", raw_text: "Câu." }] }),
    ),
  });
  const file = join(dir, "mixed.jsonl");
  it("a BOM, CRLF, a malformed, an empty and a bad line, a last line without a break", async () => {
    const items = [];
    for await (const item of streamJsonlItems(file)) {
      items.push(
        "error" in item
          ? [item.line, item.id, item.error.code, item.error.message]
          : [item.line, item.id, item.cluster.documents[0]?.body.slice(0, 8)],
      );
    }
    assert.deepEqual(items, [
      [1, "a", "Câu một."],
      [
        2,
        "2",
        "E_JSON",
        `${file}:2: malformed JSON line (${jsonError('{"id": "b", "single_documents": [')})`,
      ],
      [4, "long", "Câu một."],
      [5, "5", "E_ENCODING", `${file}:5: the line is not valid UTF-8`],
      [6, "e", "E_EMPTY", `${file}:6: the cluster has no documents`],
      [7, "7", "Câu."],
    ]);
  });
  it("a line over three times the cluster limit is refused unread, naming the limit", async () => {
    const items = [];
    for await (const item of streamJsonlItems(file, { maxClusterBytes: 10_000 })) items.push(item);
    const error = items.find((i) => i.line === 4 && "error" in i);
    assert.ok(error && "error" in error);
    assert.equal(error.id, "4");
    assert.equal(error.error.code, "E_TOO_LARGE");
    assert.equal(error.error.limit, "maxClusterBytes");
    assert.match(error.error.message, /:4: the line has \d+ bytes; the limit is 30000$/);
  });
  it("counts the lines for the progress bar", async () => {
    assert.equal(await countJsonlLines(file), 7);
    assert.equal(await countJsonlLines(join(dir, "missing.jsonl")), 0);
  });
});

function jsonError(text: string): string {
  try {
    JSON.parse(text);
  } catch (err) {
    return (err as Error).message;
  }
  return "";
}
