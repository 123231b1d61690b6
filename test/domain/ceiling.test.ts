// Spreadsheet rounding (BRIEF §3.2): ROUNDUP away from zero, ROUNDDOWN toward zero, never a −0.
import { describe, expect, it } from "vitest";
import { roundDown, roundUp, spreadsheetValue } from "../../src/domain/ceiling";

describe("spreadsheet rounding", () => {
  it("zero passes through as it is, sign and all", () => {
    expect(spreadsheetValue(-0)).toBe(-0);
    expect(spreadsheetValue(0)).toBe(0);
  });

  it("ROUNDUP of −0 is 0, not −0", () => {
    expect(roundUp(-0)).toBe(0);
  });

  it("ROUNDDOWN goes toward zero for negatives: −2.5 → −2, −0.5 → 0 (not −0)", () => {
    expect(roundDown(-2.5)).toBe(-2);
    expect(roundDown(-0.5)).toBe(0);
    expect(roundDown(2.5)).toBe(2);
  });
});
