import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { chmodSync, readdirSync, readFileSync, statSync } from "node:fs";
import { constants } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { BIN, runCli } from "../../test/cli.ts";
import { ARTICLE_A, ARTICLE_B, tempFiles } from "../../test/fixtures.ts";

// Short articles of their own, so that the clusters differ; each cluster is two of them.
const ARTICLES = [
  ARTICLE_A,
  ARTICLE_B,
  "Mưa lớn gây ngập nhiều tuyến phố ở Huế\n\nChiều 14/10, mưa lớn kéo dài khiến nhiều tuyến phố trung tâm thành phố Huế ngập sâu.\nNước dâng cao gần nửa mét, nhiều xe máy chết máy giữa đường.\n",
  "Huế ngập sau trận mưa chiều qua\n\nTrận mưa lớn chiều 14/10 làm ngập các tuyến đường Lê Lợi và Hùng Vương ở Huế.\nChính quyền đã huy động lực lượng hỗ trợ người dân di chuyển an toàn.\n",
  "Đà Nẵng khai mạc lễ hội pháo hoa\n\nTối 8/6, lễ hội pháo hoa quốc tế Đà Nẵng khai mạc bên bờ sông Hàn với năm đội thi.\nHàng chục nghìn người dân và du khách đã đến xem màn trình diễn.\n",
];
const PAIRS = [
  [0, 1],
  [2, 3],
  [4, 0],
  [3, 4],
] as const;
const cluster = (id: string, n: number) =>
  JSON.stringify({
    id,
    single_documents: (PAIRS[n % PAIRS.length] ?? PAIRS[0]).map((i) => ({
      title: "Tin",
      raw_text: ARTICLES[i],
    })),
  });
const COUNT = 4000;
const inputs = tempFiles({
  "batch.jsonl": Array.from({ length: COUNT }, (_, n) => cluster(`c${n + 1}`, n)).join("\n"),
  "pairs.jsonl": PAIRS.map((_, n) => cluster(`p${n}`, n)).join("\n"),
});
// What each pair's line holds, but for its id: the lines of the batch are checked against them.
const EXPECTED = runCli(["summarize", "--jsonl", join(inputs, "pairs.jsonl")])
  .stdout.trimEnd()
  .split("\n")
  .map((line) => {
    const { id: _, ...rest } = JSON.parse(line);
    return rest;
  });
// Read by nobody too, in the sticky folder's row.
chmodSync(inputs, 0o755);
const OLD = "Kết quả cũ của hôm qua.\n";
const isRoot = process.getuid?.() === 0;
const TEMP = /^\.tomtat-.*\.tmp$/;

/** The exit status a shell sees: the code, or 128 + the signal's number (130 for SIGINT). */
function status(child: ChildProcess): Promise<number> {
  return new Promise((resolve) =>
    child.on("exit", (code, signal) =>
      resolve(code ?? 128 + constants.signals[signal ?? "SIGKILL"]),
    ),
  );
}

/** Waits until a temporary file in `folder` holds at least `bytes`, polling. */
async function tempGrows(folder: string, bytes: number, child: ChildProcess, stderr: () => string) {
  for (let waited = 0; waited < 60_000; waited += 20) {
    assert.equal(child.exitCode, null, `the batch ended before it was interrupted: ${stderr()}`);
    const temp = readdirSync(folder).find((name) => TEMP.test(name));
    if (temp && (statSync(join(folder, temp), { throwIfNoEntry: false })?.size ?? 0) >= bytes)
      return;
    await sleep(20);
  }
  assert.fail("no temporary file grew");
}

describe("an interrupted --jsonl batch keeps the lines it finished, and no temporary file", () => {
  const rows: [string, NodeJS.Signals, boolean, number][] = [
    ["SIGINT, an existing file", "SIGINT", false, 130],
    ["SIGTERM, a new file", "SIGTERM", false, 143],
    ["SIGINT, another user's file in a sticky folder (written in place)", "SIGINT", true, 130],
  ];
  for (const [what, signal, sticky, expected] of rows) {
    it(what, { skip: sticky && !isRoot && "needs root, to run as nobody" }, async () => {
      const folder = tempFiles(signal === "SIGTERM" ? {} : { "out.jsonl": OLD });
      const out = join(folder, "out.jsonl");
      const user = sticky ? ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] : [];
      if (sticky) {
        chmodSync(out, 0o666);
        chmodSync(folder, 0o1777);
      }
      const args = [process.execPath, BIN, "summarize", "--jsonl", join(inputs, "batch.jsonl")];
      const [command = "", ...rest] = [...user, ...args, "--out", "out.jsonl"];
      const child = spawn(command, rest, { cwd: folder, stdio: ["ignore", "pipe", "pipe"] });
      let stderr = "";
      child.stderr?.on("data", (chunk) => {
        stderr += chunk;
      });
      const exited = status(child);
      await tempGrows(folder, 16 * 1024, child, () => stderr);
      child.kill(signal);
      assert.equal(await exited, expected, stderr);
      assert.deepEqual(readdirSync(folder), ["out.jsonl"]);
      const text = readFileSync(out, "utf8");
      assert.ok(text.endsWith("\n"), "the file ends with a whole line");
      const lines = text.slice(0, -1).split("\n");
      assert.ok(lines.length > 1 && lines.length < COUNT, `${lines.length} lines`);
      lines.forEach((line, n) => {
        assert.deepEqual(JSON.parse(line), { id: `c${n + 1}`, ...EXPECTED[n % PAIRS.length] });
      });
      assert.equal(
        stderr,
        `tomtat: note: interrupted; ${lines.length} lines written to out.jsonl\n`,
      );
      if (sticky) assert.equal(statSync(out).uid, 0);
    });
  }
});

describe("an output interrupted before its close writes nothing", () => {
  // A single summary is written once, then closed: an interrupt between leaves the file as it
  // was. Output made and interrupted in a process of its own, at the point the CLI cannot be.
  const script = (keep: boolean) => `
    import { prepareOutput } from ${JSON.stringify(join(import.meta.dirname, "../io/writers.ts"))};
    const out = prepareOutput(process.argv[1], ${keep ? "{ onInterrupt: (kept) => console.log(JSON.stringify(kept)) }" : "{}"});
    await out.writeLine("Bản tóm tắt mới.");
    process.kill(process.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 10_000));`;
  const rows: [string, boolean, string, string][] = [
    ["a single summary: the file as it was", false, OLD, ""],
    ["a batch: its one line kept", true, "Bản tóm tắt mới.\n", '{"lines":1}\n'],
  ];
  for (const [what, keep, content, told] of rows) {
    it(what, async () => {
      const folder = tempFiles({ "out.txt": OLD });
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", script(keep), join(folder, "out.txt")],
        { stdio: ["ignore", "pipe", "inherit"] },
      );
      let stdout = "";
      child.stdout?.on("data", (chunk) => {
        stdout += chunk;
      });
      assert.equal(await status(child), 143);
      assert.deepEqual(readdirSync(folder), ["out.txt"]);
      assert.equal(readFileSync(join(folder, "out.txt"), "utf8"), content);
      assert.equal(stdout, told);
    });
  }
});
