import type { Command } from "commander";

/** Placeholder until the `eval` command lands; registers nothing yet. */
export function registerEval(_program: Command): void {}
