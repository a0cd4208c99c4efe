import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { segmentStream } from "../../cli/segment.ts";
import { defaultSegmenter } from "./index.ts";

async function run(input: string): Promise<string> {
  const source = new PassThrough();
  const sink = new PassThrough();
  const chunks: string[] = [];
  sink.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
  const done = segmentStream(source, sink, defaultSegmenter());
  source.end(input);
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
