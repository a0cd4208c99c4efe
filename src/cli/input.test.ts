import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { runCli, runShell as shell } from "../../test/cli.ts";
import { ARTICLE_A, ARTICLE_B, tempFiles } from "../../test/fixtures.ts";
import type { SkipReason } from "../io/readers/index.ts";

const tomtat = (args: string[], input = "") => runCli(args, { input });

const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B });
const a = join(dir, "a.txt");
const b = join(dir, "b.txt");

describe("usage errors are one line, tomtat: E_USAGE: …, exit 1", () => {
  const cases: [string[], string][] = [
    [["summarize", "--bogus", "x"], "unknown option '--bogus' (see tomtat summarize --help)"],
    [
      ["summarize", dir, "--max-syllables"],
      "option '--max-syllables <n>' argument missing (see tomtat summarize --help)",
    ],
    [
      ["summarize", dir, "--max-syllable", "80"],
      "unknown option '--max-syllable'; did you mean --max-syllables? (see tomtat summarize --help)",
    ],
    [["eval"], "required option '--dataset <name|path>' not specified (see tomtat eval --help)"],
    [["bogus"], "unknown command 'bogus' (see tomtat --help)"],
    [["help", "frob"], "unknown command 'frob' (see tomtat --help)"],
    [["help", "summarize", "--json"], "unknown option '--json' (see tomtat help --help)"],
    [[], "no command given: summarize, segment, eval, serve (see tomtat --help)"],
    [
      ["summarize", "-", a],
      "- is one JSON cluster on standard input and comes alone; give articles as files (an article on standard input as /dev/stdin)",
    ],
  ];
  for (const [args, message] of cases) {
    it(`tomtat ${args.join(" ")}`, () => {
      const r = tomtat(args);
      assert.deepEqual([r.code, r.stderr, r.stdout], [1, `tomtat: E_USAGE: ${message}\n`, ""]);
    });
  }
});

describe("tomtat help [command] prints the help --help prints, exit 0", () => {
  const cases: [string[], string[], RegExp][] = [
    [["help"], ["--help"], /^Usage: tomtat \[options\] \[command\]\n/],
    [["help", "summarize"], ["summarize", "--help"], /^Usage: tomtat summarize \[options\] /],
    [["help", "eval"], ["eval", "--help"], /^Usage: tomtat eval \[options\]\n/],
    [
      ["help", "help"],
      ["help", "--help"],
      /^Usage: tomtat help \[options\] \[command\]\n\ndisplay help for command\n\nArguments:\n {2}command +the command to describe \(summarize, segment, eval, serve or help\);/,
    ],
  ];
  for (const [args, same, usage] of cases) {
    it(`tomtat ${args.join(" ")}`, () => {
      const r = tomtat(args);
      assert.deepEqual([r.code, r.stderr], [0, ""]);
      assert.match(r.stdout, usage);
      assert.equal(r.stdout, tomtat(same).stdout);
    });
  }
});

describe("input from standard input and pipes", () => {
  it("an article piped to /dev/stdin is read beside a file", () => {
    const r = shell(`cat "${a}" | "$1" "$2" summarize /dev/stdin "${b}" --cite`);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /\[1\] stdin: Hà Nội mở tuyến buýt điện đầu tiên/);
  });
  it("a shell's <(…) is read as a file", () => {
    const r = shell(`"$1" "$2" summarize <(cat "${a}") "${b}" --json`);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.documents[0].title, "Hà Nội mở tuyến buýt điện đầu tiên");
    assert.match(out.summary, /buýt điện/);
  });
  it("--jsonl - reads the clusters from standard input", () => {
    const line = (id: string) =>
      JSON.stringify({
        id,
        single_documents: [ARTICLE_A, ARTICLE_B].map((t) => ({ title: "Tin", raw_text: t })),
      });
    const r = tomtat(["summarize", "--jsonl", "-"], `${line("x")}\n{"id":"y"\n`);
    const rows = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      rows.map((row) => [row.id, row.error?.code]),
      [
        ["x", undefined],
        ["2", "E_JSON"],
      ],
    );
    assert.match(rows[0].summary, /buýt điện/);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, "tomtat: E_FORMAT: stdin: 1 of 2 clusters failed: line 2 (E_JSON)\n");
  });
});

