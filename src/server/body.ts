import { TomtatError } from "../errors.ts";
import type { Deadline } from "./deadline.ts";
import { ClientClosed } from "./errors.ts";

/**
 * Reads a JSON request body within `maxBytes`: rejects early on a Content-Length over the limit
 * and also counts the streamed bytes (chunked bodies, lying headers), under the request deadline.
 */
export async function readJson(
  req: Request,
  maxBytes: number,
  deadline: Deadline,
): Promise<unknown> {
  checkEncoding(req.headers.get("content-encoding"));
  const declared = req.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes)
    throw tooLarge(maxBytes, `${declared} bytes`);
  const bytes = await readBytes(req, maxBytes, deadline);
  if (bytes.length === 0)
    throw new TomtatError("E_JSON", "expected a JSON body, got an empty body", "body");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new TomtatError("E_JSON", "expected a UTF-8 JSON body, got invalid UTF-8 bytes", "body");
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new TomtatError("E_JSON", `expected valid JSON: ${(err as Error).message}`, "body");
  }
}

/**
 * Bodies are read as sent, so a compressed one (`Content-Encoding: gzip`) is refused (415) rather
 * than read as bytes that are not JSON; decoding it would also let a small body grow past the
 * size limit. `identity` is no coding.
 */
function checkEncoding(header: string | null): void {
  if (header === null) return;
  const codings = header
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  if (codings.length > 0) {
    throw new TomtatError(
      "E_ENCODING",
      `expected an uncompressed body, got Content-Encoding: ${header}; send the JSON as it is`,
      "body",
    );
  }
}

async function readBytes(req: Request, maxBytes: number, deadline: Deadline): Promise<Uint8Array> {
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await deadline.race(reader.read(), "the body was read");
      if (done) break;
      size += value.length;
      if (size > maxBytes) throw tooLarge(maxBytes, `more than ${maxBytes} bytes`);
      chunks.push(value);
    }
  } catch (err) {
    reader.cancel().catch(() => {});
    // A connection that ends mid-body (the client went away, or Node's parser refused the body's
    // framing and answered itself, malformed.ts) makes the stream fail with Node's "aborted"
    // (ECONNRESET): no answer can reach it, and it is no server fault (it was logged as a 500).
    if (!(err instanceof TomtatError) && (req.signal.aborted || isReset(err)))
      throw new ClientClosed(`after ${size} bytes of the body`);
    throw err;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function tooLarge(maxBytes: number, got: string): TomtatError {
  return new TomtatError(
    "E_TOO_LARGE",
    `request body must be at most ${maxBytes} bytes, got ${got}`,
    "body",
  );
}

function isReset(err: unknown): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === "ECONNRESET";
}
