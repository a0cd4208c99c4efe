import { TomtatError } from "../../errors.ts";
import {
  binaryError,
  looksBinary,
  UTF8_BOM,
  utf8Error,
  utf16DecoderFor,
  utf16Error,
} from "./decode.ts";

/**
 * Bytes at the head of a JSONL file checked as a whole before its first line is given: a NUL
 * byte or an image header there makes it binary, an invalid sequence not UTF-8 (or UTF-16).
 */
export const JSONL_HEAD_BYTES = 64 * 1024;

/** One non-blank line of a JSONL file, decoded, or the error that kept it from being text. */
export type JsonlLine = { line: number; text: string } | { line: number; error: TomtatError };

/** How lines are cut and decoded: by `\n` bytes in UTF-8, by `\n` code units in UTF-16. */
interface Encoding {
  name: "UTF-8" | "UTF-16";
  /** Bytes of the byte-order mark at the start, not text. */
  mark: number;
  /** Bytes of one code unit: a line break is one unit, and a chunk is cut on units. */
  unit: 1 | 2;
  /** Where the next line break starts in `chunk` (whole units) from `from`, or -1. */
  breakAt(chunk: Uint8Array, from: number): number;
  decoder(): TextDecoder;
}

const utf8: Encoding = {
  name: "UTF-8",
  mark: 0,
  unit: 1,
  breakAt: (chunk, from) => chunk.indexOf(0x0a, from),
  decoder: () => new TextDecoder("utf-8", { fatal: true }),
};

/** UTF-16 line breaks: `0a 00` (little-endian) or `00 0a` (big-endian) at an even offset. */
function utf16(label: string): Encoding {
  const low = label === "utf-16le" ? 0 : 1;
  return {
    name: "UTF-16",
    mark: 2,
    unit: 2,
    breakAt(chunk, from) {
      for (let i = chunk.indexOf(0x0a, from + low); i >= 0; i = chunk.indexOf(0x0a, i + 1)) {
        if (i % 2 === low && chunk[i + 1 - 2 * low] === 0) return i - low;
      }
      return -1;
    },
    decoder: () => new TextDecoder(label, { fatal: true }),
  };
}

/**
 * The encoding of a file from its head (`complete` when the head is the whole file), refusing
 * it as decodeText would refuse the whole: empty, binary, or not valid UTF-8 or UTF-16.
 */
function encodingOf(head: Uint8Array, complete: boolean, where: string): Encoding {
  if (complete && head.length === 0) throw new TomtatError("E_EMPTY", "the file is empty", where);
  const utf16Decoder = utf16DecoderFor(head);
  const encoding = utf16Decoder ? utf16(utf16Decoder.encoding) : utf8;
  if (!utf16Decoder && looksBinary(head)) throw binaryError(where);
  let text: string;
  try {
    text = (utf16Decoder ?? encoding.decoder()).decode(head.subarray(encoding.mark), {
      stream: !complete,
    });
  } catch {
    throw utf16Decoder ? utf16Error(where) : utf8Error(where);
  }
  if (text.includes("\u0000")) throw binaryError(where);
  const bom = !utf16Decoder && UTF8_BOM.every((b, i) => head[i] === b);
  return bom ? { ...encoding, mark: UTF8_BOM.length } : encoding;
}

/**
 * Cuts chunks of bytes into lines and decodes each alone, so that a bad line is that line's
 * error. A line over `maxLineBytes` is not kept: its bytes are counted up to its end.
 */
class LineCutter {
  private parts: Uint8Array[] = [];
  private size = 0;
  private odd: Uint8Array | undefined;
  private decoder: TextDecoder;
  line = 0;
  /** Lines given: texts and errors. */
  given = 0;

  constructor(
    private readonly encoding: Encoding,
    private readonly where: string,
    private readonly maxLineBytes: number,
    private readonly tooLong: (bytes: number, where: string) => TomtatError,
  ) {
    this.decoder = encoding.decoder();
  }

