import { TomtatError } from "../../errors.ts";
import type { Summarizer } from "../types.ts";
import { baselines } from "./baselines/index.ts";
import { tomtat } from "./tomtat.ts";

const ALL: Summarizer[] = [tomtat, ...baselines];

/** Every registered method; those that read references (the oracle) only when `includeOracle`. */
export function listSummarizers(includeOracle = false): Summarizer[] {
  return ALL.filter((s) => includeOracle || !s.needsReferences);
}

/** Looks a method up by name; the oracle is only found when `includeOracle` (evaluation). */
export function getSummarizer(name: string, includeOracle = false): Summarizer {
  const found = listSummarizers(includeOracle).find((s) => s.name === name);
  if (!found) {
    const names = listSummarizers(includeOracle)
      .map((s) => s.name)
      .join(", ");
    throw new TomtatError("E_OPTION", `unknown method "${name}"; expected one of: ${names}`);
  }
  return found;
}
