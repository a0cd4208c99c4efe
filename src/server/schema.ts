import { z } from "zod";
import { TomtatError } from "../errors.ts";
import { integerRange, OPTION_RANGES } from "../summarize/budget.ts";
import { listSummarizers } from "../summarize/index.ts";

/**
 * One article of a summarize request: plain `text`, `html` that goes through main-content
 * extraction, or `markdown` read as the plain text of its blocks.
 */
export const documentSchema = z
  .strictObject({
    id: z.string().max(200).optional().meta({ description: "Stable id; defaults to the position" }),
    title: z.string().optional().meta({
      description:
        "Title; for html, defaults to the page title; for markdown, to its first heading",
    }),
    text: z
      .string()
      .optional()
      .meta({ description: "Plain text, paragraphs separated by newlines" }),
    html: z
      .string()
      .optional()
      .meta({ description: "A whole page or fragment; its main content is extracted" }),
    markdown: z.string().optional().meta({
      description:
        "A Markdown article, read as the plain text of its blocks (marks dropped, link text kept, images dropped)",
    }),
  })
  .refine((d) => [d.text, d.html, d.markdown].filter((v) => v !== undefined).length === 1, {
    message: 'expected exactly one of "text", "html" or "markdown"',
  })
  .meta({ description: "One article: exactly one of text, html or markdown" });

/**
 * The ranges the library accepts for the summary options (summarize/budget.ts): the schema
 * enforces them, so a value out of range is E_OPTION naming its field, and /openapi.json states
 * them.
 */
const { maxSyllables, maxSentences, ratio } = OPTION_RANGES;
/** The library's wording of each bound, and the value that came, as its own E_OPTION says it. */
const outOfRange = (expected: string) => ({
  error: (issue: { input?: unknown }) => `must be ${expected}, got ${JSON.stringify(issue.input)}`,
});
/** An integer option within its range, every refusal worded as the library words it. */
const boundedInt = (range: { min: number; max: number }) => {
  const refusal = outOfRange(integerRange(range));
  return z.int(refusal).min(range.min, refusal).max(range.max, refusal);
};
const ratioRefusal = outOfRange(`a number in (${ratio.above}, ${ratio.max}]`);
const METHODS = listSummarizers().map((m) => m.name) as [string, ...string[]];

/** Summary options: types and ranges are checked here, so an error names its field. */
export const optionsSchema = z
  .strictObject({
    maxSyllables: boundedInt(maxSyllables)
      .optional()
      .meta({ description: `Syllable budget, ${integerRange(maxSyllables)} (default 250)` }),
    maxSentences: boundedInt(maxSentences)
      .optional()
      .meta({
        description: `Most sentences, ${integerRange(maxSentences)} (default unlimited)`,
      }),
    ratio: z
      .number()
      .gt(ratio.above, ratioRefusal)
      .lte(ratio.max, ratioRefusal)
      .optional()
      .meta({
        description: `Budget as a share of the cluster's syllables, ${ratio.above} < ratio ≤ ${ratio.max}; the smaller budget wins`,
      }),
    method: z
      .enum(METHODS, outOfRange(`one of ${METHODS.join(", ")}`))
      .optional()
      .meta({ description: 'Method name (default "tomtat")' }),
    compress: z.boolean().optional().meta({
      description:
        "Safe compression (default false): drops attributions and asides; each compressed sentence keeps its source and lists what was removed",
    }),
  })
  .meta({ description: "Summary length and method" });

export function summarizeRequestSchema(maxDocuments: number) {
  return z.strictObject({
    documents: z.array(documentSchema).min(1).max(maxDocuments),
    options: optionsSchema.optional(),
  });
}

export const articleRequestSchema = z.strictObject({
  text: z
    .string()
    .meta({ description: "A plain-text article file: its headline line, then its body" }),
});

export const segmentRequestSchema = z.strictObject({
  text: z.string().meta({ description: "Vietnamese text to segment into words" }),
});

export type SummarizeRequest = z.infer<ReturnType<typeof summarizeRequestSchema>>;

/** Validates `value`, turning the first schema issue into E_SCHEMA naming the field (`documents[0].text`). */
export function parseRequest<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new TomtatError("E_SCHEMA", "request does not match the schema", "body");
  const path = [...issue.path];
  if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) path.push(issue.keys[0]);
  const message =
    issue.code === "unrecognized_keys" ? `unknown field (${issue.message})` : issue.message;
  const code = isOptionValue(path, issue, valueAt(value, path)) ? "E_OPTION" : "E_SCHEMA";
  throw new TomtatError(code, message, fieldName(path));
}

/**
 * An option of the right JSON type but a value the library refuses (out of range, a number that
 * is not an integer, a method name it does not know) is E_OPTION, as the library says it; a wrong
 * type (`"method": 5`, `"maxSyllables": "200"`) or an unknown option stays E_SCHEMA.
 */
function isOptionValue(path: PropertyKey[], issue: z.core.$ZodIssue, value: unknown): boolean {
  if (path[0] !== "options") return false;
  switch (issue.code) {
    case "too_small":
    case "too_big":
      return true;
    case "invalid_type":
      return issue.expected === "int" && typeof value === "number";
    case "invalid_value":
      return issue.values.some((allowed) => typeof allowed === typeof value);
    default:
      return false;
  }
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let at = value;
  for (const key of path)
    at = typeof at === "object" && at !== null ? Reflect.get(at, key) : undefined;
  return at;
}

/** `["documents", 0, "text"]` → `documents[0].text`; the empty path is the body itself. */
export function fieldName(path: PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "body" : out;
}
