import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../errors.ts";

/** The one place where error codes become HTTP statuses; codes missing here are server faults (500). */
export const HTTP_STATUS: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  E_USAGE: 400,
  E_OPTION: 400,
  E_EMPTY: 400,
  E_BINARY: 400,
  E_TOO_MANY_DOCUMENTS: 400,
  E_JSON: 400,
  E_SCHEMA: 400,
  E_NOT_VIETNAMESE: 400,
  E_FORMAT: 400,
  E_FORBIDDEN: 403,
  E_NOT_FOUND: 404,
  E_METHOD: 405,
  E_TOO_LARGE: 413,
  // The server's only source of E_ENCODING is a compressed request body (body.ts).
  E_ENCODING: 415,
  E_TIMEOUT: 503,
};

export function statusOf(code: ErrorCode): ContentfulStatusCode {
  return HTTP_STATUS[code] ?? 500;
}
