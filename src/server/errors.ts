import type { Context } from "hono";
import type { UnofficialStatusCode } from "hono/utils/http-status";
import { type ErrorFields, errorFields, TomtatError } from "../errors.ts";
import { statusOf } from "./status.ts";

/**
 * Body of every error response. `field` names the offending input and `hint` refines the code
 * (errors.ts ErrorHint) when known.
 */
export interface ErrorBody {
  error: ErrorFields;
}

/**
 * The single error handler: TomtatError → its status and code; anything else is a bug, answered
 * with a generic 500 (details go to the log, never to the client).
 */
export function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof ClientClosed) {
    c.set("note", err.message);
    return c.body(null, CLIENT_CLOSED as UnofficialStatusCode);
  }
  const known = err instanceof TomtatError ? err : undefined;
  const code = known?.code ?? "E_INTERNAL";
  const status = statusOf(code);
  c.set("errorCode", code);
  // RFC 9110 §15.5.16: a 415 for a content coding says which codings are accepted.
  if (code === "E_ENCODING") c.header("Accept-Encoding", "identity");
  if (known && status !== 500)
    return c.json({ error: errorFields(known) } satisfies ErrorBody, status);
  c.set("errorDetail", err instanceof Error ? (err.stack ?? err.message) : String(err));
  const body: ErrorBody = { error: { code, message: "internal error while handling the request" } };
  return c.json(body, status);
}

/**
 * The status logged for a request whose connection ended before its body arrived (nginx's 499,
 * "client closed request"): nothing can be sent back, and it is no fault of the server.
 */
export const CLIENT_CLOSED = 499;

/** The connection ended while the request was still being read. */
export class ClientClosed extends Error {
  constructor(stage: string) {
    super(`the connection closed ${stage}`);
    this.name = "ClientClosed";
  }
}
