import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseNumber } from "./common.ts";

describe("parseNumber", () => {
  const ratio = parseNumber("--ratio", 0, 1, false, true);
  const budget = parseNumber("--max-syllables", 1, 100_000, true);
  const accepted: [string, (v: string) => number, string, number][] = [
    ["a share inside the open bound", ratio, "0.25", 0.25],
    ["the closed upper bound", ratio, "1", 1],
    ["a tiny positive share", ratio, "0.000001", 1e-6],
    ["a share without its leading zero", ratio, ".5", 0.5],
    ["a share with a trailing point", ratio, "1.", 1],
    ["an integer with a trailing point", budget, "40.", 40],
    ["an integer with a zero fraction", budget, "40.0", 40],
    ["leading zeros", budget, "0250", 250],
    ["the closed lower bound of an integer", budget, "1", 1],
  ];
  for (const [what, parse, value, expected] of accepted) {
    it(`accepts ${what}`, () => assert.equal(parse(value), expected));
  }
  const refused: [string, (v: string) => number, string, RegExp][] = [
    ["the open lower bound", ratio, "0", /--ratio expects a number above 0 and at most 1, got "0"/],
    ["a share over 1", ratio, "1.5", /above 0 and at most 1/],
    ["a word", ratio, "half", /got "half"/],
    ["an empty value", budget, " ", /--max-syllables expects an integer from 1 to 100000/],
    ["a fraction where an integer is due", budget, "2.5", /an integer from 1 to 100000/],
    ["infinity", budget, "Infinity", /got "Infinity"/],
    // Number() reads these, but a person typing a length does not mean them.
    ["a hexadecimal number", budget, "0x20", /got "0x20"/],
    ["an exponent with a sign and spaces", budget, " +4e1 ", /got " \+4e1 "/],
    ["an exponent", ratio, "1e-6", /got "1e-6"/],
    ["a binary number", budget, "0b11", /got "0b11"/],
    ["a plus sign", budget, "+40", /got "\+40"/],
    ["a trailing space", budget, "40 ", /got "40 "/],
    ["a point alone", ratio, ".", /got "\."/],
    ["two points", ratio, "0.5.", /got "0\.5\."/],
    ["a minus sign", ratio, "-.5", /got "-\.5"/],
  ];
  for (const [what, parse, value, message] of refused) {
    it(`refuses ${what}`, () =>
      assert.throws(
        () => parse(value),
        (err: Error & { code?: string }) => err.code === "E_OPTION" && message.test(err.message),
      ));
  }
});
