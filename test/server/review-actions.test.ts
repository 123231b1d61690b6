// Measured actions through dist/Code.js over the Apps Script fakes: the review panel's context (the
// Dashboard's as-of date and bottleneck with the playbook's remedies), actions recorded in one write
// with their formats and effect formulas, text kept as text, a regeneration that keeps them, and a
// Review Log of before the action columns that gains them without touching the team's column.
//
// The sample plan (en: no holidays; Mon–Fri), monthly from 2026-04-01: Actuals columns Date | Rep |
// Calls | Appointments | Meetings | Deals | Annual revenue (JPY) | Notes; planned rates calls →
// appointments 10%, appointments → meetings 50%, meetings → deals 25%.
import { describe, expect, it } from "vitest";
import { playbookRow } from "../../src/domain/playbook";
import { samplePlan } from "../fixtures/plans";
import { addon, plain } from "./support";

/**
 * April: 220 calls, 11 appointments (5%, half the planned 10%: ratio 0.5), 6 meetings (54.5%: 1.09),
 * 2 deals (33%: 1.33). The bottleneck is Calls, the rate into appointments (the appointment rate).
 */
const APRIL = [
  ["2026-04-10", "Sato", 100, 5, 3, 1, 1_000_000, ""],
  ["2026-04-20", "Suzuki", 100, 5, 2, 1, 0, ""],
  ["2026-04-30", "Sato", 20, 1, 1, 0, 0, ""],
];
/** 1–15 May: 240 calls, 24 appointments (10%). */
const MAY = [
  ["2026-05-01", "Sato", 40, 4, 0, 0, 0, ""],
  ["2026-05-15", "Suzuki", 200, 20, 0, 0, 0, ""],
];

const RATE = "rate:new_biz.calls";
const CALLS = "stage:new_biz.calls";
const REMEDIES = playbookRow("appointment_rate").remedies.map((r) => r.en);

function generated() {
  const a = addon({ locale: "en" });
  const plan = samplePlan();
  expect(a.call("kpiGenerate", plan).ok).toBe(true);
  a.fake.spreadsheet.write("Actuals", "A2", APRIL);
  a.fake.spreadsheet.write("Dashboard", "B2", [["2026-04-30"]]);
  return { a, plan };
}

const ACTIONS = [
  { text: REMEDIES[0] as string, metric: RATE, owner: "Sato" },
  // Typed text that looks like a formula, or a sign, stays what was typed.
  { text: '=HYPERLINK("http://x")', metric: CALLS, owner: "+Suzuki" },
];

function recorded() {
  const g = generated();
  const r = plain(g.a.call("kpiRecordReview", { note: "appointments first", actions: ACTIONS }));
  expect(r.ok, JSON.stringify(r.error)).toBe(true);
  // 4 KPI rows (KGI, Calls, Meeting conversion, Deals) and 2 actions: rows 2–7.
  expect(r.value).toEqual({ rows: 6, asOf: "2026-04-30", actions: 2 });
  return g;
}

describe("the review panel's context", () => {
  it("names the Dashboard's as-of date, its bottleneck with the playbook's remedies, and every metric", () => {
    const { a } = generated();
    const r = plain(a.call("kpiReviewContext"));
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(r.value).toEqual({
      locale: "en",
      planLocale: "en",
      asOf: "2026-04-30",
      bottlenecks: [{ stage: "Calls", metric: RATE, name: "Calls → Appointments rate", remedies: REMEDIES }],
      metrics: [
        { key: "kgi", name: "KGI: Annual revenue" },
        { key: CALLS, name: "Calls" },
        { key: RATE, name: "Calls → Appointments rate" },
        { key: "stage:new_biz.appointments", name: "Appointments" },
        // The rate a KPI tracks goes by the KPI's name.
        { key: "rate:new_biz.appointments", name: "Meeting conversion" },
        { key: "stage:new_biz.meetings", name: "Meetings" },
        { key: "rate:new_biz.meetings", name: "Meetings → Deals rate" },
        { key: "stage:new_biz.deals", name: "Deals" },
      ],
      team: ["Sato", "Suzuki", "Takahashi"],
      reviewSheet: "Review Log",
      actionsReady: true,
    });
  });

  it("has no bottleneck when every stage with data is at or above plan", () => {
    const { a } = generated();
    // 220 calls → 22 appointments (10%, at plan: 1.0) → 11 meetings (50%: 1.0) → 3 deals (27.3%: 1.09).
    a.fake.spreadsheet.write("Actuals", "D2:F4", [
      [10, 5, 1],
      [10, 5, 1],
      [2, 1, 1],
    ]);
    expect(plain(a.call("kpiReviewContext")).value.bottlenecks).toEqual([]);
  });
});

