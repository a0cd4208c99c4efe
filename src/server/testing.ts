import assert from "node:assert/strict";
import { connect } from "node:net";
import type { Hono } from "hono";
import { type BuiltApp, buildApp } from "./app.ts";
import type { AppEnv } from "./env.ts";
import type { ErrorBody } from "./errors.ts";
import type { ServerOptions } from "./options.ts";

/** Test helpers. An app whose request log goes to an array instead of stderr. */
export function quietApp(options: ServerOptions = {}): BuiltApp & { lines: string[] } {
  const lines: string[] = [];
  return { ...buildApp({ log: (line) => lines.push(line), ...options }), lines };
}

export function postJson(app: Hono<AppEnv>, path: string, body: unknown): Promise<Response> {
  return Promise.resolve(
    app.request(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

/** Asserts a JSON error response with this status and code, and the field when given. */
export async function expectError(
  res: Response,
  status: number,
  code: string,
  field?: string,
): Promise<ErrorBody["error"]> {
  const text = await res.text();
  assert.equal(res.status, status, `status of ${text}`);
  assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
  const body = JSON.parse(text) as ErrorBody;
  assert.equal(body.error.code, code, text);
  assert.equal(typeof body.error.message, "string");
  assert.ok(body.error.message.length > 0);
  if (field !== undefined) {
    assert.equal(body.error.field, field, text);
    assert.ok(body.error.message.includes(field), `message names the field ${field}: ${text}`);
  }
  return body.error;
}

/**
 * Sends raw bytes, then stops sending (a half-close, as a client that is done or that leaves:
 * Node then closes the connection once the answers it has ready are written) unless `halfClose`
 * is false, and resolves with whatever the server answers before closing.
 */
export function raw(
  port: number,
  bytes: string,
  { host = "127.0.0.1", halfClose = true } = {},
): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, host, () => (halfClose ? socket.end(bytes) : socket.write(bytes)));
    let out = "";
    socket.on("data", (d) => {
      out += d.toString();
    });
    socket.on("close", () => resolve(out));
    socket.on("error", () => resolve(out));
  });
}

/** The bytes of an HTTP/1.1 GET. */
export function getBytes(path: string): string {
  return `GET ${path} HTTP/1.1\r\nHost: localhost\r\n\r\n`;
}

/** The bytes of an HTTP/1.1 POST of a JSON body. */
export function postBytes(path: string, body: string): string {
  const length = Buffer.byteLength(body);
  return `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n${body}`;
}

/** A request log that a test can wait on, line by line. */
export function recorder() {
  const lines: string[] = [];
  const waiting: (() => void)[] = [];
  return {
    lines,
    write: (line: string) => {
      lines.push(line);
      for (const wake of waiting.splice(0)) wake();
    },
    async until(done: (lines: string[]) => boolean): Promise<void> {
      while (!done(lines)) await new Promise<void>((wake) => waiting.push(wake));
    },
  };
}

/** Resolves once `done()` holds, checked every 10 ms: for state that no event announces. */
export async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((wake) => setTimeout(wake, 10));
}
