// A new plan over a log kept under another asks first (BRIEF §3.5): carry the log on (ids keep their
// columns; the old KGI's values are archived, never added to the new KGI) or move it to an archive
// sheet of its own and start an empty log. Nothing is written until the team has chosen.
import { describe, expect, it } from "vitest";
import { grossProfitPlan, samplePlan } from "../fixtures/plans";
import { addon } from "./support";

function withLog() {
  const a = addon({ locale: "en" });
  expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
  a.fake.spreadsheet.write("Actuals", "A2", [
    ["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, "first"],
    ["2026-04-02", "Suzuki", 35, 3, 1, 1, 2_000_000, "second"],
  ]);
  return a;
}

describe("a new plan over an existing log", () => {
  it("asks first, and writes nothing until the team has chosen", () => {
    const a = withLog();
    // A third entry below a blank row: the blank row is no entry.
    a.fake.spreadsheet.write("Actuals", "A5", [["2026-04-03", "Sato", 10]]);
    const before = a.fake.spreadsheet.sheetValues("Actuals");
    a.fake.log.reset();
    const r = a.call("kpiGenerate", grossProfitPlan());
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe("log_decision");
    expect(r.error.log).toEqual({ rows: 3, title: "FY2026 inside sales", kgi: "Annual revenue (JPY)" });
    expect(r.error.message).toContain("3 rows");
    expect(a.fake.log.count(/\.(set|insert|delete|remove)/)).toBe(0);
    expect(a.fake.spreadsheet.sheetValues("Actuals")).toEqual(before);
  });

  it("keep: the stages carry on, the old KGI's values are archived and the new KGI starts at 0", () => {
    const a = withLog();
    const r = a.call("kpiGenerate", grossProfitPlan(), { existingLog: "keep" });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.value.keptRows).toBe(2);
    const values = a.fake.spreadsheet.sheetValues("Actuals") as unknown[][];
    const header = values[0] as string[];
    const old = header.indexOf("[archived] Annual revenue (JPY)");
    const kgi = header.indexOf("Gross profit (JPY)");
    expect(old).toBeGreaterThan(0);
    expect(kgi).toBeGreaterThan(0);
    expect([values[1]?.[old], values[2]?.[old]]).toEqual([1_000_000, 2_000_000]);
    expect([values[1]?.[kgi], values[2]?.[kgi]]).toEqual(["", ""]);
    expect(a.fake.spreadsheet.namedValue("KGI_ACTUAL")).toBe(0); // not 3,000,000
    expect(a.fake.spreadsheet.namedValue("KPI_ACTUAL_calls")).toBe(75);
    // Generating again keeps the old KGI archived: it never comes back as the new one.
    expect(a.call("kpiGenerate", grossProfitPlan()).ok).toBe(true);
    expect(a.fake.spreadsheet.namedValue("KGI_ACTUAL")).toBe(0);
    expect((a.fake.spreadsheet.sheetValues("Actuals") as string[][])[0]).toContain(
      "[archived] Annual revenue (JPY)",
    );
  });

  it("archive: the log moves, whole, to a sheet of its own; the new plan starts an empty one", () => {
    const a = withLog();
    const oldId = a.fake.spreadsheet.sheet("Actuals").sheetId;
    const r = a.call("kpiGenerate", grossProfitPlan(), { existingLog: "archive" });
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.value.keptRows).toBe(0);
    const archived = "Actuals 2026-04-01–2027-03-31";
    expect(a.fake.spreadsheet.sheet(archived).sheetId).toBe(oldId);
    expect((a.fake.spreadsheet.sheetValues(archived) as unknown[][]).slice(1).map((row) => row[6])).toEqual([
      1_000_000, 2_000_000,
    ]);
    expect(a.fake.spreadsheet.sheetValues("Actuals")).toHaveLength(1); // the header only
    expect(a.fake.spreadsheet.namedValue("KGI_ACTUAL")).toBe(0);
    // No longer ours: another Generate leaves it alone.
    expect(a.call("kpiGenerate", grossProfitPlan()).ok).toBe(true);
    expect((a.fake.spreadsheet.sheetValues(archived) as unknown[][])[1]?.[1]).toBe("Sato");
  });

  it("the same plan revised (same KGI, overlapping period) carries on without asking", () => {
    const a = withLog();
    const revised = samplePlan();
    revised.kgi.target = 150_000_000;
    revised.team.push({ name: "Ito" });
    const r = a.call("kpiGenerate", revised);
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(a.fake.spreadsheet.namedValue("KGI_ACTUAL")).toBe(3_000_000);
  });

  it("a period that shares no day with the stored one is a new plan too", () => {
    const a = withLog();
    const next = samplePlan();
    next.period = { start: "2027-04-01", end: "2028-03-31", granularity: "month" };
    const r = a.call("kpiGenerate", next);
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe("log_decision");
  });
});
