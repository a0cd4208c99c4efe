import assert from "node:assert/strict";
import type { Hono } from "hono";
import { type BuiltApp, buildApp } from "./app.ts";
import type { AppEnv } from "./env.ts";
import type { ErrorBody } from "./errors.ts";
import type { ServerOptions } from "./options.ts";

/** Test helpers: an app whose request log goes to an array instead of stderr. */
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
