/**
 * Pre-tokenizer of the segmenter: splits raw text into the syllables and punctuation tokens
 * of the VLSP word-segmentation data (whitespace splits; punctuation is its own token; numbers
 * such as 6,42 · 5.000 · 10/1/2022 · 06:00, URLs, e-mail addresses, domains and dotted
 * abbreviations such as TP.HCM, N.V.Hải, TP., Q., v.v. stay whole). Already tokenized text
 * (the data file with `_` replaced by spaces) comes back token for token.
 *
 * A hand-written scanner over a character-class table (one pass, no backtracking), equivalent
 * to the regular expression
 *   URL   (?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]]
 *   WORD  [\p{L}\p{M}\p{N}]+(?:(?:[.\-'’@&_+]|(?<=\d)[,/:](?=\d))[\p{L}\p{M}\p{N}]+)*
 *   PUNCT \.{2,}|-{2,}|…+|[^\s\p{L}\p{M}\p{N}]
 * tried in that order at each token start.
 */

const UNKNOWN = 0;
const SPACE = 1;
const WORDCH = 2;
const OTHER = 3;
/** Class of every BMP code unit, filled lazily from the Unicode property tests. */
const CLASS = new Uint8Array(0x10000);
const IS_SPACE = /\s/;
const IS_WORD = /[\p{L}\p{M}\p{N}]/u;

/**
 * Invisible format characters part tokens as a space does: zero-width space, non-joiner and
 * joiner, word joiner (a joiner inside an emoji stays with it: emojiEnd).
 */
const IS_INVISIBLE = /[\u200B-\u200D\u2060]/u;

function classOf(c: number): number {
  const k = CLASS[c] as number;
  if (k !== UNKNOWN) return k;
  const ch = String.fromCharCode(c);
  const cls =
    IS_SPACE.test(ch) || IS_INVISIBLE.test(ch) ? SPACE : IS_WORD.test(ch) ? WORDCH : OTHER;
  CLASS[c] = cls;
  return cls;
}

/** Class of the code point at `i` (surrogate pairs tested as one character). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return classOf(c);
  const cp = text.codePointAt(i) as number;
  return cp > 0xffff && IS_WORD.test(String.fromCodePoint(cp)) ? WORDCH : OTHER;
}

/** Code units taken by the code point at `i`. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
}

/** Connectors inside a word: . - ' ’ @ & _ + (any letters) and , / : (between digits). */
const CONNECTOR = new Set([".", "-", "'", "’", "@", "&", "_", "+"].map((s) => s.charCodeAt(0)));
const DIGIT_CONNECTOR = new Set([",", "/", ":"].map((s) => s.charCodeAt(0)));
const URL_STOP = new Set([...'<>"“”'].map((s) => s.charCodeAt(0)));
const URL_TRAIL = new Set([...".,;:!?)]"].map((s) => s.charCodeAt(0)));
const DOT = 46;
const DASH = 45;
const ELLIPSIS = 0x2026;

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Abbreviations written with a final dot in Vietnamese news (`TP. HCM`, `Q. 1`, `GS. TS`). */
const DOT_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "TP Tp tp Q P F GS PGS TS ThS BS CN KS NXB Nxb tr Tr sp St Mr Mrs Ms Dr Jr Co Ltd Inc etc " +
    "BT HLV TTg Th Kh"
  ).split(" "),
);
/** Dotted initials and short dotted abbreviations: N.A, V.H.Q, L.TH.H, v.v, T.Ư. */
const DOTTED_INITIALS = /^[\p{L}\p{M}]{1,3}(?:\.[\p{L}\p{M}]{1,3})+$/u;
const SINGLE_UPPER = /^\p{Lu}\p{M}*$/u;

/** True when the dot that follows `word` belongs to it (an abbreviation or an initial). */
function keepsDot(word: string): boolean {
  return DOT_ABBREVIATIONS.has(word) || SINGLE_UPPER.test(word) || DOTTED_INITIALS.test(word);
}

/** End of a URL starting at i, or -1. */
function urlEnd(text: string, i: number): number {
  let j: number;
  if (text.startsWith("http://", i)) j = i + 7;
  else if (text.startsWith("https://", i)) j = i + 8;
  else if (text.startsWith("www.", i)) j = i + 4;
  else return -1;
  const body = j;
  let last = -1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (classOf(c) === SPACE || URL_STOP.has(c)) break;
    if (!URL_TRAIL.has(c)) last = j;
    j++;
  }
  if (last < body) return -1;
  return last + width(text, last);
}

/** End of the word starting at i (a word character). */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (;;) {
    while (j < n && classAt(text, j) === WORDCH) j += width(text, j);
    if (j + 1 >= n || classAt(text, j + 1) !== WORDCH) return j;
    const c = text.charCodeAt(j);
    if (CONNECTOR.has(c)) j++;
    else if (
      DIGIT_CONNECTOR.has(c) &&
      isDigit(text.charCodeAt(j - 1)) &&
      isDigit(text.charCodeAt(j + 1))
    )
      j++;
    else return j;
  }
}

const ZWJ = 0x200d;

/** A code point that goes on an emoji: a variation selector, a keycap, a skin tone. */
function extendsEmoji(cp: number): boolean {
  return cp === 0xfe0e || cp === 0xfe0f || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff);
}

/**
 * End of a symbol with what goes on it: `❤️` with its variation selector, `👍🏽` with its skin
 * tone, `👨‍👩‍👧` joined by zero-width joiners, one token each.
 */
function emojiEnd(text: string, j: number): number {
  for (;;) {
    const cp = text.codePointAt(j) ?? -1;
    if (extendsEmoji(cp)) j += width(text, j);
    else if (cp === ZWJ && j + 1 < text.length && classAt(text, j + 1) === OTHER)
      j += 1 + width(text, j + 1);
    else return j;
  }
}

/** End of the punctuation token starting at i. */
function punctEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === DOT || c === DASH || c === ELLIPSIS) {
    let j = i + 1;
    while (text.charCodeAt(j) === c) j++;
    if (c === ELLIPSIS || j - i >= 2) return j;
  }
  return emojiEnd(text, i + width(text, i));
}

/** Splits `text` into tokens; whitespace is dropped, every other character is kept. */
export function pretokenize(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls === SPACE) {
      i++;
      continue;
    }
    let end = urlEnd(text, i);
    if (end < 0 && cls === WORDCH) {
      end = wordEnd(text, i);
      if (text.charCodeAt(end) === DOT && keepsDot(text.slice(i, end))) {
        // "v.v..." keeps its whole run of dots; other abbreviations take one.
        const vv = end - i === 3 && text.startsWith("v.v", i);
        end++;
        if (vv) while (text.charCodeAt(end) === DOT) end++;
      }
    } else if (end < 0) {
      end = punctEnd(text, i);
    }
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}
