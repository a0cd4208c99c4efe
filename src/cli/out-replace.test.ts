import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  lstatSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { assertErrorLine as assertError, runCli, runShell as shell } from "../../test/cli.ts";
import { ARTICLE_A, ARTICLE_B, tempFiles } from "../../test/fixtures.ts";

const jsonlLine = (id: string) =>
  JSON.stringify({
    id,
    single_documents: [ARTICLE_A, ARTICLE_B].map((a) => ({ title: "Tin", raw_text: a })),
  });
const dir = tempFiles({
  "a.txt": ARTICLE_A,
  "b.txt": ARTICLE_B,
  "in.jsonl": ["c1", "c2", "c3"].map(jsonlLine).join("\n"),
});
const articles = `"${dir}/a.txt" "${dir}/b.txt"`;
const SUMMARY = runCli(["summarize", join(dir, "a.txt"), join(dir, "b.txt")]).stdout;
const BATCH = runCli(["summarize", "--jsonl", join(dir, "in.jsonl")]).stdout;
const OLD = "Bản tóm tắt cũ của hôm qua.\n";
const isRoot = process.getuid?.() === 0;
// As root, a run is made by nobody where a test needs a user other than the file's owner.
const NOBODY = "setpriv --reuid=nobody --regid=nogroup --clear-groups ";

describe("a write that fails leaves --out as it was: an existing file kept, no file made", () => {
  // `ulimit -f N` refuses the bytes of a file past N KiB (EFBIG); SIGXFSZ is ignored so the
  // write fails instead of killing the process. 2 KiB take the first line of the batch, not two.
  it("2 KiB fall after the first --jsonl line and before the second", () => {
    const lines = BATCH.split("\n").map((l) => Buffer.byteLength(`${l}\n`));
    assert.ok((lines[0] ?? 0) < 2048 && (lines[0] ?? 0) + (lines[1] ?? 0) > 2048, `${lines}`);
  });
  const rows: [string, string, number][] = [
    ["summarize, its one write", `summarize ${articles}`, 0],
    ["--jsonl, the first line", `summarize --jsonl "${dir}/in.jsonl"`, 0],
    ["--jsonl, a later line", `summarize --jsonl "${dir}/in.jsonl"`, 2],
  ];
  for (const [what, args, kib] of rows) {
    for (const existing of [true, false]) {
      it(`${what}, ${existing ? "an existing file" : "a new file"}`, () => {
        const folder = tempFiles(existing ? { "out.txt": OLD } : {});
        const out = join(folder, "out.txt");
        const r = shell(`trap '' XFSZ; ulimit -f ${kib}; "$1" "$2" ${args} --out "${out}"`);
        assertError(
          r,
          /^tomtat: E_IO: \/.*\/out\.txt: cannot write: file too large \(EFBIG\); nothing was written$/,
        );
        // Nothing else in the folder: the temporary file is gone too.
        assert.deepEqual(readdirSync(folder), existing ? ["out.txt"] : []);
        if (existing) assert.equal(readFileSync(out, "utf8"), OLD);
      });
    }
  }
});

describe("a regular --out is replaced whole", () => {
  it("an existing file gets the new content with its permission bits and owner", () => {
    const folder = tempFiles({ "out.txt": OLD });
    const out = join(folder, "out.txt");
    chmodSync(out, 0o640);
    // Root can give the file away, and then keeps it with its owner: nobody (65534).
    const owner = isRoot ? 65534 : statSync(out).uid;
    if (isRoot) chownSync(out, owner, owner);
    const r = runCli(["summarize", join(dir, "a.txt"), join(dir, "b.txt"), "--out", out]);
    assert.deepEqual([r.code, r.stderr, r.stdout], [0, "", ""]);
    assert.equal(readFileSync(out, "utf8"), SUMMARY);
    const st = statSync(out);
    assert.deepEqual([st.mode & 0o7777, st.uid], [0o640, owner]);
    assert.deepEqual(readdirSync(folder), ["out.txt"]);
  });
  it("a link to a file: the file it leads to is replaced, the link stays", () => {
    const folder = tempFiles({ "real.txt": OLD });
    const r = shell(
      `cd "${folder}" && ln -s real.txt link.txt && "$1" "$2" summarize ${articles} --out link.txt`,
    );
    assert.deepEqual([r.code, r.stderr], [0, ""]);
    assert.ok(lstatSync(join(folder, "link.txt")).isSymbolicLink());
    assert.equal(readFileSync(join(folder, "real.txt"), "utf8"), SUMMARY);
    assert.deepEqual(readdirSync(folder).sort(), ["link.txt", "real.txt"]);
  });
  it("an existing file in a folder that admits no new file is written in place", {
    skip: process.getuid === undefined && "no user ids",
  }, () => {
    const folder = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B, "out.txt": OLD });
    const out = join(folder, "out.txt");
    // As root, the run is made by nobody, who may write the file but not the folder.
    const user = isRoot ? NOBODY : "";
    if (isRoot) chownSync(out, 65534, 65534);
    chmodSync(folder, 0o555);
    const r = shell(`cd "${folder}" && ${user}"$1" "$2" summarize a.txt b.txt --out out.txt`);
    chmodSync(folder, 0o755);
    assert.deepEqual([r.code, r.stderr], [0, ""]);
    assert.equal(readFileSync(out, "utf8"), SUMMARY);
    assert.deepEqual(readdirSync(folder), ["a.txt", "b.txt", "out.txt"]);
  });
});

