import { expectString } from "../../errors.ts";

/**
 * Vietnamese tone-mark placement normalization.
 *
 * Two spelling conventions place the tone mark differently in syllables such as
 * `hoà`/`hòa`, `thuỷ`/`thủy`, `uý`/`úy`; NFC leaves them different. `normalizeTones`
 * rewrites every syllable to one canonical placement (the "new" style, which puts
 * the mark on the main vowel: `hoà`, `thuỷ`, `uý`), so both spellings compare equal.
 * Rules follow the orthography of the Vietnamese Ministry of Education (1984/2018):
 * a vowel with its own diacritic (â ă ê ô ơ ư) carries the tone (ơ in ươ); in `qu`/`gi`
 * the u/i belong to the consonant; with a final consonant the last vowel carries it;
 * otherwise oa/oe/uy take it on the second vowel, other pairs on the first, triples
 * on the middle vowel.
 */

const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);
const QUALITY_MARKS = new Set(["\u0302", "\u0306", "\u031B"]);
const VOWELS = new Set(["a", "e", "i", "o", "u", "y"]);
const SECOND_VOWEL_PAIRS = new Set(["oa", "oe", "uy"]);
/** Letters (with combining marks) of one Vietnamese-looking syllable. */
const SYLLABLE = /[\p{L}\p{M}]+/gu;
/** Fast check: only syllables holding a combining tone mark after NFD can need work. */
const HAS_TONE = /[\u0300\u0301\u0303\u0309\u0323]/;

interface Letter {
  base: string;
  marks: string[];
}

function splitLetters(nfd: string): Letter[] {
  const letters: Letter[] = [];
  for (const ch of nfd) {
    const last = letters[letters.length - 1];
    if (/\p{M}/u.test(ch) && last) last.marks.push(ch);
    else letters.push({ base: ch, marks: [] });
  }
  return letters;
}

function isVowel(l: Letter): boolean {
  return VOWELS.has(l.base.toLowerCase());
}

/** Index (into `letters`) of the vowel that should carry the tone, or -1. */
function tonePosition(letters: Letter[]): number {
  let start = letters.findIndex(isVowel);
  if (start < 0) return -1;
  let end = start;
  while (end + 1 < letters.length && isVowel(letters[end + 1] as Letter)) end++;
  const lower = letters.map((l) => l.base.toLowerCase());
  // "qu" and "gi" + vowel: the u / i is part of the initial consonant.
  if (end > start && start > 0) {
    const prev = lower[start - 1];
    const first = lower[start];
    if ((prev === "q" && first === "u") || (prev === "g" && first === "i")) start++;
  }
  const nucleus: number[] = [];
  for (let i = start; i <= end; i++) nucleus.push(i);
  const marked = nucleus.filter((i) => letters[i]?.marks.some((m) => QUALITY_MARKS.has(m)));
  if (marked.length > 0) return marked[marked.length - 1] as number;
  if (nucleus.length === 1) return start;
  const hasFinal = end + 1 < letters.length;
  if (hasFinal) return end;
  if (nucleus.length === 2) {
    const pair = `${lower[start]}${lower[end]}`;
    return SECOND_VOWEL_PAIRS.has(pair) ? end : start;
  }
  return start + 1;
}

function normalizeSyllable(syllable: string): string {
  const nfd = syllable.normalize("NFD");
  if (!HAS_TONE.test(nfd)) return syllable;
  const letters = splitLetters(nfd);
  let tone = "";
  let toneCount = 0;
  for (const l of letters) {
    for (const m of l.marks) {
      if (TONE_MARKS.has(m)) {
        tone = m;
        toneCount++;
      }
    }
  }
  if (toneCount !== 1) return syllable;
  const target = tonePosition(letters);
  if (target < 0) return syllable;
  let out = "";
  letters.forEach((l, i) => {
    const marks = l.marks.filter((m) => !TONE_MARKS.has(m));
    if (i === target) marks.push(tone);
    out += l.base + marks.join("");
  });
  return out.normalize("NFC");
}

/** Vietnamese has a few thousand distinct syllables: remember each one's canonical form. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 100_000;

function cachedSyllable(syllable: string): string {
  let out = cache.get(syllable);
  if (out === undefined) {
    out = normalizeSyllable(syllable);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(syllable, out);
  }
  return out;
}

/** Rewrites every syllable of `text` to canonical tone placement; other characters are untouched. Expects NFC input, returns NFC. */
export function normalizeTones(text: string): string {
  expectString(text, "text");
  return text.replace(SYLLABLE, cachedSyllable);
}
