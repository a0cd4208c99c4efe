import assert from "node:assert/strict";
import { existsSync, linkSync, readFileSync, symlinkSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, it } from "node:test";
import { assertErrorLine as assertError, runCli } from "../../test/cli.ts";
import { ARTICLE_A, ARTICLE_B, tempFiles } from "../../test/fixtures.ts";

const tomtat = (args: string[], options: { input?: string; stdout?: string } = {}) =>
  runCli(args, { input: options.input, stdoutFile: options.stdout });

const jsonlLine = (id: string) =>
  JSON.stringify({
    id,
    single_documents: [ARTICLE_A, ARTICLE_B].map((a) => ({
      title: "Tin",
      raw_text: a.split("\n").slice(2).join("\n"),
    })),
    summaries: ["Hà Nội đưa vào hoạt động tuyến xe buýt điện đầu tiên từ sáng 2/9."],
  });
const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B });
const sets = tempFiles({ "in.jsonl": `${jsonlLine("c1")}\n${jsonlLine("c2")}\n` });
const jsonl = join(sets, "in.jsonl");
const FULL = "/dev/full";
const enospc = (where: string) =>
  new RegExp(
    `^tomtat: E_IO: ${where}: cannot write: no space left on device \\(ENOSPC\\); the output is incomplete$`,
  );

describe("a full disk is an E_IO error naming the output, never exit 0", {
  skip: !existsSync(FULL) && "no /dev/full",
}, () => {
  const cases: [string, string[], { input?: string; stdout?: string }, string][] = [
    ["summarize --out", ["summarize", dir, "--out", FULL], {}, FULL],
    ["summarize to stdout", ["summarize", dir], { stdout: FULL }, "stdout"],
    ["summarize --json to stdout", ["summarize", dir, "--json"], { stdout: FULL }, "stdout"],
    ["--jsonl --out", ["summarize", "--jsonl", jsonl, "--out", FULL], {}, FULL],
    ["--jsonl to stdout", ["summarize", "--jsonl", jsonl], { stdout: FULL }, "stdout"],
    ["segment to stdout", ["segment"], { input: "Hai bên đàm phán.\n", stdout: FULL }, "stdout"],
    ["help to stdout", ["summarize", "--help"], { stdout: FULL }, "stdout"],
  ];
  for (const [what, args, options, where] of cases) {
    it(what, () => assertError(tomtat(args, options), enospc(where)));
  }
});

describe("an output that would overwrite an input is refused before anything is written", () => {
  const refused: [string, string[], string][] = [
    ["--jsonl F --out F", ["summarize", "--jsonl", jsonl, "--out", jsonl], "in.jsonl"],
    [
      "--out, another path to the input",
      ["summarize", "--jsonl", jsonl, "--out", join(sets, "..", basename(sets), "in.jsonl")],
      "in.jsonl",
    ],
    [
      "--out, an input article",
      ["summarize", join(dir, "a.txt"), join(dir, "b.txt"), "--out", join(dir, "b.txt")],
      "b.txt",
    ],
    [
      "--out, a file of the input directory",
      ["summarize", dir, "--out", join(dir, "a.txt")],
      "a.txt",
    ],
    [
      "eval --out, the dataset",
      ["eval", "--dataset", jsonl, "--system", "lead", "--out", jsonl],
      "in.jsonl",
    ],
  ];
  for (const [what, args, file] of refused) {
    it(what, () => {
      const path = join(file.endsWith(".jsonl") ? sets : dir, file);
      const before = readFileSync(path, "utf8");
      assertError(
        tomtat(args),
        /^tomtat: E_OPTION: --out .* is .*: writing there would overwrite the input; choose another output file$/,
      );
      assert.equal(readFileSync(path, "utf8"), before);
    });
  }
  it("--out, a hard link or a symbolic link to the input", () => {
    const links = tempFiles({});
    linkSync(jsonl, join(links, "hard.jsonl"));
    symlinkSync(jsonl, join(links, "soft.jsonl"));
    for (const out of ["hard.jsonl", "soft.jsonl"]) {
      assertError(
        tomtat(["summarize", "--jsonl", jsonl, "--out", join(links, out)]),
        /^tomtat: E_OPTION: --out .* is the input file .*in\.jsonl: writing there/,
      );
    }
    assert.match(readFileSync(jsonl, "utf8"), /^\{"id":"c1"/);
  });
});

describe("eval checks --out before it evaluates", () => {
  /** An evaluation that fails (no sentence fits 3 syllables), its table sent to `out`. */
  const failingEval = (out: string) =>
    tomtat(["eval", "--dataset", jsonl, "--max-syllables", "3", "--out", out]);
  it("an unwritable --out fails first, not after the evaluation", () => {
    // The budget fails the evaluation: E_IO instead says the output was checked first.
    assertError(
      failingEval(join(dir, "no", "t.md")),
      /^tomtat: E_IO: .*t\.md: cannot open for writing: no such file or directory \(ENOENT\)$/,
    );
  });
  it("an evaluation that fails leaves an existing --out as it was and creates none", () => {
    const out = tempFiles({ "old.md": "bảng cũ\n" });
    for (const name of ["old.md", "new.md"]) {
      assertError(
        failingEval(join(out, name)),
        /^tomtat: E_OPTION: cluster c1: no sentence fits in the budget of 3 syllables/,
      );
    }
    assert.equal(readFileSync(join(out, "old.md"), "utf8"), "bảng cũ\n");
    assert.equal(existsSync(join(out, "new.md")), false);
  });
});
