import { describe, expect, it } from "vitest";
import { createAppsScriptGlobals } from "../../src/local/apps-script";

const setup = (opts = {}) => {
  const fake = createAppsScriptGlobals(opts);
  const ss = fake.globals.SpreadsheetApp.getActive();
  return { fake, ss, sheet: ss.getSheets()[0]! };
};

describe("setValues applies user-entered semantics to strings", () => {
  it("formulas, apostrophe text, numbers, dates, booleans; + - @ start a formula as in Sheets", () => {
    const { sheet } = setup();
    const input = [
      ["=1+2", "'=1+2", "12", "-1", "+81", " 3.5 ", "1e3", "12%"],
      ["2025-04-01", "'2025-04-01", "TRUE", "false", "@home", "-", "+81-3-1234", "2025-02-30"],
    ];
    sheet.getRange(1, 1, 2, 8).setValues(input);
    const values = sheet.getRange(1, 1, 2, 8).getValues();
    expect(values[0]).toEqual([3, "=1+2", 12, -1, 81, 3.5, 1000, 0.12]);
    expect(values[1]![0]).toBeInstanceOf(Date);
    expect(values[1]!.slice(1)).toEqual([
      "2025-04-01",
      true,
      false,
      "#ERROR!", // "@home": Sheets reads it as a formula, which does not parse
      "-",
      -1156, // a phone number typed bare is arithmetic: +81-3-1234
      "2025-02-30",
    ]);
    expect(sheet.getRange(1, 1, 2, 8).getFormulas()).toEqual([
      ["=1+2", "", "", "", "", "", "", ""],
      // "home" is no named range: bound as written, it stays an error
      ["", "", "", "", "=@#NAME?", "", "=+81-3-1234", ""],
    ]);
  });

  it("numbers, booleans and Dates are stored as such; null and '' clear", () => {
    const { sheet } = setup();
    const d = new Date("2025-04-01T00:00:00+09:00");
    sheet.getRange("A1:E1").setValues([[42, true, d, null, ""]]);
    const [v] = sheet.getRange("A1:E1").getValues();
    expect(v!.slice(0, 2)).toEqual([42, true]);
    expect((v![2] as Date).getTime()).toBe(d.getTime());
    expect(v!.slice(3)).toEqual(["", ""]);
    expect(sheet.getRange("C1").getNumberFormat()).toBe("yyyy-mm-dd");
  });

  it("a cell formatted as plain text keeps strings as typed", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setNumberFormat("@");
    sheet.getRange("A1:B1").setValues([["=SUM(1)", "0123"]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["=SUM(1)", "0123"]]);
    expect(sheet.getRange("A1").getFormula()).toBe("");
  });

  it("setValue fills the whole range; a formula moves its relative references", () => {
    const { sheet } = setup();
    sheet.getRange("A1:A3").setValues([[1], [2], [3]]);
    sheet.getRange("C1:D2").setValue("x");
    expect(sheet.getRange("C1:D2").getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
    sheet.getRange("B1:B3").setFormula("=A1*10+$A$1");
    expect(sheet.getRange("B1:B3").getFormulas()).toEqual([
      ["=A1*10+$A$1"],
      ["=A2*10+$A$1"],
      ["=A3*10+$A$1"],
    ]);
    expect(sheet.getRange("B1:B3").getValues()).toEqual([[11], [21], [31]]);
  });
});

