/**
 * Running the command line in tests: the CLI spawned as a user runs it (`node bin/tomtat.js`),
 * its exit code and output, and the one-line error every failure must be.
 */
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../bin/tomtat.js", import.meta.url));

export interface CliRun {
  /** The exit code; null when the run was killed at its time limit (a hang). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Text given on standard input (a pipe); nothing by default. */
  input?: string;
  /** A file given as standard input instead (`< file`). */
  stdinFile?: string;
  /** A file (or a device such as /dev/full) that standard output goes to (`> file`). */
  stdoutFile?: string;
}

/** Runs `tomtat ARGS`, killed after a minute. */
export function runCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const fds: number[] = [];
  const open = (path: string, flags: string) => {
    const fd = openSync(path, flags);
    fds.push(fd);
    return fd;
  };
  try {
    const stdin = options.stdinFile === undefined ? "pipe" : open(options.stdinFile, "r");
    const stdout = options.stdoutFile === undefined ? "pipe" : open(options.stdoutFile, "w");
    const r = spawnSync(process.execPath, [BIN, ...args], {
      input: options.stdinFile === undefined ? (options.input ?? "") : undefined,
      stdio: [stdin, stdout, "pipe"],
      encoding: "utf8",
      timeout: 60_000,
    });
    return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
  } finally {
    for (const fd of fds) closeSync(fd);
  }
}

/** Runs a bash script for what only a shell makes (pipes, `<(…)`, limits): `$1` is node, `$2` the CLI. */
export function runShell(script: string): CliRun {
  const r = spawnSync("bash", ["-c", script, "bash", process.execPath, BIN], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

/** Exactly one stderr line matching `line` (`tomtat: CODE: message`), and exit 1. */
export function assertErrorLine(r: CliRun, line: RegExp): void {
  assert.equal(r.code, 1, `exit code; stderr: ${r.stderr}`);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 1, `one stderr line, got: ${r.stderr}`);
  assert.match(lines[0] ?? "", line);
}
