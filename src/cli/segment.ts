import type { Command } from "commander";

/** Placeholder until the `segment` command lands; registers nothing yet. */
export function registerSegment(_program: Command): void {}
