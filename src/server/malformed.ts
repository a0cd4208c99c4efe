import { type ServerResponse, STATUS_CODES } from "node:http";
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
 * A connection that ends mid-request is no request to answer: when the app was reading that
 * request's body, it logs it (499); a body that breaks HTTP framing (a bad chunk size) is
 * answered here and logged with its method and path, and the app's line follows it.
 */
export function clientError(
  err: NodeJS.ErrnoException,
  socket: Duplex,
  log: (line: string) => void,
): void {
  const current = (socket as { _httpMessage?: ServerResponse })._httpMessage;
  const ended = err.code === "ECONNRESET" || (current && err.code === "HPE_INVALID_EOF_STATE");
  // A response already on its way cannot be followed by another.
  if (ended || !socket.writable || current?.headersSent) {
    socket.destroy();
    return;
  }
  const [status, code, message] = refusal(err.code);
  const method = current?.req?.method ?? "-";
  const path = current?.req?.url?.split("?")[0] ?? "-";
  log(logLine({ method, path, status, ms: 0, code, detail: err.code }));
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
