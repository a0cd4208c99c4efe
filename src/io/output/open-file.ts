import { randomBytes } from "node:crypto";
import {
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readlinkSync,
  realpathSync,
  type Stats,
  statSync,
  unlinkSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The stats of `path` (through links), or undefined when nothing is there. */
export function statIfThere(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw err;
  }
}

/** The last path of a chain (linkChain): the file itself. */
export const last = (chain: readonly string[]): string => chain[chain.length - 1] as string;

/**
 * The paths that opening `path` goes through: the path, then what each link names, up to the
 * file (or the name a link to nothing gives, where the file is made). A loop of links ends after
 * 40 hops; opening it then fails with ELOOP.
 */
export function linkChain(path: string): string[] {
  const chain = [path];
  for (let hops = 0; hops < 40; hops++) {
    try {
      chain.push(resolve(dirname(last(chain)), readlinkSync(last(chain))));
    } catch {
      break; // not a link (EINVAL), or nothing there (ENOENT)
    }
  }
  return chain;
}

/**
 * True for a path in /proc (`/proc/self/fd/1`, `/dev/fd/1`, the hop `/dev/stdout` makes): an
 * open file of a process, such as this run's standard output, which is written, not replaced
 * (the process would go on writing to the file replaced).
 */
function inProc(path: string): boolean {
  try {
    return realpathSync(dirname(path)).startsWith("/proc/");
  } catch {
    return false;
  }
}

/** An output file opened for writing: in place, or as `temp`, a new file beside `target`. */
export interface OpenedFile {
  fd: number;
  /** A regular file written from its start (not a device, a pipe or a file added to). */
  regular: boolean;
  replace?: { temp: string; target: string };
}

/**
 * Opens the output `path`. A regular file, there or to be made, is replaced: written into a
 * hidden temporary file in its folder, with its owner and permission bits. A file reached
 * through /proc is appended to; a device, a pipe or a socket is written in place, as is an
 * existing file whose folder admits no new file (EACCES, EPERM): there nothing can keep the old
 * content.
 */
export function openOutput(path: string): OpenedFile {
  const st = statIfThere(path);
  const chain = linkChain(path);
  // An open file of a process is added to: `>> log` keeps the log, `> file` emptied it already.
  if (chain.some(inProc)) {
    return { fd: openSync(path, constants.O_WRONLY | constants.O_APPEND), regular: false };
  }
  if (st?.isFile() === false) return openInPlace(path);
  const target = last(chain);
  const temp = join(
    dirname(target),
    `.tomtat-${process.pid}-${randomBytes(6).toString("hex")}.tmp`,
  );
  let fd: number;
  try {
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o666);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (st && (code === "EACCES" || code === "EPERM")) return openInPlace(path);
    throw err;
  }
  try {
    if (st) keepOwnerAndMode(fd, st);
  } catch (err) {
    closeSync(fd);
    removeQuietly(temp);
    throw err;
  }
  return { fd, regular: true, replace: { temp, target } };
}

/** Gives the new file `fd` the owner (where this process may) and permission bits of `st`. */
function keepOwnerAndMode(fd: number, st: Stats): void {
  try {
    fchownSync(fd, st.uid, st.gid);
  } catch {
    // Only root gives a file away: the new file is this user's, as any file it writes.
  }
  fchmodSync(fd, st.mode & 0o7777);
}

/** Opens an existing `path` in place, a regular file emptied. */
function openInPlace(path: string): OpenedFile {
  const fd = openSync(path, constants.O_WRONLY);
  try {
    const regular = fstatSync(fd).isFile();
    if (regular) ftruncateSync(fd, 0);
    return { fd, regular };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

/** Removes `path`, ignoring a failure: used when giving up. */
export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Giving up already: the error being reported is the one that matters.
  }
}
