import { readListFile } from "../data-files.ts";
import { comparisonKey } from "../normalize/index.ts";
import { wordsPattern } from "../phrase-pattern.ts";
import { isSentence } from "./01-tail.ts";
import { isByline } from "./byline.ts";
import { knownCredit, photoCreditSource } from "./credit.ts";
import { lineKey } from "./markers.ts";
import { type Draft, filterParagraphs } from "./types.ts";

/** "… ảnh 1Ông Gavrilov …": a gallery caption glued to the photo's title. */
const GLUED_PHOTO = /\sảnh\s*\d+(?=\p{Lu})/u;
/** A caption that ends with the photo credit: "… ngày 10/1/2022. Ảnh: AFP/TTXVN" or "(Ảnh: PV)". */
const CREDIT_TAIL = /(?:^|[\s.(])(?:ảnh|nguồn ảnh|photo)\s*:\s*([^.!?()]{1,60}?)\)?\.?$/iu;
/** A paragraph that starts as a credit or caption: "Ảnh: …", "Ảnh minh họa: …", "Nguồn: …". */
const CREDIT_HEAD = new RegExp(
  String.raw`^(?:ảnh|${photoCreditSource("lower")}|nguồn ảnh|nguồn|video|clip)\s*:\s*(.*)$`,
  "iu",
);

/** Words of a credit that is not of a known kind: a name ("Ảnh: Minh An", "Ảnh: internet"). */
const NAME_CREDIT_WORDS_MAX = 6;

/**
 * The paragraph matched a credit pattern and is all caption: a credit of a known kind with no
 * article text after it ("Toàn cảnh - Ảnh: Reuters Công viên rộng 10 ha." is pass 3's to cut
 * apart), or a short name with no comma ("Ảnh: Minh An"). What a lower-case `ảnh:` inside a
 * sentence introduces is the sentence's own list ("gồm 40 bức ảnh: phong cảnh, chân dung …").
 */
function isCredited(match: RegExpExecArray | null): boolean {
  if (match === null) return false;
  const credit = match[1] ?? "";
  const known = knownCredit(credit);
  if (known !== undefined) return known.rest === "";
  // " ảnh:" in lower case right after a word
  const inSentence =
    /^\s\p{Ll}/u.test(match[0]) && /[\p{L}\d]/u.test(match.input[match.index - 1] ?? "");
  const words = credit.trim().split(/\s+/);
  return !inSentence && words.length <= NAME_CREDIT_WORDS_MAX && !/[,;]/.test(credit);
}

/**
 * A photo's credit as a whole line: "Ảnh: NGỌC LÊ", "(Ảnh: Minh An)", "Ảnh tư liệu: TTXVN".
 * Not "Nguồn: …", which may give a chart's or a statement's source.
 */
const PHOTO_CREDIT_LINE = new RegExp(
  String.raw`^\(?(?:ảnh|${photoCreditSource("lower")}|nguồn ảnh|photo)\s*:\s*([^()]*?)\)?\.?$`,
  "iu",
);

/** A caption over its own credit line is short: a line or two. */
const CREDITED_CAPTION_WORDS_MAX = 40;
const CREDITED_CAPTION_SENTENCES_MAX = 2;

let attribution: RegExp | undefined;

/**
 * Paragraph `i` is the caption of the credit line right after it: short (two sentences at
 * most), after the article's lead (a sentence paragraph before it) and with article text after
 * the credit, for a captionless photo's credit may follow a paragraph of the article. It quotes
 * no one and names no speaker (data/text/attribution-verbs.txt): a caption describes the photo.
 * A writer's name over the credit is a byline, left to the later passes. `firstSentence`: the
 * first sentence paragraph's index (-1: none).
 */
function isCaptionOfCredit(all: readonly string[], i: number, firstSentence: number): boolean {
  const p = all[i] as string;
  const next = all[i + 1];
  if (next === undefined || i + 2 >= all.length || i === 0) return false;
  if (!isCredited(PHOTO_CREDIT_LINE.exec(next.trim())) || isCredited(PHOTO_CREDIT_LINE.exec(p))) {
    return false;
  }
  const sentences = p.split(/(?<=[.!?…]["”’»)]*)\s+(?=[\p{Lu}\d“"])/u).length;
  if (p.split(/\s+/).length > CREDITED_CAPTION_WORDS_MAX) return false;
  if (sentences > CREDITED_CAPTION_SENTENCES_MAX || /[“”":]/u.test(p) || isByline(p)) return false;
  attribution ??= wordsPattern(readListFile("attribution-verbs.txt").map(comparisonKey));
  if (attribution.test(comparisonKey(p))) return false;
  return firstSentence >= 0 && firstSentence < i;
}

/** Captions are short; a longer paragraph that matches is article text with a caption fused into it (handled per sentence). */
const CAPTION_MAX_WORDS = 60;

/**
 * Pass 2: drop photo captions: "Chú thích ảnh" and the caption after it, captions glued to
 * "ảnh N", paragraphs that end or start with a photo credit, and the caption over a credit line
 * of its own.
 */
export function dropCaptions(draft: Draft): Draft {
  let afterCaptionLabel = false;
  // Found once: asking every paragraph whether a sentence came before it was quadratic.
  const firstSentence = draft.paragraphs.findIndex(isSentence);
  return filterParagraphs(draft, "caption", (p, i, all) => {
    if (isCaptionOfCredit(all, i, firstSentence)) return false;
    if (afterCaptionLabel) {
      afterCaptionLabel = false;
      if (p.split(/\s+/).length <= CAPTION_MAX_WORDS) return false;
    }
    if (lineKey(p) === "chú thích ảnh") {
      afterCaptionLabel = true;
      return false;
    }
    if (p.split(/\s+/).length > CAPTION_MAX_WORDS) return true;
    return !(
      GLUED_PHOTO.test(p) ||
      isCredited(CREDIT_TAIL.exec(p)) ||
      isCredited(CREDIT_HEAD.exec(p))
    );
  });
}
