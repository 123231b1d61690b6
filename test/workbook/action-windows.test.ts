// An action's effect in the Review Log (action-effect.ts, action-metrics.ts), computed in HyperFormula
// over a small log against a hand tally: the windows before and after the action's date (one period
// each, clipped to the plan and to as-of), counts per working day, a rate as next stage ÷ this stage,
// a percent level averaged with entries above 100% left out, and blanks where nothing can be measured.
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { effectFormulas } from "../../src/workbook/action-effect";
import { type ActionMetric, actionMetric, actionMetrics } from "../../src/workbook/action-metrics";
import type { ActualsColumn } from "../../src/workbook/actuals-columns";
import { logRefs } from "../../src/workbook/log-refs";
import { samplePlan } from "../fixtures/plans";
import { sheetsConfig } from "../support/hyperformula";

function planOf(granularity: "month" | "week"): Plan {
  const plan = samplePlan();
  plan.period = { start: "2026-04-01", end: "2027-03-31", granularity };
  plan.calendar = { workdays: [1, 2, 3, 4, 5] };
  return plan;
}

const CSAT: ActionMetric = {
  key: "kpi:csat",
  name: "CSAT",
  rule: { kind: "average", column: "kpi:csat", atMost: 1 },
  format: "percent",
};

const KEYS = ["date", "rep", "stage:new_biz.calls", "stage:new_biz.appointments", "kpi:csat", "notes"];
// date, calls, appointments, CSAT.
const ENTRIES: [string, number | null, number | null, number | null][] = [
  ["DATE(2026,4,15)", 1000, 1000, null], // the day before the window before 05-15
  ["DATE(2026,4,20)", 110, 22, 0.8],
  ["DATE(2026,5,1)", null, null, 0.6],
  ["DATE(2026,5,2)", null, null, 1.5], // above 100%: left out of the average
  ["DATE(2026,5,5)", null, null, 0.7],
  ["DATE(2026,5,15)+TIME(17,0,0)", 110, null, null], // the action's own day: before
  ["DATE(2026,5,16)", 42, null, null], // a Saturday, the day after: after
  ["DATE(2026,6,1)", 210, 63, 0.9],
  ["DATE(2026,6,16)", 1000, 1000, 0.1], // after the window after 05-15
];

/** The before, after and change of `metric` for an action dated `date`, as of `asOf`. */
function effect(plan: Plan, metric: ActionMetric, date: string, asOf: string, keys = KEYS) {
  const columns: ActualsColumn[] = keys.map((key) => ({ key, header: key }));
  const row = ([d, calls, appts, csat]: (typeof ENTRIES)[number]) =>
    keys.map((k) => {
      if (k === "date") return `=${d}`;
      if (k === "rep") return "Alice";
      if (k.endsWith("stage:new_biz.calls")) return calls;
      if (k.endsWith("stage:new_biz.appointments")) return appts;
      if (k === "kpi:csat") return csat;
      return null;
    });
  const f = effectFormulas(plan, logRefs("Actuals", columns), metric, "Review!$A$1", {
    before: "Review!$B$1",
    after: "Review!$C$1",
  });
  if (!f) return null;
  const hf = HyperFormula.buildFromSheets(
    {
      Actuals: [keys, ...ENTRIES.map(row)],
      Review: [[`=${date}`, `=${f.before}`, `=${f.after}`, `=${f.change}`]],
      Assumptions: [[null], [null], [null]],
    },
    sheetsConfig,
  );
  const names = {
    PERIOD_START: "=DATE(2026,4,1)",
    PERIOD_END: "=DATE(2027,3,31)",
    AS_OF: `=${asOf}`,
    ACTION_WINDOW_PERIODS: "=1",
    WEEKEND_MASK: '="0000011"',
    // The Assumptions' holiday list, empty.
    HOLIDAYS: "=Assumptions!$A$1:$A$3",
  };
  for (const [name, value] of Object.entries(names)) hf.addNamedExpression(name, value);
  const sheet = hf.getSheetId("Review") as number;
  const v = (col: number) => {
    const x = hf.getCellValue({ sheet, row: 0, col });
    return typeof x === "number" ? Number(x.toPrecision(12)) : x;
  };
  return { before: v(1), after: v(2), change: v(3) };
}

const monthly = planOf("month");
const calls = actionMetric(monthly, "stage:new_biz.calls") as ActionMetric;
const rate = actionMetric(monthly, "rate:new_biz.calls") as ActionMetric;

