import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { describe, it } from "node:test";
import { fileURLToPath } from "node:url";

const BIN = fileURLToPath(new URL("../../bin/tomtat.js", import.meta.url));
const LISTENING = /^tomtat: listening on (http:\/\/127\.0\.0\.1:\d+) /;
/** An error nothing handled ends the process with 70, not with the 1 it shares with a chosen exit. */
const CRASH = `data:text/javascript,process.on("uncaughtException", () => process.exit(70));`;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tomtat serve --port 0 --workers 0` with stdout and stderr each to a pipe or a file (a
 * device such as /dev/full); `then` acts on the running server (given its URL when stdout is a
 * pipe that says it) and resolves with how the process ended (70: it crashed). Killed after 20 s.
 */
function serve(
  to: { stdout?: string; stderr?: string; closeStdout?: boolean },
  then: (child: ReturnType<typeof spawn>, url: string | undefined) => void,
): Promise<Run> {
  const fds = [to.stdout, to.stderr].map((f) => (f === undefined ? "pipe" : openSync(f, "w")));
  const args = ["--import", CRASH, BIN, "serve", "--port", "0", "--workers", "0"];
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", fds[0] ?? "pipe", fds[1] ?? "pipe"],
  });
  for (const fd of fds) if (typeof fd === "number") closeSync(fd);
  const run: Run = { code: null, stdout: "", stderr: "" };
  const killer = setTimeout(() => child.kill("SIGKILL"), 20_000);
  if (to.closeStdout) child.stdout?.destroy();
  child.stderr?.on("data", (d) => {
    run.stderr += d;
  });
  child.stdout?.on("data", (d) => {
    run.stdout += d;
    const url = LISTENING.exec(run.stdout)?.[1];
    if (url) then(child, url);
  });
  if (child.stdout === null || to.closeStdout) then(child, undefined);
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      clearTimeout(killer);
      resolve({ ...run, code });
    }),
  );
}

/** What each output failure must give: exit 1, and one E_IO line naming the output when it can. */
describe("tomtat serve stops at once, with exit 1, when its output cannot be written", () => {
  const rows: [name: string, to: Parameters<typeof serve>[0], stderr: RegExp][] = [
    [
      "stdout to a full disk",
      { stdout: "/dev/full" },
      /^tomtat: E_IO: stdout: cannot write where the server listens: no space left on device \(ENOSPC\); the server stopped\n$/,
    ],
    [
      "stdout to a pipe whose reader left",
      { closeStdout: true },
      /^tomtat: E_IO: stdout: cannot write where the server listens: .*\(EPIPE\); the server stopped\n$/,
    ],
    // The request log cannot be written, nor can the error: the exit code alone tells.
    ["the request log to a full disk", { stderr: "/dev/full" }, /^$/],
  ];
  for (const [name, to, stderr] of rows) {
    it(`${name} → exit 1`, async () => {
      const run = await serve(to, (_, url) => {
        if (url) void fetch(`${url}/healthz`).catch(() => {});
      });
      assert.equal(run.code, 1, `exit code; stderr: ${run.stderr}`);
      assert.match(run.stderr, stderr);
    });
  }

  it("SIGTERM stops a server that could write, with exit 0", async () => {
    const run = await serve({}, (child, url) => {
      if (url) fetch(`${url}/healthz`).then(() => child.kill("SIGTERM"));
    });
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, / GET \/healthz 200 /);
  });
});
