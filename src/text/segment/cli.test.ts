import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { segmentStream } from "../../cli/segment.ts";
import { TomtatError } from "../../errors.ts";
import { defaultSegmenter } from "./index.ts";

async function run(input: string | Uint8Array, chunkSize = 0): Promise<string> {
  const source = new PassThrough();
  const sink = new PassThrough();
  const chunks: string[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
  const done = segmentStream(source, sink, defaultSegmenter());
  const bytes = typeof input === "string" ? Buffer.from(input) : Buffer.from(input);
  if (chunkSize > 0) {
    for (let i = 0; i < bytes.length; i += chunkSize)
      source.write(bytes.subarray(i, i + chunkSize));
    source.end();
  } else source.end(bytes);
  await done;
  return chunks.join("");
}

test("segmentStream writes one line per input line, empty lines kept", async () => {
  const cases: [string, string][] = [
    ["", ""],
    ["\n", "\n"],
    ["đàm phán\n", "đàm_phán\n"],
    ["Hai bên đàm phán.\n\nTại Hà Nội", "Hai bên đàm_phán .\n\nTại Hà_Nội\n"],
    ["học sinh\r\nsinh viên\r\n", "học_sinh\nsinh_viên\n"],
  ];
  for (const [input, expected] of cases)
    assert.equal(await run(input), expected, JSON.stringify(input));
});

test("segmentStream reads UTF-8 split anywhere, CR line ends and a BOM", async () => {
  const input = "\ufeffhọc sinh\r\nsinh viên\rđàm phán\r\n";
  for (const size of [0, 1, 2, 3, 5]) {
    assert.equal(await run(input, size), "học_sinh\nsinh_viên\nđàm_phán\n", `chunks of ${size}`);
  }
});

/** UTF-16 bytes of `text` after their byte-order mark, little- or big-endian. */
function utf16(text: string, order: "le" | "be"): Uint8Array {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  return order === "le" ? le : Buffer.from(le).swap16();
}

test("segmentStream reads UTF-16 with its byte-order mark, as files are read", async () => {
  const input = "học sinh\r\nsinh viên\nđàm phán";
  for (const order of ["le", "be"] as const) {
    for (const size of [0, 1, 3]) {
      assert.equal(
        await run(utf16(input, order), size),
        "học_sinh\nsinh_viên\nđàm_phán\n",
        `UTF-16${order.toUpperCase()}, chunks of ${size}`,
      );
    }
  }
  assert.equal(await run("h"), "h\n", "a one-byte input");
});

test("segmentStream refuses binary and invalid UTF-8 or UTF-16 with coded errors", async () => {
  const cases: [string, Uint8Array, string][] = [
    ["NUL bytes", Uint8Array.from([0x61, 0x00, 0x62, 0x0a]), "E_BINARY"],
    ["Latin-1", Uint8Array.from([0x48, 0xe0, 0x20, 0x4e, 0xf4, 0x69, 0x0a]), "E_ENCODING"],
    ["a cut multi-byte letter at the end", Buffer.from("đàm phá").subarray(0, -1), "E_ENCODING"],
    ["a NUL character in UTF-16", utf16("đàm\u0000phán", "le"), "E_BINARY"],
    ["a cut UTF-16 unit at the end", utf16("đàm phán", "le").subarray(0, -1), "E_ENCODING"],
  ];
  for (const [what, bytes, code] of cases) {
    await assert.rejects(
      run(bytes, 2),
      (e: unknown) => e instanceof TomtatError && e.code === code && /stdin/.test(e.message),
      what,
    );
  }
});

test("segmentStream keeps the line count on a large input", async () => {
  const lines = Array.from({ length: 5000 }, (_, i) => (i % 7 === 0 ? "" : `dòng ${i} về kinh tế`));
  const out = await run(`${lines.join("\n")}\n`);
  const got = out.split("\n");
  assert.equal(got.length, lines.length + 1);
  assert.equal(got[1], "dòng 1 về kinh_tế");
  assert.equal(got[7], "");
});

test("tomtat segment reads stdin and writes stdout (spawned CLI)", () => {
  const bin = fileURLToPath(new URL("../../../bin/tomtat.js", import.meta.url));
  const result = spawnSync(process.execPath, [bin, "segment"], {
    input: "Ông Nguyễn Văn An cho biết\n\nđàm phán",
    encoding: "utf8",
  });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, "Ông Nguyễn_Văn_An cho biết\n\nđàm_phán\n");
});

test("segmentStream waits for a slow output without piling up listeners", async () => {
  const warnings: string[] = [];
  const onWarning = (w: Error) => warnings.push(w.name);
  process.on("warning", onWarning);
  const source = new PassThrough();
  const sink = new PassThrough({ highWaterMark: 16 });
  let lines = 0;
  // A reader that pauses after every chunk, so the writer must wait for "drain".
  sink.on("data", (c: Buffer) => {
    for (const byte of c) if (byte === 0x0a) lines++;
    sink.pause();
    setImmediate(() => sink.resume());
  });
  const done = segmentStream(source, sink, defaultSegmenter());
  source.end(`${"Hai bên đã bắt đầu đàm phán về an ninh.\n".repeat(40_000)}`);
  await done;
  await new Promise((resolve) => setImmediate(resolve));
  process.off("warning", onWarning);
  assert.equal(lines, 40_000);
  assert.ok(sink.listenerCount("drain") <= 1, `drain listeners: ${sink.listenerCount("drain")}`);
  assert.ok(sink.listenerCount("close") <= 1, `close listeners: ${sink.listenerCount("close")}`);
  assert.deepEqual(warnings, []);
});
