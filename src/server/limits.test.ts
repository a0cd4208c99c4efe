import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gzipSync } from "node:zlib";
import { TomtatError } from "../errors.ts";
import { ARTICLES, slowDocuments } from "./fixture.ts";
import { statusOf } from "./status.ts";
import { expectError, postJson, quietApp } from "./testing.ts";

const doc = { title: ARTICLES[0].title, text: ARTICLES[0].text };

describe("400: invalid JSON and schema violations name the field", () => {
  const { app } = quietApp();
  const cases: [name: string, body: unknown, code: string, field: string][] = [
    ["invalid JSON", '{"documents": [', "E_JSON", "body"],
    ["an empty body", "", "E_JSON", "body"],
    ["a JSON array instead of an object", [], "E_SCHEMA", "body"],
    ["no documents field", { docs: [] }, "E_SCHEMA", "documents"],
    ["documents not an array", { documents: "văn bản" }, "E_SCHEMA", "documents"],
    ["zero documents", { documents: [] }, "E_SCHEMA", "documents"],
    ["text that is a number", { documents: [doc, { text: 42 }] }, "E_SCHEMA", "documents[1].text"],
    [
      "an unknown document field",
      { documents: [{ ...doc, body: "x" }] },
      "E_SCHEMA",
      "documents[0].body",
    ],
    [
      "neither text nor html",
      { documents: [{ title: "Chỉ có tiêu đề" }] },
      "E_SCHEMA",
      "documents[0]",
    ],
    [
      "both text and html",
      { documents: [{ text: "a", html: "<p>a</p>" }] },
      "E_SCHEMA",
      "documents[0]",
    ],
    [
      "a string option",
      { documents: [doc], options: { maxSyllables: "200" } },
      "E_SCHEMA",
      "options.maxSyllables",
    ],
    [
      "an unknown option",
      { documents: [doc], options: { length: 3 } },
      "E_SCHEMA",
      "options.length",
    ],
    ["an empty text", { documents: [doc, { text: "  \n " }] }, "E_EMPTY", "documents[1].text"],
    [
      "a title with an empty text",
      { documents: [{ title: "Mưa đá ở Lào Cai", text: "" }] },
      "E_EMPTY",
      "documents[0].text",
    ],
    [
      "a title with Markdown that holds only an image",
      { documents: [doc, { title: "Mưa đá ở Lào Cai", markdown: "![mưa đá](a.jpg)" }] },
      "E_EMPTY",
      "documents[1].markdown",
    ],
    [
      "text that is all web leftovers",
      { documents: [{ text: "Chia sẻ\nBình luận" }] },
      "E_EMPTY",
      "documents[0].text",
    ],
    ...optionRows(),
    ...foreignRows(),
    [
      "an html page without text",
      { documents: [{ html: "<script>x()</script>" }] },
      "E_EMPTY",
      "documents[0].html",
    ],
  ];
  for (const [name, body, code, field] of cases) {
    it(`${name} → 400 ${code} at ${field}`, async () => {
      await expectError(await postJson(app, "/v1/summarize", body), 400, code, field);
    });
  }

  it("more than 50 documents → 400 E_TOO_MANY_DOCUMENTS", async () => {
    const error = await expectError(
      await postJson(app, "/v1/summarize", { documents: Array.from({ length: 51 }, () => doc) }),
      400,
      "E_TOO_MANY_DOCUMENTS",
      "documents",
    );
    assert.match(error.message, /at most 50 documents, got 51/);
    const ok = await postJson(app, "/v1/summarize", {
      documents: Array.from({ length: 50 }, () => doc),
    });
    assert.equal(ok.status, 200, "exactly 50 is allowed");
  });

  it("an option out of range says the accepted range and the value that came", async () => {
    const error = await expectError(
      await postJson(app, "/v1/summarize", { documents: [doc], options: { maxSyllables: 0 } }),
      400,
      "E_OPTION",
      "options.maxSyllables",
    );
    assert.equal(error.message, "options.maxSyllables: must be an integer from 1 to 100000, got 0");
  });

  it("segment without text or with unknown fields → 400 E_SCHEMA naming the field", async () => {
    await expectError(
      await postJson(app, "/v1/segment", { text: "a", lang: "vi" }),
      400,
      "E_SCHEMA",
      "lang",
    );
    await expectError(await postJson(app, "/v1/segment", {}), 400, "E_SCHEMA", "text");
  });
});

