import { describe, expect, it } from "vitest";
import { createAppsScriptGlobals } from "../../src/local/apps-script";

const setup = () => {
  const fake = createAppsScriptGlobals();
  const ss = fake.globals.SpreadsheetApp.getActive();
  return { fake, ss, sheet: ss.getSheets()[0]! };
};

describe("formulas are computed by HyperFormula", () => {
  it("cross-sheet references, including a quoted sheet name, and recalculation", () => {
    const { ss } = setup();
    const inputs = ss.insertSheet("Assumptions");
    const tree = ss.insertSheet("KPI Tree");
    inputs.getRange("A1:B2").setValues([
      ["Goal", 120000000],
      ["Deal", 1200000],
    ]);
    tree.getRange("A1").setFormula("=Assumptions!B1/Assumptions!B2");
    tree.getRange("A2").setFormula("='KPI Tree'!A1*2");
    expect(tree.getRange("A1:A2").getValues()).toEqual([[100], [200]]);
    inputs.getRange("B2").setValue(600000);
    expect(tree.getRange("A1:A2").getValues()).toEqual([[200], [400]]);
  });

  it("named ranges are workbook-scoped names usable in formulas", () => {
    const { ss, fake } = setup();
    const a = ss.insertSheet("Assumptions");
    a.getRange("B1").setValue(120000000);
    ss.setNamedRange("KGI_TARGET", a.getRange("B1"));
    ss.getSheets()[0]!.getRange("A1").setFormula("=KGI_TARGET/1000");
    expect(ss.getSheets()[0]!.getRange("A1").getValue()).toBe(120000);
    expect(ss.getRangeByName("KGI_TARGET")?.getA1Notation()).toBe("B1");
    expect(ss.getRangeByName("kgi_target")?.getSheet().getName()).toBe("Assumptions");
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(["KGI_TARGET"]);
    expect(fake.spreadsheet.namedRanges()).toEqual({ KGI_TARGET: "Assumptions!B1" });
    expect(ss.getRangeByName("MISSING")).toBeNull();
  });

  it("a named range follows its sheet's rename and row insertions", () => {
    const { ss, fake } = setup();
    const a = ss.insertSheet("Assumptions");
    a.getRange("B2:B3").setValues([[10], [20]]);
    ss.setNamedRange("RATES", a.getRange("B2:B3"));
    ss.getSheets()[0]!.getRange("A1").setFormula("=SUM(RATES)");
    a.setName("前提");
    expect(ss.getRangeByName("RATES")?.getSheet().getName()).toBe("前提");
    a.insertRowsBefore(1, 2);
    expect(ss.getRangeByName("RATES")?.getA1Notation()).toBe("B4:B5");
    a.getRange("B5").setValue(30);
    expect(ss.getSheets()[0]!.getRange("A1").getValue()).toBe(40);
    expect(fake.spreadsheet.namedRanges()).toEqual({ RATES: "前提!B4:B5" });
  });

  it("setNamedRange on an existing name replaces it; remove; invalid names are refused", () => {
    const { ss, sheet } = setup();
    ss.setNamedRange("X", sheet.getRange("A1"));
    ss.setNamedRange("X", sheet.getRange("C3:D4"));
    expect(ss.getNamedRanges()).toHaveLength(1);
    expect(ss.getRangeByName("X")?.getA1Notation()).toBe("C3:D4");
    ss.removeNamedRange("X");
    expect(ss.getRangeByName("X")).toBeNull();
    expect(() => ss.removeNamedRange("X")).toThrow();
    for (const bad of ["A1", "1abc", "has space", "TRUE", "R1C1"])
      expect(() => ss.setNamedRange(bad, sheet.getRange("A1")), bad).toThrow();
  });

  it("formulas referencing a deleted sheet or its named ranges give #REF!", () => {
    const { ss, sheet } = setup();
    const a = ss.insertSheet("Gone");
    a.getRange("A1").setValue(5);
    ss.setNamedRange("G", a.getRange("A1"));
    sheet.getRange("A1:B1").setFormulas([["=Gone!A1", "=G*2"]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([[5, 10]]);
    ss.deleteSheet(a);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["#REF!", "#REF!"]]);
    expect(ss.getRangeByName("G")).toBeNull();
  });

  it("ROUNDUP and ROUNDDOWN round as Google Sheets does", () => {
    const { sheet } = setup();
    sheet
      .getRange("A1:D1")
      .setFormulas([
        ["=ROUNDUP(0.07/0.01, 0)", "=ROUNDUP(12/0.4,0)", "=ROUNDDOWN(4.35/0.15,0)", "=ROUNDUP(-2.5)"],
      ]);
    expect(sheet.getRange("A1:D1").getValues()).toEqual([[7, 30, 29, -3]]);
  });

  it("the portable functions the workbook uses are available", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B3").setValues([
      ["2025-04-01", 3],
      ["2025-04-02", 4],
      ["2025-05-01", 5],
    ]);
    sheet
      .getRange("D1:D6")
      .setFormulas([
        ['=SUMIFS(B1:B3,A1:A3,">="&DATE(2025,4,1),A1:A3,"<="&EOMONTH(DATE(2025,4,1),0))'],
        ['=COUNTIFS(B1:B3,">3")'],
        ["=NETWORKDAYS(DATE(2025,4,1),DATE(2025,4,30))"],
        ['=IFERROR(1/0,"none")'],
        ["=INDEX(B1:B3,MATCH(4,B1:B3,0))"],
        ["=MAX(B1:B3)-MIN(B1:B3)"],
      ]);
    expect(sheet.getRange("D1:D6").getValues()).toEqual([[7], [2], [22], ["none"], [4], [2]]);
  });

  it("deleting rows a formula uses gives #REF!; inserting rows moves references", () => {
    const { sheet } = setup();
    sheet.getRange("A1:A3").setValues([[1], [2], [3]]);
    sheet.getRange("B1").setFormula("=SUM(A1:A3)+A3");
    sheet.insertRowsAfter(1, 1);
    expect(sheet.getRange("B1").getFormula()).toBe("=SUM(A1:A4)+A4");
    expect(sheet.getRange("B1").getValue()).toBe(9);
    sheet.deleteRows(4, 1);
    expect(sheet.getRange("B1").getValue()).toBe("#REF!");
  });

  it("evaluation is batched: many writes, one recalculation at the next read", () => {
    const { sheet, fake } = setup();
    sheet.getRange("A1").setFormula("=SUM(B1:B10)");
    const hf = fake.spreadsheet.hf;
    let recalcs = 0;
    hf.on("valuesUpdated", () => recalcs++);
    for (let i = 1; i <= 10; i++) sheet.getRange(i, 2).setValue(i);
    expect(recalcs).toBe(0);
    expect(sheet.getRange("A1").getValue()).toBe(55);
    expect(recalcs).toBe(1);
  });
});
