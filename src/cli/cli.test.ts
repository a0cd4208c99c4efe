import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync, truncateSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { assertErrorLine, BIN, type CliRun, runCli } from "../../test/cli.ts";
import { ARTICLE_A, ARTICLE_B, PNG_BYTES, tempFiles, withoutMarks } from "../../test/fixtures.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));

const tomtat = (args: string[], input?: string) => runCli(args, { input });

/** Every failure is exactly one stderr line `tomtat: CODE: message` and exit 1. */
const assertError = (r: CliRun, code: string) =>
  assertErrorLine(r, new RegExp(`^tomtat: ${code}: `));

test("summarize a directory prints the summary", () => {
  const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B });
  const r = tomtat(["summarize", dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /buýt điện/);
});

test("files of a directory that are not articles are named on stderr, not silently dropped", () => {
  const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B, "c.docx": PNG_BYTES });
  const r = tomtat(["summarize", dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /buýt điện/);
  assert.equal(
    r.stderr,
    `tomtat: note: ${dir}: not read, not an article file (.txt, .text, .md, .markdown, .html, .htm, .xhtml): c.docx\n`,
  );
  assert.equal(
    tomtat(["summarize", tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B })]).stderr,
    "",
  );
  const json = JSON.parse(tomtat(["summarize", dir, "--json"]).stdout);
  assert.deepEqual(json.skipped, ["c.docx"]);
  assert.match(json.summary, /buýt điện/);
});

test("--cite prints sentences with their sources; with --json it is a usage error", () => {
  const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B });
  const r = tomtat(["summarize", dir, "--cite"]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^.+ \[[12]:\d+\]\n/);
  assert.match(r.stdout, /\n\n\[\d\] [ab]\.txt: /);
  assertError(tomtat(["summarize", dir, "--cite", "--json"]), "E_USAGE");
  assertErrorLine(
    tomtat(["summarize", "--jsonl", "-", "--json"], ""),
    /^tomtat: E_USAGE: --jsonl already writes one JSON result per line; --json is for a single cluster$/,
  );
});

test("--json gives provenance that points into the cleaned documents", () => {
  const dir = tempFiles({ "a.txt": ARTICLE_A, "b.txt": ARTICLE_B });
  const r = tomtat(["summarize", dir, "--json", "--max-syllables", "60"]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.ok(out.stats.syllables <= 60);
  for (const s of out.sentences)
    assert.equal(out.documents[s.doc].sentences[s.sentenceIndex], s.text);
});

test("--compress cuts an aside and lists it; the source sentence stays in the provenance", () => {
  const dir = tempFiles({
    "a.txt":
      "Cháy chợ ở Đà Nẵng\n\nRạng sáng 3/5, một đám cháy lớn (chưa rõ nguyên nhân) đã thiêu rụi nhiều ki-ốt ở chợ Cồn.",
    "b.txt":
      "Chợ Cồn bốc cháy\n\nĐám cháy bùng phát ở chợ Cồn từ rạng sáng 3/5 khiến hàng chục ki-ốt bị thiêu rụi hoàn toàn.",
  });
  const r = tomtat(["summarize", dir, "--json", "--compress"]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  const cut = out.sentences.find((s: { removed?: string[] }) => s.removed !== undefined);
  assert.deepEqual(cut?.removed, ["(chưa rõ nguyên nhân)"]);
  assert.equal(out.documents[cut.doc].sentences[cut.sentenceIndex], cut.source);
  assert.doesNotMatch(out.summary, /chưa rõ nguyên nhân/);
});

test("JSON on stdin with -", () => {
  const input = JSON.stringify({
    documents: [
      {
        title: "Mưa lớn ở Huế",
        text: "Mưa lớn kéo dài từ đêm qua khiến nhiều tuyến phố ở Huế ngập sâu.",
      },
      {
        title: "Huế ngập",
        text: "Nhiều tuyến phố ở thành phố Huế bị ngập sau trận mưa lớn đêm qua.",
      },
    ],
  });
  const r = tomtat(["summarize", "-"], input);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /Huế/);
});

test("a .json file argument is read as a JSON cluster, not as an article", () => {
  const r = tomtat(["summarize", join(root, "examples", "cluster.json")]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /cầu Rồng Vàng/);
  assert.doesNotMatch(r.stdout, /"title"|"text"|[{}]/);
});

test("--jsonl writes one line per cluster with id, summary and sentences", () => {
  const line = (title: string) =>
    JSON.stringify({
      single_documents: [
        { title, raw_text: ARTICLE_A.split("\n").slice(2).join("\n") },
        { title: "B", raw_text: ARTICLE_B.split("\n").slice(2).join("\n") },
      ],
    });
  const dir = tempFiles({ "in.jsonl": `${line("A")}\n${line("C")}\n` });
  const out = join(dir, "out.jsonl");
  const r = tomtat(["summarize", "--jsonl", join(dir, "in.jsonl"), "--out", out]);
  assert.equal(r.code, 0, r.stderr);
  const rows = readFileSync(out, "utf8")
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    rows.map((x) => x.id),
    ["1", "2"],
  );
  assert.ok(
    rows.every(
      (x) => typeof x.summary === "string" && x.summary.length > 0 && x.sentences.length > 0,
    ),
  );
});

