import { describe, expect, it } from "vitest";
import { createAppsScriptGlobals } from "../../src/local/apps-script";

const setup = (opts = {}) => {
  const fake = createAppsScriptGlobals(opts);
  const ss = fake.globals.SpreadsheetApp.getActive();
  return { fake, ss, sheet: ss.getSheets()[0]! };
};

const message = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return "no error";
};

describe("ranges are 1-based and bounded like Apps Script", () => {
  it("getRange(row, col, numRows, numCols) and its A1 notation", () => {
    const { sheet } = setup();
    const r = sheet.getRange(2, 3, 4, 5);
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 3, 4, 5]);
    expect(r.getA1Notation()).toBe("C2:G5");
    expect(sheet.getRange(1, 1).getA1Notation()).toBe("A1");
    expect(sheet.getRange(1, 1, 3).getA1Notation()).toBe("A1:A3");
    expect(sheet.getRange(1, 27 - 1).getA1Notation()).toBe("Z1");
  });

  it("getRange(a1)", () => {
    const { sheet } = setup();
    const r = sheet.getRange("B2:D3");
    expect([r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns()]).toEqual([2, 2, 2, 3]);
    expect(sheet.getRange("A:B").getNumRows()).toBe(1000);
    expect(sheet.getRange("2:3").getNumColumns()).toBe(26);
    expect(sheet.getRange("$C$4").getA1Notation()).toBe("C4");
    expect(message(() => sheet.getRange("nonsense!!"))).toBe("Range not found");
  });

  it("throws Apps Script's errors for 0, negative and out-of-sheet coordinates", () => {
    const { sheet } = setup();
    expect(message(() => sheet.getRange(0, 1))).toBe("The starting row of the range is too small.");
    expect(message(() => sheet.getRange(1, -1))).toBe("The starting column of the range is too small.");
    expect(message(() => sheet.getRange(1, 1, 0, 1))).toBe(
      "The number of rows in the range must be at least 1.",
    );
    expect(message(() => sheet.getRange(1, 1, 1, 0))).toBe(
      "The number of columns in the range must be at least 1.",
    );
    expect(message(() => sheet.getRange(1000, 1, 2, 1))).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(message(() => sheet.getRange(1, 27))).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(message(() => sheet.getRange("A1001"))).toBe(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(message(() => (sheet.getRange as any)("1", 1))).toBe(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it("errors are Apps Script exceptions", () => {
    const { sheet } = setup();
    try {
      sheet.getRange(0, 1);
    } catch (e) {
      expect((e as Error).name).toBe("Exception");
      expect(String(e)).toBe("Exception: The starting row of the range is too small.");
    }
  });

  it("new sheets are 1000 × 26 and grow or shrink with row and column operations", () => {
    const { ss } = setup();
    const s = ss.insertSheet("Data");
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1000, 26]);
    s.insertRowsAfter(1000, 10);
    s.insertColumnsAfter(26, 4);
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1010, 30]);
    s.deleteRows(1, 10);
    s.deleteColumns(27, 4);
    expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1000, 26]);
    expect(message(() => s.deleteRows(995, 10))).toBe("Those rows are out of bounds.");
    expect(message(() => s.insertRowsAfter(0, 1))).toBe("Those rows are out of bounds.");
    // Inserting none: undocumented in Sheets, refused here (the fake is the stricter where unsure).
    expect(message(() => s.insertRowsAfter(1000, 0))).toBe("Those rows are out of bounds.");
    expect(message(() => s.insertColumnsBefore(1, 0))).toBe("Those columns are out of bounds.");
    expect(message(() => s.deleteColumns(27, 1))).toBe("Those columns are out of bounds.");
    expect(message(() => s.deleteRows(1, 1000))).toBe(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
  });
});

