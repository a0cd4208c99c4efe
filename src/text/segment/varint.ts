/** LEB128 varints (unsigned, and zigzag for signed) and length-prefixed UTF-8 text. */

export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private pos = 0;

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.pos + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /** Unsigned integer below 2^53. */
  uint(value: number): void {
    this.room(8);
    let v = value;
    while (v >= 0x80) {
      this.buf[this.pos++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.pos++] = v;
  }

  /** Signed integer (zigzag). */
  int(value: number): void {
    this.uint(value < 0 ? -2 * value - 1 : 2 * value);
  }

  bytes(data: Uint8Array): void {
    this.room(data.length);
    this.buf.set(data, this.pos);
    this.pos += data.length;
  }

  text(s: string): void {
    const data = Buffer.from(s, "utf8");
    this.uint(data.length);
    this.bytes(data);
  }

  finish(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }
}

export class ByteReader {
  constructor(
    private readonly buf: Uint8Array,
    private pos = 0,
  ) {}

  uint(): number {
    const buf = this.buf;
    let b = buf[this.pos++];
    if (b === undefined) throw new Error("unexpected end of data");
    if (b < 0x80) return b;
    let value = b & 0x7f;
    let mul = 0x80;
    for (;;) {
      b = buf[this.pos++];
      if (b === undefined) throw new Error("unexpected end of data");
      value += (b & 0x7f) * mul;
      if (b < 0x80) return value;
      mul *= 0x80;
    }
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  text(): string {
    const len = this.uint();
    if (this.pos + len > this.buf.length) throw new Error("unexpected end of data");
    const s = Buffer.from(this.buf.buffer, this.buf.byteOffset + this.pos, len).toString("utf8");
    this.pos += len;
    return s;
  }

  done(): boolean {
    return this.pos === this.buf.length;
  }
}
