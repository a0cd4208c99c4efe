/** tomtat: summarize clusters of Vietnamese news articles, with provenance. */
export { type ErrorCode, type ErrorHint, isUserError, TomtatError } from "./errors.ts";
export {
  createScorer,
  type EvalDatasetOptions,
  type EvalReport,
  evaluateDataset,
  loadDataset,
  type RougeMode,
  type RougeScores,
} from "./evaluate/index.ts";
export { type HtmlText, htmlToText } from "./io/html.ts";
export { markdownToText } from "./io/markdown.ts";
export * from "./io/readers/index.ts";
export { checkCluster, DEFAULT_LIMITS, type Limits, resolveLimits } from "./limits.ts";
export * from "./summarize/index.ts";
export * from "./text/index.ts";
export {
  loadSegmenter,
  type Segmenter,
  segment,
  segmentTokens,
} from "./text/segment/index.ts";
export type * from "./types.ts";
export { VERSION } from "./version.ts";
