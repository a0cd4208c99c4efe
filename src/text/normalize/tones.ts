import { expectString } from "../../errors.ts";
import { fitsSyllableShape, unmarked } from "../syllable-shape.ts";

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

/** Where the tone may go: the new style's vowel, and the old style's where it differs (`hòa`, `thủy`). */
interface TonePlaces {
  canonical: number;
  alternative: number;
}

/** The tone's places by the spelling rules, or undefined when the word is not one Vietnamese syllable. */
function tonePlaces(letters: Letter[]): TonePlaces | undefined {
  let start = letters.findIndex(isVowel);
  if (start < 0) return undefined;
  let end = start;
  while (end + 1 < letters.length && isVowel(letters[end + 1] as Letter)) end++;
  // A Vietnamese syllable has one run of vowels; "Rosé", "Pokémon" are not Vietnamese.
  if (letters.slice(end + 1).some(isVowel)) return undefined;
  const lower = letters.map((l) => l.base.toLowerCase());
  // "qu" and "gi" + vowel: the u / i is part of the initial consonant.
  if (end > start && start > 0) {
    const prev = lower[start - 1];
    const first = lower[start];
    if ((prev === "q" && first === "u") || (prev === "g" && first === "i")) start++;
  }
  const only = (at: number): TonePlaces => ({ canonical: at, alternative: at });
  const nucleus: number[] = [];
  for (let i = start; i <= end; i++) nucleus.push(i);
  const marked = nucleus.filter((i) => letters[i]?.marks.some((m) => QUALITY_MARKS.has(m)));
  if (marked.length > 0) return only(marked[marked.length - 1] as number);
  if (nucleus.length === 1) return only(start);
  const hasFinal = end + 1 < letters.length;
  if (hasFinal) return only(end);
  if (nucleus.length === 2) {
    const pair = `${lower[start]}${lower[end]}`;
    return SECOND_VOWEL_PAIRS.has(pair) ? { canonical: end, alternative: start } : only(start);
  }
  return only(start + 1);
}

/** The syllable's letters and its one tone mark, or undefined when it has none or several. */
function toneOf(syllable: string): { letters: Letter[]; tone: string; at: number } | undefined {
  const nfd = syllable.normalize("NFD");
  if (!HAS_TONE.test(nfd)) return undefined;
  const letters = splitLetters(nfd);
  const carriers = letters.flatMap((l, i) =>
    l.marks.filter((m) => TONE_MARKS.has(m)).map((tone) => ({ tone, at: i })),
  );
  if (carriers.length !== 1) return undefined;
  const { tone, at } = carriers[0] as { tone: string; at: number };
  return { letters, tone, at };
}

/** The letters again, with the tone mark on letter `target`. */
function placeTone(letters: Letter[], tone: string, target: number): string {
  let out = "";
  letters.forEach((l, i) => {
    const marks = l.marks.filter((m) => !TONE_MARKS.has(m));
    if (i === target) marks.push(tone);
    out += l.base + marks.join("");
  });
  return out.normalize("NFC");
}

function normalizeSyllable(syllable: string): string {
  const found = toneOf(syllable);
  if (found === undefined) return syllable;
  const places = tonePlaces(found.letters);
  if (places === undefined) return syllable;
  return placeTone(found.letters, found.tone, places.canonical);
}

/**
 * Moves a tone mark that no convention puts where it is (`Đôỉ`, `mơí`); keeps `hòa` and `hoà` as
 * they are, and words that do not have a Vietnamese syllable's shape (`Díaz`, `Raúl`).
 */
function repairSyllable(syllable: string): string {
  const found = toneOf(syllable);
  if (found === undefined) return syllable;
  const places = tonePlaces(found.letters);
  if (places === undefined || found.at === places.canonical || found.at === places.alternative) {
    return syllable;
  }
  if (!fitsSyllableShape(unmarked(syllable))) return syllable;
  return placeTone(found.letters, found.tone, places.canonical);
}

/** Vietnamese has a few thousand distinct syllables: remember each one's canonical form. */
const CACHE_LIMIT = 100_000;

/** `rewrite` with a bounded memo of its answers. */
function cached(rewrite: (syllable: string) => string): (syllable: string) => string {
  const cache = new Map<string, string>();
  return (syllable) => {
    let out = cache.get(syllable);
    if (out === undefined) {
      out = rewrite(syllable);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(syllable, out);
    }
    return out;
  };
}

const cachedSyllable = cached(normalizeSyllable);
const cachedRepair = cached(repairSyllable);

/** Rewrites every syllable of `text` to canonical tone placement; other characters are untouched. Expects NFC input, returns NFC. */
export function normalizeTones(text: string): string {
  expectString(text, "text");
  return text.replace(SYLLABLE, cachedSyllable);
}

/**
 * Puts back tone marks typed onto the wrong vowel, as some input methods do (`Đôỉ mơí` →
 * `Đổi mới`, `ngươì` → `người`): only where neither spelling convention puts the mark, so the
 * text's own convention (`hòa` or `hoà`) stays. Words that are not one Vietnamese syllable
 * (`Rosé`) are untouched. Expects NFC input, returns NFC of the same length.
 */
export function repairTones(text: string): string {
  expectString(text, "text");
  return text.replace(SYLLABLE, cachedRepair);
}

/**
 * The spellings of one syllable in the two tone-mark conventions: `họa` → [`hoạ`, `họa`],
 * canonical first; one spelling when both agree (`ảnh`) or the word is not one Vietnamese
 * syllable. Expects NFC input, returns NFC.
 */
export function toneSpellings(syllable: string): string[] {
  expectString(syllable, "syllable");
  const found = toneOf(syllable);
  const places = found && tonePlaces(found.letters);
  if (found === undefined || places === undefined) return [syllable];
  const spellings = [places.canonical, places.alternative].map((at) =>
    placeTone(found.letters, found.tone, at),
  );
  return [...new Set(spellings)];
}