describe("an action dated 2026-05-15, a month each side, as of 06-30", () => {
  // Before: 04-16 to 05-15, 22 working days (Apr 16–17, 20–24, 27–30: 11; May 1, 4–8, 11–15: 11).
  // After: 05-16 to 06-15, 21 working days (May 18–22, 25–29: 10; Jun 1–5, 8–12, 15: 11).
  it("calls per working day: 220 ÷ 22 = 10 before, 252 ÷ 21 = 12 after", () => {
    expect(effect(monthly, calls, "DATE(2026,5,15)", "DATE(2026,6,30)")).toEqual({
      before: 10,
      after: 12,
      change: 2,
    });
  });

  it("the rate of calls to appointments: 22 ÷ 220 before, 63 ÷ 252 after, +15 points", () => {
    expect(effect(monthly, rate, "DATE(2026,5,15)", "DATE(2026,6,30)")).toEqual({
      before: 0.1,
      after: 0.25,
      change: 0.15,
    });
  });

  it("a percent level averaged: (0.8 + 0.6 + 0.7) ÷ 3 before (150% left out), 0.9 after", () => {
    expect(effect(monthly, CSAT, "DATE(2026,5,15)", "DATE(2026,6,30)")).toEqual({
      before: 0.7,
      after: 0.9,
      change: 0.2,
    });
  });

  it("as of 06-01 the after window has had 05-16 to 06-01: 252 calls in 11 working days", () => {
    expect(effect(monthly, calls, "DATE(2026,5,15)", "DATE(2026,6,1)")).toMatchObject({
      after: Number((252 / 11).toPrecision(12)),
    });
  });
});

describe("windows that cannot be measured", () => {
  it("dated on the as-of date: after and change blank, before there", () => {
    expect(effect(monthly, calls, "DATE(2026,6,30)", "DATE(2026,6,30)")).toMatchObject({
      after: "",
      change: "",
    });
  });

  it("in the first weeks the window before starts at the period's start", () => {
    // 04-01 to 04-20: 14 working days (Apr 1–3, 6–10, 13–17, 20); 110 calls; 04-15's 1000 in it too.
    expect(effect(monthly, calls, "DATE(2026,4,20)", "DATE(2026,6,30)")).toMatchObject({
      before: Number((1110 / 14).toPrecision(12)),
    });
  });

  it("as of the day after the action, the window after is that one day", () => {
    // Action 05-17 (Sunday), as of Monday 05-18: no calls that day, 0 a day (not blank).
    expect(effect(monthly, calls, "DATE(2026,5,17)", "DATE(2026,5,18)")).toMatchObject({ after: 0 });
  });

  it("an action dated after as-of: the window before stops at as-of, the one after is blank", () => {
    // Dated 06-30, as of 06-01: before is 06-01 alone (a month back from 07-01), 210 calls in 1 day.
    expect(effect(monthly, calls, "DATE(2026,6,30)", "DATE(2026,6,1)")).toEqual({
      before: 210,
      after: "",
      change: "",
    });
  });

  it("a blank date: every cell blank", () => {
    expect(effect(monthly, calls, '""', "DATE(2026,6,30)")).toEqual({ before: "", after: "", change: "" });
  });
});

describe("weekly plans and columns the plan dropped", () => {
  it("a weekly plan compares one week each side: 05-09 to 05-15 and 05-16 to 05-22", () => {
    // Before: May 11–15, 5 working days, 110 calls; after: May 18–22, 5 days, 42 (Saturday 05-16).
    expect(effect(planOf("week"), calls, "DATE(2026,5,15)", "DATE(2026,6,30)")).toEqual({
      before: 22,
      after: 8.4,
      change: -13.6,
    });
  });

  it("a weekly plan: the week before ends on the action's day, the week after on the same weekday", () => {
    // Dated Monday 04-27: before 04-21 to 04-27 (04-20's 80% is outside: nothing to average); after
    // 04-28 to 05-04: 60% (05-01; 150% left out; 05-05's 70% is the day after).
    expect(effect(planOf("week"), CSAT, "DATE(2026,4,27)", "DATE(2026,6,30)")).toEqual({
      before: "",
      after: 0.6,
      change: "",
    });
  });

  it("a stage archived in Actuals is still measured; one the log lacks gives no formulas", () => {
    const archived = KEYS.map((k) => (k === "stage:new_biz.calls" ? "archived:stage:new_biz.calls" : k));
    expect(effect(monthly, calls, "DATE(2026,5,15)", "DATE(2026,6,30)", archived)).toMatchObject({
      before: 10,
      after: 12,
    });
    const without = KEYS.filter((k) => k !== "stage:new_biz.calls");
    expect(effect(monthly, calls, "DATE(2026,5,15)", "DATE(2026,6,30)", without)).toBeNull();
    expect(effect(monthly, rate, "DATE(2026,5,15)", "DATE(2026,6,30)", without)).toBeNull();
  });
});

describe("the metrics an action can aim at", () => {
  it("the KGI, each stage and each rate to the next stage, named by the KPI that tracks them", () => {
    const plan = samplePlan();
    const all = actionMetrics(plan);
    expect(all.map((m) => m.key).slice(0, 8)).toEqual([
      "kgi",
      "stage:new_biz.calls",
      "rate:new_biz.calls",
      "stage:new_biz.appointments",
      "rate:new_biz.appointments",
      "stage:new_biz.meetings",
      "rate:new_biz.meetings",
      "stage:new_biz.deals",
    ]);
    expect(all.map((m) => m.rule.kind).slice(0, 3)).toEqual(["perDay", "perDay", "rate"]);
    expect(actionMetric(plan, "rate:new_biz.deals")).toBeUndefined();
  });
});
