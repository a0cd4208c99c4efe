import assert from "node:assert/strict";
import { test } from "node:test";
import { ARTICLE_A, ARTICLE_B } from "../../test/fixtures.ts";
import { TomtatError } from "../errors.ts";
import type { Cluster } from "../types.ts";
import { summarize } from "./index.ts";
import type { SummarizeOptions } from "./types.ts";

const VI =
  "Hà Nội mưa lớn từ đêm qua khiến nhiều tuyến phố bị ngập sâu, giao thông ùn tắc kéo dài.";

/** The two fixture articles as one cluster. */
function twoArticles(id: string): Cluster {
  return {
    id,
    documents: [
      { id: "a", title: "Tin A", body: ARTICLE_A },
      { id: "b", title: "Tin B", body: ARTICLE_B },
    ],
  };
}

/** Deterministic pseudo-random text over a given alphabet. */
function noise(length: number, alphabet: string, seed: number): string {
  const chars = [...alphabet];
  let x = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += chars[x % chars.length];
  }
  return out;
}

const ODD: [string, string][] = [
  ["only punctuation", "!!! ... ??? ,,, ;;; ---"],
  ["only numbers", "1 2 3 4.000 5,6 10/1/2022 7% 8"],
  ["emoji and symbols", "🙂🙂 ★☆ → ← ∞ ✓ 🇻🇳 #hashtag @user"],
  ["mixed scripts", "Москва 北京 Tokyo Hà Nội Αθήνα القاهرة"],
  ["random Vietnamese letters", noise(3000, "aăâeêioôơuưyđ ̣̀́̃̉ .,", 7)],
  ["random printable", noise(3000, "abcXYZ012 .,;:!?\"'()[]{}<>/\\|-_+=*&^%$#@~`", 11)],
  ["a 100,000-character line", `${VI} `.repeat(1100)],
  ["control characters", "Hà\u0000Nội\u0007 mưa\u001b lớn\u200b\u2028đêm qua."],
  ["lone surrogates and combining marks", "\ud800 a\u0301\u0301\u0301 \udfff Huế mưa."],
];

test("odd inputs give a summary or a coded error, never a crash", () => {
  for (const [what, text] of ODD) {
    const cluster: Cluster = {
      id: what,
      documents: [
        { id: "1", title: "Tin", body: text },
        { id: "2", title: "Tin hai", body: VI },
      ],
    };
    try {
      const r = summarize(cluster);
      assert.ok(r.stats.syllables <= r.stats.budget, `${what}: within budget`);
      for (const s of r.sentences) {
        assert.equal(
          r.documents[s.doc]?.sentences[s.sentenceIndex]?.text,
          s.text,
          `${what}: provenance`,
        );
      }
    } catch (err) {
      assert.ok(err instanceof TomtatError, `${what}: ${String(err)}`);
    }
  }
});

test("a document of one 100,000-character line is summarized in linear time", () => {
  const started = performance.now();
  const r = summarize({
    id: "long",
    documents: [{ id: "1", title: "Tin", body: `${VI} `.repeat(1100) }],
  });
  assert.equal(r.sentences.length > 0, true);
  // Not a timing test: a generous bound that only a quadratic blow-up would break.
  assert.ok(performance.now() - started < 30_000);
});

test("decomposed Unicode (NFD) and CRLF give the summary of the same text in NFC", () => {
  const nfc = twoArticles("nfc");
  const nfd: Cluster = {
    id: "nfd",
    documents: nfc.documents.map((d) => ({
      ...d,
      title: d.title.normalize("NFD"),
      body: d.body.normalize("NFD").replaceAll("\n", "\r\n"),
    })),
  };
  assert.notEqual(nfd.documents[0]?.body, ARTICLE_A);
  assert.equal(summarize(nfd).summary, summarize(nfc).summary);
});

test("a JavaScript caller's malformed documents get E_SCHEMA naming the document and field", () => {
  const good = { id: "1", title: "Tin", body: ARTICLE_A };
  const cases: [string, unknown, RegExp][] = [
    ["a null document", null, /^document 2 must be an object, got null$/],
    ["a string document", "Hà Nội mưa", /^document 2 must be an object, got string$/],
    ["an array document", [ARTICLE_B], /^document 2 must be an object, got an array$/],
    [
      "a numeric body",
      { id: "2", title: "Tin", body: 5 },
      /^document 2: "body" must be a string, got number$/,
    ],
    [
      "a missing title",
      { id: "2", body: ARTICLE_B },
      /^document 2: "title" must be a string, got undefined$/,
    ],
    ["a numeric id", { id: 2, title: "Tin", body: ARTICLE_B }, /"id" must be a string, got number/],
    [
      "a null lead",
      { id: "2", title: "Tin", body: ARTICLE_B, lead: null },
      /^document 2: "lead" must be a string when given, got null$/,
    ],
  ];
  for (const [what, doc, message] of cases) {
    const cluster = { id: "c", documents: [good, doc] } as unknown as Cluster;
    assert.throws(
      () => summarize(cluster),
      (err: unknown) =>
        err instanceof TomtatError && err.code === "E_SCHEMA" && message.test(err.message),
      what,
    );
  }
});

test("null options mean the defaults", () => {
  const cluster = twoArticles("c");
  const withNull = summarize(cluster, null as unknown as undefined);
  assert.equal(withNull.summary, summarize(cluster).summary);
  assert.equal(withNull.stats.budget, 250);
});

test("a misspelt option or limit is refused with its name, not ignored", () => {
  const cluster: Cluster = { id: "c", documents: [{ id: "1", title: "Tin", body: ARTICLE_A }] };
  const cases: [unknown, string][] = [
    [{ maxSyllable: 100 }, 'unknown option "maxSyllable"; expected maxSyllables, maxSentences'],
    [{ ratio: 0.5, Method: "lead" }, 'unknown option "Method"'],
    [{ limits: { maxDocs: 5 } }, 'unknown limit "maxDocs"; expected maxDocumentBytes'],
    [[100], "options must be an object, got an array"],
    ["lead", "options must be an object, got string"],
  ];
  for (const [options, message] of cases) {
    assert.throws(
      () => summarize(cluster, options as SummarizeOptions),
      (err: unknown) =>
        err instanceof TomtatError && err.code === "E_OPTION" && err.message.startsWith(message),
      JSON.stringify(options),
    );
  }
  const limited = summarize(cluster, { limits: null as unknown as undefined });
  assert.equal(limited.stats.budget, 250, "null limits mean the defaults, as null options do");
});

test("a budget given as a string is refused, and the message shows it quoted", () => {
  const cluster: Cluster = { id: "c", documents: [{ id: "1", title: "Tin", body: ARTICLE_A }] };
  const options = { maxSyllables: "100" as unknown as number };
  assert.throws(
    () => summarize(cluster, options),
    (err: unknown) =>
      err instanceof TomtatError &&
      err.code === "E_OPTION" &&
      err.message === 'maxSyllables must be an integer from 1 to 100000, got "100"',
  );
});