describe("setValues checks dimensions with Apps Script's message", () => {
  it("rows", () => {
    const { sheet } = setup();
    expect(message(() => sheet.getRange(1, 1, 3, 2).setValues([[1, 2]]))).toBe(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.",
    );
  });
  it("columns", () => {
    const { sheet } = setup();
    expect(
      message(() =>
        sheet.getRange(1, 1, 2, 3).setValues([
          [1, 2, 3],
          [1, 2],
        ]),
      ),
    ).toBe(
      "The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.",
    );
  });
  it("setFormulas and setBackgrounds check the same way", () => {
    const { sheet } = setup();
    expect(message(() => sheet.getRange(1, 1, 2, 1).setFormulas([["=1"]]))).toContain(
      "The data has 1 but the range has 2.",
    );
    expect(message(() => sheet.getRange(1, 1, 1, 2).setBackgrounds([["#fff"]]))).toContain(
      "The number of columns in the data does not match",
    );
  });
  it("a flat array is not a 2-D array", () => {
    const { sheet } = setup();
    expect(message(() => sheet.getRange(1, 1, 1, 2).setValues([1, 2] as any))).toBe(
      "The parameters (Object[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });
});

describe("sheet names are unique", () => {
  it("insertSheet refuses an existing name (case-insensitively) with Apps Script's message", () => {
    const { ss } = setup();
    ss.insertSheet("Targets");
    expect(message(() => ss.insertSheet("Targets"))).toBe(
      'A sheet with the name "Targets" already exists. Please enter another name.',
    );
    expect(message(() => ss.insertSheet("targets"))).toBe(
      'A sheet with the name "targets" already exists. Please enter another name.',
    );
  });
  it("setName refuses another sheet's name, allows its own", () => {
    const { ss, sheet } = setup();
    ss.insertSheet("B");
    expect(message(() => sheet.setName("B"))).toBe(
      'A sheet with the name "B" already exists. Please enter another name.',
    );
    sheet.setName("sheet1"); // its own name in another case
    expect(sheet.getName()).toBe("sheet1");
    sheet.setName("Renamed");
    expect(ss.getSheetByName("Renamed")?.getSheetId()).toBe(0);
    expect(ss.getSheetByName("Sheet1")).toBeNull();
  });
  it("insertSheet without a name picks the next free default name, at an index, and activates it", () => {
    const { ss } = setup();
    const s = ss.insertSheet();
    expect(s.getName()).toBe("Sheet2");
    const first = ss.insertSheet("First", 0);
    expect(first.getIndex()).toBe(1);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(["First", "Sheet1", "Sheet2"]);
    expect(ss.getActiveSheet().getName()).toBe("First");
    const ja = setup({ locale: "ja" });
    expect(ja.sheet.getName()).toBe("シート1");
    expect(ja.ss.insertSheet().getName()).toBe("シート2");
  });
  it("the last sheet cannot be deleted; sheet ids are stable and not indexes", () => {
    const { ss, sheet } = setup();
    expect(message(() => ss.deleteSheet(sheet))).toBe("You can't remove all the sheets in a document.");
    const b = ss.insertSheet("B");
    expect(b.getSheetId()).not.toBe(1);
    ss.deleteSheet(sheet);
    expect(ss.getSheets().map((x) => x.getName())).toEqual(["B"]);
    expect(message(() => sheet.getName())).toContain("has been deleted");
  });
  it("hidden sheets, and the last visible sheet cannot be hidden", () => {
    const { ss, sheet } = setup();
    expect(message(() => sheet.hideSheet())).toBe("You can't hide all the sheets in a document.");
    ss.insertSheet("B");
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });
});

describe("layout", () => {
  it("frozen rows, column widths, last row and column", () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidth(1, 150);
    sheet.setColumnWidths(2, 3, 80);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    const tiny = sheet.getParent().insertSheet("Tiny");
    tiny.deleteRows(2, 999);
    expect(message(() => tiny.setFrozenRows(1))).toBe("You can't freeze all visible rows on the sheet.");
    expect([1, 2, 4, 5].map((c) => sheet.getColumnWidth(c))).toEqual([150, 80, 80, 100]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange("C5").setValue("x");
    sheet.getRange("B7").setValue(1);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C7");
    sheet.getRange("B7").clearContent();
    expect(sheet.getLastRow()).toBe(5);
    sheet.getRange("B7").setBackground("#ff0000");
    expect(sheet.getLastRow()).toBe(5); // formats are not content
  });
});
