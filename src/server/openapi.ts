import { z } from "zod";
import type { ErrorCode } from "../errors.ts";
import { VERSION } from "../version.ts";
import type { ResolvedOptions } from "./options.ts";
import { articleRequestSchema, segmentRequestSchema, summarizeRequestSchema } from "./schema.ts";
import { statusOf } from "./status.ts";

type Json = Record<string, unknown>;

const int = { type: "integer" };
const str = { type: "string" };
const num = { type: "number" };
const obj = (properties: Json, required = Object.keys(properties)): Json => ({
  type: "object",
  properties,
  required,
});

const SENTENCE = obj({
  text: str,
  doc: int,
  index: int,
  paragraph: int,
  inParagraph: int,
  syllables: int,
});
/** `schema` with more properties that are not required. */
const withOptional = (schema: Json, properties: Json): Json => ({
  ...schema,
  properties: { ...(schema.properties as Json), ...properties },
});

const EMPTY_DOCUMENTS = {
  type: "array",
  items: str,
  description:
    "Only when some document has nothing left after cleaning (only web leftovers such as share rows): their ids (a document without one is named by its position, from 1). They are left out of the summary; when every document is empty the request gets 400 E_EMPTY instead",
};
const SUMMARY_RESULT_FIELDS = obj({
  summary: { ...str, description: "The summary text" },
  sentences: {
    type: "array",
    description:
      "Summary sentences; documents[doc].sentences[sentenceIndex] is the source sentence",
    items: obj(
      {
        text: str,
        doc: int,
        sentenceIndex: int,
        score: num,
        source: str,
        removed: { type: "array", items: str },
      },
      ["text", "doc", "sentenceIndex", "score"],
    ),
  },
  stats: obj({
    documents: int,
    sentences: int,
    candidates: int,
    syllables: int,
    budget: int,
    method: str,
    elapsedMs: num,
  }),
  documents: {
    type: "array",
    description: "The cleaned documents, split into sentences",
    items: obj(
      {
        id: str,
        title: str,
        lead: str,
        date: str,
        paragraphs: { type: "array", items: str },
        sentences: { type: "array", items: SENTENCE },
        removed: { type: "array", items: obj({ kind: str, text: str }) },
      },
      ["id", "title", "paragraphs", "sentences", "removed"],
    ),
  },
});
const SUMMARY_RESULT = withOptional(SUMMARY_RESULT_FIELDS, { emptyDocuments: EMPTY_DOCUMENTS });

const ERROR = obj({
  error: obj(
    {
      code: str,
      message: str,
      field: { ...str, description: "The offending input, e.g. documents[0].text" },
      hint: {
        type: "string",
        enum: ["unmarked-vietnamese", "double-encoded"],
        description:
          "Refines the code for clients that word errors themselves: unmarked-vietnamese (E_NOT_VIETNAMESE) means Vietnamese typed without diacritics; double-encoded (E_NOT_VIETNAMESE) means UTF-8 text read as Windows-1252 or Latin-1 and saved again (táº¡i for tại)",
      },
    },
    ["code", "message"],
  ),
});

/** Responses for a list of error codes, grouped by status, each naming its codes. */
function errors(codes: ErrorCode[]): Json {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of [...codes, "E_INTERNAL" as const]) {
    const status = statusOf(code);
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const out: Json = {};
  for (const [status, list] of byStatus) {
    out[String(status)] = {
      description: `Error: ${list.join(", ")}`,
      content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
    };
  }
  return out;
}

function jsonBody(schema: Json): Json {
  return { required: true, content: { "application/json": { schema } } };
}

function ok(description: string, schema: Json, type = "application/json"): Json {
  return { "200": { description, content: { [type]: { schema } } } };
}

function jsonSchema(schema: z.ZodType): Json {
  const { $schema: _, ...rest } = z.toJSONSchema(schema) as Json;
  return rest;
}

/** OpenAPI 3.1 description of every endpoint, its limits and its error codes. */
export function openApiDocument(opts: ResolvedOptions): Json {
  const limits = `Bodies over ${opts.maxBodyBytes} bytes get 413; text (or Markdown) over ${opts.maxTextChars} characters gets 413; a request running past ${opts.timeoutMs} ms gets 503.`;
  return {
    openapi: "3.1.0",
    info: {
      title: "tomtat",
      version: VERSION,
      description: `Extractive summaries of Vietnamese news clusters, with provenance. ${limits} Unknown paths get 404 E_NOT_FOUND; a known path with another method gets 405 E_METHOD and an Allow header. A request for a host name the server does not answer to, and a POST from a web page of another site (Sec-Fetch-Site or Origin), get 403 E_FORBIDDEN. Every error is {"error":{"code","message","field"?,"hint"?}}.`,
      // The request time limit for a client to read (the page waits a little longer).
      "x-timeout-ms": opts.timeoutMs,
    },
    paths: {
      "/v1/summarize": {
        post: {
          summary: `Summarize 1 to ${opts.maxDocuments} articles`,
          requestBody: jsonBody(jsonSchema(summarizeRequestSchema(opts.maxDocuments))),
          responses: {
            ...ok("The summary with provenance", { $ref: "#/components/schemas/SummaryResult" }),
            ...errors([
              "E_FORBIDDEN",
              "E_JSON",
              "E_ENCODING",
              "E_SCHEMA",
              "E_TOO_MANY_DOCUMENTS",
              "E_EMPTY",
              "E_OPTION",
              "E_NOT_VIETNAMESE",
              "E_TOO_LARGE",
              "E_TIMEOUT",
            ]),
          },
        },
      },
      "/v1/segment": {
        post: {
          summary: "Segment Vietnamese text into words",
          requestBody: jsonBody(jsonSchema(segmentRequestSchema)),
          responses: {
            ...ok("Words in order", obj({ tokens: { type: "array", items: str } })),
            ...errors([
              "E_FORBIDDEN",
              "E_JSON",
              "E_ENCODING",
              "E_SCHEMA",
              "E_TOO_LARGE",
              "E_TIMEOUT",
            ]),
          },
        },
      },
      "/v1/article": {
        post: {
          summary:
            "Split a plain-text article file into its headline and body, as the CLI reads it",
          requestBody: jsonBody(jsonSchema(articleRequestSchema)),
          responses: {
            ...ok(
              "Headline (empty when the file has none) and body",
              obj({ title: str, body: str }),
            ),
            ...errors([
              "E_FORBIDDEN",
              "E_JSON",
              "E_ENCODING",
              "E_SCHEMA",
              "E_EMPTY",
              "E_TOO_LARGE",
              "E_TIMEOUT",
            ]),
          },
        },
      },
      "/healthz": {
        get: {
          summary: "Liveness",
          responses: {
            ...ok("Alive", obj({ status: { const: "ok" }, version: str })),
            ...errors(["E_FORBIDDEN"]),
          },
        },
      },
      "/openapi.json": {
        get: {
          summary: "This document",
          responses: { ...ok("OpenAPI 3.1", { type: "object" }), ...errors(["E_FORBIDDEN"]) },
        },
      },
      "/": {
        get: {
          summary: "The web page (Vietnamese)",
          responses: { ...ok("HTML page", str, "text/html"), ...errors(["E_FORBIDDEN"]) },
        },
      },
    },
    components: { schemas: { SummaryResult: SUMMARY_RESULT, Error: ERROR } },
  };
}
