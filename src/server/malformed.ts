import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { RequestError } from "@hono/node-server";
import type { ErrorCode } from "../errors.ts";
import type { ErrorBody } from "./errors.ts";
import { logLine } from "./log.ts";
import { statusOf } from "./status.ts";

/**
 * Requests that never reach the app still get the documented JSON error. Node's HTTP parser
 * refuses some (not HTTP, headers too large, too slow) and answers with an empty body unless a
 * `clientError` listener does; @hono/node-server refuses a Host it cannot build a URL from
 * (`Host: a b`) with an empty 400 unless given an error handler. Both write their log line here,
 * with `-` for a method and path that were never read.
 */

/** @hono/node-server's error handler: a request it could not turn into a `Request`. */
export function requestError(err: unknown, log: (line: string) => void): Response {
  const malformed = err instanceof RequestError;
  const code: ErrorCode = malformed ? "E_FORMAT" : "E_INTERNAL";
  const message = malformed
    ? `expected a valid HTTP request, with a Host and a path that make a URL: ${(err as Error).message}`
    : "internal error while handling the request";
  const status = statusOf(code);
  const detail = malformed ? message : err instanceof Error ? err.stack : String(err);
  log(logLine({ method: "-", path: "-", status, ms: 0, code, detail }));
  return Response.json({ error: { code, message } } satisfies ErrorBody, { status });
}

/**
 * Node's `clientError`: the parser refused the bytes. Headers over Node's limit and a request
 * too slow to arrive keep Node's own statuses (431, 408), which say more than a plain 400.
 */
export function clientError(
  err: NodeJS.ErrnoException,
  socket: Duplex,
  log: (line: string) => void,
): void {
  // A response already on its way (a pipelined request) cannot be followed by another.
  const current = (socket as { _httpMessage?: { headersSent?: boolean } })._httpMessage;
  if (err.code === "ECONNRESET" || !socket.writable || current?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, code, message] = refusal(err.code);
  log(logLine({ method: "-", path: "-", status, ms: 0, code, detail: err.code }));
  const body = JSON.stringify({ error: { code, message } } satisfies ErrorBody);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function refusal(parserCode: string | undefined): [number, ErrorCode, string] {
  if (parserCode === "HPE_HEADER_OVERFLOW")
    return [431, "E_TOO_LARGE", "the request's headers are larger than the server reads"];
  if (parserCode === "ERR_HTTP_REQUEST_TIMEOUT")
    return [408, "E_TIMEOUT", "the request did not arrive in time"];
  return [
    statusOf("E_FORMAT"),
    "E_FORMAT",
    `expected a valid HTTP request (${parserCode ?? "unreadable"})`,
  ];
}
