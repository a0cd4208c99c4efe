import { type Output, writeError } from "./output.ts";

/** Raised when the reader of standard output went away (`| head -1`): the job ends quietly. */
export class ClosedPipe extends Error {
  constructor() {
    super("standard output was closed by its reader");
    this.name = "ClosedPipe";
  }
}

export function stdoutOutput(): Output {
  return {
    name: "stdout",
    writeLine: (line) =>
      new Promise((resolve, reject) => {
        process.stdout.write(`${line}\n`, (err) => {
          if (!err) resolve();
          else if ((err as NodeJS.ErrnoException).code === "EPIPE") reject(new ClosedPipe());
          else reject(writeError("stdout", err));
        });
      }),
    close: () => Promise.resolve(),
    abandon: () => {},
  };
}
