import { type Command, Option } from "commander";
import { TomtatError } from "../errors.ts";
import { ioReason } from "../io/writers.ts";
import { DEFAULTS, isHostName, LIMITS } from "../server/options.ts";
import { type StartOptions, start } from "../server/start.ts";
import { action, EXIT_OK, EXIT_USER, formatError, parseNumber } from "./common.ts";

type Limit = keyof typeof DEFAULTS;

/**
 * Every limit of the server is a flag (a record, so that the compiler asks for a flag when a limit
 * is added), parsed within the range the server accepts (LIMITS), so a bad value is E_OPTION
 * naming the flag before anything starts.
 */
const LIMIT_FLAGS: Record<Limit, [flag: string, meaning: string]> = {
  maxBodyBytes: ["--max-body-bytes <n>", "largest request body in bytes (413 above)"],
  maxDocuments: ["--max-documents <n>", "most documents in one summarize request (400 above)"],
  maxTextChars: [
    "--max-text-chars <n>",
    "most characters of text in one request, after HTML extraction, and of Markdown before parsing (413 above)",
  ],
  timeoutMs: ["--timeout <ms>", "time limit of one request in milliseconds (503 past it)"],
  workers: ["--workers <n>", "worker threads for summarization; 0 runs it on the main thread"],
};

/** What `tomtat serve` starts: the options of `start` from the parsed flags. */
export type Serve = (options: StartOptions) => Promise<void>;

/** `tomtat serve`: the HTTP API and the web page on one local port; no external service needed. */
export function registerServe(program: Command, serve: Serve = listen): void {
  const command = program
    .command("serve")
    .description(
      "start the local HTTP service: the page at /, POST /v1/summarize, /v1/segment and /v1/article",
    )
    .option(
      "--port <n>",
      "port to listen on (0 picks a free one)",
      parseNumber("--port", 0, 65535, true),
      8080,
    )
    .option(
      "--host <address>",
      "interface to bind (0.0.0.0 exposes it to the network)",
      "127.0.0.1",
    )
    .option(
      "--allow-host <name>",
      "a host name the server answers to besides its address and localhost, as a proxy or DNS name sends it; repeat for more, `any` for every name (default: any when bound to a network)",
      (name: string, names: string[] = []) => {
        if (!isHostName(name)) {
          throw new TomtatError(
            "E_OPTION",
            `--allow-host expects a host name, got ${JSON.stringify(name)}`,
          );
        }
        return [...names, name];
      },
    );
  const limits: [Limit, Option][] = [];
  for (const [key, [flag, meaning]] of Object.entries(LIMIT_FLAGS) as [Limit, [string, string]][]) {
    const [min, max] = LIMITS[key];
    const option = new Option(flag, `${meaning} (default ${DEFAULTS[key]})`);
    command.addOption(option.argParser(parseNumber(option.long ?? flag, min, max, true)));
    limits.push([key, option]);
  }
  command.action(
    action(async (flags: Record<string, unknown>) => {
      const options: StartOptions = { port: flags.port as number, host: flags.host as string };
      const hosts = flags.allowHost as string[] | undefined;
      if (hosts) options.allowedHosts = hosts.includes("any") ? "any" : hosts;
      for (const [key, option] of limits) {
        const value = flags[option.attributeName()];
        if (typeof value === "number") options[key] = value;
      }
      await serve(options);
    }),
  );
}

/**
 * Serves until SIGINT or SIGTERM (exit 0). A server whose output cannot be written (the line
 * saying where it listens, on stdout; the request log, on stderr: a full disk, a pipe whose reader
 * left) stops at once with exit 1 and one E_IO line on stderr (when stderr itself failed, the exit
 * code alone tells), rather than serve on with no one told where, or die of the unhandled error.
 */
async function listen(options: StartOptions): Promise<void> {
  const server = await start(options);
  let stopping = false;
  const stop = (code: number) => {
    if (stopping) return;
    stopping = true;
    // Set now: main.ts exits at once, with this code, when stdout's reader left (EPIPE).
    process.exitCode = code;
    server.close().then(() => process.exit(code));
  };
  const failed = (output: "stdout" | "stderr", err: Error) => {
    if (stopping) return;
    const what = output === "stdout" ? "where the server listens" : "the request log";
    const message = `cannot write ${what}: ${ioReason(err)}; the server stopped`;
    process.stderr.write(`${formatError(new TomtatError("E_IO", message, output)).line}\n`);
    stop(EXIT_USER);
  };
  process.stderr.on("error", (err) => failed("stderr", err));
  process.once("SIGINT", () => stop(EXIT_OK));
  process.once("SIGTERM", () => stop(EXIT_OK));
  const line = `tomtat: listening on ${server.url} (page at ${server.url}/)\n`;
  await new Promise<void>((written) =>
    process.stdout.write(line, (err) => {
      if (err) failed("stdout", err);
      written();
    }),
  );
}
