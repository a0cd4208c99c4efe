/**
 * Syllable tokenizer for Vietnamese text. Splits at spaces and punctuation, but keeps
 * URLs, e-mail addresses, domains (vietnamplus.vn), numbers and dates (6,42%, 5.000,
 * 17/12, 10/1/2022) and dotted abbreviations (TP.HCM, PGS.TS) whole.
 */
import { expectString } from "../errors.ts";

export type TokenKind = "url" | "number" | "abbr" | "word" | "punct";

export interface Token {
  text: string;
  kind: TokenKind;
  /** Offset of the first UTF-16 code unit in the input. */
  start: number;
  /** Offset just past the token. */
  end: number;
}

const WEB_ADDRESS = String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]]`;
const EMAIL = String.raw`[\p{L}\d][\p{L}\d._%+-]{0,63}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,8}`;

/** A web address (`https://…`, `www.…`) or an e-mail address, kept whole by the tokenizer. */
export const ADDRESS_SOURCE = `${WEB_ADDRESS}|${EMAIL}`;

/**
 * The e-mail and domain patterns start with a letter or a digit and bound their parts (a local
 * part of up to 64 characters, labels of up to 63, at most nine labels, as DNS does). Unbounded,
 * each was tried from every position of a long run it could not end (100,000 dots, `a.a.a.…`)
 * and read the whole run each time: 100,000 dots took minutes.
 */
const PATTERNS: [TokenKind, string][] = [
  ["url", WEB_ADDRESS],
  ["url", EMAIL],
  [
    "url",
    String.raw`[\p{L}\d][\p{L}\d-]{0,62}(?:\.[\p{L}\d-]{1,63}){0,8}\.(?:vn|com|net|org|gov|edu|info|io|int|uk|us|fr|de|ru|cn|jp)\b`,
  ],
  ["number", String.raw`\d+(?:[.,/:-]\d+)*(?:%|[\p{L}]+\d*)?`],
  // never ends inside a word (`A.Nguyễn` is an initial and a name, not `A.Nguyễ` + `n`); each
  // part after the first opens at a capital and goes on in lower case, so a run of capitals is
  // parted one way only and a failed match is not retried over every parting of it
  ["abbr", String.raw`\p{Lu}[\p{L}]{0,3}\.(?:\p{Lu}\p{Ll}{0,4}\.?)+(?![\p{L}\p{M}])`],
  // a mark with no letter before it (a keycap's, a stray one) is no word: no token takes it
  ["word", String.raw`\p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*`],
  // An emoji is one token with its variation selector, skin tone and joined parts (`❤️`, `👨‍👩‍👧`);
  // invisible format characters (zero-width space and joiners, the word joiner) part tokens, as
  // a space does, and are none.
  [
    "punct",
    String.raw`\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier}|\u200D\p{Extended_Pictographic})*|\.{3}|[^\s\p{L}\p{M}\d\u200B-\u200D\u2060]`,
  ],
];

const TOKEN = new RegExp(PATTERNS.map(([, p]) => `(${p})`).join("|"), "gu");

/** Tokenizes `text` into syllables, numbers, URLs, abbreviations and punctuation, with offsets. */
export function tokenize(text: string): Token[] {
  expectString(text, "text");
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let group = 1;
    while (group < m.length && m[group] === undefined) group++;
    const kind = (PATTERNS[group - 1]?.[0] ?? "punct") as TokenKind;
    tokens.push({ text: m[0], kind, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** True for tokens that count as syllables (everything but punctuation). */
export function isSyllable(token: Token): boolean {
  return token.kind !== "punct";
}

/** Number of syllables in `text`: the length unit of summaries. */
export function countSyllables(text: string): number {
  let n = 0;
  for (const t of tokenize(text)) if (isSyllable(t)) n++;
  return n;
}
