import { createWriteStream, openSync } from "node:fs";
import { TomtatError } from "../errors.ts";

/** Opens an output stream: a file when `path` is given (checked now, so errors come early), standard output otherwise. */
export function openOutput(path?: string): NodeJS.WritableStream {
  if (!path || path === "-") return process.stdout;
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new TomtatError("E_IO", `cannot open for writing (${reason})`, path);
  }
  return createWriteStream("", { fd, encoding: "utf8" });
}

/** Writes one line and waits for the stream to accept it (back-pressure aware). */
export function writeLine(stream: NodeJS.WritableStream, line: string): Promise<void> {
  return new Promise((resolve) => {
    if (stream.write(`${line}\n`)) resolve();
    else stream.once("drain", () => resolve());
  });
}

/** Ends a file stream and waits until it is flushed; standard output is left open. */
export function closeOutput(stream: NodeJS.WritableStream): Promise<void> {
  if (stream === process.stdout) return Promise.resolve();
  return new Promise((resolve, reject) => {
    stream.once("error", (err) => reject(new TomtatError("E_IO", `cannot write (${err.message})`)));
    stream.end(() => resolve());
  });
}