test("--jsonl: clusters that fail get an error line each, and stderr counts them", () => {
  const doc = (text: string) => ({ title: "Tin", raw_text: text });
  const good = JSON.stringify({
    single_documents: [ARTICLE_A, ARTICLE_B].map((a) => doc(a.split("\n").slice(2).join("\n"))),
  });
  const english =
    "The city opened its first electric bus line on Monday, linking two districts across the river. ";
  const bad = JSON.stringify({
    single_documents: [doc(english.repeat(3)), doc(english.repeat(3))],
  });
  const dir = tempFiles({ "in.jsonl": [good, ...Array(7).fill(bad)].join("\n") });
  const r = tomtat(["summarize", "--jsonl", join(dir, "in.jsonl")]);
  const lines = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.equal(lines.length, 8);
  assert.match(lines[0].summary, /buýt điện/);
  assert.deepEqual(lines[7], {
    id: "8",
    line: 8,
    error: { code: "E_NOT_VIETNAMESE", message: lines[7].error.message },
  });
  assertError(r, "E_FORMAT");
  assert.match(
    r.stderr,
    /in\.jsonl: 7 of 8 clusters failed: line 2 \(E_NOT_VIETNAMESE\), line 3 .*, line 6 \(E_NOT_VIETNAMESE\) and 2 more\n$/,
  );
});

test("--jsonl: a malformed, empty or oversized line gets its error line and the batch goes on", () => {
  const doc = (text: string) => ({ title: "Tin", raw_text: text });
  const body = (a: string) => a.split("\n").slice(2).join("\n");
  const good = (id: string) =>
    JSON.stringify({ id, single_documents: [doc(body(ARTICLE_A)), doc(body(ARTICLE_B))] });
  const lines = [
    good("a"),
    '{"id": "b", "single_documents": [',
    JSON.stringify({ id: "c", single_documents: [doc("   ")] }),
    JSON.stringify({ id: "d", single_documents: [doc(body(ARTICLE_A).repeat(1000))] }),
    "",
    good("e"),
  ];
  const dir = tempFiles({ "in.jsonl": lines.join("\n") });
  const r = tomtat([
    "summarize",
    "--jsonl",
    join(dir, "in.jsonl"),
    "--max-document-bytes",
    "100000",
  ]);
  const out = r.stdout
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  assert.deepEqual(
    out.map((o) => [o.id, o.line, o.error?.code]),
    [
      ["a", undefined, undefined],
      ["2", 2, "E_JSON"],
      ["c", 3, "E_EMPTY"],
      ["d", 4, "E_TOO_LARGE"],
      ["e", undefined, undefined],
    ],
    "a line that does not parse is named by its number; the others keep their id",
  );
  assert.match(out[0].summary, /buýt điện/);
  assert.equal(out[4].summary, out[0].summary);
  assert.match(out[1].error.message, /in\.jsonl:2: malformed JSON line/);
  assertError(r, "E_FORMAT");
  assert.match(
    r.stderr,
    /in\.jsonl: 3 of 5 clusters failed: line 2 \(E_JSON\), c \(E_EMPTY\), d \(E_TOO_LARGE\)\n$/,
  );
});

