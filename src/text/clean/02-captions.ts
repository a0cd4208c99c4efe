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

/**
 * The paragraph matched a credit pattern and is all caption: no article text follows a credit
 * of a known kind ("Toàn cảnh - Ảnh: Reuters Công viên rộng 10 ha." is pass 3's to cut apart).
 */
function isCredited(match: RegExpExecArray | null): boolean {
  if (match === null) return false;
  return (knownCredit(match[1] ?? "")?.rest ?? "") === "";
}

/** Captions are short; a longer paragraph that matches is article text with a caption fused into it (handled per sentence). */
const CAPTION_MAX_WORDS = 60;

/**
 * Pass 2: drop photo captions: "Chú thích ảnh" and the caption after it, captions glued to
 * "ảnh N", and paragraphs that end or start with a photo credit.
 */
export function dropCaptions(draft: Draft): Draft {
  let afterCaptionLabel = false;
  return filterParagraphs(draft, "caption", (p) => {
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
