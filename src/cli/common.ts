import { isUserError, TomtatError } from "../errors.ts";
import { ClosedPipe } from "../io/writers.ts";
import type { Limits } from "../limits.ts";

/** The command's flag for each input limit it lets a user raise. */
export type LimitFlags = Partial<Record<keyof Limits, string>>;

/** Exit codes: 0 success, 1 usage or input error, 2 internal error. */
export const EXIT_OK = 0;
export const EXIT_USER = 1;
export const EXIT_INTERNAL = 2;

/**
 * Formats an error as the one stderr line the CLI promises: `tomtat: <CODE>: <message>`. An input
 * over a limit the command has a flag for names that flag.
 */
export function formatError(
  err: unknown,
  limitFlags: LimitFlags = {},
): { line: string; exitCode: number } {
  if (isUserError(err)) {
    const flag = err.limit === undefined ? undefined : limitFlags[err.limit];
    const raise = flag === undefined ? "" : ` (${flag} raises it)`;
    return { line: `tomtat: ${err.code}: ${err.message}${raise}`, exitCode: EXIT_USER };
  }
  const message = err instanceof Error ? err.message : String(err);
  const code = err instanceof TomtatError ? err.code : "E_INTERNAL";
  return { line: `tomtat: ${code}: ${oneLine(message)}`, exitCode: EXIT_INTERNAL };
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, " ").trim();
}

/**
 * Wraps a command action so every error becomes one stderr line and an exit code. Standard output
 * closed by its reader (`| head -1`) ends the job quietly, with the exit code it had.
 */
export function action<A extends unknown[]>(
  fn: (...args: A) => Promise<void> | void,
  limitFlags: LimitFlags = {},
): (...args: A) => Promise<void> {
  return async (...args: A) => {
    try {
      await fn(...args);
    } catch (err) {
      if (err instanceof ClosedPipe) return;
      const { line, exitCode } = formatError(err, limitFlags);
      process.stderr.write(`${line}\n`);
      process.exitCode = exitCode;
    }
  };
}

/**
 * A plain decimal number as a person types it: `250`, `0.25`, `.5`, `1.`; no sign, exponent,
 * hex or spaces.
 */
const DECIMAL = /^(?:\d+\.?\d*|\.\d+)$/;

/**
 * Parses a numeric CLI option strictly: rejects anything that is not a plain decimal number in
 * range (`0x20`, ` +4e1 `, `1e3` are refused, though Number() reads them; `40.` is 40). With
 * `aboveMin`, the lower bound itself is out of range (a share that must be positive).
 */
export function parseNumber(
  name: string,
  min: number,
  max: number,
  integer: boolean,
  aboveMin = false,
) {
  return (value: string): number => {
    const n = Number(value);
    if (
      !DECIMAL.test(value) ||
      !Number.isFinite(n) ||
      (aboveMin ? n <= min : n < min) ||
      n > max ||
      (integer && !Number.isInteger(n))
    ) {
      const range = aboveMin ? `above ${min} and at most ${max}` : `from ${min} to ${max}`;
      throw new TomtatError(
        "E_OPTION",
        `${name} expects ${integer ? "an integer" : "a number"} ${range}, got "${value}"`,
      );
    }
    return n;
  };
}
