// Number formats the team sees after Generate, through dist/Code.js over the fakes: a review row
// shows each figure as the Dashboard does (issue: "The Review Log shows rates as 0.15 — percent
// format"), a regeneration keeps it so, and a row typed into Actuals after Generate takes its
// column's format (issue: typed rows were unformatted).
import { describe, expect, it } from "vitest";
import { templatePlan } from "../../src/domain/templates";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

/**
 * The sample plan (en): Actuals columns Date | Rep | Calls | Appointments | Meetings | Deals |
 * Annual revenue (JPY) | Notes; KPIs Calls (stage), Meeting conversion (rate from appointments,
 * planned 50%), Deals (stage). Two rows typed, and the Dashboard looked at as of 2026-04-30.
 */
function reviewed() {
  const a = addon({ locale: "en" });
  const plan = samplePlan();
  expect(a.call("kpiGenerate", plan).ok).toBe(true);
  a.fake.spreadsheet.write("Actuals", "A2", [
    ["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, "first"],
    ["2026-04-02", "Suzuki", 35, 3, 1, 0, 0, ""],
  ]);
  a.fake.spreadsheet.write("Dashboard", "B2", [["2026-04-30"]]);
  const r = a.call("kpiRecordReview", { note: "focus on appointments" });
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  // Rows 2–5 of the log: the KGI, then Calls, Meeting conversion, Deals (plan order).
  const log = a.fake.spreadsheet.sheetValues("Review Log") as unknown[][];
  expect(log.slice(1).map((row) => row[1])).toEqual([
    "KGI: Annual revenue",
    "Calls",
    "Meeting conversion",
    "Deals",
  ]);
  return { a, plan };
}

describe("Record a review", () => {
  it("writes a rate KPI's target to date and actual in percent", () => {
    const { a } = reviewed();
    // Meeting conversion: target to date = the planned rate 0.5; actual = meetings ÷ appointments
    // typed = (2 + 1) ÷ (4 + 3) = 3/7 = 0.428571… → "42.9%". The fixed "#,##0.##" of every row
    // showed "0.5" and "0.43" (the walkthrough's "0.15").
    expect(a.fake.spreadsheet.numberFormats("Review Log", "C4:D4")).toEqual([["0.0%", "0.0%"]]);
    expect(a.fake.spreadsheet.sheetDisplayValues("Review Log", "C4:D4")).toEqual([["50.0%", "42.9%"]]);
    expect(a.fake.spreadsheet.cell("Review Log", "D4").value).toBeCloseTo(3 / 7, 12);
  });

  it("writes money whole and a count as the Dashboard shows it", () => {
    const { a } = reviewed();
    const formats = a.fake.spreadsheet.numberFormats("Review Log", "C2:E3");
    // KGI (yen): target to date and actual whole; achievement in percent.
    expect(formats[0]).toEqual(["#,##0", "#,##0", "0.0%"]);
    // Calls: target to date a fraction of a count (one decimal), actual 40 + 35 = 75 whole.
    expect(formats[1]).toEqual(["#,##0.0", "#,##0", "0.0%"]);
    expect(a.fake.spreadsheet.sheetDisplayValues("Review Log", "D3")).toEqual([["75"]]);
  });

  it("takes each format from the Dashboard cell it copies, as the team left it", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    // The team shows the KGI's actual in millions: the review copies their format, not ours.
    const kgiActual = "E10"; // the KPI table's header is row 9; the KGI row 10; actual to date column E
    expect(a.fake.spreadsheet.cell("Dashboard", "A10").value).toBe("KGI: Annual revenue");
    a.fake.globals.SpreadsheetApp.getActive()
      .getSheetByName("Dashboard")
      ?.getRange(kgiActual)
      .setNumberFormat('#,##0.0,,"M"');
    expect(a.call("kpiRecordReview", { note: "" }).ok).toBe(true);
    expect(a.fake.spreadsheet.numberFormats("Review Log", "D2")).toEqual([['#,##0.0,,"M"']]);
  });

  it("keeps the rows' formats through a regeneration", () => {
    const { a, plan } = reviewed();
    const edited = structuredClone(plan);
    edited.team.push({ name: "Ito" });
    expect(a.call("kpiGenerate", edited).ok).toBe(true);
    // A column-wide format written on regeneration would turn 42.9% back into 0.43.
    expect(a.fake.spreadsheet.numberFormats("Review Log", "C4:D4")).toEqual([["0.0%", "0.0%"]]);
    expect(a.fake.spreadsheet.sheetDisplayValues("Review Log", "C4:D4")).toEqual([["50.0%", "42.9%"]]);
  });

  it("grows the log by exactly the rows it writes; an action's row leaves the KPI figures blank", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    const log = a.fake.globals.SpreadsheetApp.getActive().getSheetByName("Review Log");
    if (!log) throw new Error("no Review Log");
    const before = log.getMaxRows();
    const metric = a.call("kpiReviewContext").value.metrics[0].key;
    const action = { text: "Call back every lost deal", metric, owner: "Sato" };
    expect(a.call("kpiRecordReview", { note: "n", actions: [action] }).ok).toBe(true);
    // The header, then the KGI and three KPIs, then the action: row 6 is the last.
    expect(log.getLastRow()).toBe(6);
    expect(log.getMaxRows()).toBe(Math.max(before, 6));
    const row = (a.fake.spreadsheet.sheetValues("Review Log", "A6:H6") as unknown[][])[0] ?? [];
    expect(row.slice(2, 5)).toEqual(["", "", ""]);
    expect([row[6], row[7]]).toEqual(["Call back every lost deal", "Sato"]);
  });

  it("inserts no rows when the log already has exactly the rows it writes", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    const log = a.fake.globals.SpreadsheetApp.getActive().getSheetByName("Review Log");
    if (!log) throw new Error("no Review Log");
    // The header and four rows to come (the KGI and three KPIs): a sheet of exactly five rows.
    const max = log.getMaxRows();
    if (max > 5) log.deleteRows(6, max - 5);
    else if (max < 5) log.insertRowsAfter(max, 5 - max);
    a.fake.log.reset();
    expect(a.call("kpiRecordReview", { note: "n" }).ok).toBe(true);
    expect(a.fake.log.count(/^Sheet\.insert/)).toBe(0);
    expect([log.getLastRow(), log.getMaxRows()]).toEqual([5, 5]);
  });
});

