import {
  closeSync,
  constants,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readSync,
  renameSync,
  writeSync,
} from "node:fs";
import { removeQuietly } from "./open-file.ts";
import { writeError } from "./output.ts";

/**
 * Rename failures where the target is there but cannot be replaced, though it may be written:
 * another user's file in a sticky folder such as /tmp (EPERM, EACCES), a file bind-mounted on
 * the target (`mount --bind`, a container's `-v out.txt:/out.txt`: EBUSY), another mount
 * (EXDEV).
 */
const UNREPLACEABLE = new Set(["EPERM", "EACCES", "EBUSY", "EXDEV"]);

/**
 * Puts the finished temporary file `temp` in the place of `target` (named `name` in errors):
 * renamed over it, so the target holds the old content or the whole new one. Where the rename
 * is refused (UNREPLACEABLE) and the target is a regular file that can be opened for writing,
 * the content is written into it in place, as tomtat wrote files before it replaced them. The
 * temporary file is gone after, whatever happens.
 * @throws the rename's error when the target could not be written either (it is untouched);
 * E_IO saying the output is incomplete when writing it in place failed half-way.
 */
export function commitReplacement(temp: string, target: string, name: string): void {
  try {
    renameSync(temp, target);
  } catch (err) {
    try {
      if (!UNREPLACEABLE.has((err as NodeJS.ErrnoException).code ?? "")) throw err;
      writeInPlace(temp, target, name, err);
    } finally {
      removeQuietly(temp);
    }
  }
}

/** Copies `temp` into `target`, emptied first; `refused` is thrown when the target cannot be opened. */
function writeInPlace(temp: string, target: string, name: string, refused: unknown): void {
  let out: number;
  try {
    out = openSync(target, constants.O_WRONLY);
  } catch {
    throw refused;
  }
  try {
    if (!fstatSync(out).isFile()) throw refused;
    try {
      copyContent(temp, out);
    } catch (err) {
      throw writeError(name, err);
    }
  } finally {
    closeSync(out);
  }
}

/**
 * Writes the content of the file `from` into the open file `to` from its start, synced to the
 * disk. Not copyFileSync: libuv's copy gives the target the source's mode (fchmod), which fails
 * on another user's file, the case this exists for.
 */
function copyContent(from: string, to: number): void {
  const input = openSync(from, constants.O_RDONLY);
  try {
    ftruncateSync(to, 0);
    const buffer = Buffer.allocUnsafe(64 * 1024);
    for (let n = readSync(input, buffer); n > 0; n = readSync(input, buffer)) {
      for (let done = 0; done < n; ) done += writeSync(to, buffer, done, n - done);
    }
    fsyncSync(to);
  } finally {
    closeSync(input);
  }
}