/**
 * Options of the right JSON type with values the library refuses: E_OPTION naming the option; of
 * a wrong type: E_SCHEMA naming it.
 */
function optionRows(): [string, unknown, string, string][] {
  const values: [option: string, value: unknown, code: string][] = [
    ["maxSyllables", 0, "E_OPTION"],
    ["maxSyllables", -5, "E_OPTION"],
    ["maxSyllables", 100_001, "E_OPTION"],
    ["maxSyllables", 1.5, "E_OPTION"],
    ["maxSentences", 0, "E_OPTION"],
    ["maxSentences", 1001, "E_OPTION"],
    ["ratio", 0, "E_OPTION"],
    ["ratio", 2, "E_OPTION"],
    ["method", "khong-co", "E_OPTION"],
    ["method", 5, "E_SCHEMA"],
    ["method", true, "E_SCHEMA"],
    ["method", null, "E_SCHEMA"],
    ["method", ["tomtat"], "E_SCHEMA"],
    ["maxSentences", "3", "E_SCHEMA"],
    ["ratio", "0.5", "E_SCHEMA"],
    ["compress", 1, "E_SCHEMA"],
  ];
  return values.map(([option, value, code]) => [
    `${option} ${JSON.stringify(value)}`,
    { documents: [doc], options: { [option]: value } },
    code,
    `options.${option}`,
  ]);
}

/** A document of 40+ English words among Vietnamese ones: its content field, whatever its kind. */
function foreignRows(): [string, unknown, string, string][] {
  const english =
    "The new bridge over the river opened this morning after three years of work, and the city says it will cut the trip from the old market to the airport to fifteen minutes. ".repeat(
      2,
    );
  const kinds: [kind: string, content: string][] = [
    ["text", english],
    ["html", `<article><p>${english}</p></article>`],
    ["markdown", `# Bridge\n\n${english}`],
  ];
  return [
    [
      "a single English text",
      { documents: [{ text: english }] },
      "E_NOT_VIETNAMESE",
      "documents[0].text",
    ],
    [
      "a third document in English, with an id: named by its position",
      { documents: [doc, doc, { id: "7", text: english }] },
      "E_NOT_VIETNAMESE",
      "documents[2].text",
    ],
    ...kinds.map(([kind, content]): [string, unknown, string, string] => [
      `a second document in English, as ${kind}`,
      { documents: [doc, { title: "Bridge", [kind]: content }] },
      "E_NOT_VIETNAMESE",
      `documents[1].${kind}`,
    ]),
  ];
}

