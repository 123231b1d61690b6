// `status` in TypeScript (BRIEF §3.8), on a two-month plan and a hand-made log, every expected number
// worked by hand below. The sheets are tested against the same code elsewhere; here the rules.
//
// Plan: 2026-04-01 … 2026-05-31 by month, en (no holidays). KGI 1,000,000 JPY; one stream at
// 100,000 a deal → 10 deals; appointments ⌈10 ÷ 0.5⌉ = 20; calls ⌈20 ÷ 0.1⌉ = 200.
// Working days: April 2026 (1st a Wednesday) 3 + 5 + 5 + 5 + 4 = 22; May (1st a Friday) 1 + 4 × 5
// = 21; 43 in all. As of Friday 2026-04-10: 3 + 5 = 8 elapsed.
// Reps Sato and Suzuki, weight 1 each: the 200 calls split 100/100, the KGI 500,000/500,000.
import { describe, expect, it } from "vitest";
import { hitProbability } from "../../src/domain/hit-probability";
import { type Plan, parsePlan } from "../../src/domain/plan";
import { type LogSheet, type LogValue, readLog } from "../../src/domain/status/log-entries";
import { statusReport } from "../../src/domain/status/report";
import { statusSchema } from "../../src/domain/status/schema";
import { Tally } from "../../src/domain/status/tally";

