/**
 * Open-addressing hash map from a pair of non-negative int32 keys to an int32 value, on typed
 * arrays (linear probing, power-of-two capacity, load ≤ 1/2). The segmenter stores its n-gram
 * trie here as (parent node, syllable id) → child node, so a lookup costs one multiply-xor hash
 * and usually one cache line.
 */
export class PairTable {
  private keyA: Int32Array;
  private keyB: Int32Array;
  private values: Int32Array;
  private mask: number;
  private count = 0;

  constructor(expected = 16) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.keyA = new Int32Array(cap).fill(-1);
    this.keyB = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Value stored for (a, b), or -1. */
  get(a: number, b: number): number {
    const keyA = this.keyA;
    const keyB = this.keyB;
    const mask = this.mask;
    let h = hash(a, b) & mask;
    for (;;) {
      const k = keyA[h] as number;
      if (k === a && keyB[h] === b) return this.values[h] as number;
      if (k === -1) return -1;
      h = (h + 1) & mask;
    }
  }

  /** Stores `value` for (a, b), replacing any previous value. */
  set(a: number, b: number, value: number): void {
    if ((this.count + 1) * 2 > this.keyA.length) this.grow();
    let h = hash(a, b) & this.mask;
    for (;;) {
      const k = this.keyA[h] as number;
      if (k === -1) {
        this.keyA[h] = a;
        this.keyB[h] = b;
        this.values[h] = value;
        this.count++;
        return;
      }
      if (k === a && this.keyB[h] === b) {
        this.values[h] = value;
        return;
      }
      h = (h + 1) & this.mask;
    }
  }

  /** Calls `fn` for every entry (in table order). */
  forEach(fn: (a: number, b: number, value: number) => void): void {
    for (let i = 0; i < this.keyA.length; i++) {
      const a = this.keyA[i] as number;
      if (a !== -1) fn(a, this.keyB[i] as number, this.values[i] as number);
    }
  }

  private grow(): void {
    const { keyA, keyB, values } = this;
    const cap = keyA.length * 2;
    this.keyA = new Int32Array(cap).fill(-1);
    this.keyB = new Int32Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
    this.count = 0;
    for (let i = 0; i < keyA.length; i++) {
      const a = keyA[i] as number;
      if (a !== -1) this.set(a, keyB[i] as number, values[i] as number);
    }
  }
}

function hash(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}
