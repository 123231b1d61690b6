// Regeneration in Sheets finds each Actuals column by its id (BRIEF §3.5), through the ACT_* named
// range that Sheets moves with the column: inserting a column or renaming a header shifts nothing,
// loses nothing, and Notes stays the last column. dist/Code.js over the fakes.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

type Values = unknown[][];

/** Generates, then has the team type two rows: Date | Rep | Calls | Appts | Meetings | Deals | KGI | Notes. */
function withTwoRows(plan: Plan = samplePlan()) {
  const a = addon();
  expect(a.call("kpiGenerate", plan).ok).toBe(true);
  a.fake.spreadsheet.write("Actuals", "A2", [
    ["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, "first"],
    ["2026-04-02", "Suzuki", 35, 3, 1, 0, 0, "second"],
  ]);
  const actuals = () => a.fake.globals.SpreadsheetApp.getActive().getSheetByName("Actuals");
  const regenerate = () => {
    const r = a.call("kpiGenerate", plan);
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    return a.fake.spreadsheet.sheetValues("Actuals") as Values;
  };
  return { ...a, actuals, regenerate };
}

/** The column under `header`; exactly one must carry it. */
function column(values: Values, header: string): unknown[] {
  const cols = (values[0] ?? []).flatMap((h, i) => (h === header ? [i] : []));
  expect(cols, `one "${header}" in ${JSON.stringify(values[0])}`).toHaveLength(1);
  return values.slice(1, 3).map((r) => r[cols[0] as number]);
}

describe("regeneration in Sheets ties Actuals columns to ids", () => {
  it("a column inserted before Calls keeps its values and shifts nothing", () => {
    const { fake, actuals, regenerate } = withTwoRows();
    actuals()?.insertColumnBefore(3);
    fake.spreadsheet.write("Actuals", "C1", [["Region"], ["East"], ["West"]]);
    // Sheets moved the named range with the column.
    expect(fake.spreadsheet.namedRanges().ACT_new_biz_calls).toBe("Actuals!D2:D2001");

    const values = regenerate();
    // In place: the team's column stays where they put it, and ours around it stay too.
    expect(values[0]?.slice(0, 4)).toEqual(["Date", "Rep", "Region", "Calls"]);
    expect(values[0]?.at(-1)).toBe("Notes");
    expect(column(values, "Calls")).toEqual([40, 35]);
    expect(column(values, "Meetings")).toEqual([2, 1]);
    expect(column(values, "Region")).toEqual(["East", "West"]);
    expect(column(values, "Notes")).toEqual(["first", "second"]);
    expect(fake.spreadsheet.namedRanges().ACT_new_biz_calls).toBe("Actuals!D2:D2001");
    // The dashboard sums the live column again: the calls of both rows to date.
    expect(fake.spreadsheet.calculate("=SUM(ACT_new_biz_calls)")).toBe(75);
  });

  it("a header renamed to Dials keeps the calls in the live Calls column", () => {
    const { fake, regenerate } = withTwoRows();
    fake.spreadsheet.write("Actuals", "C1", [["Dials"]]);
    fake.spreadsheet.write("Actuals", "H1", [["Comments"]]);
    const values = regenerate();
    expect(values[0]).toEqual([
      "Date",
      "Rep",
      "Calls",
      "Appointments",
      "Meetings",
      "Deals",
      "Annual revenue (JPY)",
      "Notes",
    ]);
    expect(column(values, "Calls")).toEqual([40, 35]);
    expect(column(values, "Notes")).toEqual(["first", "second"]);
  });

  it("a manual KPI named like a stage keeps its own column", () => {
    const plan = samplePlan();
    plan.kpis.push({
      id: "calls_logged",
      name: "Calls",
      tier: "activity",
      direction: "higher",
      frequency: "daily",
      source: { manual: true, target: 500 },
    } as Plan["kpis"][number]);
    const a = addon();
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    const header = (a.fake.spreadsheet.sheetValues("Actuals") as Values)[0] ?? [];
    expect(header.filter((h) => h === "Calls")).toHaveLength(2);
    a.fake.spreadsheet.write("Actuals", "A2", [["2026-04-01", "Sato", 40, null, null, null, null, 7, "n"]]);
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    const values = a.fake.spreadsheet.sheetValues("Actuals") as Values;
    expect(values[0]).toEqual(header);
    expect([values[1]?.[2], values[1]?.[7], values[1]?.[8]]).toEqual([40, 7, "n"]);
  });

  it("rows typed 500 rows below the grid the add-on wrote count on the Dashboard, without regenerating", () => {
    const a = addon();
    const plan = samplePlan();
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    const grid = a.fake.spreadsheet.sheet("Actuals").maxRows;
    a.fake.spreadsheet.write("Actuals", "A2", [["2026-04-01", "Sato", 40, null, null, null, null, "first"]]);
    // 500 rows below the last row of the grid: Sheets adds the rows a paste needs.
    const far = grid + 500;
    a.fake.spreadsheet.paste("Actuals", `A${grid}`, [
      ...Array.from({ length: far - grid }, () => Array(8).fill(null)),
      ["2026-04-02", "Suzuki", 35, null, null, null, 900_000, "far below"],
    ]);
    expect(a.fake.spreadsheet.sheet("Actuals").maxRows).toBe(far);
    // By hand: 40 + 35 calls, ¥900,000, Suzuki's row among the reps.
    expect(a.fake.spreadsheet.namedValue("KPI_ACTUAL_calls")).toBe(75);
    expect(a.fake.spreadsheet.namedValue("KGI_ACTUAL")).toBe(900_000);
    const dashboard = a.fake.spreadsheet.sheetValues("Dashboard") as Values;
    const suzuki = dashboard.find((r) => r[0] === "Suzuki");
    expect(suzuki?.[3]).toBe(900_000);
    // And a regeneration keeps every row, the far one included.
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    expect(a.fake.spreadsheet.namedValue("KPI_ACTUAL_calls")).toBe(75);
  });
});

describe("the Dashboard reads the Actuals sheet directly", () => {
  it("names the Actuals sheet that stays: a regeneration deletes and renames no sheet", () => {
    const a = addon({ locale: "en" });
    const plan = samplePlan();
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    const id = () => a.fake.spreadsheet.sheet("Actuals").sheetId;
    const before = id();
    a.fake.log.reset();
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    expect(a.fake.log.count("Spreadsheet.deleteSheet")).toBe(0);
    expect(a.fake.log.count("Spreadsheet.insertSheet")).toBe(0);
    expect(a.fake.log.count("Sheet.setName")).toBe(0);
    expect(id()).toBe(before);
    // The Dashboard reads whole columns of the Actuals sheet that stays.
    const formulas = (a.fake.spreadsheet.sheetFormulas("Dashboard") as string[][]).flat();
    expect(formulas.filter((f) => f.includes("Actuals!$A:$A")).length).toBeGreaterThan(5);
  });
});
