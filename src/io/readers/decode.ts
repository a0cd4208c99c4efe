import { constants } from "node:buffer";
import { TomtatError } from "../../errors.ts";
import { tooLarge } from "../../limits.ts";

const PNG = [0x89, 0x50, 0x4e, 0x47];
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The bytes of a UTF-8 byte-order mark, dropped where text is read. */
export const UTF8_BOM: readonly number[] = [0xef, 0xbb, 0xbf];

/** True when `head` (a file's first bytes) is binary: a NUL byte or a PNG header. */
export function looksBinary(head: Uint8Array): boolean {
  return PNG.every((b, i) => head[i] === b) || head.includes(0);
}

export const binaryError = (where: string): TomtatError =>
  new TomtatError("E_BINARY", "this is a binary file, not text", where);

export const utf8Error = (where: string): TomtatError =>
  new TomtatError(
    "E_ENCODING",
    "the file is not valid UTF-8 (save it as UTF-8; legacy encodings such as Windows-1258 or TCVN3 are not read)",
    where,
  );

export const utf16Error = (where: string): TomtatError =>
  new TomtatError("E_ENCODING", "the file opens with a UTF-16 mark but is not valid UTF-16", where);

/**
 * The error of a strict decoder's failure: E_ENCODING for bytes that are not the encoding, or
 * E_TOO_LARGE for text longer than a JavaScript string may be (536,870,888 characters), which
 * is no fault of the encoding; anything else is thrown again.
 */
function decodeFailure(err: unknown, where: string, invalid: (where: string) => TomtatError) {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ERR_ENCODING_INVALID_ENCODED_DATA") return invalid(where);
  if (code === "ERR_STRING_TOO_LONG") {
    const most = constants.MAX_STRING_LENGTH;
    return tooLarge(`the text is longer than the ${most} characters a string can hold`, where);
  }
  throw err;
}

/** UTF-16 text is read only with its byte-order mark (what Windows "Unicode" text files carry). */
const UTF16_MARKS: readonly { mark: readonly number[]; label: "utf-16le" | "utf-16be" }[] = [
  { mark: [0xff, 0xfe], label: "utf-16le" },
  { mark: [0xfe, 0xff], label: "utf-16be" },
];

/**
 * A strict decoder for the UTF-16 that `bytes` open with the byte-order mark of, or undefined
 * when they do not (the mark's two bytes are not text: skip them).
 */
export function utf16DecoderFor(bytes: Uint8Array): TextDecoder | undefined {
  const utf16 = UTF16_MARKS.find(({ mark }) => mark.every((b, i) => bytes[i] === b));
  return utf16 && new TextDecoder(utf16.label, { fatal: true });
}

/**
 * Decodes bytes as text, strict: UTF-8 (a BOM is dropped), or UTF-16 when the bytes open with
 * its byte-order mark. Binary data (NUL bytes, image headers) and invalid UTF-8 or UTF-16 are
 * refused with a coded error naming `where`.
 */
export function decodeText(bytes: Uint8Array, where: string): string {
  if (bytes.length === 0) throw new TomtatError("E_EMPTY", "the file is empty", where);
  const utf16 = utf16DecoderFor(bytes);
  const text = utf16 ? decodeUtf16(utf16, bytes, where) : decodeUtf8(bytes, where);
  if (text.trim() === "")
    throw new TomtatError("E_EMPTY", "the file holds only white space", where);
  return text;
}

function decodeUtf8(bytes: Uint8Array, where: string): string {
  if (looksBinary(bytes.subarray(0, 8192))) throw binaryError(where);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch (err) {
    throw decodeFailure(err, where, utf8Error);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function decodeUtf16(decoder: TextDecoder, bytes: Uint8Array, where: string): string {
  let text: string;
  try {
    text = decoder.decode(bytes.subarray(2));
  } catch (err) {
    throw decodeFailure(err, where, utf16Error);
  }
  if (text.includes("\u0000")) throw binaryError(where);
  return text;
}
