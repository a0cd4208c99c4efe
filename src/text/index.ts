export { type CleanedText, cleanArticle, isByline } from "./clean/index.ts";
export { comparisonKey, normalizeText, normalizeTones, repairTones } from "./normalize/index.ts";
export { splitParagraph, splitSentences } from "./split/index.ts";
export { countSyllables, isSyllable, type Token, type TokenKind, tokenize } from "./tokenize.ts";