test("--jsonl: the error line of Vietnamese typed without marks carries the hint", () => {
  const unmarked = JSON.stringify({
    single_documents: [ARTICLE_A, ARTICLE_B].map((a) => ({
      title: "Tin",
      raw_text: withoutMarks(a.split("\n").slice(2).join("\n")),
    })),
  });
  const dir = tempFiles({ "in.jsonl": `${unmarked}\n` });
  const r = tomtat(["summarize", "--jsonl", join(dir, "in.jsonl")]);
  const line = JSON.parse(r.stdout);
  assert.equal(line.error.code, "E_NOT_VIETNAMESE");
  assert.equal(line.error.hint, "unmarked-vietnamese");
  assertError(r, "E_FORMAT");
});

test("a reader that stops early (| head -1) ends the job quietly, no EPIPE crash", async () => {
  const line = JSON.stringify({
    single_documents: [
      { title: "A", raw_text: ARTICLE_A.split("\n").slice(2).join("\n") },
      { title: "B", raw_text: ARTICLE_B.split("\n").slice(2).join("\n") },
    ],
  });
  const dir = tempFiles({ "in.jsonl": `${line}\n`.repeat(300) });
  const child = spawn(process.execPath, [BIN, "summarize", "--jsonl", join(dir, "in.jsonl")]);
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString("utf8");
  });
  let first = "";
  child.stdout.once("data", (c: Buffer) => {
    first = c.toString("utf8");
    child.stdout.destroy();
  });
  const [code] = (await once(child, "exit")) as [number | null];
  assert.match(first, /^\{"id":"1","summary":"/);
  assert.equal(stderr, "");
  assert.equal(code, 0);
});

test("bad input: one line on stderr with a code, non-zero exit, no crash", () => {
  const dir = tempFiles({
    "empty.txt": "",
    "image.png": PNG_BYTES,
    "big.txt": "Tiêu đề\n",
  });
  truncateSync(join(dir, "big.txt"), 50 * 1024 * 1024);
  assertError(tomtat(["summarize", join(dir, "empty.txt")]), "E_EMPTY");
  assertError(tomtat(["summarize", join(dir, "image.png")]), "E_BINARY");
  assertErrorLine(
    tomtat(["summarize", join(dir, "big.txt")]),
    /^tomtat: E_TOO_LARGE: .*big\.txt: the file has 52428800 bytes; the limit is 2097152 \(--max-document-bytes raises it\)$/,
  );
  assertErrorLine(
    tomtat(["summarize", "-", "--max-cluster-bytes", "5"], '{"documents":[{"text":"Xin chào."}]}'),
    /^tomtat: E_TOO_LARGE: stdin: standard input is over 15 bytes \(--max-cluster-bytes raises it\)$/,
  );
  assertError(tomtat(["summarize", "--jsonl", join(dir, "image.png")]), "E_BINARY");
  assertError(tomtat(["summarize", join(dir, "nope.txt")]), "E_NOT_FOUND");
  assertError(tomtat(["summarize", "-"], "{not json"), "E_JSON");
  assertError(tomtat(["summarize", dir, "--max-syllables", "abc"]), "E_OPTION");
  assertError(tomtat(["summarize"]), "E_USAGE");
});

test("--help and --version exit 0", () => {
  const help = tomtat(["summarize", "--help"]);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /--max-syllables/);
  const version = tomtat(["--version"]);
  assert.equal(version.code, 0);
  assert.equal(
    version.stdout.trim(),
    JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version,
  );
});

test("the seeds summarize cleanly from the command line", {
  skip: !existsSync(join(root, "../shared/seeds")) && "no seeds",
}, () => {
  const r = tomtat(["summarize", join(root, "../shared/seeds")]);
  assert.equal(r.code, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /Chia sẻ|Tin cùng chuyên mục|TTXVN|ảnh 1/);
});
