// The team's own report on our sheets survives a regeneration (BRIEF §3.5, regeneration works in
// place): formulas through the published handles, over Actuals columns, a named range, a FILTER
// (Sheets only: LibreOffice 7.4 has none) and a chart, all still compute and still mean the same,
// and everything the team added inside Actuals and the Review Log is still there. dist/Code.js over
// the strict fakes, where a deleted sheet or name breaks a reference for good, as in Sheets.
import { describe, expect, it } from "vitest";
import { templatePlan } from "../../src/domain/templates";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";
import { REPORT, REPORT_VALUES, reportValues, revised, teamAtWork } from "./team-work";

describe("the team's own report on our sheets survives a regeneration", () => {
  it("computes before the regeneration: the figures by hand", () => {
    const a = teamAtWork();
    // 40 + 35 calls; 9,600 calls needed for 120 deals (÷0.25 ÷0.5 ÷0.1); Sato 40; meetings 2 + 1.
    expect(reportValues(a)).toEqual(REPORT_VALUES);
  });

  it("after a renamed stage, a removed stage, an added KPI and an added rep: same meaning, new plan", () => {
    const a = teamAtWork();
    const r = a.call("kpiGenerate", revised(a.plan));
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    const values = reportValues(a);
    expect(values.filter((v) => typeof v === "string" && v.startsWith("#"))).toEqual([]);
    // The calls still are the calls; the removed Meetings stage is summed from its archived column;
    // the target follows the new plan (120 deals ÷ 0.125 ÷ 0.1 = 9,600 calls).
    expect(values).toEqual(REPORT_VALUES);
    // As written, but for the INDEX block over Actuals, which widened with the NPS column inserted in it.
    const widened = REPORT.map(([f]) => [f?.replace("A2:H2001", "A2:I2001")]);
    expect(a.fake.spreadsheet.sheetFormulas("Team report", `A1:A${REPORT.length}`)).toEqual(widened);
    // The handles follow their KPI's row, and a KPI added by the plan gets its own.
    const named = a.fake.spreadsheet.namedRanges();
    const dashboard = a.fake.spreadsheet.sheetValues("Dashboard") as unknown[][];
    const rowOf = (label: string) => dashboard.findIndex((row) => row[0] === label) + 1;
    expect(named.KPI_ACTUAL_calls).toMatch(new RegExp(`^Dashboard!\\w+${rowOf("Calls")}$`));
    expect(named.KPI_ACTUAL_nps).toMatch(new RegExp(`^Dashboard!\\w+${rowOf("Customer NPS")}$`));
    // The chart still reads the Calls column of Actuals.
    expect(a.fake.spreadsheet.charts("Team report")[0]?.ranges).toEqual(["Actuals!C1:C100"]);
    expect(a.fake.spreadsheet.sheetNames()).toContain("Team report");
  });

  it("keeps every sheet's id, every typed value, note, colour and row height, and the Review Log", () => {
    const a = teamAtWork();
    expect(a.call("kpiGenerate", revised(a.plan)).ok).toBe(true);
    expect(a.call("kpiGenerate", a.plan).ok).toBe(true); // and back again
    for (const [name, id] of Object.entries(a.ids))
      expect(a.fake.spreadsheet.sheet(name).sheetId, name).toBe(id);
    const log = a.fake.spreadsheet.sheetValues("Actuals", "A1:H3") as unknown[][];
    expect(log[0]).toEqual([
      "Date",
      "Rep",
      "Calls",
      "Appointments",
      "Meetings",
      "Deals",
      "Annual revenue (JPY)",
      "[archived] Customer NPS",
    ]);
    expect(log[1]?.slice(1)).toEqual(["Sato", 40, 4, 2, 1, 1_000_000, ""]);
    const cell = a.fake.spreadsheet.cell("Actuals", "C2");
    expect(cell.note).toBe("checked with the CRM");
    expect(a.fake.spreadsheet.cell("Actuals", "B3").background).toBe("#fff2cc");
    expect(a.fake.globals.SpreadsheetApp.getActive().getSheetByName("Actuals")?.getRowHeight(2)).toBe(42);
    const notes = (a.fake.spreadsheet.sheetValues("Actuals") as unknown[][]).map((r) => r.at(-1));
    expect(notes.slice(0, 3)).toEqual(["Notes", "first call list", "=not a formula"]);
    const reviews = a.fake.spreadsheet.sheetValues("Review Log") as unknown[][];
    expect(reviews).toHaveLength(5);
    expect(reviews[4]?.[6]).toBe("focus on appointments");
  });
});

describe("regeneration works in place through any number of plan changes", () => {
  const errorValue = (v: unknown) =>
    typeof v === "string" && /^#(REF|NAME|VALUE|DIV\/0|N\/A|NUM|ERROR)/.test(v);

  it("keeps every sheet's id across language, template and size changes, with no error cell", () => {
    const a = addon({ locale: "ja" });
    const big = samplePlan();
    // Bigger than the others in every direction (reps, weekly periods): every sheet's grid grows.
    big.team = Array.from({ length: 8 }, (_, i) => ({ name: `Rep ${i}` }));
    big.period.granularity = "week";
    const plans = [
      templatePlan("inside_sales", "ja"),
      // another language and another template at once
      templatePlan("saas", "en"),
      big,
      samplePlan(),
    ];
    const first = a.call("kpiGenerate", plans[0]);
    expect(first.ok).toBe(true);
    const ids = new Map(first.value.sheets.map((s: { key: string; sheetId: number }) => [s.key, s.sheetId]));
    const ss = a.fake.globals.SpreadsheetApp.getActive();
    const mine = ss.insertSheet("Mine");
    const dashboard = first.value.sheets.find((s: { key: string }) => s.key === "dashboard").name;
    mine.getRange("A1").setFormula(`=COUNTA('${dashboard}'!A1:A5)`);
    for (const plan of plans.slice(1)) {
      const r = a.call("kpiGenerate", plan);
      expect(r.ok, JSON.stringify(r.error)).toBe(true);
      for (const s of r.value.sheets) expect(s.sheetId, `${plan.title}: ${s.key}`).toBe(ids.get(s.key));
      for (const name of a.fake.spreadsheet.sheetNames()) {
        const bad = (a.fake.spreadsheet.sheetDisplayValues(name) as unknown[][]).flat().filter(errorValue);
        expect(bad, `${plan.title}: ${name}`).toEqual([]);
      }
      expect(a.fake.spreadsheet.sheetFormulas("Mine", "A1")[0]?.[0]).not.toContain("#REF!");
      expect(typeof a.fake.spreadsheet.sheetValues("Mine", "A1")[0]?.[0]).toBe("number");
    }
    expect(a.fake.log.count("Spreadsheet.deleteSheet")).toBe(0);
    // Four generations of different plans through the fakes, each recalculated by HyperFormula.
  }, 360_000);
});
