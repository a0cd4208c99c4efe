import { fstatSync, type Stats, statSync } from "node:fs";
import { TomtatError } from "../errors.ts";

function statOf(stat: () => Stats): Stats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

/**
 * True when writing `out` would overwrite `input`: the same file, pipe or socket (device and
 * inode). A terminal or another device is not: `/dev/stdin` in and `/dev/stdout` out may be the
 * same terminal, read and written apart.
 */
function overwrites(out: Stats, input: Stats): boolean {
  const kind = out.isFile() || out.isFIFO() || out.isSocket();
  return kind && out.dev === input.dev && out.ino === input.ino;
}

/**
 * Refuses an output file that would overwrite an input: one of the files `inputs` were read
 * from (`--jsonl a.jsonl --out a.jsonl`, also through a link or another path to the same file),
 * or, for `-`, what standard input is (`summarize - --out x.json < x.json`, `--out /dev/stdin`
 * while standard input is read from a pipe). `inputs` are the files actually read (a
 * directory's articles, not its other entries); the output is opened only after this check. An
 * output that does not exist yet overwrites nothing.
 */
export function refuseOverwritingInputs(
  out: string | undefined,
  inputs: readonly string[],
  option = "--out",
): void {
  if (out === undefined || out === "-") return;
  const target = statOf(() => statSync(out));
  if (target === undefined) return;
  for (const input of inputs) {
    const st = statOf(() => (input === "-" ? fstatSync(0) : statSync(input)));
    if (st === undefined || !overwrites(target, st)) continue;
    const what = input === "-" ? "standard input" : `the input file ${input}`;
    throw new TomtatError(
      "E_OPTION",
      `${option} ${out} is ${what}: writing there would overwrite the input; choose another output file`,
    );
  }
}
