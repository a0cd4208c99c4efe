import { readdirSync, realpathSync, type Stats, statSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { TomtatError } from "../errors.ts";

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** True when `path` lies somewhere inside the directory `dir` (links resolved). */
function isInside(path: string, dir: string): boolean {
  try {
    const rel = relative(realpathSync(dir), realpathSync(path));
    return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
  } catch {
    return false;
  }
}

/** True when an entry of `dir` is `target` (an entry may be a link to a file elsewhere). */
function isEntryOf(dir: string, target: Stats): boolean {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return false;
  }
  return names.some((name) => {
    const st = statOf(join(dir, name));
    return st !== undefined && sameFile(st, target);
  });
}

/**
 * Refuses an output file that would overwrite an input (`--jsonl a.jsonl --out a.jsonl`, also
 * through a link or another path to the same file): the same file as an input file, or an
 * existing file of an input directory (inside it, or linked from it). Checked before anything is
 * read or written. An output that does not exist yet, or is no regular file (a device, a pipe,
 * `-`), overwrites nothing.
 */
export function refuseOverwritingInputs(
  out: string | undefined,
  inputs: readonly string[],
  option = "--out",
): void {
  if (out === undefined || out === "-") return;
  const target = statOf(out);
  if (!target?.isFile()) return;
  for (const input of inputs) {
    const st = input === "-" ? undefined : statOf(input);
    if (st === undefined) continue;
    const clash = st.isDirectory()
      ? isInside(out, input) || isEntryOf(input, target)
        ? `a file of the input directory ${input}`
        : undefined
      : sameFile(st, target)
        ? `the input file ${input}`
        : undefined;
    if (clash !== undefined) {
      throw new TomtatError(
        "E_OPTION",
        `${option} ${out} is ${clash}: writing there would overwrite the input; choose another output file`,
      );
    }
  }
}