describe("dates", () => {
  it("getValues returns Date at midnight in the spreadsheet's time zone", () => {
    const { sheet } = setup({ timeZone: "Asia/Tokyo" });
    sheet.getRange("A1").setValue("2025-04-01");
    const d = sheet.getRange("A1").getValue() as Date;
    expect(d.toISOString()).toBe("2025-03-31T15:00:00.000Z");
    const ny = setup({ timeZone: "America/New_York" });
    ny.sheet.getRange("A1").setValue("2025-07-01");
    expect((ny.sheet.getRange("A1").getValue() as Date).toISOString()).toBe("2025-07-01T04:00:00.000Z");
  });

  it("a Date written is a serial of the spreadsheet's zone; formulas see the serial", () => {
    const { fake, sheet } = setup({ timeZone: "Asia/Tokyo" });
    sheet.getRange("A1").setValue(new Date("2025-03-31T15:00:00Z"));
    sheet.getRange("B1").setFormula("=A1");
    sheet.getRange("C1").setFormula("=A1+0");
    expect(fake.spreadsheet.cell("Sheet1", "C1").value).toBeInstanceOf(Date); // =A1+0 is a date to HF too
    sheet.getRange("C1").setNumberFormat("0");
    expect(sheet.getRange("C1").getValue()).toBe(45748);
    expect(sheet.getRange("D1").setFormula("=YEAR(A1)*100+MONTH(A1)").getValue()).toBe(202504);
  });

  it("number formats decide: a date format gives Date, others the number", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C1").setValues([[45748, 45748, 45748]]);
    sheet.getRange("A1:C1").setNumberFormats([["yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "#,##0"]]);
    const [v] = sheet.getRange("A1:C1").getValues();
    expect(v![0]).toBeInstanceOf(Date);
    expect(v![1]).toBeInstanceOf(Date);
    expect(v![2]).toBe(45748);
    expect(sheet.getRange("A1:C1").getDisplayValues()).toEqual([["2025-04-01", "2025年4月1日", "45,748"]]);
  });

  it("a formula computing a date shows as one when the cell has no format", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setFormula("=DATE(2025,4,30)");
    sheet.getRange("A2").setFormula("=EOMONTH(A1,0)-A1");
    expect(sheet.getRange("A1").getValue()).toBeInstanceOf(Date);
    expect(sheet.getRange("A1").getDisplayValue()).toBe("4/30/2025");
  });
});

describe("display values", () => {
  it("numbers, percents, currency, text, booleans, errors", () => {
    const { sheet } = setup();
    sheet.getRange("A1:G1").setValues([[1234567.891, 0.1234, 1234, 1 / 3, true, "=1/0", "text"]]);
    sheet
      .getRange("A1:G1")
      .setNumberFormats([["#,##0.00", "0.0%", "[$¥-411]#,##0", "0.###############", "0", "0", "@"]]);
    expect(sheet.getRange("A1:G1").getDisplayValues()).toEqual([
      ["1,234,567.89", "12.3%", "¥1,234", "0.3333333333", "TRUE", "#DIV/0!", "text"],
    ]);
    expect(sheet.getRange("F1").getValue()).toBe("#DIV/0!");
  });

  it("unformatted cells report Apps Script's default formats", () => {
    const { sheet } = setup();
    expect(sheet.getRange("A1").getNumberFormat()).toBe("0.###############");
    expect(sheet.getRange("A1").getBackground()).toBe("#ffffff");
    expect(sheet.getRange("A1").getFontWeight()).toBe("normal");
    expect(sheet.getRange("A1").getFontColor()).toBe("#000000");
    sheet
      .getRange("A1:B1")
      .setBackground("#FFCC00")
      .setFontWeight("bold")
      .setFontColor("red")
      .setFontStyle("italic");
    expect(sheet.getRange("A1:B1").getBackgrounds()).toEqual([["#ffcc00", "#ffcc00"]]);
    expect(sheet.getRange("B1").getFontWeight()).toBe("bold");
    expect(sheet.getRange("B1").getFontColor()).toBe("#ff0000");
    expect(sheet.getRange("B1").getFontStyle()).toBe("italic");
    sheet.getRange("A1").setBackground(null);
    expect(sheet.getRange("A1:B1").getBackgrounds()).toEqual([["#ffffff", "#ffcc00"]]);
  });

  it("inserted rows take the formats of the row they follow", () => {
    const { sheet } = setup();
    sheet.getRange("A2").setNumberFormat("yyyy-mm-dd").setValue(45748);
    sheet.insertRowsAfter(2, 2);
    expect(sheet.getRange("A3:A4").getNumberFormats()).toEqual([["yyyy-mm-dd"], ["yyyy-mm-dd"]]);
    sheet.getRange("A3").setValue(45749);
    expect(sheet.getRange("A3").getValue()).toBeInstanceOf(Date);
  });
});
