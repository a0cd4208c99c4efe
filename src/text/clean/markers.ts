import { readListFile } from "../data-files.ts";
import { comparisonKey } from "../normalize/index.ts";

function keySet(file: string): Set<string> {
  return new Set(readListFile(file).map((l) => comparisonKey(l)));
}

let endMarkers: Set<string> | undefined;
let lineMarkers: Set<string> | undefined;
let readMoreLines: Set<string> | undefined;
let promptPrefixes: Set<string> | undefined;
let timestampWords: Set<string> | undefined;
let agencies: string[] | undefined;
let agencySet: Set<string> | undefined;
let sourceOutlets: Set<string> | undefined;

/** A whole line's key for marker look-up: compared case- and tone-insensitively, trailing ":" dropped. */
export function lineKey(line: string): string {
  // The look-behind starts the match only at a run's start, so a long run inside the line is
  // read once, not from each of its positions.
  return comparisonKey(line.trim().replace(/(?<![\s:：.])[\s:：.]+$/u, ""));
}

/** Lines after which the page holds no more article text (data/text/end-markers.txt). */
export function isEndMarker(line: string): boolean {
  endMarkers ??= keySet("end-markers.txt");
  return endMarkers.has(lineKey(line));
}

/** Lines that point to other stories or open the rest of a folded page (data/text/read-more-lines.txt). */
export function isReadMore(line: string): boolean {
  readMoreLines ??= keySet("read-more-lines.txt");
  return readMoreLines.has(lineKey(line));
}

/** Lines that are page furniture (data/text/line-markers.txt). */
export function isLineMarker(line: string): boolean {
  lineMarkers ??= keySet("line-markers.txt");
  return lineMarkers.has(lineKey(line));
}

/** Openings of lines that speak to the reader about the page (data/text/prompt-prefixes.txt), as comparison keys. */
export function promptPrefixKeys(): ReadonlySet<string> {
  promptPrefixes ??= keySet("prompt-prefixes.txt");
  return promptPrefixes;
}

/** Words that may stand beside a date or time on a timestamp line (data/text/timestamp-words.txt). */
export function isTimestampWord(word: string): boolean {
  timestampWords ??= keySet("timestamp-words.txt");
  return timestampWords.has(comparisonKey(word));
}

/** Agency and outlet names used in bylines (data/text/agencies.txt), as comparison keys. */
export function agencyKeys(): string[] {
  agencies ??= readListFile("agencies.txt").map((l) => comparisonKey(l));
  return agencies;
}

/** Whether a comparison key is an agency or outlet of data/text/agencies.txt ("vov", "ttxvn"). */
export function isAgencyKey(key: string): boolean {
  agencySet ??= new Set(agencyKeys());
  return agencySet.has(key);
}

/** Outlets a fused source tag may name (data/text/source-outlets.txt and the agencies), as comparison keys. */
export function sourceOutletKeys(): ReadonlySet<string> {
  sourceOutlets ??= new Set([...keySet("source-outlets.txt"), ...agencyKeys()]);
  return sourceOutlets;
}
