/** Regular-expression source of a phrase: special characters escaped, each run of spaces `\s+`. */
export function phraseSource(phrase: string): string {
  return phrase
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, String.raw`\s+`);
}
