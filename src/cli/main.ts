import { Command, CommanderError } from "commander";
import { VERSION } from "../version.ts";
import { formatError } from "./common.ts";
import { registerEval } from "./eval.ts";
import { registerSegment } from "./segment.ts";
import { registerServe } from "./serve.ts";
import { registerSummarize } from "./summarize.ts";

/** Builds the `tomtat` command tree; each subcommand lives in its own file. */
export function buildProgram(): Command {
  const program = new Command("tomtat")
    .description("Summarize clusters of Vietnamese news articles, with provenance")
    .version(VERSION, "-V, --version")
    .showHelpAfterError()
    .exitOverride();
  registerSummarize(program);
  registerSegment(program);
  registerEval(program);
  registerServe(program);
  return program;
}

/**
 * A reader that stops early (`tomtat summarize --jsonl … | head -1`) closes the pipe: the job
 * ends quietly, as Unix tools do, instead of crashing on an unhandled EPIPE.
 */
function endQuietlyOnClosedPipe(err: NodeJS.ErrnoException): void {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
}

export async function main(argv: string[]): Promise<void> {
  process.stdout.on("error", endQuietlyOnClosedPipe);
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit through here with code 0
      if (err.exitCode === 0) return;
      process.exitCode = 1;
      return;
    }
    const { line, exitCode } = formatError(err);
    process.stderr.write(`${line}\n`);
    process.exitCode = exitCode;
  }
}

await main(process.argv);
