import type { Command } from "commander";
import { TomtatError } from "../errors.ts";
import { action } from "./common.ts";

/**
 * `tomtat help [command]`: the help of tomtat, or of one of its commands, `help` itself included
 * (`tomtat help help`, as `git help help`). It stands in for commander's implicit help command,
 * which had no help of its own and, for an unknown command, printed the whole help to stderr and
 * exited 1 without a word on what was wrong: that is E_USAGE naming the command.
 */
export function registerHelp(program: Command): void {
  const names = program.commands.map((c) => c.name()).join(", ");
  program
    .command("help")
    .description("display help for command")
    .argument("[command]", `the command to describe (${names} or help); none: tomtat itself`)
    .action(
      action((topic: string | undefined) => {
        const command =
          topic === undefined
            ? program
            : program.commands.find((c) => c.name() === topic || c.aliases().includes(topic));
        if (command === undefined)
          throw new TomtatError("E_USAGE", `unknown command '${topic}' (see tomtat --help)`);
        command.outputHelp();
      }),
    );
}
