import type { Command } from "commander";
import { DEFAULTS } from "../server/options.ts";
import { start } from "../server/start.ts";
import { action, parseNumber } from "./common.ts";

interface ServeFlags {
  port: number;
  host: string;
  maxBodyBytes?: number;
  timeout?: number;
  workers?: number;
}

/** `tomtat serve`: the HTTP API and the web page on one local port; no external service needed. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description(
      "Start the local HTTP service: the page at /, POST /v1/summarize, POST /v1/segment",
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
      "--max-body-bytes <n>",
      `largest request body in bytes (default ${DEFAULTS.maxBodyBytes})`,
      parseNumber("--max-body-bytes", 1, 1024 * 1024 * 1024, true),
    )
    .option(
      "--timeout <ms>",
      `time limit of one request in milliseconds (default ${DEFAULTS.timeoutMs})`,
      parseNumber("--timeout", 1, 24 * 3600 * 1000, true),
    )
    .option(
      "--workers <n>",
      `worker threads for summarization; 0 runs it on the main thread (default ${DEFAULTS.workers})`,
      parseNumber("--workers", 0, 64, true),
    )
    .action(
      action(async (flags: ServeFlags) => {
        const server = await start({
          port: flags.port,
          host: flags.host,
          ...(flags.maxBodyBytes !== undefined && { maxBodyBytes: flags.maxBodyBytes }),
          ...(flags.timeout !== undefined && { timeoutMs: flags.timeout }),
          ...(flags.workers !== undefined && { workers: flags.workers }),
        });
        process.stdout.write(`tomtat: listening on ${server.url} (page at ${server.url}/)\n`);
        const stop = () => {
          server.close().then(() => process.exit(0));
        };
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      }),
    );
}
