import { Command, CommanderError } from "commander";
import { TomtatError } from "../errors.ts";
import { writeError } from "../io/writers.ts";
import { VERSION } from "../version.ts";
import { EXIT_USER, formatError } from "./common.ts";
import { registerEval } from "./eval.ts";
import { registerHelp } from "./help.ts";
import { registerSegment } from "./segment.ts";
import { registerServe } from "./serve.ts";
import { registerSummarize } from "./summarize.ts";

/** Commander's exits that are no error: help and version asked for. */
const NOT_ERRORS = new Set(["commander.helpDisplayed", "commander.version", "commander.help"]);

/**
 * A usage error of commander (unknown option or command, missing value, missing required
 * option) as tomtat's one stderr line: E_USAGE with commander's message and where to read more.
 */
function usageError(err: CommanderError, command: string): TomtatError {
  const message = err.message
    .replace(/^error: /, "")
    .replace(/\s*\(Did you mean (.*)\)$/s, "; did you mean $1")
    .replace(/\s*\n\s*/g, " ")
    .replace(/\.$/, "");
  return new TomtatError("E_USAGE", `${message} (see ${command} --help)`);
}

/** Builds the `tomtat` command tree; each subcommand lives in its own file. */
export function buildProgram(): Command {
  const program = new Command("tomtat")
    .description("Summarize clusters of Vietnamese news articles, with provenance")
    .version(VERSION, "-V, --version")
    // Commander's own error text (and the help after it) is replaced by one line (main).
    .configureOutput({ outputError: () => {} })
    .exitOverride();
  registerSummarize(program);
  registerSegment(program);
  registerEval(program);
  registerServe(program);
  registerHelp(program);
  for (const command of [program, ...program.commands]) {
    const name = command === program ? "tomtat" : `tomtat ${command.name()}`;
    command.exitOverride((err) => {
      throw NOT_ERRORS.has(err.code) || err.exitCode === 0 ? err : usageError(err, name);
    });
  }
  return program;
}

/**
 * A reader that stops early (`tomtat summarize --jsonl … | head -1`) closes the pipe: the job
 * ends quietly, as Unix tools do, instead of crashing on an unhandled EPIPE. Other failures (a
 * full disk) are reported by the write that met them, or by the flush at the end of main.
 */
function onStdoutError(err: NodeJS.ErrnoException): void {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
}

/**
 * Waits until everything written to standard output so far is written (writes complete in
 * order), and gives the error that stopped it, if any: a write without a callback (commander's
 * help) is checked here.
 */
function flushStdout(): Promise<NodeJS.ErrnoException | undefined> {
  const stdout = process.stdout;
  if (stdout.errored || stdout.destroyed) return Promise.resolve(stdout.errored ?? undefined);
  return new Promise((resolve) => stdout.write("", (err) => resolve(err ?? undefined)));
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on("error", onStdoutError);
  const program = buildProgram();
  try {
    // `tomtat` alone: a usage error in one line, as any other (commander would print the help).
    if (argv.length <= 2) {
      const names = program.commands
        .map((c) => c.name())
        .filter((name) => name !== "help")
        .join(", ");
      throw new TomtatError("E_USAGE", `no command given: ${names} (see tomtat --help)`);
    }
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit through here with code 0; help shown for an error with code 1.
      if (err.exitCode !== 0) process.exitCode = EXIT_USER;
    } else {
      const { line, exitCode } = formatError(err);
      process.stderr.write(`${line}\n`);
      process.exitCode = exitCode;
    }
  }
  const failure = await flushStdout();
  if (failure && failure.code !== "EPIPE" && !process.exitCode) {
    process.stderr.write(`${formatError(writeError("stdout", failure)).line}\n`);
    process.exitCode = EXIT_USER;
  }
}

await main(process.argv);