describe("413: size limits", () => {
  it("a body over the default 5 MB → 413 E_TOO_LARGE", async () => {
    const { app } = quietApp();
    const big = JSON.stringify({ documents: [{ text: "à".repeat(2.7 * 1024 * 1024) }] });
    assert.ok(Buffer.byteLength(big) > 5 * 1024 * 1024);
    await expectError(await postJson(app, "/v1/summarize", big), 413, "E_TOO_LARGE", "body");
  });

  it("the limit is configurable, checked on Content-Length and on streamed bytes", async () => {
    const { app } = quietApp({ maxBodyBytes: 1000 });
    const body = JSON.stringify({ documents: [{ text: "x".repeat(1200) }] });
    await expectError(await postJson(app, "/v1/segment", body), 413, "E_TOO_LARGE", "body");
    const chunks = [body.slice(0, 600), body.slice(600)];
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    const res = await app.request("/v1/summarize", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    await expectError(res, 413, "E_TOO_LARGE", "body");
    assert.equal(
      (await postJson(app, "/v1/summarize", { documents: [doc] })).status,
      200,
      "a small body passes",
    );
  });

  it("text over maxTextChars (after HTML extraction; Markdown before parsing) → 413", async () => {
    const { app } = quietApp({ maxTextChars: 100 });
    await expectError(
      await postJson(app, "/v1/summarize", { documents: [doc] }),
      413,
      "E_TOO_LARGE",
      "documents",
    );
    await expectError(
      await postJson(app, "/v1/summarize", { documents: [{ markdown: "**à** ".repeat(20) }] }),
      413,
      "E_TOO_LARGE",
      "documents",
    );
    await expectError(
      await postJson(app, "/v1/segment", { text: "à ".repeat(60) }),
      413,
      "E_TOO_LARGE",
      "text",
    );
  });
});

describe("415: a compressed body", () => {
  const { app } = quietApp();
  const json = JSON.stringify({ text: "Hà Nội mưa lớn suốt đêm qua." });
  const send = (encoding: string, body: BodyInit) =>
    app.request("/v1/segment", {
      method: "POST",
      headers: { "Content-Type": "application/json", "Content-Encoding": encoding },
      body,
    });
  const gzipped = new Blob([gzipSync(json)]);
  const refused: [encoding: string, body: BodyInit][] = [
    ["gzip", gzipped],
    ["br", json],
    ["identity, gzip", gzipped],
    ["DEFLATE", json],
  ];
  for (const [encoding, body] of refused) {
    it(`Content-Encoding: ${encoding} → 415 E_ENCODING naming the coding, not a JSON error`, async () => {
      const res = await send(encoding, body);
      assert.equal(res.headers.get("accept-encoding"), "identity");
      const error = await expectError(res, 415, "E_ENCODING", "body");
      assert.ok(error.message.includes(`Content-Encoding: ${encoding}`), error.message);
    });
  }

  it("Content-Encoding: identity is no coding: read as sent", async () => {
    assert.equal((await send("identity", json)).status, 200);
  });
});

describe("503: the per-request time limit", () => {
  it("a body that streams in slower than the limit → 503 E_TIMEOUT", async () => {
    const { app } = quietApp({ timeoutMs: 50 });
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((r) => setTimeout(r, 200));
        controller.enqueue(new TextEncoder().encode("{}"));
        controller.close();
      },
    });
    const res = await app.request("/v1/summarize", {
      method: "POST",
      body: stream,
      duplex: "half",
    } as RequestInit);
    const error = await expectError(res, 503, "E_TIMEOUT");
    assert.match(error.message, /50 ms/);
  });

  it("summarization running past the limit is stopped → 503, and the app keeps serving", async () => {
    const { app, lines, warm, close } = quietApp({ timeoutMs: 300 });
    await warm();
    const started = performance.now();
    const res = await postJson(app, "/v1/summarize", { documents: slowDocuments() });
    const error = await expectError(res, 503, "E_TIMEOUT");
    assert.match(error.message, /stopped while reading and summarizing/);
    assert.ok(
      performance.now() - started < 3000,
      "answered near the limit, not when the work ends",
    );
    assert.match(lines[0] ?? "", / 503 \d+ms E_TIMEOUT$/);
    assert.equal((await app.request("/healthz")).status, 200);
    await close();
  });

  it("a limit shorter than a worker's start-up: after a stopped job, small requests succeed again", async () => {
    // Before, the stopped worker was replaced by the next request, whose limit then ran out
    // during the start-up and stopped the new worker too: every later request got 503.
    const { app, warm, close } = quietApp({ timeoutMs: 250, workers: 1 });
    await warm();
    await expectError(
      await postJson(app, "/v1/summarize", { documents: slowDocuments() }),
      503,
      "E_TIMEOUT",
    );
    let answered = 0;
    for (let tries = 0; tries < 100 && answered !== 200; tries++) {
      const res = await postJson(app, "/v1/summarize", { documents: [doc] });
      answered = res.status;
      if (answered !== 200) {
        // Mostly the replacement still starting; on a loaded machine a small job may itself
        // outlast 250 ms, which stops that worker too: either way the loop goes on to a 200.
        const waiting = await expectError(res, 503, "E_TIMEOUT");
        assert.match(
          waiting.message,
          /while (?:waiting for a worker \(1 starting\)|reading and summarizing)/,
        );
      }
    }
    assert.equal(answered, 200);
    await close();
  });

  it("with workers: 0 summarization runs on the main thread", async () => {
    const { app } = quietApp({ workers: 0 });
    assert.equal((await postJson(app, "/v1/summarize", { documents: [doc] })).status, 200);
  });

  it("time spent before summarization counts: past the limit, the summarizer is not started", async () => {
    let calls = 0;
    let t = 0;
    const { app } = quietApp({
      timeoutMs: 1000,
      now: () => (t += 400), // each stage boundary costs 400 ms of fake time
      engine: {
        summarize: () => {
          calls++;
          throw new Error("must not run");
        },
      },
    });
    await expectError(await postJson(app, "/v1/summarize", { documents: [doc] }), 503, "E_TIMEOUT");
    assert.equal(calls, 0);
  });
});

