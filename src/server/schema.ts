import { z } from "zod";
import { TomtatError } from "../errors.ts";

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

/** Summary options, type-checked here; ranges are checked by the library (E_OPTION). */
export const optionsSchema = z
  .strictObject({
    maxSyllables: z.int().optional().meta({ description: "Syllable budget (default 250)" }),
    maxSentences: z.int().optional().meta({ description: "Most sentences (default unlimited)" }),
    ratio: z
      .number()
      .optional()
      .meta({ description: "Budget as a fraction of the cluster, 0 < ratio ≤ 1" }),
    method: z.string().optional().meta({ description: 'Method name (default "tomtat")' }),
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
  throw new TomtatError("E_SCHEMA", message, fieldName(path));
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
