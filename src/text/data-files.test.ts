import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { readListFile, readListWithExceptions } from "./data-files.ts";

describe("readListWithExceptions", () => {
  it("parts a list's entries from its `!` exceptions, the mark dropped", () => {
    const { entries, exceptions } = readListWithExceptions("detail-openers.txt");
    assert.ok(entries.includes("riêng"), "an entry");
    assert.ok(exceptions.includes("riêng tư"), "an exception, without its `!`");
    assert.ok(entries.every((e) => !e.startsWith("!")));
    const lines = readListFile("detail-openers.txt");
    assert.equal(entries.length + exceptions.length, lines.length);
  });
});
