import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { withoutMarks } from "../../test/fixtures.ts";
import { summarize } from "../summarize/index.ts";
import type { SummaryResult } from "../types.ts";
import { VERSION } from "../version.ts";
import { ARTICLE_HTML, ARTICLES } from "./fixture.ts";
import { postJson, quietApp } from "./testing.ts";

const documents = ARTICLES.map((a) => ({ title: a.title, text: a.text }));
const inputSentences = ARTICLES.flatMap((a) => a.text.split(/(?<=\.)\s+|\n/));

describe("POST /v1/summarize", () => {
  it("returns the library's result: summary, sentences with provenance, stats, documents", async () => {
    const { app } = quietApp();
    const res = await postJson(app, "/v1/summarize", { documents });
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
    const body = (await res.json()) as SummaryResult;
    assert.ok(body.sentences.length > 0);
    for (const s of body.sentences) {
      const source = body.documents[s.doc]?.sentences[s.sentenceIndex];
      assert.equal(source?.text, s.text, "provenance points at the source sentence");
      assert.ok(
        inputSentences.includes(s.text),
        `summary sentence comes from the input: ${s.text}`,
      );
      assert.ok(body.summary.includes(s.text));
    }
    assert.equal(body.stats.documents, 3);
    assert.equal(body.documents[0]?.title, ARTICLES[0].title);

    const direct = summarize({
      id: "documents",
      documents: documents.map((d, i) => ({ id: String(i + 1), title: d.title, body: d.text })),
    });
    assert.deepEqual({ ...body.stats, elapsedMs: 0 }, { ...direct.stats, elapsedMs: 0 });
    assert.deepEqual(body.sentences, direct.sentences);
    assert.equal(body.summary, direct.summary);
  });

  it("passes options to the library (maxSentences, maxSyllables)", async () => {
    const { app } = quietApp();
    const one = (await (
      await postJson(app, "/v1/summarize", { documents, options: { maxSentences: 1 } })
    ).json()) as SummaryResult;
    assert.equal(one.sentences.length, 1);
    const short = (await (
      await postJson(app, "/v1/summarize", { documents, options: { maxSyllables: 40 } })
    ).json()) as SummaryResult;
    assert.equal(short.stats.budget, 40);
    assert.ok(short.stats.syllables <= 40);
  });

  it("passes compress to the library, and refuses a compress that is not a boolean", async () => {
    const { app } = quietApp();
    const res = await postJson(app, "/v1/summarize", { documents, options: { compress: true } });
    assert.equal(res.status, 200);
    const body = (await res.json()) as SummaryResult;
    const direct = summarize(
      {
        id: "documents",
        documents: documents.map((d, i) => ({ id: String(i + 1), title: d.title, body: d.text })),
      },
      { compress: true },
    );
    assert.deepEqual(body.sentences, direct.sentences);
    const bad = await postJson(app, "/v1/summarize", { documents, options: { compress: "yes" } });
    assert.equal(bad.status, 400);
  });

  it("refuses text that is not Vietnamese with 400, and hints when it is Vietnamese without marks", async () => {
    const { app } = quietApp();
    const unmarked = await postJson(app, "/v1/summarize", {
      documents: documents.map((d) => ({
        title: withoutMarks(d.title),
        text: withoutMarks(d.text),
      })),
    });
    assert.equal(unmarked.status, 400);
    const { error } = (await unmarked.json()) as { error: Record<string, string> };
    assert.equal(error.code, "E_NOT_VIETNAMESE");
    assert.equal(error.hint, "unmarked-vietnamese");
    assert.match(error.message ?? "", /typed without diacritics/);
    const english =
      "The city opened its first electric bus line on Monday, linking two districts across the river. ";
    const foreign = await postJson(app, "/v1/summarize", {
      documents: [0, 1].map(() => ({ title: "News", text: english.repeat(3) })),
    });
    assert.equal(foreign.status, 400);
    // No hint: the text is not Vietnamese at all; both documents are, so the field is all of them.
    const { error: english_ } = (await foreign.json()) as { error: Record<string, string> };
    assert.deepEqual(Object.keys(english_).sort(), ["code", "field", "message"]);
    assert.equal(english_.field, "documents");
  });

  it("extracts the main content of html documents first, and of a page pasted as text", async () => {
    const { app } = quietApp();
    // A blank title gives way to the page's headline, as in a JSON cluster on the command line.
    const pages = [
      { html: ARTICLE_HTML },
      { text: ARTICLE_HTML },
      { html: ARTICLE_HTML, title: " " },
    ];
    for (const page of pages) {
      const res = await postJson(app, "/v1/summarize", { documents: [page, documents[0]] });
      assert.equal(res.status, 200);
      const body = (await res.json()) as SummaryResult;
      const htmlDoc = body.documents[0];
      assert.match(htmlDoc?.title ?? "", /Cầu Phú Lộc thông xe/);
      const texts = htmlDoc?.sentences.map((s) => s.text) ?? [];
      assert.ok(
        texts.includes("Bến phà Ba Láng sẽ ngừng hoạt động từ tuần sau."),
        texts.join(" | "),
      );
      assert.ok(
        !texts.some((t) => /quangCao|Trang chủ|Bản quyền|<\/?[a-z]/.test(t)),
        "scripts, navigation and tags are dropped",
      );
    }
  });

  it("refuses a double-encoded document with 400 at its field, with the hint", async () => {
    const { app } = quietApp();
    const garbled = Buffer.from(documents[1]?.text ?? "", "utf8").toString("latin1");
    const res = await postJson(app, "/v1/summarize", {
      documents: [documents[0], { title: "Tin", text: garbled }],
    });
    assert.equal(res.status, 400);
    const { error } = (await res.json()) as { error: Record<string, string> };
    assert.deepEqual(
      [error.code, error.hint, error.field],
      ["E_NOT_VIETNAMESE", "double-encoded", "documents[1].text"],
    );
  });
});

