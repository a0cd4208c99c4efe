import { TomtatError } from "../../errors.ts";

const PNG = [0x89, 0x50, 0x4e, 0x47];
const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes bytes as UTF-8 text, strict: binary data (NUL bytes, image headers) and invalid
 * UTF-8 are refused with a coded error naming `where`; a BOM is dropped.
 */
export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new TomtatError("E_EMPTY", "the file is empty", where);
  const head = bytes.subarray(0, 8192);
  if (PNG.every((b, i) => head[i] === b) || head.includes(0)) {
    throw new TomtatError("E_BINARY", "this is a binary file, not text", where);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new TomtatError("E_ENCODING", "the file is not valid UTF-8", where);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "")
    throw new TomtatError("E_EMPTY", "the file holds only white space", where);
  return text;
}
