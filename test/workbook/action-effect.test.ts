// Measured actions: the Review Log's before / after / change of an action, computed by HyperFormula
// over a generated workbook with a hand-made log. Every expected number is worked out by hand below.
//
// The sample plan (en, so no holidays; Mon–Fri): monthly from 2026-04-01, stream new_biz with
// calls → appointments (planned 10%) → meetings → deals. Working days: April 2026 has 22 (Wed 1st:
// 3 + 5 + 5 + 5 + 4), 1–15 May 11 (Fri 1st, then 4–8, 11–15), 1–28 April 20, 29 April–26 May 20.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { type CellValue, planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { REVIEW_COL } from "../../src/workbook/review-log";
import { samplePlan } from "../fixtures/plans";
import { loadSpec, serial } from "../support/spec-engine";

type Entry = { date: string; rep?: string; calls?: number; appts?: number; nps?: number };

/**
 * The log: 31 March (before the period: never counted), April 220 calls / 11 appointments (5%),
 * 1–15 May 240 calls / 24 appointments (10%), 18 May 100 calls / 0 appointments (after the as-of
 * date of most cases: counted only once as-of passes it).
 */
const LOG: Entry[] = [
  { date: "2026-03-31", calls: 1000, appts: 1000 },
  { date: "2026-04-10", calls: 100, appts: 5, nps: 40 },
  { date: "2026-04-20", rep: "Suzuki", calls: 100, appts: 5, nps: 50 },
  { date: "2026-04-30", calls: 20, appts: 1 },
  { date: "2026-05-01", calls: 40, appts: 4, nps: 60 },
  { date: "2026-05-15", rep: "Suzuki", calls: 200, appts: 20 },
  { date: "2026-05-18", rep: "Takahashi", calls: 100, appts: 0, nps: 0 },
];

/** An action row as the Review Log stores it: date, metric name, …, action, owner, …, metric key. */
const action = (date: string, name: string, key: string) => [
  date,
  name,
  null,
  null,
  null,
  "Calls",
  "Rework the call script",
  "Sato",
  null,
  null,
  null,
  key,
];

function computed(plan: Plan, actions: CellValue[][], asOf: string, window?: number) {
  const columns = planColumns(plan);
  const rows = LOG.map((e) =>
    columns.map((c) => {
      if (c.key === "date") return e.date;
      if (c.key === "rep") return e.rep ?? "Sato";
      if (c.key === "stage:new_biz.calls") return e.calls ?? null;
      if (c.key === "stage:new_biz.appointments") return e.appts ?? null;
      if (c.key === "kpi:nps") return e.nps ?? null;
      return null;
    }),
  );
  const spec = buildWorkbook(plan, {
    existingActuals: { columns: columns.map((c) => ({ key: c.key, header: c.header })), rows },
    existingReviews: actions,
  });
  const { hf, sheet } = loadSpec(spec);
  const put = (name: string, value: number) => {
    const n = spec.namedRanges.find((x) => x.name === name);
    if (!n) throw new Error(`no ${name}`);
    hf.setCellContents({ sheet: sheet(n.sheet), row: n.rect.row, col: n.rect.col }, value);
  };
  put(N.asOf, serial(asOf));
  if (window !== undefined) put(N.actionWindow, window);
  const values = hf.getSheetValues(sheet("review"));
  hf.destroy();
  return actions.map((_, i) => {
    const row = values[i + 1] ?? [];
    return {
      before: row[REVIEW_COL.before],
      after: row[REVIEW_COL.after],
      change: row[REVIEW_COL.change],
    };
  });
}

const close = (a: unknown, b: number) => {
  expect(typeof a, String(a)).toBe("number");
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-9);
};

const RATE = "rate:new_biz.calls";
const CALLS = "stage:new_biz.calls";

