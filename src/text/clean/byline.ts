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
 * True for a byline or source tag line: "(TTXVN/Vietnam+)", "Tuấn Anh (TTXVN)", "(Tổng hợp)",
 * "Theo Reuters", "Nhóm PV", "NGUYỄN HÀ". Such a line is short and has no sentence inside.
 */
export function isByline(line: string): boolean {
  expectString(line, "line");
  const text = line.trim().replace(/\.$/, "");
  const words = text.split(/\s+/);
  if (words.length > WORDS_MAX || /[.!?]\s/.test(text)) return false;
  // (TTXVN/Vietnam+), (Tổng hợp), (Theo Reuters)
  if (/^\([^()]+\)$/.test(text)) return mentionsAgency(text) || /^\(theo\s/iu.test(text);
  // Tuấn Anh (TTXVN), Minh Châu (theo Reuters)
  const named = /^[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*){0,5}\s*\(([^()]+)\)$/u.exec(text);
  if (named) return mentionsAgency(named[1] as string) || /^theo\s/iu.test(named[1] as string);
  // Theo Reuters / Theo VnExpress / Nguồn: Reuters
  if (/^(?:theo|nguồn:?)\s+\S/iu.test(text) && words.length <= 6) return !/[,;]/.test(text);
  // An agency name alone, or a signature in capitals: "PV", "NGUYỄN HÀ", "Nhóm PV"
  if (mentionsAgency(text) && words.length <= 4 && !/[,;]/.test(text)) return true;
  return words.length <= 4 && /^[\p{Lu}\s.-]+$/u.test(text) && /\p{Lu}{2}/u.test(text);
}