/** A document whose every line is web leftovers: nothing is left of it after cleaning. */
const LEFTOVERS = "Chia sẻ:";
const [a, b] = documents as [(typeof documents)[number], (typeof documents)[number]];

describe("POST /v1/summarize names the documents that cleaning emptied", () => {
  // [name, documents, emptyDocuments in the answer (undefined: no such field)], as
  // `tomtat summarize --json` names them: by id, or by position when a document has none.
  const rows: [name: string, documents: object[], empty: string[] | undefined][] = [
    ["none emptied", [a, b], undefined],
    ["leftovers first, no ids", [{ text: LEFTOVERS }, a], ["1"]],
    ["leftovers second, with a title", [a, { title: "Tin nóng", text: LEFTOVERS }], ["2"]],
    [
      "named by their ids",
      [{ id: "x", text: LEFTOVERS }, a, { id: "z", text: LEFTOVERS }],
      ["x", "z"],
    ],
    ["an HTML page of leftovers", [{ html: `<p>${LEFTOVERS}</p>` }, b], ["1"]],
  ];
  for (const [name, docs, empty] of rows) {
    it(`${name} → 200, emptyDocuments ${JSON.stringify(empty)}`, async () => {
      const { app } = quietApp({ workers: 0 });
      const res = await postJson(app, "/v1/summarize", { documents: docs });
      assert.equal(res.status, 200, await res.clone().text());
      const body = (await res.json()) as SummaryResult & { emptyDocuments?: string[] };
      assert.deepEqual(body.emptyDocuments, empty);
      for (const id of empty ?? []) {
        const doc = body.documents.find((d) => d.id === id);
        assert.deepEqual(doc?.sentences, [], `document ${id} has no sentence`);
      }
      assert.ok(body.sentences.length > 0, "the others are summarized");
    });
  }

  it("refuses the request when every document is leftovers (E_EMPTY)", async () => {
    const { app } = quietApp({ workers: 0 });
    const res = await postJson(app, "/v1/summarize", {
      documents: [{ text: LEFTOVERS }, { text: "Bình luận" }],
    });
    assert.equal(res.status, 400);
    const { error } = (await res.json()) as { error: Record<string, string> };
    assert.deepEqual([error.code, error.field], ["E_EMPTY", "documents"]);
  });
});

