// Nothing is dropped silently (BRIEF §3.5): the Dashboard shows, live, how many Actuals entries it
// cannot count, why, and where the first of each is. A pasted block mixing every kind of bad value,
// worked out by hand below. dist/Code.js over the fakes; LibreOffice checks the same block in
// test/cli/libreoffice-checks.test.ts.
import { describe, expect, it } from "vitest";
import { EXPECTED_CHECKS, MIXED } from "../fixtures/mixed-log";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

describe("the Dashboard shows what it cannot count", () => {
  it("per column: how many entries, why, and the first of them; the totals leave them out", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    a.fake.spreadsheet.write("Actuals", "A2", MIXED);
    const dashboard = a.fake.spreadsheet.sheetValues("Dashboard") as unknown[][];
    const title = dashboard.findIndex((r) => r[0] === "Entries not counted (Actuals)");
    expect(title).toBeGreaterThan(0);
    const table = dashboard.slice(title + 2, title + 2 + EXPECTED_CHECKS.length).map((r) => r.slice(0, 3));
    expect(table).toEqual(EXPECTED_CHECKS);
    // The summary under the day counts: 2 + 2 + 2 + 1 + 1.
    expect(dashboard.flat()).toContain("Entries not counted: 8 (see Entries not counted, below)");
    // Calls counted: 40 (row 2) + 5 (Ghost: for the team) + 7 (no rep: for the team) = 52. Left out:
    // "７０" (text), 10 (before the period), -3 (negative), 1 (its date is text).
    expect(a.fake.spreadsheet.namedValue("KPI_ACTUAL_calls")).toBe(52);
    expect(a.fake.spreadsheet.namedValue("KGI_ACTUAL")).toBe(1_000_000);
    const errors = dashboard.flat().filter((v) => typeof v === "string" && /^#[A-Z]/.test(v));
    expect(errors).toEqual([]);
  });

  it("says nothing when every entry counts", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    a.fake.spreadsheet.write("Actuals", "A2", [MIXED[0] as unknown[]]);
    const dashboard = a.fake.spreadsheet.sheetValues("Dashboard") as unknown[][];
    expect(dashboard.flat().filter((v) => String(v).startsWith("Entries not counted:"))).toEqual([]);
    const title = dashboard.findIndex((r) => r[0] === "Entries not counted (Actuals)");
    expect(dashboard.slice(title + 2, title + 9).map((r) => r[1])).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});

describe("the entries not counted are highlighted in Actuals", () => {
  it("one rule of ours per column; the team's own rules are kept, ours never doubled", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    const ours = () =>
      a.fake.spreadsheet
        .conditionalRules("Actuals")
        .filter((r) => String(r.values[0]).includes('N("KPI Designer")'));
    // Date, Rep, four stages and the KGI.
    expect(ours().map((r) => r.ranges[0])).toEqual([
      "Actuals!A2:A2001",
      "Actuals!B2:B2001",
      "Actuals!C2:C2001",
      "Actuals!D2:D2001",
      "Actuals!E2:E2001",
      "Actuals!F2:F2001",
      "Actuals!G2:G2001",
    ]);
    const SA = a.fake.globals.SpreadsheetApp;
    const log = SA.getActive().getSheetByName("Actuals");
    if (!log) throw new Error("no Actuals");
    const mine = SA.newConditionalFormatRule()
      .whenTextEqualTo("VIP")
      .setBackground("#ff00ff")
      .setRanges([log.getRange("H2:H50")])
      .build();
    log.setConditionalFormatRules([...log.getConditionalFormatRules(), mine]);
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    const rules = a.fake.spreadsheet.conditionalRules("Actuals");
    expect(rules.filter((r) => r.criteria === "TEXT_EQUAL_TO")).toEqual([
      expect.objectContaining({ values: ["VIP"], background: "#ff00ff", ranges: ["Actuals!H2:H50"] }),
    ]);
    expect(ours()).toHaveLength(7);
  });

  it("the Review Log, which has no colour rules of ours, keeps the team's own through a regeneration", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    const SA = a.fake.globals.SpreadsheetApp;
    const log = SA.getActive().getSheetByName("Review Log");
    if (!log) throw new Error("no Review Log");
    expect(log.getConditionalFormatRules()).toEqual([]);
    const mine = SA.newConditionalFormatRule()
      .whenTextEqualTo("Done")
      .setBackground("#00ff00")
      .setRanges([log.getRange("A2")])
      .build();
    log.setConditionalFormatRules([mine]);
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    expect(a.fake.spreadsheet.conditionalRules("Review Log")).toEqual([
      expect.objectContaining({ values: ["Done"], background: "#00ff00", ranges: ["Review Log!A2"] }),
    ]);
  });
});