  *push(bytes: Uint8Array): Generator<JsonlLine> {
    let chunk = bytes;
    if (this.encoding.unit === 2) {
      // A chunk of whole code units, so that a break is found at an even offset.
      if (this.odd) chunk = Buffer.concat([this.odd, chunk]);
      this.odd = chunk.length % 2 === 1 ? chunk.subarray(chunk.length - 1) : undefined;
      if (this.odd) chunk = chunk.subarray(0, chunk.length - 1);
    }
    let from = 0;
    for (
      let at = this.encoding.breakAt(chunk, 0);
      at >= 0;
      at = this.encoding.breakAt(chunk, from)
    ) {
      this.add(chunk.subarray(from, at));
      from = at + this.encoding.unit;
      const line = this.cut();
      if (line) yield line;
    }
    this.add(chunk.subarray(from));
  }

  /** The last line, which has no line break after it. */
  *end(): Generator<JsonlLine> {
    if (this.odd) this.add(this.odd);
    if (this.size === 0) return;
    const line = this.cut();
    if (line) yield line;
  }

  private add(part: Uint8Array): void {
    this.size += part.length;
    if (this.size > this.maxLineBytes) this.parts = [];
    else if (part.length > 0) this.parts.push(part);
  }

  /** The line now complete, or undefined when it is blank. */
  private cut(): JsonlLine | undefined {
    this.line++;
    const [line, size, parts] = [this.line, this.size, this.parts];
    [this.size, this.parts] = [0, []];
    const where = `${this.where}:${line}`;
    const item = this.decode(line, size, parts, where);
    if (item) this.given++;
    return item;
  }

  private decode(line: number, size: number, parts: Uint8Array[], where: string) {
    if (size > this.maxLineBytes) return { line, error: this.tooLong(size, where) };
    let text: string;
    try {
      text = this.decoder.decode(Buffer.concat(parts, size));
    } catch {
      this.decoder = this.encoding.decoder();
      const message = `the line is not valid ${this.encoding.name}`;
      return { line, error: new TomtatError("E_ENCODING", message, where) };
    }
    if (text.includes("\u0000")) {
      const error = new TomtatError("E_BINARY", "the line holds binary data (NUL)", where);
      return { line, error };
    }
    return text.trim() === "" ? undefined : { line, text };
  }
}

/** Options of jsonlLines. */
export interface JsonlLinesOptions {
  /** Longest line kept, in bytes; a longer one is its error. */
  maxLineBytes: number;
  /** The error of a line over maxLineBytes (`bytes` long). */
  tooLong: (bytes: number, where: string) => TomtatError;
}

/**
 * The non-blank lines of a JSONL byte stream, numbered from 1 (blank lines count), each decoded
 * as it comes: strict UTF-8 (a BOM dropped), or UTF-16 after its byte-order mark. Its first
 * JSONL_HEAD_BYTES are checked first, as a whole file is: empty, binary (a NUL byte, an image
 * header) or invalid there throws, before any line. Later, a line that is not valid text or
 * holds a NUL is that line's error, as is a line over `maxLineBytes`; a line ends at `\n`
 * (`\r\n` too: the `\r` is white space), and a last line without one counts. A stream of blank
 * lines throws E_EMPTY at its end. `where` names the stream in errors (`where:line` for a line).
 */
export async function* jsonlLines(
  chunks: AsyncIterable<Uint8Array>,
  where: string,
  options: JsonlLinesOptions,
): AsyncGenerator<JsonlLine> {
  const source = chunks[Symbol.asyncIterator]();
  try {
    const head: Uint8Array[] = [];
    let size = 0;
    let complete = false;
    while (size < JSONL_HEAD_BYTES && !complete) {
      const next = await source.next();
      if (next.done) complete = true;
      else {
        head.push(next.value);
        size += next.value.length;
      }
    }
    const first = Buffer.concat(head, size);
    const whole = complete && size <= JSONL_HEAD_BYTES;
    const encoding = encodingOf(first.subarray(0, JSONL_HEAD_BYTES), whole, where);
    const cutter = new LineCutter(encoding, where, options.maxLineBytes, options.tooLong);
    yield* cutter.push(first.subarray(encoding.mark));
    for (let next = complete ? undefined : await source.next(); next && !next.done; ) {
      yield* cutter.push(next.value);
      next = await source.next();
    }
    yield* cutter.end();
    if (cutter.given === 0) {
      throw new TomtatError("E_EMPTY", "the file holds only white space", where);
    }
  } finally {
    await source.return?.();
  }
}