describe("POST /v1/summarize with markdown", () => {
  it("reads a Markdown article's blocks: marks go, the first heading is the title", async () => {
    const { app } = quietApp();
    const [first, second] = ARTICLES;
    const markdown = `# ${first?.title}\n\n${(first?.text ?? "")
      .split("\n")
      .map((p, i) => (i === 0 ? `**${p}** ![Ảnh cầu](cau.jpg)` : `- ${p}`))
      .join("\n")}`;
    const res = await postJson(app, "/v1/summarize", {
      documents: [{ markdown }, { title: second?.title, text: second?.text }],
    });
    assert.equal(res.status, 200);
    const body = (await res.json()) as SummaryResult;
    assert.equal(body.documents[0]?.title, first?.title);
    const texts = body.documents[0]?.sentences.map((s) => s.text) ?? [];
    assert.ok(texts.length > 3, texts.join(" | "));
    assert.ok(!texts.some((t) => /\*\*|!\[|cau\.jpg|^- /.test(t)), texts.join(" | "));
  });

  it("refuses a document with two kinds of content, and an empty Markdown article", async () => {
    const { app } = quietApp();
    const both = await postJson(app, "/v1/summarize", {
      documents: [{ markdown: "# A\n\nB.", text: "B." }],
    });
    assert.equal(both.status, 400);
    assert.match(await both.text(), /exactly one of \\"text\\", \\"html\\" or \\"markdown\\"/);
    const empty = await postJson(app, "/v1/summarize", {
      documents: [{ markdown: "![chỉ có ảnh](a.jpg)\n\n---" }],
    });
    assert.equal(empty.status, 400);
    const error = ((await empty.json()) as { error: { code: string; field: string } }).error;
    assert.deepEqual([error.code, error.field], ["E_EMPTY", "documents[0].markdown"]);
  });
});

describe("POST /v1/segment", () => {
  it("segments text into words covering every syllable in order", async () => {
    const { app } = quietApp();
    const text = "Thành phố Cần Thơ khánh thành cầu Phú Lộc.";
    const res = await postJson(app, "/v1/segment", { text });
    assert.equal(res.status, 200);
    const { tokens } = (await res.json()) as { tokens: string[] };
    assert.ok(Array.isArray(tokens) && tokens.length > 1);
    const letters = (s: string) => s.replace(/[\s_]/g, "");
    assert.equal(letters(tokens.join("")), letters(text));
  });
});

describe("meta endpoints and the page", () => {
  it("GET /healthz", async () => {
    const { app } = quietApp();
    const res = await app.request("/healthz");
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: "ok", version: VERSION });
  });

  it("GET /openapi.json describes every endpoint, its limits and error codes", async () => {
    const { app } = quietApp({ maxDocuments: 7 });
    const res = await app.request("/openapi.json");
    assert.equal(res.status, 200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
      components: { schemas: Record<string, { properties: object }> };
    };
    assert.equal(doc.openapi, "3.1.0");
    // The request time limit, for a client (the page) to read.
    assert.equal(
      (doc as unknown as { info: Record<string, unknown> }).info["x-timeout-ms"],
      10_000,
    );
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      "/",
      "/healthz",
      "/openapi.json",
      "/v1/article",
      "/v1/segment",
      "/v1/summarize",
    ]);
    const article = doc.paths["/v1/article"]?.post?.responses ?? {};
    assert.match(article["400"]?.description ?? "", /E_EMPTY/);
    const responses = doc.paths["/v1/summarize"]?.post?.responses ?? {};
    assert.deepEqual(Object.keys(responses).sort(), [
      "200",
      "400",
      "403",
      "413",
      "415",
      "500",
      "503",
    ]);
    assert.match(responses["403"]?.description ?? "", /E_FORBIDDEN/);
    for (const code of [
      "E_JSON",
      "E_SCHEMA",
      "E_TOO_MANY_DOCUMENTS",
      "E_EMPTY",
      "E_OPTION",
      "E_NOT_VIETNAMESE",
    ]) {
      assert.match(responses["400"]?.description ?? "", new RegExp(code));
    }
    assert.match(responses["413"]?.description ?? "", /E_TOO_LARGE/);
    assert.match(responses["415"]?.description ?? "", /E_ENCODING/);
    assert.match(responses["503"]?.description ?? "", /E_TIMEOUT/);
    assert.match(JSON.stringify(doc), /"maxItems":7/);
    const result = doc.components.schemas.SummaryResult;
    assert.ok(result && "emptyDocuments" in result.properties, "names the emptied documents");
  });

  it("serves the page and its assets from the package, with a strict CSP and no external URLs", async () => {
    const { app } = quietApp();
    const page = await app.request("/");
    assert.equal(page.status, 200);
    assert.match(page.headers.get("content-type") ?? "", /^text\/html/);
    assert.match(page.headers.get("content-security-policy") ?? "", /script-src 'self'/);
    const html = await page.text();
    assert.match(html, /<html lang="vi">/);
    assert.match(html, /<script type="module" src="\/app.js">/);
    // Without an icon of its own the browser asks for /favicon.ico at every load: a 404.
    assert.match(html, /<link rel="icon" href="data:," \/>/);
    for (const [path, type] of [
      ["/app.js", /javascript/],
      ["/files.js", /javascript/],
      ["/messages.js", /javascript/],
      ["/style.css", /text\/css/],
    ] as const) {
      const res = await app.request(path);
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", type);
      assert.doesNotMatch(await res.text(), /https?:\/\//, `${path} loads nothing from outside`);
    }
    assert.doesNotMatch(html, /https?:\/\//);
    for (const script of ["/app.js", "/files.js", "/messages.js"]) {
      assert.doesNotMatch(
        await (await app.request(script)).text(),
        /innerHTML|insertAdjacentHTML|outerHTML/,
      );
    }
  });
});

