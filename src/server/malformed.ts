import { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { RequestError } from "@hono/node-server";
import type { ErrorCode } from "../errors.ts";
import { afterResponses, firstDue, inHeaders } from "./connections.ts";
import { CLIENT_CLOSED, type ErrorBody } from "./errors.ts";
import { logLine } from "./log.ts";
import { statusOf } from "./status.ts";

/**
 * Requests that never reach the app still get the documented JSON error. Node's HTTP parser
 * refuses some (not HTTP, headers too large, too slow) and answers with an empty body unless a
 * `clientError` listener does; it also refuses an HTTP/1.1 request without a Host, unless told not
 * to and left to refuseWithoutHost; @hono/node-server refuses a Host it cannot build a URL from
 * (`Host: a b`) with an empty 400 unless given an error handler. Each writes its log line here,
 * with `-` for a method and path that were never read.
 */

/** A request whose method and path were never read; it took no time of the app's. */
const UNREAD = { method: "-", path: "-", ms: 0 };

/** @hono/node-server's error handler: a request it could not turn into a `Request`. */
export function requestError(err: unknown, log: (line: string) => void): Response {
  const malformed = err instanceof RequestError;
  const code: ErrorCode = malformed ? "E_FORMAT" : "E_INTERNAL";
  const message = malformed
    ? `expected a valid HTTP request, with a Host and a path that make a URL: ${(err as Error).message}`
    : "internal error while handling the request";
  const status = statusOf(code);
  const detail = malformed ? message : err instanceof Error ? err.stack : String(err);
  log(logLine({ ...UNREAD, status, code, detail }));
  return Response.json({ error: { code, message } } satisfies ErrorBody, { status });
}

/**
 * RFC 9112 §3.2: an HTTP/1.1 request without a Host header is answered 400. Node's own check
 * (`requireHostHeader`) answers it with an empty body and no log line, so start() turns that off
 * and this answers it in the documented shape; true when it did. HTTP/1.0 needs no Host: its URL
 * takes the server's address.
 */
export function refuseWithoutHost(
  req: IncomingMessage,
  res: ServerResponse,
  log: (line: string) => void,
): boolean {
  if (req.httpVersionMajor !== 1 || req.httpVersionMinor !== 1 || req.headers.host !== undefined)
    return false;
  const code = "E_FORMAT";
  const status = statusOf(code);
  const message = "expected a Host header: HTTP/1.1 requests must name the host they are for";
  const path = req.url?.split("?")[0] ?? "-";
  log(logLine({ method: req.method ?? "-", path, status, ms: 0, code, detail: "no Host header" }));
  const body = errorJson(code, message);
  res.writeHead(status, {
    "Content-Type": "application/json; charset=UTF-8",
    "Content-Length": Buffer.byteLength(body),
    Connection: "close",
  });
  res.end(body);
  return true;
}

/** Sockets whose parser failure was already handled: a broken parser reports again on more bytes. */
const handled = new WeakSet<Duplex>();

/**
 * Node's `clientError`: the parser refused the bytes, or the connection ended mid-request.
 *
 * - A connection that ends mid-request (the client went away) is no request to answer. When the
 *   app was reading that request's body, the app logs it (499); one that ends mid-headers is
 *   logged here the same way, with `-` for the method and path never read, after the answers to
 *   the whole requests before it are sent. A reset (ECONNRESET) mid-headers is logged at once
 *   (connections.ts tells it from one between requests, which is no request and not logged).
 * - Bytes that break the body of the request being read (a bad chunk size) are answered here
 *   (400 E_FORMAT) and logged with its method and path; the app's 499 line follows it.
 * - Bytes that are no request at all are answered as a request of their own, logged with `-`,
 *   after the responses to the valid requests before them on the connection (pipelining), which
 *   are not dropped.
 *
 * Headers over Node's limit and a request too slow to arrive keep Node's own statuses (431, 408),
 * which say more than a plain 400.
 */
export function clientError(
  err: NodeJS.ErrnoException,
  socket: Duplex,
  log: (line: string) => void,
): void {
  if (handled.has(socket)) return;
  handled.add(socket);
  const current = firstDue(socket);
  // The request whose body was being read when the bytes failed; else the bytes are a new request.
  const reading = current && !current.req.complete ? current : undefined;
  if (err.code === "ECONNRESET") {
    if (inHeaders(socket))
      log(logLine({ ...UNREAD, status: CLIENT_CLOSED, detail: RESET_MID_HEADERS }));
    socket.destroy();
    return;
  }
  if (err.code === "HPE_INVALID_EOF_STATE") {
    if (reading) {
      socket.destroy();
      return;
    }
    log(logLine({ ...UNREAD, status: CLIENT_CLOSED, detail: MID_HEADERS }));
    // The client only stopped sending: the answers to its whole requests still reach it.
    afterResponses(socket, () => socket.end());
    return;
  }
  const [status, code, message] = refusal(err.code);
  if (reading) {
    // A response already on its way cannot be followed by another.
    if (reading.headersSent) {
      socket.destroy();
      return;
    }
    const { method = "-", url = "-" } = reading.req;
    log(logLine({ method, path: url.split("?")[0] ?? "-", status, ms: 0, code, detail: err.code }));
    answer(socket, status, code, message);
    return;
  }
  afterResponses(socket, () => {
    log(logLine({ ...UNREAD, status, code, detail: err.code }));
    answer(socket, status, code, message);
  });
}

const MID_HEADERS = "the connection closed before the request's headers were complete";
const RESET_MID_HEADERS = "the connection was reset before the request's headers were complete";

/** Writes an error response straight to the socket (no ServerResponse exists) and closes it. */
function answer(socket: Duplex, status: number, code: ErrorCode, message: string): void {
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = errorJson(code, message);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function errorJson(code: ErrorCode, message: string): string {
  return JSON.stringify({ error: { code, message } } satisfies ErrorBody);
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
