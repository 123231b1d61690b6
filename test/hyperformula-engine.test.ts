import { describe, expect, it } from "vitest";
import { sheetsEngine } from "./support/hyperformula";

describe("the test formula engine rounds as Google Sheets does", () => {
  it.each([
    ["=ROUNDUP(0.07/0.01, 0)", 7],
    ["=ROUNDUP(21/0.7, 0)", 30], // 30.000000000000004 in binary: HyperFormula's own ROUNDUP gives 31
    ["=ROUNDUP(3.0000000000001, 0)", 4],
    ["=ROUNDUP(-2.5, 0)", -3],
    ["=ROUNDUP(1.234, 2)", 1.24],
    ["=ROUNDDOWN(7/0.07, 0)", 100], // 99.99999999999999 in binary: HyperFormula's own gives 99
  ])("%s = %s", (formula, want) => {
    const hf = sheetsEngine({ S: [[formula]] });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(want);
  });
});

describe("the test formula engine reads criteria as Sheets and Excel document them", () => {
  // Names in column A, a number beside each: which rows a criterion picks, by the sum of their numbers.
  const names = ["Sato", "S*o", "Sat?", "<none>", "=x", "a<b", "~a", "none", "apple", "5"];
  const sheet = names.map((n, i) => [`'${n}`, 2 ** i]);
  const sum = (criterion: string) => {
    const hf = sheetsEngine({
      S: [...sheet, [`=SUMIFS(B1:B${names.length},A1:A${names.length},"${criterion}")`]],
    });
    return hf.getCellValue({ sheet: 0, row: names.length, col: 0 });
  };
  const only = (...picked: string[]) => picked.reduce((t, n) => t + 2 ** names.indexOf(n), 0);
  it.each([
    ["Sato", only("Sato")],
    ["=Sato", only("Sato")],
    ["=S~*o", only("S*o")],
    ["S*o", only("Sato", "S*o")], // a wildcard, unescaped
    ["=Sat~?", only("Sat?")],
    ["=<none>", only("<none>")], // an operator, then a value that starts with "<"
    ["==x", only("=x")],
    ["a<b", only("a<b")], // no leading operator: the whole text is the value
    ["=~~a", only("~a")],
    ["<>none", only("Sato", "S*o", "Sat?", "<none>", "=x", "a<b", "~a", "apple", "5")],
  ])("SUMIFS with %j", (criterion, want) => {
    expect(sum(criterion.replaceAll('"', '""'))).toBe(want);
  });
});
