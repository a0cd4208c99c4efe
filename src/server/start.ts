import { createServer } from "node:http";
import { type AddressInfo, isIPv6 } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { TomtatError } from "../errors.ts";
import { buildApp } from "./app.ts";
import { track } from "./connections.ts";
import { isLoopback, LOOPBACK_NAMES } from "./cross-site.ts";
import { clientError, refuseWithoutHost, requestError } from "./malformed.ts";
import type { ServerOptions } from "./options.ts";
import type { PoolState } from "./worker/pool.ts";

export interface StartOptions extends ServerOptions {
  /** Port to listen on; 0 picks a free one. Default 8080. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1 (this machine only). */
  host?: string;
}

export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  close(): Promise<void>;
  /** What the summarize worker pool holds now (none with `workers: 0`), for tests and diagnostics. */
  workers(): PoolState | undefined;
}

/**
 * The host names a server answers to: those given and this machine's own names; bound to this
 * machine only, those alone by default; bound to a network, any unless names are given.
 */
export function defaultHosts(
  given: readonly string[] | "any" | undefined,
  host: string,
): readonly string[] | "any" {
  if (given === "any") return "any";
  if (given === undefined && !isLoopback(host)) return "any";
  // 0.0.0.0 and :: name no host; any other bound address is the server's own.
  const unspecified = /^(0\.0\.0\.0|::|\[::\])$/.test(host);
  const own = unspecified ? LOOPBACK_NAMES : [...LOOPBACK_NAMES, host];
  return [...new Set([...own, ...(given ?? [])])];
}

/** Starts the app on Node's HTTP server; resolves once it is listening, rejects with E_IO if it cannot. */
export function start(options: StartOptions = {}): Promise<RunningServer> {
  const { port = 8080, host = "127.0.0.1", ...appOptions } = options;
  const { app, warm, close, log, workers } = buildApp({
    ...appOptions,
    allowedHosts: defaultHosts(appOptions.allowedHosts, host),
  });
  // @hono/node-server's serve(), with an error handler so that a malformed request gets JSON too.
  // An HTTP/1.0 request may come without a Host: its URL then takes this one, bracketed if IPv6.
  const listener = getRequestListener(app.fetch, {
    hostname: isIPv6(host) ? `[${host}]` : host,
    errorHandler: (err) => requestError(err, log),
  });
  // Node's own refusal of an HTTP/1.1 request without a Host is an empty 400 and no log line.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    track(req, res);
    if (!refuseWithoutHost(req, res, log)) void listener(req, res);
  });
  server.on("clientError", (err, socket) => clientError(err, socket, log));
  return new Promise((resolve, reject) => {
    server.listen(port, host, () => {
      const info = server.address() as AddressInfo;
      void warm();
      const shown = info.family === "IPv6" ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${shown}:${info.port}`,
        port: info.port,
        workers,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : close().then(done)));
            server.closeAllConnections();
          }),
      });
    });
    server.once("error", (err: NodeJS.ErrnoException) => {
      reject(
        new TomtatError("E_IO", `cannot listen on ${host}:${port}: ${err.code ?? err.message}`),
      );
    });
  });
}
