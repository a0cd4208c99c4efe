import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { expectError, postJson, quietApp } from "./testing.ts";

const HEADLINE = "Mưa đá phủ trắng nhiều xã vùng cao";
const BODY = "Chiều 11/3, mưa đá kèm gió lốc kéo dài gần 20 phút.\nNhiều mái nhà bị thủng.";
const FURNITURE = "Thứ hai, 12/3/2025 08:00 (GMT+7)\nTrang chủ > Thời sự > Môi trường";

describe("POST /v1/article: a .txt file split as the command line reads it", () => {
  const { app } = quietApp({ workers: 0, maxTextChars: 2000 });

  /** [what, file, title, body] */
  const rows: [string, string, string, string][] = [
    ["a headline line", `${HEADLINE}\n\n${BODY}`, HEADLINE, BODY],
    [
      "a timestamp and a breadcrumb above it stay in the body, for the cleaner",
      `${FURNITURE}\n${HEADLINE}\n${BODY}`,
      HEADLINE,
      `${FURNITURE}\n${BODY}`,
    ],
    ["CRLF lines", `${HEADLINE}\r\n${BODY.replace("\n", "\r\n")}`, HEADLINE, BODY],
    ["no headline: the first line is a sentence", BODY, "", BODY],
    [
      "a first line of more than 60 syllables (hyphens part words)",
      `${"Hà-Nội ".repeat(31).trim()}\n${BODY}`,
      "",
      `${"Hà-Nội ".repeat(31).trim()}\n${BODY}`,
    ],
  ];
  for (const [what, text, title, body] of rows) {
    it(what, async () => {
      const res = await postJson(app, "/v1/article", { text });
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { title, body });
    });
  }

  /** [what, request body, status, code, field] */
  const refused: [string, unknown, number, string, string][] = [
    ["an empty file", { text: "  \n" }, 400, "E_EMPTY", "text"],
    ["a headline with no body", { text: `${HEADLINE}\n` }, 400, "E_EMPTY", "text"],
    ["text that is not a string", { text: 5 }, 400, "E_SCHEMA", "text"],
    ["an unknown field", { text: BODY, title: "x" }, 400, "E_SCHEMA", "title"],
    ["more text than the limit", { text: "a".repeat(2001) }, 413, "E_TOO_LARGE", "text"],
  ];
  for (const [what, body, status, code, field] of refused) {
    it(`${what} → ${status} ${code} at ${field}`, async () => {
      const error = await expectError(await postJson(app, "/v1/article", body), status, code);
      assert.equal(error.field, field);
    });
  }
});
