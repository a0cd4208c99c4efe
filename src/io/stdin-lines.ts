import type { Readable } from "node:stream";
import { TomtatError } from "../errors.ts";
import { utf16DecoderFor } from "./readers/decode.ts";

/** Decodes a stream's chunks as they arrive: strict UTF-8, or UTF-16 after its byte-order mark. */
function chunkDecoder(first: Uint8Array, where: string): (bytes?: Uint8Array) => string {
  const utf16 = utf16DecoderFor(first);
  const decoder = utf16 ?? new TextDecoder("utf-8", { fatal: true });
  const encoding = utf16 ? "UTF-16" : "UTF-8";
  let skip = utf16 ? 2 : 0;
  return (bytes?: Uint8Array): string => {
    if (!utf16 && bytes?.includes(0)) {
      throw new TomtatError("E_BINARY", "binary data (NUL bytes), not text", where);
    }
    let text: string;
    try {
      const rest = bytes?.subarray(skip);
      skip = 0;
      text = rest ? decoder.decode(rest, { stream: true }) : decoder.decode();
    } catch {
      throw new TomtatError("E_ENCODING", `not valid ${encoding}`, where);
    }
    if (text.includes("\u0000")) {
      throw new TomtatError("E_BINARY", "binary data (NUL characters), not text", where);
    }
    return text;
  };
}

/**
 * The lines of a text stream, decoded as they arrive (no size limit): strict UTF-8, or UTF-16
 * when the stream opens with its byte-order mark, as files are read (readers/decode.ts); a line
 * ends at `\n`, `\r\n` or a lone `\r`; a BOM is dropped; a last line without a break counts.
 * NUL bytes (binary data) and invalid UTF-8 or UTF-16 throw a coded error naming `where` instead
 * of being turned into replacement characters.
 */
export async function* strictLines(input: Readable, where: string): AsyncGenerator<string> {
  let decode: ((bytes?: Uint8Array) => string) | undefined;
  let head = new Uint8Array(0);
  let rest = "";
  let started = false;
  const take = (text: string): string[] => {
    if (!started && text !== "") {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    rest += text;
    // A final `\r` may be the first half of `\r\n`: keep it until the next chunk.
    const end = rest.endsWith("\r") ? rest.length - 1 : rest.length;
    const lines = rest.slice(0, end).split(/\r\n|\n|\r/);
    rest = (lines.pop() as string) + rest.slice(end);
    return lines;
  };
  for await (const chunk of input) {
    let bytes: Uint8Array = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Uint8Array);
    if (decode === undefined) {
      // The encoding is told by the first two bytes, which may come in two chunks.
      head = Buffer.concat([head, bytes]);
      if (head.length < 2) continue;
      decode = chunkDecoder(head, where);
      bytes = head;
    }
    yield* take(decode(bytes));
  }
  decode ??= chunkDecoder(head, where);
  if (head.length < 2 && head.length > 0) yield* take(decode(head));
  rest += decode();
  const last = rest.endsWith("\r") ? rest.slice(0, -1) : rest;
  if (last !== "") yield last;
}
