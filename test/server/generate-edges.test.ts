// Edges of a Generate that the other server tests do not take: a new plan over a log with no entry (no
// question: there is nothing to keep or set aside), the "keep" choice sent for a plan that is not new
// (nothing retired), the archived log's marks (ours go, the team's stay), and the named ranges a run
// finds (ours left by a stopped run go; the team's, even in our families, stay). Through dist/Code.js
// over the Apps Script fakes.
import { describe, expect, it } from "vitest";
import { grossProfitPlan, samplePlan } from "../fixtures/plans";
import { addon } from "./support";

const ENTRIES = [
  ["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, "first"],
  ["2026-04-02", "Suzuki", 35, 3, 1, 1, 2_000_000, "second"],
];

const header = (a: ReturnType<typeof addon>) => (a.fake.spreadsheet.sheetValues("Actuals") as unknown[][])[0];

describe("a Generate's edges", () => {
  it("a new plan over a log with no entry is generated without asking, nothing archived", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    const r = a.call("kpiGenerate", grossProfitPlan());
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.value.archivedColumns).toEqual([]);
    expect(header(a)).toContain("Gross profit (JPY)");
    expect(header(a)).not.toContain("[archived] Annual revenue (JPY)");
  });

  it("'keep' sent with the same plan revised retires nothing: the KGI goes on counting", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    a.fake.spreadsheet.write("Actuals", "A2", ENTRIES);
    const revised = samplePlan();
    revised.kgi.target = 150_000_000;
    const r = a.call("kpiGenerate", revised, { existingLog: "keep" });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.value.archivedColumns).toEqual([]);
    expect(r.value.keptRows).toBe(2);
    expect(header(a)?.[6]).toBe("Annual revenue (JPY)");
    expect(a.fake.spreadsheet.namedValue("KGI_ACTUAL")).toBe(3_000_000);
  });

  it("an archived log loses our mark and keeps the team's metadata", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    a.fake.spreadsheet.write("Actuals", "A2", ENTRIES);
    const ss = a.fake.globals.SpreadsheetApp.getActive();
    const keysOf = (name: string) =>
      ss
        .getSheetByName(name)
        ?.getDeveloperMetadata()
        .map((m) => m.getKey());
    const ours = keysOf("Actuals") ?? [];
    expect(ours.length).toBeGreaterThan(0);
    ss.getSheetByName("Actuals")?.addDeveloperMetadata("team:owner", "Sato");
    const r = a.call("kpiGenerate", grossProfitPlan(), { existingLog: "archive" });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    const archived = "Actuals 2026-04-01–2027-03-31";
    expect(keysOf(archived)).toEqual(["team:owner"]);
    // The new log is ours, marked as the old one was.
    expect(keysOf("Actuals")).toEqual(ours);
    // Another Generate finds one log of ours, the new one, and leaves the archive as it is.
    a.fake.spreadsheet.write("Actuals", "A2", [["2026-04-03", "Ito", 5]]);
    const again = a.call("kpiGenerate", grossProfitPlan());
    expect(again.ok, JSON.stringify(again.error)).toBe(true);
    expect(again.value.keptRows).toBe(1);
    expect((a.fake.spreadsheet.sheetValues(archived) as unknown[][]).length).toBe(3);
  });

  it("a name of our families left on our sheets by a stopped run goes; one on the team's sheet stays", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    const ss = a.fake.globals.SpreadsheetApp.getActive();
    const team = ss.insertSheet("Team notes");
    // Not in our data sheet's list: as a run that stopped before writing its list would leave them.
    ss.setNamedRange("KPI_ACTUAL_old_stage", ss.getSheetByName("Actuals")!.getRange("C2:C10"));
    ss.setNamedRange("KPI_ACTUAL_theirs", team.getRange("A1"));
    const r = a.call("kpiGenerate", samplePlan());
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    const names = ss.getNamedRanges().map((n) => n.getName());
    expect(names).not.toContain("KPI_ACTUAL_old_stage");
    expect(names).toContain("KPI_ACTUAL_theirs");
    expect(names).toContain("KPI_ACTUAL_calls");
  });

  it("a name of ours the team pointed at its own sheet is still ours: pointed back, no clash", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    const ss = a.fake.globals.SpreadsheetApp.getActive();
    const team = ss.insertSheet("Team notes");
    const calls = ss.getNamedRanges().find((n) => n.getName() === "ACT_new_biz_calls");
    expect(calls).toBeDefined();
    const where = calls?.getRange().getA1Notation();
    calls?.setRange(team.getRange("B2:B9"));
    const r = a.call("kpiGenerate", samplePlan());
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    const back = ss
      .getNamedRanges()
      .find((n) => n.getName() === "ACT_new_biz_calls")
      ?.getRange();
    expect([back?.getSheet().getName(), back?.getA1Notation()]).toEqual(["Actuals", where]);
  });

  it("on a spreadsheet with no sheet of ours, names of our families are the team's: kept", () => {
    const a = addon({ locale: "en" });
    const ss = a.fake.globals.SpreadsheetApp.getActive();
    const first = ss.getSheets()[0]!;
    ss.setNamedRange("KPI_ACTUAL_theirs", first.getRange("A1"));
    // One whose sheet the team deleted: it points nowhere now (#REF!), and is still theirs to fix.
    const gone = ss.insertSheet("Old");
    ss.setNamedRange("KPI_ACTUAL_gone", gone.getRange("A1"));
    ss.deleteSheet(gone);
    expect(ss.getNamedRanges().map((n) => n.getName())).toContain("KPI_ACTUAL_gone");
    const r = a.call("kpiGenerate", samplePlan());
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    const names = ss.getNamedRanges().map((n) => n.getName());
    expect(names).toContain("KPI_ACTUAL_theirs");
    expect(names).toContain("KPI_ACTUAL_gone");
  });

  it("a name pointing nowhere that is one of ours is taken: no clash, it points at our cell", () => {
    const a = addon({ locale: "en" });
    const ss = a.fake.globals.SpreadsheetApp.getActive();
    const gone = ss.insertSheet("Old");
    ss.setNamedRange("KPI_ACTUAL_calls", gone.getRange("A1"));
    ss.deleteSheet(gone);
    const r = a.call("kpiGenerate", samplePlan());
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    const named = ss.getNamedRanges().find((n) => n.getName() === "KPI_ACTUAL_calls");
    expect(named?.getRange().getSheet().getName()).toBe("Dashboard");
  });
});