describe("500, 404 and status mapping", () => {
  it("an unexpected error → 500 E_INTERNAL without leaking details, logged in one line", async () => {
    const { app, lines } = quietApp({
      engine: {
        summarize: () => {
          throw new Error("bí mật nội bộ\nstack");
        },
      },
    });
    const error = await expectError(
      await postJson(app, "/v1/summarize", { documents: [doc] }),
      500,
      "E_INTERNAL",
    );
    assert.doesNotMatch(error.message, /bí mật/);
    assert.equal(lines.length, 1);
    assert.match(lines[0] ?? "", / 500 \d+ms E_INTERNAL Error: bí mật nội bộ$/);
    const health = await app.request("/healthz");
    assert.equal(health.status, 200, "the app keeps serving");
  });

  it("unknown paths → 404 E_NOT_FOUND; a known path with a wrong method → 405 E_METHOD with Allow", async () => {
    const { app } = quietApp();
    const missing = await expectError(await app.request("/v2/tom-tat"), 404, "E_NOT_FOUND");
    assert.match(missing.message, /no endpoint GET \/v2\/tom-tat/);
    const wrong: [string, string, string][] = [
      ["GET", "/v1/summarize", "POST"],
      ["PUT", "/v1/segment", "POST"],
      ["POST", "/healthz", "GET"],
      ["DELETE", "/", "GET"],
    ];
    for (const [method, path, allow] of wrong) {
      const res = await app.request(path, { method });
      assert.equal(res.headers.get("allow"), allow, `${method} ${path}`);
      const error = await expectError(res, 405, "E_METHOD");
      assert.equal(error.message, `${path} takes ${allow}, not ${method}; see /openapi.json`);
    }
  });

  it("maps every error code in one table", () => {
    const table: [TomtatError["code"], number][] = [
      ["E_TOO_LARGE", 413],
      ["E_ENCODING", 415],
      ["E_TOO_MANY_DOCUMENTS", 400],
      ["E_JSON", 400],
      ["E_SCHEMA", 400],
      ["E_EMPTY", 400],
      ["E_OPTION", 400],
      ["E_NOT_VIETNAMESE", 400],
      ["E_NOT_FOUND", 404],
      ["E_METHOD", 405],
      ["E_TIMEOUT", 503],
      ["E_IO", 500],
      ["E_MODEL", 500],
      ["E_INTERNAL", 500],
    ];
    for (const [code, status] of table) assert.equal(statusOf(code), status, code);
  });

  it("rejects invalid server options with E_OPTION", () => {
    assert.throws(
      () => quietApp({ maxBodyBytes: 0 }),
      (err: unknown) =>
        err instanceof TomtatError && err.code === "E_OPTION" && /maxBodyBytes/.test(err.message),
    );
    assert.throws(() => quietApp({ timeoutMs: 1.5 }), /timeoutMs/);
  });
});