describe("recording actions", () => {
  it("appends one row per action after the KPI rows: date, metric, bottleneck, action, owner, key", () => {
    const { a } = recorded();
    const rows = a.fake.spreadsheet.sheetValues("Review Log", "A6:L7") as unknown[][];
    const row = (i: number) => {
      const r = rows[i] as unknown[];
      return [r[1], r[5], r[6], r[7], r[11]];
    };
    expect(row(0)).toEqual(["Calls → Appointments rate", "Calls", REMEDIES[0], "Sato", RATE]);
    expect(row(1)).toEqual(["Calls", "Calls", '=HYPERLINK("http://x")', "+Suzuki", CALLS]);
    expect(a.fake.spreadsheet.cell("Review Log", "A6").display).toBe("2026-04-30");
    // The note is on the KPI rows only.
    const notes = (a.fake.spreadsheet.sheetValues("Review Log", "G2:G7") as unknown[][]).map((r) => r[0]);
    expect(notes.slice(0, 4)).toEqual(Array(4).fill("appointments first"));
  });

  it("keeps what was typed as text: no formula, no sign read as a number", () => {
    const { a } = recorded();
    expect(a.fake.spreadsheet.cell("Review Log", "G7").formula).toBe("");
    expect(a.fake.spreadsheet.cell("Review Log", "G7").value).toBe('=HYPERLINK("http://x")');
    expect(a.fake.spreadsheet.cell("Review Log", "H7").value).toBe("+Suzuki");
    expect(a.fake.spreadsheet.numberFormats("Review Log", "G7:H7")).toEqual([["@", "@"]]);
  });

  it("measures each action: before now, after blank until the next day has come", () => {
    const { a } = recorded();
    // Action dated 30 April (the as-of date). Before = April: rate 11 ÷ 220 = 5.0%; calls 220 over
    // April's 22 working days = 10.0 a day. After starts 1 May, after the as-of date: blank.
    expect(a.fake.spreadsheet.sheetDisplayValues("Review Log", "I6:K7")).toEqual([
      ["5.0%", "", ""],
      ["10.0", "", ""],
    ]);
    expect(a.fake.spreadsheet.cell("Review Log", "I6").formula).toMatch(/^=IF\(\$A6="",""/);
  });

  it("shows the lift once the after window has data: 5% → 10%, 10 → 240 ÷ 11 calls a day", () => {
    const { a } = recorded();
    a.fake.spreadsheet.write("Actuals", "A5", MAY);
    a.fake.spreadsheet.write("Dashboard", "B2", [["2026-05-15"]]);
    // After: 1–15 May, 11 working days: 24 ÷ 240 = 10.0%, change 5 points; 240 ÷ 11 = 21.818…
    // calls a day, change 11.818… .
    expect(a.fake.spreadsheet.sheetDisplayValues("Review Log", "I6:K6")).toEqual([["5.0%", "10.0%", "5.0%"]]);
    expect(a.fake.spreadsheet.cell("Review Log", "J7").value).toBeCloseTo(240 / 11, 10);
    expect(a.fake.spreadsheet.cell("Review Log", "K7").value).toBeCloseTo(240 / 11 - 10, 10);
    expect(a.fake.spreadsheet.numberFormats("Review Log", "I7:K7")).toEqual([
      ["#,##0.0", "#,##0.0", "#,##0.0"],
    ]);
  });

  it("a regeneration keeps the action rows, their formulas and formats", () => {
    const { a, plan } = recorded();
    const before = {
      values: a.fake.spreadsheet.sheetValues("Review Log", "A6:L7"),
      formulas: a.fake.spreadsheet.sheetFormulas("Review Log", "A6:L7"),
      formats: a.fake.spreadsheet.numberFormats("Review Log", "A6:L7"),
    };
    const edited = structuredClone(plan);
    edited.team.push({ name: "Ito" });
    expect(a.call("kpiGenerate", edited).ok).toBe(true);
    expect(a.fake.spreadsheet.sheetFormulas("Review Log", "A6:L7")).toEqual(before.formulas);
    expect(a.fake.spreadsheet.numberFormats("Review Log", "A6:L7")).toEqual(before.formats);
    // The Dashboard's as-of date is back to =TODAY(): pinned again, the figures are as they were.
    a.fake.spreadsheet.write("Dashboard", "B2", [["2026-04-30"]]);
    expect(a.fake.spreadsheet.sheetValues("Review Log", "A6:L7")).toEqual(before.values);
    // And they still compute once May is in.
    a.fake.spreadsheet.write("Actuals", "A5", MAY);
    a.fake.spreadsheet.write("Dashboard", "B2", [["2026-05-15"]]);
    expect(a.fake.spreadsheet.sheetDisplayValues("Review Log", "J6")).toEqual([["10.0%"]]);
  });

  it("a note alone still records the KPI rows only", () => {
    const { a } = generated();
    const r = plain(a.call("kpiRecordReview", { note: "n" }));
    expect(r.value).toEqual({ rows: 4, asOf: "2026-04-30", actions: 0 });
    expect(a.fake.spreadsheet.sheetValues("Review Log")).toHaveLength(5);
  });

  it("records nothing while the Dashboard shows one rep, and says to clear the picker", () => {
    const { a } = generated();
    // The rep picker sits under the as-of date (B2): B3.
    a.fake.spreadsheet.write("Dashboard", "B3", [["Sato"]]);
    const r = plain(a.call("kpiRecordReview", { note: "1on1", actions: [ACTIONS[0]] }));
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe("rep_view");
    expect(r.error.message).toMatch(/Sato's view.*clear the Dashboard's Rep \(1on1\) cell/);
    expect(a.fake.spreadsheet.sheetValues("Review Log")).toHaveLength(1);
    a.fake.spreadsheet.write("Dashboard", "B3", [[""]]);
    expect(plain(a.call("kpiRecordReview", { note: "team" })).ok).toBe(true);
  });

  it("refuses a metric the plan does not have, writing nothing", () => {
    const { a } = generated();
    const bad = [{ text: "x", metric: "stage:new_biz.visits" }];
    const r = plain(a.call("kpiRecordReview", { note: "", actions: bad }));
    expect(r.ok).toBe(false);
    expect(r.error.code).toBe("invalid_arguments");
    expect(r.error.issues[0].path).toBe("0.actions.0.metric");
    const shape = plain(a.call("kpiRecordReview", { note: "", actions: [{ text: "x", metric: "calls" }] }));
    expect(shape.error.code).toBe("invalid_arguments");
    const blank = plain(a.call("kpiRecordReview", { note: "", actions: [{ text: "  ", metric: RATE }] }));
    expect(blank.error.code).toBe("invalid_arguments");
    expect(a.fake.spreadsheet.sheetValues("Review Log")).toHaveLength(1);
  });
});

describe("a Review Log of before the action columns, with a column of the team's after them", () => {
  function old() {
    const g = generated();
    const ss = g.a.fake.globals.SpreadsheetApp.getActive();
    // The seven columns of before, then one the team added.
    const log = ss.getSheetByName("Review Log");
    log?.deleteColumns(8, 5);
    log?.insertColumnsAfter(7, 1);
    g.a.fake.spreadsheet.write("Review Log", "H1", [["Follow-up"]]);
    expect(g.a.call("kpiRecordReview", { note: "old" }).ok).toBe(true);
    g.a.fake.spreadsheet.write("Review Log", "H2", [["call Sato"]]);
    return g;
  }

  it("takes a note but no action until generated again", () => {
    const { a } = old();
    expect(plain(a.call("kpiReviewContext")).value.actionsReady).toBe(false);
    const r = plain(a.call("kpiRecordReview", { note: "", actions: [ACTIONS[0]] }));
    expect(r.error.code).toBe("review_log_outdated");
    expect(a.fake.spreadsheet.sheetValues("Review Log")).toHaveLength(5);
  });

  it("gains the action columns on regeneration; the team's column moves right, untouched", () => {
    const { a, plan } = old();
    expect(a.call("kpiGenerate", plan).ok).toBe(true);
    const header = (a.fake.spreadsheet.sheetValues("Review Log", "A1:M1") as unknown[][])[0];
    expect(header?.slice(6)).toEqual([
      "Actions / notes",
      "Owner",
      "Before",
      "After",
      "Change",
      "Metric id",
      "Follow-up",
    ]);
    expect(a.fake.spreadsheet.cell("Review Log", "M2").value).toBe("call Sato");
    expect(a.fake.spreadsheet.cell("Review Log", "G2").value).toBe("old");
    const r = plain(a.call("kpiRecordReview", { note: "", actions: [ACTIONS[0]] }));
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
    expect(a.fake.spreadsheet.cell("Review Log", "L10").value).toBe(RATE);
    expect(a.fake.spreadsheet.cell("Review Log", "M10").value).toBe("");
  });
});

describe("the menu's Record a review", () => {
  it("opens the sidebar on the review panel", () => {
    const { a } = generated();
    a.call("kpiMenuRecordReview");
    const shown = a.fake.ui.sidebars();
    expect(shown[shown.length - 1]?.content).toContain(
      '<main id="app" data-locale="en" data-panel="review">',
    );
    expect(a.fake.ui.prompts).toHaveLength(0);
  });

  it("without KPI sheets says to generate them first, and opens nothing", () => {
    const a = addon({ locale: "en" });
    a.call("kpiMenuRecordReview");
    expect(a.fake.ui.sidebars()).toHaveLength(0);
    expect(a.fake.ui.alerts.map((x) => x.prompt)).toEqual([
      "This spreadsheet has no KPI sheets yet: generate them with the wizard first.",
    ]);
  });
});
