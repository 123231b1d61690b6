// Text written through Range.setValues is read as if a user typed it (BRIEF §3.5, §4): a leading
// =, +, - or @ makes a formula, "1,000" a number, "2027/1/5" a date. Names, notes and titles must stay
// the characters typed, so such text goes with an apostrophe in front, which Sheets drops from the
// value. Each row says what Sheets would otherwise make of the text. Imported from the source (not
// only through dist/Code.js) so that a mutation of the rule is seen.
import { describe, expect, it, vi } from "vitest";

// Imported inside each test: the rule is a module constant, and a mutant of it is switched on only
// while a test runs.
async function cellValues() {
  vi.resetModules();
  return import("../../src/server/cell-values");
}

describe("escapeText: text Sheets would parse gets an apostrophe", () => {
  it.each([
    ["=SUM(A1)", "a formula"],
    ["+81 Tanaka", "a formula (+ starts one) that does not parse"],
    ["+Suzuki", "a formula, #NAME?"],
    ["+81", "the number 81"],
    ["-5", "the number −5"],
    ["- note", "a formula, a parse error"],
    ["@team", "a formula (@ starts one), #NAME? or a parse error"],
    ["'quoted", "text without its apostrophe: the first apostrophe is the escape"],
    ["#N/A", "the error value #N/A"],
    ["1,000", "the number 1000"],
    ["12%", "the number 0.12"],
    ["3.5", "the number 3.5"],
    [" 42 ", "the number 42"],
    ["1e3", "the number 1000"],
    ["2027/1/5", "the date 5 January 2027"],
    ["1-2", "a date (2 January, or 1 February by locale)"],
    ["2026-04-01", "the date 1 April 2026"],
    ["9:30", "the time 09:30"],
    ["$100", "the number 100 as currency"],
    ["¥1,000", "the number 1000 as currency (ja)"],
    ["Jan 5", "a date"],
    ["１２３", "the number 123 (full-width digits, ja)"],
    ["TRUE", "the boolean TRUE"],
    ["false", "the boolean FALSE"],
    [" true ", "the boolean TRUE (spaces around it dropped, as around a number)"],
  ])("%s (else %s)", async (text) => {
    const { escapeText } = await cellValues();
    expect(escapeText(text)).toBe(`'${text}`);
  });

  it.each([
    ["Tanaka", "plain text"],
    ["田中 太郎", "Japanese"],
    ["", "empty: a blank cell either way"],
    ["Calls (件)", "a label"],
    ["O'Brien", "an apostrophe inside"],
    ["a=b", "= inside"],
    ["Trueman", "a boolean word inside a name"],
    ["untrue", "a word that ends in one"],
    ["not true", "a boolean word ending a phrase"],
  ])("%s (%s) is written as it is", async (text) => {
    const { escapeText } = await cellValues();
    expect(escapeText(text)).toBe(text);
  });
});

describe("sheetValue: what setValues is given for a spec cell", () => {
  it("a formula with its =, numbers and booleans as they are, nothing as a blank", async () => {
    const { sheetValue } = await cellValues();
    expect(sheetValue({ formula: "SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
    expect(sheetValue({ value: 42 })).toBe(42);
    expect(sheetValue({ value: true })).toBe(true);
    expect(sheetValue({ value: null })).toBe("");
    expect(sheetValue(null)).toBe("");
  });

  it("an ISO date in a date cell as a date; other text escaped; a plain-text cell as it is", async () => {
    const { sheetValue } = await cellValues();
    expect(sheetValue({ value: "2026-04-01", format: "date" })).toBe("2026-04-01");
    // Only the whole cell an ISO date: more before or after it is text that Sheets might still parse.
    expect(sheetValue({ value: "FY2026-04-01", format: "date" })).toBe("'FY2026-04-01");
    expect(sheetValue({ value: "2026-04-01 9:30", format: "date" })).toBe("'2026-04-01 9:30");
    expect(sheetValue({ value: "2026-04-01" })).toBe("'2026-04-01");
    expect(sheetValue({ value: "+81 Tanaka" })).toBe("'+81 Tanaka");
    expect(sheetValue({ value: "@team", format: "text" })).toBe("@team");
  });
});