describe("what is not read or gives nothing is named on stderr", () => {
  const types = "not an article file (.txt, .text, .md, .markdown, .html, .htm, .xhtml)";
  const body = (text: string) => text.split("\n").slice(2).join("\n");
  /** A folder of articles and what is not read in it: the note, and --json's entries. */
  const folders: [string, () => string, string, [string, SkipReason][]][] = [
    [
      "a hidden file, a folder, a link to nothing, a pipe and a table in a directory",
      () => {
        const d = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B, ".nhap.txt": ARTICLE_B });
        symlinkSync(join(d, "da-xoa.txt"), join(d, "cu.txt"));
        mkdirSync(join(d, "anh"));
        execFileSync("mkfifo", [join(d, "ong.txt")]);
        writeFileSync(join(d, "so-lieu.csv"), "tuyến,xe\n1,30\n");
        return d;
      },
      `${types}: anh/, so-lieu.csv; hidden: .nhap.txt; a link to nothing: cu.txt; a pipe or a device, not a file: ong.txt`,
      [
        [".nhap.txt", "hidden"],
        ["anh/", "type"],
        ["cu.txt", "broken-link"],
        ["ong.txt", "special"],
        ["so-lieu.csv", "type"],
      ],
    ],
    [
      "a plain article in a VietnameseMDS folder",
      () =>
        tempFiles({
          "1.body.txt": body(ARTICLE_A),
          "1.info.txt": "TITLE: Buýt_điện\n",
          "2.body.txt": body(ARTICLE_B),
          "them.txt": ARTICLE_B,
        }),
      "not part of the VietnameseMDS layout (ID.body.txt, ID.info.txt, cluster_N.refK.txt): them.txt",
      [["them.txt", "layout"]],
    ],
  ];
  for (const [what, make, note, entries] of folders) {
    it(`${what}: the note, and with --json each entry with its reason`, () => {
      const d = make();
      const plain = tomtat(["summarize", d]);
      const json = tomtat(["summarize", d, "--json"]);
      for (const r of [plain, json]) {
        assert.equal(r.code, 0, r.stderr);
        assert.equal(r.stderr, `tomtat: note: ${d}: not read, ${note}\n`);
      }
      assert.match(plain.stdout, /buýt điện/);
      const out = JSON.parse(json.stdout);
      assert.match(out.summary, /buýt điện/);
      assert.deepEqual(
        out.skipped,
        entries.map(([name]) => name),
      );
      assert.deepEqual(
        out.skippedEntries,
        entries.map(([name, reason]) => ({ name, reason })),
      );
    });
  }
  it("a document with nothing left after cleaning, in the note, --json and --jsonl", () => {
    const d = tempFiles({
      "a.txt": ARTICLE_A,
      "rac.txt": "Bão số 3 đổ bộ Quảng Ninh\n\nChia sẻ: Facebook Zalo\n",
      "tieu-de.html":
        "<html><head><title>Bão vào Quảng Ninh</title></head><body><h1>Bão vào Quảng Ninh</h1></body></html>",
    });
    const r = tomtat(["summarize", d, "--json"]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stderr,
      "tomtat: note: nothing left after cleaning (no sentence of text), not summarized: document 2 (rac.txt), document 3 (tieu-de.html)\n",
    );
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.emptyDocuments, ["rac.txt", "tieu-de.html"]);
    assert.match(out.summary, /buýt điện/);
    const line = JSON.stringify({
      id: "k",
      documents: [
        { title: "Tin", text: ARTICLE_A },
        { title: "Rác", text: "Chia sẻ: Facebook Zalo" },
      ],
    });
    const batch = tomtat(["summarize", "--jsonl", "-"], line);
    assert.equal(batch.code, 0, batch.stderr);
    assert.deepEqual(JSON.parse(batch.stdout).emptyDocuments, ["2"]);
  });
});
