import type { Command } from "commander";

/** Placeholder until the `serve` command lands; registers nothing yet. */
export function registerServe(_program: Command): void {}
