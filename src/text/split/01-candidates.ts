import { abbreviations } from "../abbreviations.ts";

/**
 * Pass 1: cut after sentence-final punctuation (. ! ? … and closing quotes or brackets that
 * follow it) when white space comes next. Numbers (5.000), abbreviations without spaces
 * (TP.HCM) and domains (vietnamplus.vn) have no space after the dot, so they survive. A match
 * starts only at a run's first mark (the look-behind), so a long run of marks with no space after
 * it is read once, not from each of its positions (100,000 "!" took minutes).
 */
const BOUNDARY = /(?<![.!?…])([.!?…]+["”’»)\]]*)\s+/g;

/**
 * A period (or a question or exclamation mark) typed without the space after it, between two
 * words: "… sáng nay.Người dân …", "… đã gặp Arsenal.Một ngày sau …", "… đi đâu?Tôi …". The
 * word before is a plain word of two letters or more (not "TP", not the part of a domain after a
 * slash), the word after a capitalized one followed by a space or a comma ("Mail.Ru", "abc.com"
 * and "TP.HCM" do not qualify).
 */
const MISSING_SPACE = /(?<=(?:^|[\s(“"])(\p{L}\p{Ll}+))[.?!](?=(\p{Lu}\p{Ll}+)[\s,;:])/gu;

/** Whether a period found by MISSING_SPACE ends a sentence. */
function endsSentence(before: string, after: string): boolean {
  // "Tp.Hồ Chí Minh"; and a short capitalized word is taken for a title ("Bs.Nguyễn", "Ths.Lê").
  if (abbreviations().has(before) || /^\p{Lu}.{1,2}$/u.test(before)) return false;
  // "Liverpool.Một": a name before is cut only when the word after is Vietnamese ("John.Smith" stays).
  return /^\p{Ll}/u.test(before) || /[^\p{ASCII}]/u.test(after);
}

/** A cheap test that MISSING_SPACE may match at all: most paragraphs have no such period. */
const MAYBE_MISSING_SPACE = /\p{Ll}[.?!]\p{Lu}/u;

/** Offsets just past each period that ends a sentence with no space after it. */
function missingSpaces(paragraph: string): number[] {
  const cuts: number[] = [];
  if (!MAYBE_MISSING_SPACE.test(paragraph)) return cuts;
  for (const m of paragraph.matchAll(MISSING_SPACE)) {
    if (endsSentence(m[1] as string, m[2] as string)) cuts.push((m.index ?? 0) + 1);
  }
  return cuts;
}

export function splitCandidates(paragraph: string): string[] {
  const cuts: [number, number][] = [];
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(paragraph); m !== null; m = BOUNDARY.exec(paragraph)) {
    cuts.push([m.index + (m[1] as string).length, m.index + m[0].length]);
  }
  for (const at of missingSpaces(paragraph)) cuts.push([at, at]);
  cuts.sort((a, b) => a[0] - b[0]);
  const out: string[] = [];
  let last = 0;
  for (const [end, next] of cuts) {
    out.push(paragraph.slice(last, end));
    last = next;
  }
  const rest = paragraph.slice(last);
  if (rest.trim() !== "") out.push(rest);
  return out.map((s) => s.trim()).filter((s) => s !== "");
}
