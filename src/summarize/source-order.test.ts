import assert from "node:assert/strict";
import { test } from "node:test";
import { followsInSource, type SourcePlace } from "./source-order.ts";

/** [before, s, s follows before directly in its source] */
const CASES: [SourcePlace | undefined, SourcePlace | undefined, boolean][] = [
  [{ doc: 0, index: 2 }, { doc: 0, index: 3 }, true],
  [{ doc: 0, index: 2 }, { doc: 0, index: 4 }, false],
  [{ doc: 0, index: 3 }, { doc: 0, index: 2 }, false],
  [{ doc: 0, index: 2 }, { doc: 1, index: 3 }, false],
  [{ doc: 0 }, { doc: 0, index: 0 }, false],
  [{ index: 2 }, { index: 3 }, false],
  [undefined, { doc: 0, index: 0 }, false],
  [{ doc: 0, index: 0 }, undefined, false],
];

test("followsInSource table", () => {
  for (const [before, s, expected] of CASES)
    assert.equal(followsInSource(before, s), expected, JSON.stringify([before, s]));
});
