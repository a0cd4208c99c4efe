import { decodeLeftEntities } from "./entities.ts";

/**
 * Non-empty lines, whitespace collapsed, entities left by markup escaped twice decoded
 * (entities.ts), joined by `\n`.
 */
export function paragraphs(lines: readonly string[]): string {
  return lines
    .map((l) => collapse(decodeLeftEntities(l)))
    .filter((l) => l !== "")
    .join("\n");
}

/** Runs of whitespace (no-break and zero-width spaces too) as one space, trimmed. */
export function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u200b]+/g, " ").trim();
}
