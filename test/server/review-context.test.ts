// The review panel's bottlenecks are the Dashboard's flagged stages, each the stage its flag stands
// beside — in a plan of two streams too, where each stream's last stage has no flag (no rate leaves
// it), so the second stream's flags are not the first's shifted by one. dist/Code.js over the fakes.
import { describe, expect, it } from "vitest";
import { templatePlan } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";
import { addon, plain } from "./support";

// account_sales: existing (visits → proposals → won) and new (appointments → meetings → won).
const plan = templatePlan("account_sales", "en");

describe("kpiReviewContext over a plan of two streams", () => {
  it("names the stage whose flag is set, in the second stream as in the first", () => {
    const a = addon({ locale: "en" });
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    const flags = buildWorkbook(plan).dashboard.bottlenecks;
    // Four flags: existing visits, existing proposals, new appointments, new meetings.
    expect(flags).toHaveLength(4);
    const dashboard = a.fake.globals.SpreadsheetApp.getActive().getSheetByName("Dashboard");
    if (!dashboard) throw new Error("no Dashboard");
    // The team's Dashboard shows a flag beside new appointments and beside existing visits.
    for (const f of [flags[0], flags[2]]) if (f) dashboard.getRange(f.row + 1, f.col + 1).setValue("◀");
    const r = plain(a.call("kpiReviewContext"));
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.value.bottlenecks.map((b: { metric: string }) => b.metric)).toEqual([
      "rate:existing.visits",
      "rate:new.appointments",
    ]);
    // Recorded, each row names both, in funnel order.
    expect(a.call("kpiRecordReview", { note: "" }).ok).toBe(true);
    const row = (a.fake.spreadsheet.sheetValues("Review Log", "F2:F2") as unknown[][])[0];
    expect(row).toEqual([`${flags[0]?.label}, ${flags[2]?.label}`]);
  });
});