describe("request log", () => {
  it("writes exactly one line per request, with method, path, status and error code", async () => {
    const { app, lines } = quietApp();
    await app.request("/healthz");
    await postJson(app, "/v1/summarize", "{oops");
    await app.request("/nowhere");
    assert.equal(lines.length, 3);
    assert.match(lines[0] ?? "", /^\d{4}-\d\d-\d\dT\S+Z GET \/healthz 200 \d+ms$/);
    assert.match(lines[1] ?? "", / POST \/v1\/summarize 400 \d+ms E_JSON$/);
    assert.match(lines[2] ?? "", / GET \/nowhere 404 \d+ms E_NOT_FOUND$/);
  });
});

describe("the page's words for errors", () => {
  it("has Vietnamese words for every code /openapi.json says the server answers with", async () => {
    const page = (await import(new URL("./public/messages.js", import.meta.url).href)) as {
      MESSAGES: Record<string, { all: string }>;
    };
    const doc = await (await quietApp().app.request("/openapi.json")).text();
    const codes = new Set(
      [...doc.matchAll(/Error: ([A-Z_, ]+)/g)].flatMap((m) => m[1]?.split(", ") ?? []),
    );
    assert.ok(codes.has("E_FORBIDDEN") && codes.has("E_TIMEOUT"), [...codes].join(" "));
    for (const code of codes) {
      assert.match(page.MESSAGES[code]?.all ?? "", /[ạ-ỹ]/, `a Vietnamese message for ${code}`);
    }
  });
});
