import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { TomtatError } from "../errors.ts";
import { OPTION_RANGES, validateOptions } from "../summarize/budget.ts";
import { listSummarizers } from "../summarize/index.ts";
import type { SummarizeOptions } from "../summarize/types.ts";
import { quietApp } from "./testing.ts";

/** The library's own check, as E_OPTION or nothing. */
function libraryRefuses(options: SummarizeOptions): boolean {
  try {
    validateOptions(options);
    return false;
  } catch (err) {
    assert.ok(err instanceof TomtatError && err.code === "E_OPTION", String(err));
    return true;
  }
}

describe("the option ranges of the schema", () => {
  // The schema and the library read one table of bounds: these rows check that the library's
  // check is at those bounds, and the test below that /openapi.json states them.
  const { maxSyllables, maxSentences, ratio } = OPTION_RANGES;
  const rows: [option: keyof SummarizeOptions, value: number, refused: boolean][] = [
    ["maxSyllables", maxSyllables.min, false],
    ["maxSyllables", maxSyllables.max, false],
    ["maxSyllables", maxSyllables.min - 1, true],
    ["maxSyllables", maxSyllables.max + 1, true],
    ["maxSentences", maxSentences.min, false],
    ["maxSentences", maxSentences.max, false],
    ["maxSentences", maxSentences.min - 1, true],
    ["maxSentences", maxSentences.max + 1, true],
    ["ratio", ratio.above, true],
    ["ratio", ratio.above + 1e-9, false],
    ["ratio", ratio.max, false],
    ["ratio", ratio.max + 1e-9, true],
  ];
  for (const [option, value, refused] of rows) {
    it(`${option} ${value} is ${refused ? "refused" : "accepted"} by the library too`, () => {
      assert.equal(libraryRefuses({ [option]: value }), refused);
    });
  }

  it("are the bounds /openapi.json states, with the methods the library knows", async () => {
    const { app } = quietApp();
    const doc = (await (await app.request("/openapi.json")).json()) as {
      paths: Record<string, { post: { requestBody: { content: Record<string, unknown> } } }>;
    };
    const request = doc.paths["/v1/summarize"]?.post.requestBody.content["application/json"] as {
      schema: { properties: { options: { properties: Record<string, Record<string, unknown>> } } };
    };
    const options = request.schema.properties.options.properties;
    const bounds = (o: string) => {
      const { minimum, maximum, exclusiveMinimum } = options[o] ?? {};
      return { minimum, maximum, exclusiveMinimum };
    };
    assert.deepEqual(bounds("maxSyllables"), {
      minimum: 1,
      maximum: 100_000,
      exclusiveMinimum: undefined,
    });
    assert.deepEqual(bounds("maxSentences"), {
      minimum: 1,
      maximum: 1000,
      exclusiveMinimum: undefined,
    });
    assert.deepEqual(bounds("ratio"), { minimum: undefined, maximum: 1, exclusiveMinimum: 0 });
    assert.deepEqual(
      options.method?.enum,
      listSummarizers().map((m) => m.name),
    );
  });
});
