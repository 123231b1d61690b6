import { describe, expect, it } from "vitest";
import { createAppsScriptGlobals } from "../../src/local/apps-script";

const setup = () => {
  const fake = createAppsScriptGlobals();
  const { SpreadsheetApp, Charts } = fake.globals;
  const ss = SpreadsheetApp.getActive();
  return { fake, SpreadsheetApp, Charts, ss, sheet: ss.getSheets()[0]! };
};

describe("data validation", () => {
  it("applies a rule to every cell of the range and reads it back", () => {
    const { SpreadsheetApp, sheet, fake } = setup();
    const start = new Date("2025-04-01T00:00:00+09:00");
    const end = new Date("2026-03-31T00:00:00+09:00");
    const rule = SpreadsheetApp.newDataValidation()
      .requireDateBetween(start, end)
      .setAllowInvalid(false)
      .setHelpText("A date in the plan period")
      .build();
    sheet.getRange("A2:A4").setDataValidation(rule);
    const got = sheet.getRange("A2:A5").getDataValidations();
    expect(got.map((r) => (r[0] ? r[0].getCriteriaType() : null))).toEqual([
      "DATE_BETWEEN",
      "DATE_BETWEEN",
      "DATE_BETWEEN",
      null,
    ]);
    const v = got[0]![0]!;
    expect(v.getHelpText()).toBe("A date in the plan period");
    expect(v.getAllowInvalid()).toBe(false);
    expect(v.getCriteriaValues().map((d) => (d as Date).getTime())).toEqual([start.getTime(), end.getTime()]);
    expect(Object.keys(fake.spreadsheet.validations("Sheet1"))).toEqual(["A2", "A3", "A4"]);
    sheet.getRange("A3").setDataValidation(null);
    expect(sheet.getRange("A3").getDataValidation()).toBeNull();
    sheet.getRange("A2:A4").clearDataValidations();
    expect(fake.spreadsheet.validations("Sheet1")).toEqual({});
  });

  it("a value-in-range rule keeps its range, which moves with inserted rows", () => {
    const { SpreadsheetApp, ss, sheet, fake } = setup();
    const reps = ss.insertSheet("Team");
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInRange(reps.getRange("A2:A10"), true)
      .build();
    sheet.getRange("B2:B3").setDataValidation(rule);
    reps.insertRowsBefore(1, 1);
    const [range, dropdown] = sheet.getRange("B2").getDataValidation()!.getCriteriaValues() as [any, boolean];
    expect(range.getA1Notation()).toBe("A3:A11");
    expect(dropdown).toBe(true);
    expect(fake.spreadsheet.cell("Sheet1", "B3").validation?.values).toEqual(["Team!A3:A11", true]);
  });

  it("number rules and defaults", () => {
    const { SpreadsheetApp } = setup();
    const b = SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0);
    const v = b.build();
    expect([v.getCriteriaType(), v.getCriteriaValues(), v.getAllowInvalid(), v.getHelpText()]).toEqual([
      "NUMBER_GREATER_THAN_OR_EQUAL_TO",
      [0],
      true,
      null,
    ]);
    expect(() =>
      SpreadsheetApp.newDataValidation().requireDateBetween("2025-01-01" as any, new Date()),
    ).toThrow(/don't match the method signature/);
  });
});

describe("conditional format rules", () => {
  it("are stored with their ranges and condition", () => {
    const { SpreadsheetApp, sheet, fake } = setup();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied("=$C2<0.8")
      .setBackground("#F4CCCC")
      .setRanges([sheet.getRange("A2:D10")])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), rule]);
    const [got] = sheet.getConditionalFormatRules();
    expect(got!.getRanges().map((r) => r.getA1Notation())).toEqual(["A2:D10"]);
    const cond = got!.getBooleanCondition()!;
    expect([cond.getCriteriaType(), cond.getCriteriaValues(), cond.getBackground()]).toEqual([
      "CUSTOM_FORMULA",
      ["=$C2<0.8"],
      "#f4cccc",
    ]);
    expect(fake.spreadsheet.conditionalRules("Sheet1")).toEqual([
      { ranges: ["Sheet1!A2:D10"], criteria: "CUSTOM_FORMULA", values: ["=$C2<0.8"], background: "#f4cccc" },
    ]);
  });
});

describe("charts", () => {
  it("newChart → build → insertChart, then read, modify and remove", () => {
    const { Charts, sheet, fake } = setup();
    sheet.getRange("A1:B3").setValues([
      ["Rep", "Calls"],
      ["A", 1],
      ["B", 2],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
      .addRange(sheet.getRange("A1:B3"))
      .setPosition(5, 4, 0, 0)
      .setOption("title", "Calls by rep")
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted!.getChartId()).toEqual(expect.any(Number));
    expect(inserted!.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B3"]);
    expect(inserted!.getOptions().get("title")).toBe("Calls by rep");
    expect(inserted!.getContainerInfo().getAnchorRow()).toBe(5);
    sheet.updateChart(inserted!.modify().setChartType(Charts.ChartType.COLUMN).build());
    expect(fake.spreadsheet.charts("Sheet1")).toMatchObject([{ type: "COLUMN", ranges: ["Sheet1!A1:B3"] }]);
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
  });
});

describe("protection", () => {
  it("sheet and range protections, warning-only, description, remove", () => {
    const { SpreadsheetApp, ss, sheet, fake } = setup();
    const p = sheet.protect().setDescription("Generated by KPI Designer").setWarningOnly(true);
    expect([p.isWarningOnly(), p.getDescription(), p.getProtectionType()]).toEqual([
      true,
      "Generated by KPI Designer",
      "SHEET",
    ]);
    const r = sheet.getRange("A1:C1").protect().setWarningOnly(true);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0]!.getRange()!.getA1Notation()).toBe(
      "A1:C1",
    );
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    expect(fake.spreadsheet.protections("Sheet1").map((x) => x.type)).toEqual(["SHEET", "RANGE"]);
    r.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toEqual([]);
  });
});

describe("developer metadata", () => {
  it("on sheets and the spreadsheet, with visibility, and removal", () => {
    const { SpreadsheetApp, ss, sheet, fake } = setup();
    sheet.addDeveloperMetadata("kpi-designer:sheet", "actuals");
    sheet.addDeveloperMetadata("flag");
    sheet.addDeveloperMetadata("v", "1", SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
    ss.addDeveloperMetadata("kpi-designer:plan", '{"version":1}');
    const md = sheet.getDeveloperMetadata();
    expect(md.map((m) => [m.getKey(), m.getValue(), m.getVisibility()])).toEqual([
      ["kpi-designer:sheet", "actuals", "DOCUMENT"],
      ["flag", null, "DOCUMENT"],
      ["v", "1", "PROJECT"],
    ]);
    md[1]!.remove();
    expect(fake.spreadsheet.developerMetadata("Sheet1").map((m) => m.key)).toEqual([
      "kpi-designer:sheet",
      "v",
    ]);
    expect(fake.spreadsheet.developerMetadata()).toMatchObject([{ key: "kpi-designer:plan" }]);
  });

  it("refuses more than 30,000 characters per location", () => {
    const { ss } = setup();
    ss.addDeveloperMetadata("plan", "x".repeat(29_000));
    expect(() => ss.addDeveloperMetadata("more", "x".repeat(1_000))).toThrow(/30000-character limit/);
  });
});
