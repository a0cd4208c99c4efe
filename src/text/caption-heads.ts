import { readListFile } from "./data-files.ts";
import { isPersonalPronoun } from "./sentence-shape.ts";

interface CaptionHeads {
  heads: string[];
  /** Words after which a capitalized word is a name or a place (`ở Huế`), never a new sentence. */
  beforeNames: Set<string>;
  /** Words that make a short sentence a clause, not a caption (`đã`, `rất`, `là`). */
  clauseWords: Set<string>;
}

let loaded: CaptionHeads | undefined;

function load(): CaptionHeads {
  if (loaded) return loaded;
  const lines = readListFile("caption-heads.txt");
  const marked = (mark: string) =>
    new Set(lines.filter((l) => l.startsWith(mark)).map((l) => l.slice(1)));
  loaded = {
    heads: lines.filter((l) => !/^[!=]/u.test(l)),
    beforeNames: marked("!"),
    clauseWords: marked("="),
  };
  return loaded;
}

/** The caption head (data/text/caption-heads.txt) that `text` opens with as whole words, if any. */
export function captionHead(text: string): string | undefined {
  return load().heads.find((h) => text.startsWith(h) && /^\s\S/u.test(text.slice(h.length)));
}

/** How many words after the head a fused caption may run before the sentence it is fused to. */
const CAPTION_WORDS_MAX = 15;

const LOWERCASE_WORD = /^\p{Ll}[\p{L}\p{M}]*$/u;
const CAPITALIZED = /^\p{Lu}/u;
const LOWERCASE_OR_DIGIT = /^[\p{Ll}\d]/u;

/**
 * Where the article sentence starts in a piece that opens with a caption head and runs into
 * that sentence with no punctuation ("Hiện trường vụ cháy Vụ cháy bùng phát lúc …" → the
 * offset of the second "Vụ"): the first capitalized word, within CAPTION_WORDS_MAX words of the
 * head, that follows a lowercase word and is followed by a lowercase word or a digit (a name
 * of one capitalized word followed by another, `Hàng Bông`, is not a sentence start). Not after
 * a personal pronoun (`ông Hải cho biết`) nor after a word that introduces a place or a name
 * (`ở Huế sáng nay`). Undefined when the piece has no caption head or no such word.
 */
export function fusedCaptionEnd(piece: string): number | undefined {
  const head = captionHead(piece);
  if (head === undefined) return undefined;
  const { beforeNames } = load();
  // Only the head of the piece is read, however long the paragraph.
  const words: RegExpMatchArray[] = [];
  for (const m of piece.slice(head.length).matchAll(/\S+/gu)) {
    words.push(m);
    if (words.length > CAPTION_WORDS_MAX) break;
  }
  for (let k = 1; k < words.length - 1; k++) {
    const previous = words[k - 1]?.[0] ?? "";
    const word = words[k]?.[0] ?? "";
    const next = words[k + 1]?.[0] ?? "";
    if (!CAPITALIZED.test(word) || !LOWERCASE_WORD.test(previous)) continue;
    if (!LOWERCASE_OR_DIGIT.test(next)) continue;
    if (isPersonalPronoun(previous) || beforeNames.has(previous)) continue;
    return head.length + (words[k]?.index ?? 0);
  }
  return undefined;
}

/** Words in a caption that stands alone as a sentence ("Hiện trường vụ cháy tại xưởng gỗ."). */
const CAPTION_SENTENCE_WORDS_MAX = 15;

/**
 * A short sentence that opens with a caption head and has no comma: a photo caption the page
 * set as a paragraph of its own ("Quang cảnh hội nghị.", "Toàn cảnh cây cầu nhìn từ trên cao.").
 * A longer one, one with a comma, or one with a word that makes it a clause ("Quang cảnh ở đây
 * rất đẹp.") may be article text and is kept.
 */
export function isCaptionSentence(text: string): boolean {
  if (captionHead(text) === undefined || /[,;:]/u.test(text)) return false;
  const words = text.trim().split(/\s+/u);
  const { clauseWords } = load();
  return (
    words.length <= CAPTION_SENTENCE_WORDS_MAX &&
    !words.some((w) => clauseWords.has(w.toLowerCase().replace(/(?<![.!?…])[.!?…]+$/u, "")))
  );
}
