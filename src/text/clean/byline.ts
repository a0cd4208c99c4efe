import { expectString } from "../../errors.ts";
import { comparisonKey } from "../normalize/index.ts";
import { agencyKeys } from "./markers.ts";

const WORDS_MAX = 10;

/**
 * The rest of a name's word after its capital, as a pattern: letters, with periods only between
 * them ("P.Vy", "N.H"), so that a sentence's last word ("… Del Rosario. N.H (theo …)") is not
 * taken into a byline's name.
 */
export const NAME_REST = String.raw`(?:\p{L}|\.(?=\p{L}))*`;

/** Whole-word key: agencies must match as words ("AP" must not match inside "áp"). */
function wordKey(text: string): string {
  return ` ${comparisonKey(text)
    .replace(/[^\p{L}\p{N}+]+/gu, " ")
    .trim()} `;
}

let agencyWords: string[] | undefined;

function mentionsAgency(text: string): boolean {
  agencyWords ??= agencyKeys().map(wordKey);
  const key = wordKey(text);
  return agencyWords.some((a) => key.includes(a));
}

/**
 * How a byline or source tag line reads, or undefined for any other line. `source` names the
 * writer or the outlet the story came from: "(TTXVN/Vietnam+)", "Tuấn Anh (TTXVN)",
 * "(Tổng hợp)", "Theo Reuters". `short` may be a signature ("NGUYỆT PHƯƠNG", "PV") but may as
 * well be a credit of a photo or a chart ("Nguồn: Tổng cục Thống kê", "(Ảnh: TTXVN)") or a
 * heading in capitals ("DIỄN BIẾN CHÍNH"). Such a line is short and has no sentence inside.
 */
export function bylineKind(line: string): "source" | "short" | undefined {
  expectString(line, "line");
  const text = line.trim().replace(/\.$/, "");
  const words = text.split(/\s+/);
  if (words.length > WORDS_MAX || /[.!?]\s/.test(text)) return undefined;
  const source = CREDIT.test(text) ? "short" : "source";
  // (TTXVN/Vietnam+), (Tổng hợp), (Theo Reuters)
  if (/^\([^()]+\)$/.test(text)) {
    return mentionsAgency(text) || /^\(theo\s/iu.test(text) ? source : undefined;
  }
  // Tuấn Anh (TTXVN), Minh Châu (theo Reuters)
  const named = /^[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,5}\s*\(([^()]+)\)$/u.exec(text);
  if (named) {
    const outlet = named[1] as string;
    return mentionsAgency(outlet) || /^theo\s/iu.test(outlet) ? source : undefined;
  }
  // Theo Reuters / Theo VnExpress / Nguồn: Reuters; "Theo kế hoạch", a lowercase word and no
  // agency, may as well be a heading
  if (/^(?:theo|nguồn:?)\s+\S/iu.test(text) && words.length <= 6) {
    if (/[,;]/.test(text)) return undefined;
    return /^\S+\s+\p{Ll}/u.test(text) && !mentionsAgency(text) ? "short" : source;
  }
  // An agency name alone, or a signature in capitals: "PV", "NGUYỄN HÀ", "Nhóm PV"
  if (mentionsAgency(text) && words.length <= 4 && !/[,;]/.test(text)) return "short";
  const capitals = words.length <= 4 && /^[\p{Lu}\s.-]+$/u.test(text) && /\p{Lu}{2}/u.test(text);
  return capitals ? "short" : undefined;
}

/** A credit of a photo, a video or a chart, in parentheses or not: "Nguồn: …", "(Ảnh: …)". */
const CREDIT = /^\(?\s*(?:nguồn|ảnh|video|clip|photo|đồ họa|đồ hoạ)(?=[\s:])/iu;

/**
 * True for a byline or source tag line: "(TTXVN/Vietnam+)", "Tuấn Anh (TTXVN)", "(Tổng hợp)",
 * "Theo Reuters", "Nhóm PV", "NGUYỄN HÀ" (see `bylineKind`).
 */
export function isByline(line: string): boolean {
  return bylineKind(line) !== undefined;
}
