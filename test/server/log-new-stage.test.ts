// A stage added to a plan whose Actuals log has rows (the same KGI: a revision, no question asked): its
// column is inserted where the spec puts it, so every typed value stays under its own header, and a
// column the team added after ours keeps its values and its place after Notes. Through dist/Code.js
// over the fakes.
import { describe, expect, it } from "vitest";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

describe("a stage added over a log with rows", () => {
  it("gets a column of its own between its neighbours; typed values stay under their headers", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    // Date | Rep | Calls | Appointments | Meetings | Deals | Annual revenue (JPY) | Notes, then the
    // team's Region, pasted as Sheets would (the column added first).
    a.fake.spreadsheet.paste("Actuals", "A1", [
      [
        "Date",
        "Rep",
        "Calls",
        "Appointments",
        "Meetings",
        "Deals",
        "Annual revenue (JPY)",
        "Notes",
        "Region",
      ],
      ["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, "first", "East"],
      ["2026-04-02", "Suzuki", 35, 3, 1, 1, 2_000_000, "second", "West"],
    ]);
    const plan = samplePlan();
    const stages = plan.streams[0]?.stages ?? [];
    stages.splice(3, 0, { id: "proposals", name: "Proposals", rate: 0.5 });
    const r = a.call("kpiGenerate", plan);
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.value.keptRows).toBe(2);
    const [header, ...rows] = a.fake.spreadsheet.sheetValues("Actuals") as unknown[][];
    expect(header).toEqual([
      "Date",
      "Rep",
      "Calls",
      "Appointments",
      "Meetings",
      "Proposals",
      "Deals",
      "Annual revenue (JPY)",
      "Notes",
      "Region",
    ]);
    expect(rows.map((row) => row.slice(1))).toEqual([
      ["Sato", 40, 4, 2, "", 1, 1_000_000, "first", "East"],
      ["Suzuki", 35, 3, 1, "", 1, 2_000_000, "second", "West"],
    ]);
    // The Dashboard counts from the moved columns: 2 deals, ¥3,000,000.
    expect(a.fake.spreadsheet.namedValue("KPI_ACTUAL_deals")).toBe(2);
    expect(a.fake.spreadsheet.namedValue("KGI_ACTUAL")).toBe(3_000_000);
  });

  it("three stages added, one after each of three: each run its own insert, values under their headers", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    a.fake.spreadsheet.write("Actuals", "A2", [["2026-04-01", "Sato", 40, 4, 2, 1, 1_000_000, "first"]]);
    const plan = samplePlan();
    const stages = plan.streams[0]?.stages ?? [];
    // calls, X, appointments, Y, meetings, Z, deals: the new columns sit at 3, 5 and 7 of the new log,
    // the last after two inserts already made, and past the old log's width counted without them.
    stages.splice(3, 0, { id: "z", name: "Z", rate: 0.5 });
    stages.splice(2, 0, { id: "y", name: "Y", rate: 0.5 });
    stages.splice(1, 0, { id: "x", name: "X", rate: 0.5 });
    a.fake.log.reset();
    const r = a.call("kpiGenerate", plan);
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(a.fake.log.count("Sheet.insertColumnsBefore")).toBe(3);
    const [header, row] = a.fake.spreadsheet.sheetValues("Actuals", "A1:K2") as unknown[][];
    expect(header).toEqual([
      "Date",
      "Rep",
      "Calls",
      "X",
      "Appointments",
      "Y",
      "Meetings",
      "Z",
      "Deals",
      "Annual revenue (JPY)",
      "Notes",
    ]);
    expect(row?.slice(1)).toEqual(["Sato", 40, "", 4, "", 2, "", 1, 1_000_000, "first"]);
  });
});