describe("an --out that cannot be replaced is written in place at the end, as before", () => {
  const rows: [string, string, string][] = [
    ["summarize", "a.txt b.txt", SUMMARY],
    ["--jsonl", "--jsonl in.jsonl", BATCH],
  ];
  for (const [what, args, expected] of rows) {
    // In a sticky folder (/tmp) only a file's owner may rename over it: nobody may write root's
    // 0666 file but not replace it (EPERM). The owner and bits stay root's, as the file does.
    it(`another user's file in a sticky folder, ${what}`, {
      skip: !isRoot && "needs root, to run as a user who does not own the file",
    }, () => {
      const folder = tempFiles({ "in.jsonl": readFileSync(join(dir, "in.jsonl")), "out.txt": OLD });
      for (const name of ["a.txt", "b.txt"])
        writeFileSync(join(folder, name), readFileSync(join(dir, name)));
      const out = join(folder, "out.txt");
      chmodSync(out, 0o666);
      chmodSync(folder, 0o1777);
      const r = shell(`cd "${folder}" && ${NOBODY}"$1" "$2" summarize ${args} --out out.txt`);
      assert.deepEqual([r.code, r.stderr], [0, ""]);
      assert.equal(readFileSync(out, "utf8"), expected);
      const st = statSync(out);
      assert.deepEqual([st.mode & 0o7777, st.uid], [0o666, 0]);
      assert.deepEqual(readdirSync(folder).sort(), ["a.txt", "b.txt", "in.jsonl", "out.txt"]);
    });
  }
  // A file mounted on the target (Docker's `-v out.txt:/out.txt`) cannot be renamed over (EBUSY):
  // the file mounted there gets the summary.
  it("a file bind-mounted on the target", (t) => {
    const folder = tempFiles({ "mounted.txt": OLD, "out.txt": "" });
    const out = join(folder, "out.txt");
    const mount = spawnSync("mount", ["--bind", join(folder, "mounted.txt"), out], {
      encoding: "utf8",
    });
    if (mount.status !== 0) {
      t.skip(
        `mount --bind is not possible here: ${(mount.stderr || mount.error?.message) ?? ""}`.trim(),
      );
      return;
    }
    try {
      const r = runCli(["summarize", join(dir, "a.txt"), join(dir, "b.txt"), "--out", out]);
      assert.deepEqual([r.code, r.stderr, r.stdout], [0, "", ""]);
      assert.equal(readFileSync(out, "utf8"), SUMMARY);
      assert.deepEqual(readdirSync(folder).sort(), ["mounted.txt", "out.txt"]);
    } finally {
      spawnSync("umount", [out]);
    }
    assert.equal(readFileSync(join(folder, "mounted.txt"), "utf8"), SUMMARY);
  });
});

describe("an --out that is no regular file is written in place, as before", () => {
  const run = `"$1" "$2" summarize ${articles} --out`;
  const rows: [string, string, string][] = [
    [
      "/dev/stdout added to a log (>>): the log kept",
      `cd "$(mktemp -d)" && echo "Nhật ký." > log && ${run} /dev/stdout >> log && cat log`,
      `Nhật ký.\n${SUMMARY}`,
    ],
    ["/dev/fd/1 to a file (>)", `f=$(mktemp) && ${run} /dev/fd/1 > "$f" && cat "$f"`, SUMMARY],
    ["/dev/stdout, a pipe", `${run} /dev/stdout | cat`, SUMMARY],
    [
      "a FIFO",
      `cd "$(mktemp -d)" && mkfifo p && { cat p > got & } && ${run} p && wait && cat got`,
      SUMMARY,
    ],
    ["/dev/null", `${run} /dev/null && echo ok`, "ok\n"],
  ];
  for (const [what, script, expected] of rows) {
    it(what, () => {
      const r = shell(script);
      assert.deepEqual([r.code, r.stderr, r.stdout], [0, "", expected]);
    });
  }
});
