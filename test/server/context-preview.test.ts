// What the sidebar opens with (kpiGetContext) and what it shows while a plan is edited (kpiPreview),
// through dist/Code.js over the fakes, against values worked out by hand.
import { describe, expect, it } from "vitest";
import { samplePlan } from "../fixtures/plans";
import { addon, plain } from "./support";

describe("kpiGetContext", () => {
  it("a spreadsheet with nothing of ours: no plan, no sheets of ours, no rows; its zone and the user's language", () => {
    const a = addon({ locale: "ja", timeZone: "Asia/Tokyo", spreadsheetId: "1Fresh" });
    const r = plain(a.call("kpiGetContext"));
    expect(r).toEqual({
      ok: true,
      value: {
        spreadsheetId: "1Fresh",
        locale: "ja",
        timeZone: "Asia/Tokyo",
        plan: null,
        sheetNames: a.fake.spreadsheet.sheetNames(),
        ownSheets: {},
        actualRows: 0,
      },
    });
  });

  it("after Generate: our sheets by key, every sheet's name, and the Actuals rows that hold anything", () => {
    const a = addon({ locale: "en", timeZone: "America/New_York" });
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(true);
    // Three typed rows and a blank one between them: the blank one is not an entry.
    a.fake.spreadsheet.write("Actuals", "A2", [
      ["2026-04-06", "Sato", 30],
      ["", "", ""],
      ["2026-04-07", "Suzuki", 25],
      ["", "", 5],
    ]);
    const { value } = plain(a.call("kpiGetContext"));
    expect(value.actualRows).toBe(3);
    expect([value.locale, value.timeZone]).toEqual(["en", "America/New_York"]);
    expect(value.ownSheets).toMatchObject({ dashboard: "Dashboard", actuals: "Actuals", targets: "Targets" });
    expect(value.sheetNames).toEqual(a.fake.spreadsheet.sheetNames());
    expect(value.sheetNames).toContain("Review Log");
    expect(value.plan).toEqual(samplePlan());
  });
});

describe("kpiPreview", () => {
  it("the funnel, the working days and each rep's daily count, for a week of five working days", () => {
    const { call } = addon({ locale: "en" });
    const plan = samplePlan();
    // Monday 6 to Friday 10 April 2026: no holiday, five working days.
    plan.period = { start: "2026-04-06", end: "2026-04-10", granularity: "week" };
    const r = plain(call("kpiPreview", plan));
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    // ¥120M ÷ ¥1M = 120 deals; ÷ 0.25 = 480 meetings; ÷ 0.5 = 960 appointments; ÷ 0.1 = 9,600 calls.
    const [stream] = r.value.funnel;
    expect([stream.id, stream.deals]).toEqual(["new_biz", 120]);
    expect(stream.stages.map((s: { id: string; required: number }) => [s.id, s.required])).toEqual([
      ["calls", 9600],
      ["appointments", 960],
      ["meetings", 480],
      ["deals", 120],
    ]);
    expect(r.value.workingDays).toBe(5);
    // Reps weigh 1, 1, 2 (a quarter, a quarter, a half); each share ÷ 5 days: calls 2,400 ÷ 5 = 480.
    expect(r.value.perRepPerDay).toEqual([
      { streamId: "new_biz", stageId: "calls", perRep: [480, 480, 960] },
      { streamId: "new_biz", stageId: "appointments", perRep: [48, 48, 96] },
      { streamId: "new_biz", stageId: "meetings", perRep: [24, 24, 48] },
      { streamId: "new_biz", stageId: "deals", perRep: [6, 6, 12] },
    ]);
    expect(Array.isArray(r.value.lint)).toBe(true);
  });
});
