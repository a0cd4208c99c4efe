import { type Limits, tooLarge } from "../limits.ts";
import { decodeText } from "./readers/decode.ts";

/**
 * Reads all of standard input as strict UTF-8, refusing more than `maxBytes` (set by the input
 * limit `limit`, when one does).
 */
export async function readStdin(maxBytes: number, limit?: keyof Limits): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > maxBytes) throw tooLarge(`standard input is over ${maxBytes} bytes`, "stdin", limit);
    chunks.push(buf);
  }
  return decodeText(Buffer.concat(chunks), "stdin");
}
