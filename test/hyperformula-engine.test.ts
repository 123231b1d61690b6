import { describe, expect, it } from "vitest";
import { sheetsEngine } from "./support/hyperformula";

describe("the test formula engine rounds as Google Sheets does", () => {
  it.each([
    ["=ROUNDUP(0.07/0.01, 0)", 7],
    ["=ROUNDUP(12/0.4, 0)", 30],
    ["=ROUNDUP(3.0000000000001, 0)", 4],
    ["=ROUNDUP(-2.5, 0)", -3],
    ["=ROUNDUP(1.234, 2)", 1.24],
    ["=ROUNDDOWN(4.35/0.15, 0)", 29],
  ])("%s = %s", (formula, want) => {
    const hf = sheetsEngine({ S: [[formula]] });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(want);
  });
});
