import { TomtatError } from "../errors.ts";
import { decodeText } from "./readers/decode.ts";

/** Reads all of standard input as strict UTF-8, refusing more than `maxBytes`. */
export async function readStdin(maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buf.length;
    if (size > maxBytes)
      throw new TomtatError("E_TOO_LARGE", `standard input is over ${maxBytes} bytes`, "stdin");
    chunks.push(buf);
  }
  return decodeText(Buffer.concat(chunks), "stdin");
}
