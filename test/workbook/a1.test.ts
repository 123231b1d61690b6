// A1 notation as Sheets, Excel and LibreOffice write it (a1.ts): column letters past Z, relative and
// absolute cells and ranges, and sheet names quoted with an apostrophe doubled.
import { describe, expect, it } from "vitest";
import { cellA1, columnLetter, quoteSheet, rectA1, sheetRectA1, wholeColumn } from "../../src/workbook/a1";

describe("A1 notation", () => {
  it("columns: A–Z, then AA–ZZ, then AAA (0-based in, letters out)", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD", // the last column Excel has
    ]);
  });

  it("a cell is relative unless asked; a range absolute unless asked; one cell is not a range", () => {
    expect(cellA1(0, 0)).toBe("A1");
    expect(cellA1(9, 27, true)).toBe("$AB$10");
    expect(rectA1({ row: 1, col: 2, rows: 3, cols: 2 })).toBe("$C$2:$D$4");
    expect(rectA1({ row: 1, col: 2, rows: 3, cols: 2 }, false)).toBe("C2:D4");
    expect(rectA1({ row: 4, col: 0, rows: 1, cols: 1 })).toBe("$A$5");
  });

  it("a sheet name is quoted, an apostrophe in it doubled", () => {
    expect(quoteSheet("KPI Tree")).toBe("'KPI Tree'");
    expect(quoteSheet("O'Brien's log")).toBe("'O''Brien''s log'");
    expect(sheetRectA1("担当者別", { row: 0, col: 0, rows: 2, cols: 1 })).toBe("'担当者別'!$A$1:$A$2");
    expect(wholeColumn("Actuals", 28)).toBe("'Actuals'!$AC:$AC");
  });
});
