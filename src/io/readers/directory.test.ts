import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ARTICLE_A, ARTICLE_B, tempFiles } from "../../../test/fixtures.ts";
import { TomtatError } from "../../errors.ts";
import { type ReadLog, readCluster, readJsonCluster, readTextFile } from "./index.ts";

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    if (err instanceof TomtatError) return `${err.code}: ${err.message}`;
    throw err;
  }
  return "no error";
}

test("a directory names every entry it does not read, with the reason", () => {
  const dir = tempFiles({
    "a.txt": ARTICLE_A,
    "b.md": ARTICLE_B,
    ".c.txt": ARTICLE_B,
    "ghi-chu.csv": "cột,giá trị\n",
  });
  symlinkSync(join(dir, "da-xoa.txt"), join(dir, "cu.txt"));
  mkdirSync(join(dir, "anh"));
  execFileSync("mkfifo", [join(dir, "ong.txt")]);
  const log: ReadLog = { files: [], skipped: [] };
  const cluster = readCluster([dir], undefined, log);
  assert.deepEqual(
    cluster.documents.map((d) => d.id),
    ["a.txt", "b.md"],
  );
  assert.deepEqual(log.files, [join(dir, "a.txt"), join(dir, "b.md")]);
  assert.deepEqual(log.skipped, [
    { name: ".c.txt", reason: "hidden" },
    { name: "anh/", reason: "type" },
    { name: "cu.txt", reason: "broken-link" },
    { name: "ghi-chu.csv", reason: "type" },
    // A pipe would wait for a writer forever: it is named, not read.
    { name: "ong.txt", reason: "special" },
  ]);
  assert.deepEqual(cluster.skipped, [".c.txt", "anh/", "cu.txt", "ghi-chu.csv", "ong.txt"]);
});

test("a VietnameseMDS folder names the entries outside its layout, a plain article too", () => {
  const dir = tempFiles({
    "1.body.txt": "Thân bài một. Câu hai.",
    "1.body.tok.txt": "Thân_bài một . Câu hai .",
    "1.info.txt": "TITLE: Bài_một\n",
    "2.body.txt": "Thân bài hai.",
    "c.ref1.txt": "Tham chiếu.",
    "c.sum.txt": "Tóm tắt.",
    "them.txt": "Bài thêm\n\nMột bài báo để lẫn vào thư mục.",
  });
  const log: ReadLog = { files: [], skipped: [] };
  const cluster = readCluster([dir], undefined, log);
  assert.deepEqual(
    cluster.documents.map((d) => [d.id, d.title]),
    [
      ["1", "Bài một"],
      ["2", ""],
    ],
  );
  assert.deepEqual(cluster.references, ["Tham chiếu."]);
  // The word-segmented copy and the summary belong to the layout but are not read.
  assert.deepEqual(
    log.files,
    ["1.body.txt", "1.info.txt", "2.body.txt", "c.ref1.txt"].map((f) => join(dir, f)),
  );
  assert.deepEqual(log.skipped, [{ name: "them.txt", reason: "layout" }]);
  assert.deepEqual(cluster.skipped, ["them.txt"]);
});

test("a VietnameseMDS folder holding another cluster's reference skips it", () => {
  const dir = join(tempFiles({}), "cluster_1");
  mkdirSync(dir);
  const files: Record<string, string> = {
    "1.body.txt": "Thân bài một. Câu hai.",
    "cluster_1.ref1.txt": "Tham chiếu một.",
    "cluster_1.ref2.txt": "Tham chiếu hai.",
    "cluster_7.ref2.txt": "Tham chiếu của cụm khác.",
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const log: ReadLog = { files: [], skipped: [] };
  const cluster = readCluster([dir], undefined, log);
  assert.deepEqual(cluster.references, ["Tham chiếu một.", "Tham chiếu hai."]);
  assert.deepEqual(log.skipped, [{ name: "cluster_7.ref2.txt", reason: "layout" }]);
});

test("a JSON cluster with both document lists is refused, naming both", () => {
  const both = JSON.stringify({
    documents: [{ title: "Mưa ở Huế", text: "Huế mưa to suốt đêm qua." }],
    single_documents: [{ title: "Lũ ở Quảng Trị", raw_text: "Nước sông Thạch Hãn lên nhanh." }],
  });
  assert.equal(
    codeOf(() => readJsonCluster(both, "stdin")),
    'E_SCHEMA: stdin: the cluster has both "single_documents" and "documents": give its documents in one of them',
  );
});

test("a pipe or a device given as a file is read, within the byte limit", async () => {
  const dir = tempFiles({});
  const fifo = join(dir, "bai.txt");
  execFileSync("mkfifo", [fifo]);
  // The writer runs in another process: reading the pipe blocks this one until it is done.
  const writer = spawn("sh", ["-c", 'printf "%s" "$1" > "$2"', "sh", ARTICLE_A, fifo]);
  assert.equal(readTextFile(fifo, 10_000), ARTICLE_A);
  await once(writer, "exit");
  assert.equal(
    codeOf(() => readTextFile("/dev/zero", 100_000)),
    "E_TOO_LARGE: /dev/zero: more than the limit of 100000 bytes",
    "an endless device is refused once it passes the limit",
  );
  writeFileSync(join(dir, "a.txt"), ARTICLE_A);
  assert.match(
    codeOf(() => readTextFile(dir, 100)),
    /^E_IO: .*: cannot read as text: a directory$/,
  );
});
