import { bylineKind } from "./byline.ts";
import { isEndMarker } from "./markers.ts";
import { opensRelatedStory } from "./related-story.ts";
import type { Draft } from "./types.ts";

/** A paragraph of the article (read by pass 2 too): a sentence of at least this many words with its end mark. */
const SENTENCE_WORDS_MIN = 8;
const SENTENCE_END = /[.!?…]["”’»)]*$/u;

export function isSentence(paragraph: string): boolean {
  return paragraph.split(/\s+/).length >= SENTENCE_WORDS_MIN && SENTENCE_END.test(paragraph.trim());
}

/**
 * A byline naming its source ends the article, whatever follows (a related story's title and
 * lead pasted after the end). A short line that may be a byline but may as well be a photo's or
 * a chart's credit or a heading (`bylineKind`: "Nguồn: Tổng cục Thống kê", "DIỄN BIẾN CHÍNH")
 * ends it only when no sentence of the article follows it (`sentenceFollows`).
 */
function endsArticle(paragraph: string, sentenceFollows: boolean): boolean {
  const kind = bylineKind(paragraph);
  if (kind === "source") return true;
  return kind === "short" && !sentenceFollows;
}

/** The index of the last sentence paragraph before `end`, or -1: read once, not per line. */
function lastSentence(paragraphs: readonly string[], end: number): number {
  for (let i = end - 1; i >= 0; i--) if (isSentence(paragraphs[i] as string)) return i;
  return -1;
}

/**
 * Pass 1: drop the page tail. A marker such as "Tin cùng chuyên mục" or "Chia sẻ:", or a
 * byline or a related story's block ("Đọc thêm" and a headline, related-story.ts) in the second
 * half of the article, ends the article: what follows is related stories, menus and footers.
 */
export function cutTail(draft: Draft): Draft {
  const { paragraphs } = draft;
  const marker = paragraphs.findIndex((p, i) => i >= 1 && isEndMarker(p));
  // A byline ends the article when it sits in the second half of what precedes the first marker.
  const half = Math.max(2, Math.floor((marker < 0 ? paragraphs.length : marker) / 2));
  const last = lastSentence(paragraphs, marker < 0 ? paragraphs.length : marker);
  const byline = paragraphs.findIndex((p, i) => i >= half && endsArticle(p, i < last));
  const related = paragraphs.findIndex((_, i) => i >= half && opensRelatedStory(paragraphs, i));
  const found = [marker, byline, related].filter((i) => i >= 0);
  const cut = found.length > 0 ? Math.min(...found) : -1;
  if (cut < 0) return draft;
  const tail = paragraphs.slice(cut);
  return {
    ...draft,
    paragraphs: paragraphs.slice(0, cut),
    removed: [...draft.removed, { kind: "tail", text: tail.join("\n") }],
  };
}
