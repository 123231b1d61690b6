// A first Generate that stopped after inserting some sheets, before marking them ours, leaves empty
// sheets under exactly our names. The next Generate takes each back (its id too) instead of adding
// "Dashboard (2)" beside it — but only a sheet that is empty, unmarked and named as ours would be; a
// sheet with anything in it, or someone's metadata on it, stays the user's. And a copy the team made
// of one of our sheets carries our mark too: the first in tab order is ours, a copy after it theirs.
import { describe, expect, it } from "vitest";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

type Result = { sheets: { key: string; name: string; sheetId: number }[] };

function generateOver(prepare: (a: ReturnType<typeof addon>) => void) {
  const a = addon({ locale: "en" });
  prepare(a);
  const before = Object.fromEntries(
    a.fake.spreadsheet.sheetNames().map((n) => [n, a.fake.spreadsheet.sheet(n).sheetId]),
  );
  const r = a.call("kpiGenerate", samplePlan());
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  const sheets = (r.value as Result).sheets;
  return { a, before, sheets, names: a.fake.spreadsheet.sheetNames() };
}

describe("sheets a stopped first Generate left behind", () => {
  it("empty, unmarked sheets under our names are taken back, ids kept, with nothing doubled", () => {
    const { a, before, sheets, names } = generateOver((x) => {
      x.fake.spreadsheet.addSheet("Dashboard");
      x.fake.spreadsheet.addSheet("Actuals");
    });
    const of = (key: string) => sheets.find((s) => s.key === key);
    expect(of("dashboard")).toEqual({ key: "dashboard", name: "Dashboard", sheetId: before.Dashboard });
    expect(of("actuals")).toEqual({ key: "actuals", name: "Actuals", sheetId: before.Actuals });
    expect(names.filter((n) => n.includes("(2)"))).toEqual([]);
    // Now ours: written as the spec says (the Actuals header).
    expect((a.fake.spreadsheet.sheetValues("Actuals") as unknown[][])[0]?.[0]).toBe("Date");
  });

  it("a sheet under our name with a value in it stays the user's; ours takes the next name", () => {
    const { a, before, sheets } = generateOver((x) => {
      x.fake.spreadsheet.addSheet("Dashboard");
      x.fake.spreadsheet.write("Dashboard", "C3", [["notes"]]);
    });
    const dashboard = sheets.find((s) => s.key === "dashboard");
    expect(dashboard?.name).toBe("Dashboard (2)");
    expect(dashboard?.sheetId).not.toBe(before.Dashboard);
    expect((a.fake.spreadsheet.sheetValues("Dashboard") as unknown[][])[2]?.[2]).toBe("notes");
    expect(a.fake.spreadsheet.sheet("Dashboard").sheetId).toBe(before.Dashboard);
  });

  it("an empty sheet under our name that carries metadata (someone's) stays theirs", () => {
    const { sheets, before } = generateOver((x) => {
      x.fake.spreadsheet.addSheet("Targets");
      const ss = x.fake.globals.SpreadsheetApp.getActive();
      ss.getSheetByName("Targets")?.addDeveloperMetadata("their-tool", "x");
    });
    const targets = sheets.find((s) => s.key === "targets");
    expect(targets?.name).toBe("Targets (2)");
    expect(targets?.sheetId).not.toBe(before.Targets);
  });

  it("an empty sheet named like one of ours only ignoring case is not taken: names must match exactly", () => {
    const { sheets, before } = generateOver((x) => x.fake.spreadsheet.addSheet("dashboard"));
    const dashboard = sheets.find((s) => s.key === "dashboard");
    expect(dashboard?.sheetId).not.toBe(before.dashboard);
  });
});

describe("a copy of one of our sheets", () => {
  it("carries our mark, yet stays the team's: a regeneration rewrites the first and leaves the copy", () => {
    const { a, sheets } = generateOver(() => {});
    const ss = a.fake.globals.SpreadsheetApp.getActive();
    // What Duplicate gives: a sheet after ours with our mark (sheet metadata goes with a copy).
    const copy = ss.insertSheet("Copy of Targets", ss.getSheets().length);
    copy.addDeveloperMetadata("kpi-designer.sheet", "targets");
    a.fake.spreadsheet.write("Copy of Targets", "A1", [["our what-if"]]);
    const again = a.call("kpiGenerate", samplePlan());
    expect(again.ok, JSON.stringify(again.error)).toBe(true);
    const targets = (again.value as Result).sheets.find((s) => s.key === "targets");
    expect(targets).toEqual(sheets.find((s) => s.key === "targets"));
    expect(a.fake.spreadsheet.sheetValues("Copy of Targets")).toEqual([["our what-if"]]);
  });
});