describe("a row typed into Actuals after Generate", () => {
  it("shows each column's format: date, whole counts, whole money, plain-text notes", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    // Typed far below anything written, in row 5.
    a.fake.spreadsheet.write("Actuals", "A5", [
      ["2026-04-03", "Sato", 12, 2, 1, 0, 1234567.8, "=not a formula"],
    ]);
    // The rep's column (B) is left as the team sets it: names are not numbers.
    expect(a.fake.spreadsheet.numberFormats("Actuals", "A5")).toEqual([["yyyy-mm-dd"]]);
    expect(a.fake.spreadsheet.numberFormats("Actuals", "C5:H5")).toEqual([
      ["#,##0", "#,##0", "#,##0", "#,##0", "#,##0", "@"],
    ]);
    // 1,234,567.8 yen typed shows whole: "1,234,568" (".8" rounds up), not "1234567.8".
    expect(a.fake.spreadsheet.cell("Actuals", "G5").display).toBe("1,234,568");
    expect(a.fake.spreadsheet.cell("Actuals", "C5").display).toBe("12");
    // Notes is plain text: the formula-looking note stays characters.
    expect(a.fake.spreadsheet.cell("Actuals", "H5").value).toBe("=not a formula");
  });

  it("a manual money KPI's column is whole yen, a percent KPI's in percent", () => {
    const a = addon({ locale: "ja" });
    const plan = templatePlan("saas", "ja");
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    const header = (a.fake.spreadsheet.sheetValues("実績", "A1:Z1") as string[][])[0] as string[];
    const letter = (kpi: string) => {
      const name = plan.kpis.find((k) => k.id === kpi)?.name as string;
      const i = header.findIndex((h) => h.startsWith(`${name} (`));
      expect(i, name).toBeGreaterThan(1);
      return String.fromCharCode(65 + i);
    };
    const mrr = `${letter("new_mrr")}7`;
    const churn = `${letter("churn_rate")}7`;
    a.fake.spreadsheet.write("実績", mrr, [[833_333.4]]);
    a.fake.spreadsheet.write("実績", churn, [[0.025]]);
    // Catches the old "decimal" money column: "833,333.40".
    expect(a.fake.spreadsheet.cell("実績", mrr).display).toBe("833,333");
    expect(a.fake.spreadsheet.cell("実績", churn).display).toBe("2.5%");
  });
});
