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

export async function main(argv: string[]): Promise<void> {
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
