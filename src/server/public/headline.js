// How the page splits a dropped .txt file into its headline and body, as the command line reads
// a plain-text article: a copy, for a page without a build step, of parseArticleText
// (src/io/readers/article-text.ts), readsAsHeadline (src/text/headline.ts) with countSyllables
// (src/text/tokenize.ts), and isPageFurniture (src/text/clean/furniture-lines.ts). The word
// lists are not copied: the server serves them from data/text as /furniture.js
// (src/server/furniture.ts). headline.test.ts runs this copy against the TypeScript on the same
// files and lines, so the two cannot drift apart unnoticed.

/** Tone marks: the key puts them after the word's letters, so `hoà` and `hòa` compare equal. */
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** comparisonKey (src/text/normalize): lower case, tone placement made canonical. */
function key(text) {
  const decomposed = text.normalize("NFD").toLowerCase();
  return decomposed
    .replace(/[\p{L}\p{M}]+/gu, (w) => w.replace(TONE, "") + (w.match(TONE) ?? []).join(""))
    .normalize("NFC");
}

/** lineKey (src/text/clean/markers.ts): a whole line's key, trailing ":" or "." dropped. */
const lineKey = (line) => key(line.trim().replace(/(?<![\s:：.])[\s:：.]+$/u, ""));

const wordCount = (text) => text.split(/\s+/).filter((w) => w !== "").length;

/** isMenu: a breadcrumb ("Trang chủ > Thời sự") or a menu of short items. */
function isMenu(p) {
  if (/[.!?]$/.test(p)) return false;
  const crumbs = p.split(/\s*[>»›]\s*/);
  if (crumbs.length >= 2 && crumbs.every((c) => c !== "" && !/^\d/.test(c) && wordCount(c) <= 5)) {
    return true;
  }
  const items = p.split(/\s*(?:\||\s[-–]\s)\s*/);
  return items.length >= 3 && items.every((i) => wordCount(i) <= 4);
}

const DATE_OR_TIME = /(?<!\d)(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}[:h]\d{2})(?!\d)/u;
const FURNITURE_MAX_CHARS = 300;
const PROMPT_MAX_WORDS = 30;
const COUNTER_MAX_WORDS = 8;

/** The furniture tests over the server's word lists ({lineMarkers, endMarkers, …}). */
function furnitureTest(lists) {
  const keys = (list) => new Set(list.map(key));
  const lineMarkers = keys(lists.lineMarkers);
  const endMarkers = keys(lists.endMarkers);
  const timestampWords = keys(lists.timestampWords);
  const promptPrefixes = [...keys(lists.promptPrefixes)];
  const marker = (phrase) => lineMarkers.has(lineKey(phrase)) || endMarkers.has(lineKey(phrase));

  const isPrompt = (p) => {
    if (wordCount(p) > PROMPT_MAX_WORDS) return false;
    const k = key(p.trim());
    return promptPrefixes.some((x) => k.startsWith(x) && !/^[\p{L}\p{M}]/u.test(k.slice(x.length)));
  };
  const isTimestamp = (p) => {
    if (wordCount(p) > 15 || !DATE_OR_TIME.test(p)) return false;
    const words = p.replace(/[^\p{L}\p{M}]+/gu, " ").split(" ");
    return words.filter((w) => w !== "").every((w) => timestampWords.has(key(w)));
  };
  // A row of share buttons and counters ("Thích 12 Chia sẻ"): its words are all markers.
  const isCounterRow = (p) => {
    const words = lineKey(p)
      .replace(/[\d.,:]+/g, " ")
      .replace(/[^\p{L}\p{M}]+/gu, " ")
      .split(" ")
      .filter((w) => w !== "");
    if (words.length === 0 || words.length > COUNTER_MAX_WORDS) return false;
    const covered = [true, ...words.map(() => false)];
    for (let end = 1; end <= words.length; end++) {
      for (let start = 0; start < end && !covered[end]; start++) {
        if (covered[start] && marker(words.slice(start, end).join(" "))) covered[end] = true;
      }
    }
    return covered[words.length] === true;
  };
  return (line) => {
    const p = line.trim();
    if (isMenu(p)) return true;
    if (p.length > FURNITURE_MAX_CHARS) return false;
    return lineMarkers.has(lineKey(p)) || isPrompt(p) || isTimestamp(p) || isCounterRow(p);
  };
}

/**
 * The tokens countSyllables (src/text/tokenize.ts) counts, its patterns copied in its order: web
 * and e-mail addresses, domains, numbers, dotted abbreviations, words. Its other tokens are single
 * punctuation marks (or `...`), where none of these starts, so counting these matches counts its
 * syllables: `Hà-Nội` is two, `COVID-19` two, `TP.HCM` and `vnexpress.net` one each.
 */
const WEB_ADDRESS = String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]]`;
const EMAIL = String.raw`[\p{L}\d][\p{L}\d._%+-]{0,63}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63}){1,8}`;
const SYLLABLE = new RegExp(
  [
    WEB_ADDRESS,
    EMAIL,
    String.raw`[\p{L}\d][\p{L}\d-]{0,62}(?:\.[\p{L}\d-]{1,63}){0,8}\.(?:vn|com|net|org|gov|edu|info|io|int|uk|us|fr|de|ru|cn|jp)\b`,
    String.raw`\d+(?:[.,/:-]\d+)*(?:%|[\p{L}]+\d*)?`,
    String.raw`\p{Lu}[\p{L}]{0,3}\.(?:\p{Lu}\p{Ll}{0,4}\.?)+(?![\p{L}\p{M}])`,
    String.raw`[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*`,
  ].join("|"),
  "gu",
);

/** countSyllables (src/text/tokenize.ts): the length unit of summaries and headlines. */
export const countSyllables = (text) => text.match(SYLLABLE)?.length ?? 0;

const MAX_HEADLINE_SYLLABLES = 60;
const FULL_STOP = /(?<![.…])\.["”’»)\]]*$/u;

/** readsAsHeadline: short, and no full stop at its end. */
function readsAsHeadline(line) {
  const text = line.trim();
  return text !== "" && !FULL_STOP.test(text) && countSyllables(text) <= MAX_HEADLINE_SYLLABLES;
}

/**
 * Returns `split(content)` → `{title, body}`: the first line that is not page furniture is the
 * title when it reads as a headline and text follows; the furniture above it stays in the body,
 * where the server's cleaner removes it. Otherwise no title and the content as it came.
 */
export function headlineReader(lists) {
  const isFurniture = furnitureTest(lists);
  return (content) => {
    const lines = content.replace(/\r\n?/g, "\n").split("\n");
    const first = lines.findIndex((l) => l.trim() !== "");
    const heading = lines.findIndex((l) => l.trim() !== "" && !isFurniture(l));
    const candidate = heading < 0 ? first : heading;
    if (candidate < 0 || !readsAsHeadline(lines[candidate])) return { title: "", body: content };
    const body = lines
      .filter((_, i) => i !== candidate)
      .join("\n")
      .trim();
    // The command line refuses a title without a body; the page keeps the text for the user.
    return body === "" ? { title: "", body: content } : { title: lines[candidate].trim(), body };
  };
}
