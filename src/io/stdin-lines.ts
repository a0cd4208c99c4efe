import type { Readable } from "node:stream";
import { TomtatError } from "../errors.ts";

/**
 * The lines of a text stream, decoded as strict UTF-8 as they arrive (no size limit): a line
 * ends at `\n`, `\r\n` or a lone `\r`; a BOM is dropped; a last line without a break counts.
 * NUL bytes (binary data) and invalid UTF-8 throw a coded error naming `where` instead of being
 * turned into replacement characters.
 */
export async function* strictLines(input: Readable, where: string): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const decode = (bytes?: Uint8Array): string => {
    if (bytes?.includes(0)) {
      throw new TomtatError("E_BINARY", "binary data (NUL bytes), not text", where);
    }
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new TomtatError("E_ENCODING", "not valid UTF-8", where);
    }
  };
  let rest = "";
  let started = false;
  for await (const chunk of input) {
    let text = decode(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array));
    if (!started && text !== "") {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    rest += text;
    // A final `\r` may be the first half of `\r\n`: keep it until the next chunk.
    const end = rest.endsWith("\r") ? rest.length - 1 : rest.length;
    const lines = rest.slice(0, end).split(/\r\n|\n|\r/);
    rest = (lines.pop() as string) + rest.slice(end);
    yield* lines;
  }
  rest += decode();
  const last = rest.endsWith("\r") ? rest.slice(0, -1) : rest;
  if (last !== "") yield last;
}
