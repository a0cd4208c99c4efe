/**
 * Pre-tokenizer of the segmenter: splits raw text into the syllables and punctuation tokens
 * of the VLSP word-segmentation data (whitespace splits; punctuation is its own token; numbers
 * such as 6,42 · 5.000 · 10/1/2022 · 06:00, URLs, e-mail addresses, domains and dotted
 * abbreviations such as TP.HCM, N.V.Hải, TP., Q., v.v. stay whole). Already tokenized text
 * (the data file with `_` replaced by spaces) comes back token for token.
 */

const URL = String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]*[^\s<>"“”.,;:!?)\]]`;
/** Letters, marks and digits joined by in-word connectors (Mác-Lênin, ycc@yahoo.com); `,` `/` `:` only between digits (6,42 · 10/1 · 06:00). */
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:(?:[.\-'’@&_+]|(?<=\d)[,/:](?=\d))[\p{L}\p{M}\p{N}]+)*`;
/** Runs of dots, dashes or ellipses are one token (`...`, `------`), other marks one each. */
const PUNCT = String.raw`\.{2,}|-{2,}|…+|[^\s\p{L}\p{M}\p{N}]`;
const TOKEN = new RegExp(`(${URL})|(${WORD})|(${PUNCT})`, "gu");

/** Abbreviations written with a final dot in Vietnamese news (`TP. HCM`, `Q. 1`, `GS. TS`). */
const DOT_ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    "TP Tp tp Q P F GS PGS TS ThS BS CN KS NXB Nxb tr Tr sp St Mr Mrs Ms Dr Jr Co Ltd Inc etc " +
    "BT HLV TTg Th Kh"
  ).split(" "),
);
/** Dotted initials and short dotted abbreviations: N.A, V.H.Q, L.TH.H, v.v, T.Ư. */
const DOTTED_INITIALS = /^[\p{L}\p{M}]{1,3}(?:\.[\p{L}\p{M}]{1,3})+$/u;
const SINGLE_UPPER = /^\p{Lu}\p{M}*$/u;

/** True when the dot that follows `word` belongs to it (an abbreviation or an initial). */
function keepsDot(word: string): boolean {
  return DOT_ABBREVIATIONS.has(word) || SINGLE_UPPER.test(word) || DOTTED_INITIALS.test(word);
}

/** Splits `text` into tokens; whitespace is dropped, every other character is kept. */
export function pretokenize(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let token = m[0];
    if (m[2] !== undefined) {
      const end = m.index + token.length;
      if (text.charCodeAt(end) === 46 && keepsDot(token)) {
        // "v.v..." keeps its whole run of dots; other abbreviations take one.
        let stop = end + 1;
        if (token === "v.v") while (text.charCodeAt(stop) === 46) stop++;
        token = text.slice(m.index, stop);
        TOKEN.lastIndex = stop;
      }
    }
    out.push(token);
  }
  return out;
}
