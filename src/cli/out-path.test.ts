import assert from "node:assert/strict";
import { existsSync, lstatSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { assertErrorLine as assertError, runCli, runShell as shell } from "../../test/cli.ts";
import { ARTICLE_A, ARTICLE_B, tempFiles } from "../../test/fixtures.ts";

const tomtat = (args: string[], stdin?: string) => runCli(args, { stdinFile: stdin });

const jsonlLine = (id: string) =>
  JSON.stringify({
    id,
    single_documents: [ARTICLE_A, ARTICLE_B].map((a) => ({ title: "Tin", raw_text: a })),
  });
const cluster = JSON.stringify({
  documents: [ARTICLE_A, ARTICLE_B].map((a) => ({ title: "Tin", text: a })),
});
const SUMMARY = tomtat(["summarize", tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B })]);

describe("--out in the input directory is written after the directory is read", () => {
  it("a new .txt file: not read as an input; a second run reads it, so it is refused", () => {
    const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B });
    const out = join(dir, "new.txt");
    const r = tomtat(["summarize", dir, "--out", out]);
    assert.deepEqual([r.code, r.stderr, r.stdout], [0, "", ""]);
    assert.equal(readFileSync(out, "utf8"), SUMMARY.stdout);
    assertError(
      tomtat(["summarize", dir, "--out", out]),
      /^tomtat: E_OPTION: --out .*new\.txt is the input file .*new\.txt: writing there would overwrite the input; choose another output file$/,
    );
    assert.equal(readFileSync(out, "utf8"), SUMMARY.stdout);
  });
  it("--json to a new .json file: nothing skipped; a second run is not refused", () => {
    const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B });
    const out = join(dir, "summary.json");
    const first = tomtat(["summarize", dir, "--json", "--out", out]);
    assert.deepEqual([first.code, first.stderr], [0, ""]);
    assert.equal(JSON.parse(readFileSync(out, "utf8")).skipped, undefined);
    // summary.json is now an entry of the directory that is not read: named, and overwritten.
    const second = tomtat(["summarize", dir, "--json", "--out", out]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(
      second.stderr,
      /^tomtat: note: .*: not read, not an article file .*: summary\.json\n$/,
    );
    assert.deepEqual(JSON.parse(readFileSync(out, "utf8")).skipped, ["summary.json"]);
  });
});

describe("an --out that is what standard input reads is refused, the input kept", () => {
  const refused: [string, string, string[]][] = [
    ["--jsonl - --out F < F", `${jsonlLine("c1")}\n`, ["summarize", "--jsonl", "-"]],
    ["- --out F < F", cluster, ["summarize", "-"]],
  ];
  for (const [what, content, args] of refused) {
    it(what, () => {
      const file = join(tempFiles({ "in.txt": content }), "in.txt");
      assertError(
        tomtat([...args, "--out", file], file),
        /^tomtat: E_OPTION: --out .*in\.txt is standard input: writing there would overwrite the input; choose another output file$/,
      );
      assert.equal(readFileSync(file, "utf8"), content);
    });
  }
  const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B, "in.jsonl": jsonlLine("c1") });
  const piped: [string, string, RegExp][] = [
    [
      "an article piped to /dev/stdin, --out /dev/stdin",
      `cat "${dir}/a.txt" | "$1" "$2" summarize /dev/stdin "${dir}/b.txt" --out /dev/stdin`,
      /^tomtat: E_OPTION: --out \/dev\/stdin is the input file \/dev\/stdin: writing there/,
    ],
    [
      "--jsonl - piped, --out /dev/stdin",
      `cat "${dir}/in.jsonl" | "$1" "$2" summarize --jsonl - --out /dev/stdin`,
      /^tomtat: E_OPTION: --out \/dev\/stdin is standard input: writing there/,
    ],
  ];
  for (const [what, script, line] of piped) {
    it(`${what}: refused, not a hang`, () => assertError(shell(script), line));
  }
});

describe("--out that is a link to nothing", () => {
  it("creates the file the link points to, as before; a failed run creates nothing", () => {
    const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B });
    const [link, target] = [join(dir, "link.out"), join(dir, "target.out")];
    symlinkSync(target, link);
    const args = ["summarize", join(dir, "a.txt"), join(dir, "b.txt"), "--out", link];
    assertError(tomtat([...args, "--max-syllables", "1"]), /^tomtat: E_OPTION: /);
    assert.equal(existsSync(target), false);
    const r = tomtat(args);
    assert.deepEqual([r.code, r.stderr], [0, ""]);
    assert.equal(readFileSync(target, "utf8"), SUMMARY.stdout);
    assert.ok(lstatSync(link).isSymbolicLink());
  });
});

describe("eval --out beside a VietnameseMDS data set", () => {
  const body = (text: string) => text.split("\n").slice(2).join("\n");
  const make = () =>
    tempFiles({
      "1.body.txt": body(ARTICLE_A),
      "1.info.txt": "TITLE: Buýt_điện\n",
      "2.body.txt": body(ARTICLE_B),
      "cluster_1.ref1.txt": "Hà Nội đưa vào hoạt động tuyến xe buýt điện đầu tiên từ sáng 2/9.",
    });
  it("a report in the folder is not a file of the data set: written, and again", () => {
    const dir = make();
    const out = join(dir, "report.md");
    for (const run of [1, 2]) {
      const r = tomtat(["eval", "--dataset", dir, "--system", "lead", "--out", out]);
      assert.equal(r.code, 0, `run ${run}: ${r.stderr}`);
      assert.match(readFileSync(out, "utf8"), /lead/);
    }
  });
  it("a file the data set is read from is refused", () => {
    const dir = make();
    const info = join(dir, "1.info.txt");
    writeFileSync(info, "TITLE: Buýt_điện\n");
    assertError(
      tomtat(["eval", "--dataset", dir, "--system", "lead", "--out", info]),
      /^tomtat: E_OPTION: --out .*1\.info\.txt is the input file .*1\.info\.txt: writing there/,
    );
    assert.equal(readFileSync(info, "utf8"), "TITLE: Buýt_điện\n");
  });
});