function plan(): Plan {
  const r = parsePlan({
    version: 1,
    locale: "en",
    title: "Two months",
    kgi: { name: "Revenue", target: 1_000_000, unit: "JPY" },
    period: { start: "2026-04-01", end: "2026-05-31", granularity: "month" },
    kfs: [{ name: "Clean call lists" }],
    streams: [
      {
        id: "out",
        name: "Outbound",
        share: 1,
        dealValue: 100_000,
        stages: [
          { id: "calls", name: "Calls", rate: 0.1 },
          { id: "appointments", name: "Appointments", rate: 0.5 },
          { id: "deals", name: "Deals" },
        ],
      },
    ],
    kpis: [
      {
        id: "calls",
        name: "Calls",
        tier: "activity",
        direction: "higher",
        frequency: "daily",
        source: { stream: "out", stage: "calls" },
      },
      {
        id: "appt_rate",
        name: "Appointment rate",
        tier: "conversion",
        direction: "higher",
        frequency: "weekly",
        source: { stream: "out", rateFrom: "calls" },
      },
      {
        id: "new_mrr",
        name: "New MRR",
        tier: "outcome",
        direction: "higher",
        frequency: "monthly",
        source: { manual: true, target: 300_000, unit: "JPY" },
      },
      {
        id: "churn",
        name: "Churn",
        tier: "outcome",
        direction: "lower",
        frequency: "monthly",
        source: { manual: true, target: 2, unit: "%" },
      },
    ],
    team: [{ name: "Sato" }, { name: "Suzuki" }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

const KEYS = [
  "date",
  "rep",
  "stage:out.calls",
  "stage:out.appointments",
  "stage:out.deals",
  "kgi",
  "kpi:new_mrr",
  "kpi:churn",
  "notes",
];
const d = (date: string): LogValue => ({ kind: "date", date });
const n = (value: number): LogValue => ({ kind: "number", value });
const s = (text: string): LogValue => ({ kind: "text", text });
const _: LogValue = { kind: "blank" };

/** Rows 2… of the log, columns as KEYS. */
const ROWS: LogValue[][] = [
  [d("2026-04-01"), s("Sato"), n(50), n(6), n(1), n(100_000), n(50_000), n(0.03), s("first")], // row 2
  [d("2026-04-02"), s("suzuki"), n(30), n(2), n(0), n(0), _, n(0.01), _], // 3: letter case aside
  [d("2026-04-09"), s("Sato"), n(20), n(1), n(1), n(120_000), _, _, _], // 4
  [d("2026-04-20"), s("Sato"), n(100), n(9), n(9), n(900_000), _, _, _], // 5: after as-of
  [d("2026-03-31"), s("Sato"), n(10), _, _, _, _, _, _], // 6: before the period
  [s("2026-04-03"), s("Sato"), n(10), _, _, _, _, _, _], // 7: a date typed as text
  [d("2026-04-03"), s("Tanaka"), n(10), _, _, _, _, _, _], // 8: not on the team, counts for the team
  [d("2026-04-03"), s("Sato"), s("abc"), n(-1), _, _, _, n(2.5), _], // 9: nothing counted
  [_, _, n(5), _, _, _, _, _, _], // 10: no date
];

function report(rows = ROWS, asOf = "2026-04-10") {
  const p = plan();
  const log: LogSheet = {
    name: "Actuals",
    columns: KEYS.map((key) => ({ key, percent: key === "kpi:churn" })),
    rows,
  };
  const read = readLog(
    log,
    p.period,
    p.team.map((m) => m.name),
  );
  const actions = [{ en: "Review the talk script", ja: "トークスクリプトを見直す" }];
  return statusReport({
    plan: p,
    tally: new Tally(read.entries),
    unreadable: read.unreadable,
    asOf,
    actionsFor: () => actions,
  });
}

describe("status report", () => {
  it("lists every entry it cannot count, with its cell and why", () => {
    expect(report().unreadable).toEqual([
      { cell: "Actuals!A6", value: "2026-03-31", why: "date_outside" },
      { cell: "Actuals!A7", value: "2026-04-03", why: "date_text" },
      { cell: "Actuals!B8", value: "Tanaka", why: "rep_unknown" },
      { cell: "Actuals!C9", value: "abc", why: "not_number" },
      { cell: "Actuals!D9", value: -1, why: "negative" },
      { cell: "Actuals!H9", value: 2.5, why: "percent_above_1" },
      { cell: "Actuals!A10", value: "", why: "no_date" },
    ]);
  });

  it("the KGI: 220,000 through 04-10 of 1,000,000, 8 of 43 working days", () => {
    const { kgi } = report();
    expect(kgi.actual).toBe(220_000); // 100,000 + 0 + 120,000; row 5 is after as-of
    expect(kgi.targetToDate).toBeCloseTo(8_000_000 / 43, 6);
    expect(kgi.achievement).toBeCloseTo(0.22, 12);
    expect(kgi.pace).toBeCloseTo((220_000 * 43) / 8_000_000, 12); // 1.1825
    expect(kgi.forecast).toBeCloseTo((220_000 * 43) / 8, 6); // 1,182,500
  });

  it("the chance of reaching the KGI from each working day's KGI, a Saturday's on the Monday", () => {
    // Working days through 04-10: 1, 2, 3, 6, 7, 8, 9, 10. KGI 100,000 on the 1st, 0 on the 2nd,
    // 120,000 on the 9th; a deal of 30,000 logged on Saturday 04-04 counts on Monday 04-06.
    const saturday = [d("2026-04-04"), s("Sato"), _, _, n(1), n(30_000), _, _, _];
    const days = [100_000, 0, 0, 30_000, 0, 0, 120_000, 0];
    expect(report([...ROWS, saturday]).kgi.hitProbability).toBeCloseTo(
      hitProbability(1_000_000, days, 43 - 8) as number,
      12,
    );
    // Friday 04-03 is the 3rd working day, Monday 04-06 the 4th: too few to tell a day's spread.
    expect(report(ROWS, "2026-04-06").kgi.hitProbability).toBeNull();
    // Reached (row 5 brings 900,000 on 04-20): certain, whatever the spread.
    expect(report(ROWS, "2026-04-30").kgi.hitProbability).toBe(1);
  });

  it("each KPI by its shape: a stage count, a rate, a manual sum and a percent level (lower is better)", () => {
    const [calls, rate, mrr, churn] = report().kpis;
    // Calls 50 + 30 + 20 + 10 (Tanaka's row counts for the team) = 110 of 200.
    expect(calls).toMatchObject({
      id: "calls",
      target: 200,
      actual: 110,
      achievement: 0.55,
      status: "on_track",
    });
    expect(calls?.pace).toBeCloseTo((110 * 43) / 1600, 12);
    // Appointments 6 + 2 + 1 = 9 of 110 calls = 0.0818 against 0.1: 81.8% of plan → watch (≥ 80%).
    expect(rate?.target).toBe(0.1);
    expect(rate?.actual).toBeCloseTo(9 / 110, 12);
    expect(rate?.achievement).toBeCloseTo(9 / 11, 12);
    expect(rate?.pace).toBeNull();
    expect(rate?.status).toBe("watch");
    // New MRR 50,000 of 300,000; to date 300,000 × 8 ÷ 43; pace 50,000 × 43 ÷ 2,400,000 = 0.896 → watch.
    expect(mrr?.pace).toBeCloseTo((50_000 * 43) / 2_400_000, 12);
    expect(mrr?.status).toBe("watch");
    // Churn: 2 % points = 0.02; entries 0.03 and 0.01 (2.5 left out) average 0.02: exactly on target.
    expect(churn?.target).toBe(0.02);
    expect(churn?.actual).toBeCloseTo(0.02, 12);
    expect(churn?.achievement).toBeCloseTo(1, 12);
    expect(churn?.status).toBe("on_track");
  });

  it("each rep: their split of the targets and only their rows, matched exactly but for letter case", () => {
    const [sato, suzuki] = report().reps;
    expect(sato?.kgi).toMatchObject({ target: 500_000, actual: 220_000, achievement: 0.44 });
    expect(sato?.kgi.targetToDate).toBeCloseTo(4_000_000 / 43, 6);
    const [calls, rate, mrr, churn] = sato?.kpis ?? [];
    expect(calls).toMatchObject({ target: 100, actual: 70 }); // 50 + 20; "abc" not counted
    expect(rate?.actual).toBeCloseTo(7 / 70, 12); // (6 + 1) ÷ 70
    expect(mrr).toMatchObject({ target: 150_000, actual: 50_000 }); // 300,000 × 1 ÷ 2
    expect(churn).toMatchObject({ target: 0.02, actual: 0.03 });
    // "suzuki" typed in lower case is Suzuki's row.
    expect(suzuki?.kpis[0]).toMatchObject({ target: 100, actual: 30 });
    expect(suzuki?.kpis[1]?.actual).toBeCloseTo(2 / 30, 12);
    expect(suzuki?.kpis[2]).toMatchObject({ actual: 0, achievement: 0 });
  });

  it("each period: its split of the targets; actuals dated in it and through as-of", () => {
    const [april, may] = report().periods;
    // ⌈1,000,000 × 22 ÷ 43⌉ = ⌈511,627.9⌉ = 511,628; May the rest. Calls ⌈200 × 22 ÷ 43⌉ = 103.
    expect(april).toMatchObject({
      start: "2026-04-01",
      end: "2026-04-30",
      kgi: { target: 511_628, actual: 220_000 },
    });
    expect(may?.kgi).toEqual({ target: 488_372, actual: 0 });
    expect(april?.stages[0]).toEqual({ stream: "out", stage: "calls", target: 103, actual: 110 });
    expect(may?.stages[0]).toEqual({ stream: "out", stage: "calls", target: 97, actual: 0 });
  });

  it("the funnel and its bottleneck: the lowest ratio below 1, and what it costs", () => {
    const r = report();
    expect(r.funnel.map((f) => [f.stage, f.required, f.actual, f.plannedRate])).toEqual([
      ["calls", 200, 110, 0.1],
      ["appointments", 20, 9, 0.5],
      ["deals", 10, 2, null],
    ]);
    expect(r.funnel[0]?.ratio).toBeCloseTo(9 / 11, 12); // 0.818
    expect(r.funnel[1]?.actualRate).toBeCloseTo(2 / 9, 12);
    expect(r.funnel[1]?.ratio).toBeCloseTo(4 / 9, 12); // 0.444: the lower
    expect(r.funnel[2]).toMatchObject({ actualRate: null, ratio: null });
    expect(r.bottleneck?.stage).toBe("appointments");
    // 10 deals × (1 − 4/9) = 50/9 = 5.56 deals; × 100,000 = 555,556.
    expect(r.bottleneck?.atStake.deals).toBeCloseTo(50 / 9, 12);
    expect(r.bottleneck?.atStake.kgi).toBeCloseTo(5_000_000 / 9, 6);
    expect(r.bottleneck?.actions).toEqual([{ en: "Review the talk script", ja: "トークスクリプトを見直す" }]);
  });

  it("calibration: each stage-to-stage rate in the log with its 90% Wilson interval", () => {
    // calls 110 → appointments 9 → deals 2; intervals from Python's statistics.NormalDist:
    // centre (x + z²/2) ÷ (n + z²), half z·√(x(n−x)/n + z²/4) ÷ (n + z²), z = 1.64485.
    const r = report();
    expect(r.calibration).toEqual([
      {
        stream: "out",
        stage: "calls",
        n: 110,
        rate: expect.closeTo(9 / 110, 12),
        low: expect.closeTo(0.048220172744678616, 8),
        high: expect.closeTo(0.13549344789483064, 8),
      },
      {
        stream: "out",
        stage: "appointments",
        n: 9,
        rate: expect.closeTo(2 / 9, 12),
        low: expect.closeTo(0.07649473755439651, 8),
        high: expect.closeTo(0.496357217623246, 8),
      },
    ]);
    // Nothing logged at a stage: no rate, no interval.
    const none = report([]);
    expect(none.calibration.map((c) => [c.n, c.rate, c.low, c.high])).toEqual([
      [0, null, null, null],
      [0, null, null, null],
    ]);
  });

  it("no bottleneck when every stage with data is at or above plan", () => {
    // 100 calls → 10 appointments (exactly 0.1) → 6 deals (0.6 > 0.5).
    const r = report([[d("2026-04-01"), s("Sato"), n(100), n(10), n(6), n(600_000), _, _, _]]);
    expect(r.funnel.map((f) => f.ratio)).toEqual([1, expect.closeTo(1.2, 12), null]);
    expect(r.bottleneck).toBeNull();
  });

  it("before the period: nothing elapsed, no pace, no forecast, no status", () => {
    const r = report(ROWS, "2026-03-20");
    expect(r.kgi).toMatchObject({ targetToDate: 0, actual: 0, pace: null, forecast: null });
    expect(r.kpis[0]).toMatchObject({ actual: 0, pace: null, status: null });
    expect(r.kpis[1]).toMatchObject({ actual: null, achievement: null, status: null });
  });

  it("is what the published JSON Schema allows", () => {
    expect(() => statusSchema.parse(JSON.parse(JSON.stringify(report())))).not.toThrow();
  });
});
