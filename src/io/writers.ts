import { prepareFileOutput } from "./output/file.ts";
import type { Output, OutputOptions } from "./output/output.ts";
import { stdoutOutput } from "./output/stdout.ts";

export {
  ioReason,
  type Kept,
  type Output,
  type OutputOptions,
  writeError,
} from "./output/output.ts";
export { ClosedPipe } from "./output/stdout.ts";

/**
 * An output: a file when `path` is given (`-` or nothing is standard output). The path is
 * checked now, creating nothing, so that an output that cannot be written fails before any
 * work; the file is opened only at the first write, which the commands make after reading
 * their inputs (so a new file in an input directory is not one of its entries, and a pipe that
 * is also read is not held open). A regular file (through links, the file they lead to) is
 * written whole into a temporary file beside it and renamed over it at close (copied into it
 * where it cannot be replaced): a run that fails, before or while writing, leaves an existing
 * file as it was and creates none. A file being written when the run is interrupted (SIGINT,
 * SIGTERM, SIGHUP) is left as it was too, or keeps the lines written whole (`onInterrupt`).
 */
export function prepareOutput(path?: string, options: OutputOptions = {}): Output {
  if (!path || path === "-") return stdoutOutput();
  return prepareFileOutput(path, options);
}
