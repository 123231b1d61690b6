// Our sheets' names, places and sizes through Generate (dist/Code.js over the fakes): a sheet of ours
// keeps its id whatever the team renamed, a deleted one comes back after the sheet before it, a new
// sheet is cut to what its spec needs, and a regeneration leaves nothing of a bigger layout behind.
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../../src/workbook/build";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

type Sheets = { key: string; name: string; sheetId: number }[];

function generatedOnce() {
  const a = addon({ locale: "en" });
  const r = a.call("kpiGenerate", samplePlan());
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  const ss = a.fake.globals.SpreadsheetApp.getActive();
  const sheet = (name: string) => {
    const found = ss.getSheetByName(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  const again = (plan = samplePlan()) => {
    const next = a.call("kpiGenerate", plan);
    expect(next.ok, JSON.stringify(next.error)).toBe(true);
    return next.value.sheets as Sheets;
  };
  return { ...a, ss, sheet, first: r.value.sheets as Sheets, again };
}

describe("our sheets' names and places", () => {
  it("two of ours whose names the team swapped get their names back, ids kept", () => {
    const { sheet, first, again } = generatedOnce();
    // The Dashboard comes first: the name it needs is held by the Targets until that one steps aside.
    sheet("Dashboard").setName("Plan");
    sheet("Targets").setName("Dashboard");
    const sheets = again();
    expect(sheets).toEqual(first);
  });

  it("ours renamed, with an empty sheet of the team's under its old name: ours stays ours", () => {
    const { fake, sheet, first, again } = generatedOnce();
    sheet("Dashboard").setName("KPI Board");
    fake.spreadsheet.addSheet("Dashboard");
    const dashboard = again().find((s) => s.key === "dashboard");
    expect(dashboard?.sheetId).toBe(first.find((s) => s.key === "dashboard")?.sheetId);
    expect(dashboard?.name).toBe("Dashboard (2)");
    expect(fake.spreadsheet.sheet("Dashboard").lastRow).toBe(0);
  });

  it("one the team deleted comes back right after the sheet before it, the first tab included", () => {
    const { ss, sheet, fake, again } = generatedOnce();
    ss.deleteSheet(sheet(fake.spreadsheet.sheetNames()[0] ?? ""));
    expect(fake.spreadsheet.sheetNames().slice(0, 2)).toEqual(["KPI Tree", "Dashboard"]);
    ss.deleteSheet(sheet("Dashboard"));
    again();
    expect(fake.spreadsheet.sheetNames().slice(0, 3)).toEqual(["KPI Tree", "Dashboard", "Reps"]);
  });

  it("a stopped run's empty sheet under the numbered name it would take is taken back", () => {
    const a = addon({ locale: "en" });
    a.fake.spreadsheet.addSheet("Targets");
    a.fake.spreadsheet.write("Targets", "A1", [["the team's"]]);
    a.fake.spreadsheet.addSheet("Targets (2)");
    const left = a.fake.spreadsheet.sheet("Targets (2)").sheetId;
    const r = a.call("kpiGenerate", samplePlan());
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect((r.value.sheets as Sheets).find((s) => s.key === "targets")).toEqual({
      key: "targets",
      name: "Targets (2)",
      sheetId: left,
    });
  });
});

describe("our sheets' sizes", () => {
  // What a sheet of the spec needs: its cells, and a row and a column more than it freezes (Sheets
  // refuses to freeze them all).
  const need = (s: ReturnType<typeof buildWorkbook>["sheets"][number]) => [
    Math.max(s.cells.length, s.frozenRows + 1),
    Math.max(s.cells[0]?.length ?? 0, s.frozenColumns + 1),
  ];

  it("a sheet Generate inserts, or takes back from a stopped run, is cut to what it needs", () => {
    const a = addon({ locale: "en" });
    a.fake.spreadsheet.addSheet("Dashboard");
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    const spec = buildWorkbook(samplePlan(), { foreignSheetNames: [] });
    const sheets = spec.sheets.filter((s) => !s.log);
    expect(sheets.some((s) => (s.cells[0]?.length ?? 0) > 26)).toBe(true);
    for (const s of sheets) {
      const got = a.fake.spreadsheet.sheet(s.name);
      expect([got.maxRows, got.maxColumns], s.name).toEqual(need(s));
    }
  });

  it("a regeneration for a shorter period leaves nothing of the longer layout beyond the new one", () => {
    const { fake, again } = generatedOnce();
    const shorter = samplePlan();
    shorter.period.end = "2026-06-30";
    again(shorter);
    const spec = buildWorkbook(shorter, { foreignSheetNames: [] });
    for (const s of spec.sheets.filter((x) => !x.log && !x.hidden)) {
      const got = fake.spreadsheet.sheet(s.name);
      const [rows, cols] = need(s);
      expect(got.lastRow, s.name).toBeLessThanOrEqual(rows as number);
      expect(got.lastColumn, s.name).toBeLessThanOrEqual(cols as number);
    }
  });
});