describe("an action's effect on a conversion rate", () => {
  it("an action on 30 April that lifts the appointment rate from 5% to 10% shows it", () => {
    // Before: 1–30 April (the month through the action's date): 11 ÷ 220 = 0.05.
    // After: from 1 May, a month, cut at the as-of date 15 May: 24 ÷ 240 = 0.10 (18 May not yet).
    // Change: 0.10 − 0.05 = 0.05 (five points).
    const [r] = computed(
      samplePlan(),
      [action("2026-04-30", "Calls → Appointments rate", RATE)],
      "2026-05-15",
    );
    close(r?.before, 0.05);
    close(r?.after, 0.1);
    close(r?.change, 0.05);
  });

  it("the after window runs to the as-of date, and no further than a month", () => {
    // As of 31 May the after window is 1–31 May and takes 18 May in: 24 ÷ (240 + 100) = 24/340.
    const [r] = computed(samplePlan(), [action("2026-04-30", "x", RATE)], "2026-05-31");
    close(r?.after, 24 / 340);
    close(r?.change, 24 / 340 - 0.05);
  });

  it("two periods before an action in the first month stop at the period start (31 March is not counted)", () => {
    // ACTION_WINDOW_PERIODS = 2: before would start 1 March; cut at 1 April it is still 11 ÷ 220.
    // Counted from 1 March, 31 March's 1000 ÷ 1000 would make it 1011 ÷ 1220.
    const [r] = computed(samplePlan(), [action("2026-04-30", "x", RATE)], "2026-05-15", 2);
    close(r?.before, 0.05);
    close(r?.after, 0.1);
  });
});

describe("an action's effect on a count: per working day of each window", () => {
  it("calls per working day: 10 before, 240 ÷ 11 after", () => {
    // Before: 220 calls over April's 22 working days = 10 a day. After (1–15 May): 240 calls over
    // 11 working days = 21.8181…; change 11.8181… . A plain sum (220 vs 240) would compare a month
    // with half of one.
    const [r] = computed(samplePlan(), [action("2026-04-30", "Calls", CALLS)], "2026-05-15");
    close(r?.before, 10);
    close(r?.after, 240 / 11);
    close(r?.change, 240 / 11 - 10);
  });

  it("a weekly plan compares four weeks on each side (7 days a week)", () => {
    // Action on Tue 28 April. Before: 1 April (period start) – 28 April, 20 working days, 100 + 100
    // = 200 calls = 10 a day. After: 29 April – 26 May (28 days), 20 working days: 20 + 40 + 200 +
    // 100 = 360 calls = 18 a day (as of 31 May, so 18 May counts). Change: 8 a day.
    const plan = samplePlan();
    plan.period.granularity = "week";
    const [r] = computed(plan, [action("2026-04-28", "Calls", CALLS)], "2026-05-31");
    close(r?.before, 10);
    close(r?.after, 18);
    close(r?.change, 8);
  });
});

describe("an action's effect on a manual level: the average of the entries", () => {
  it("NPS averaged 45 before and 60 after", () => {
    const plan = samplePlan();
    plan.kpis.push({
      id: "nps",
      name: "Customer NPS",
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 40, aggregate: "average" },
    });
    // Before (April): (40 + 50) ÷ 2 = 45. After (1–15 May): 60 alone; 18 May's 0 is after as-of.
    const [r] = computed(plan, [action("2026-04-30", "Customer NPS", "kpi:nps")], "2026-05-15");
    close(r?.before, 45);
    close(r?.after, 60);
    close(r?.change, 15);
  });
});

describe("an action too recent to measure", () => {
  it("dated on the as-of date: after and change are blank, before is there", () => {
    // Before: 16 April – 15 May: (5 + 1 + 4 + 20) ÷ (100 + 20 + 40 + 200) = 30 ÷ 360.
    const [r] = computed(samplePlan(), [action("2026-05-15", "x", RATE)], "2026-05-15");
    close(r?.before, 30 / 360);
    expect(r?.after).toBe("");
    expect(r?.change).toBe("");
  });

  it("a review row (no metric) gets no formulas", () => {
    const review = ["2026-04-30", "Calls", 200, 220, 1.1, "", "note"];
    const [r] = computed(samplePlan(), [review], "2026-05-15");
    expect([r?.before, r?.after, r?.change].every((v) => v === null || v === undefined)).toBe(true);
  });
});
