// statusReport on two streams whose stages share ids, reps of unequal weight, and as-of dates on the
// period's edges; every expected value worked by hand below.
//
// Plan: 2026-04-01 … 05-31 (43 working days: April 22, May 21), KGI 1,000,000 split half and half.
// "out" at 100,000 a deal: 5 deals ← 10 appointments (0.5) ← 100 calls (0.1).
// "in" at 50,000 a deal: 10 deals ← 50 calls (0.2).
import { describe, expect, it } from "vitest";
import { type Plan, parsePlan } from "../../src/domain/plan";
import { type LogSheet, type LogValue, readLog } from "../../src/domain/status/log-entries";
import { statusReport } from "../../src/domain/status/report";
import { Tally } from "../../src/domain/status/tally";

const kpi = (id: string, tier: string, source: object, direction = "higher") => ({
  id,
  name: id,
  tier,
  direction,
  frequency: "weekly",
  source,
});

function plan(inLeadDays?: number): Plan {
  const r = parsePlan({
    version: 1,
    locale: "en",
    title: "Two streams",
    kgi: { name: "Revenue", target: 1_000_000, unit: "JPY" },
    period: { start: "2026-04-01", end: "2026-05-31", granularity: "month" },
    kfs: [{ name: "Clean call lists" }],
    streams: [
      {
        id: "out",
        name: "Outbound",
        share: 0.5,
        dealValue: 100_000,
        stages: [
          { id: "calls", name: "Calls", rate: 0.1 },
          { id: "appointments", name: "Appointments", rate: 0.5 },
          { id: "deals", name: "Deals" },
        ],
      },
      {
        id: "in",
        name: "Inbound",
        share: 0.5,
        dealValue: 50_000,
        ...(inLeadDays === undefined ? {} : { leadTimeDays: inLeadDays }),
        stages: [
          { id: "calls", name: "Calls", rate: 0.2 },
          { id: "deals", name: "Deals" },
        ],
      },
    ],
    kpis: [
      kpi("in_rate", "conversion", { stream: "in", rateFrom: "calls" }),
      kpi("close_rate", "conversion", { stream: "out", rateFrom: "appointments" }),
      kpi("in_calls", "activity", { stream: "in", stage: "calls" }),
      kpi("appointments", "activity", { stream: "out", stage: "appointments" }),
      kpi("mrr", "outcome", { manual: true, target: 300_000, unit: "JPY" }),
      kpi("churn", "outcome", { manual: true, target: 2, unit: "%" }, "lower"),
      kpi("zero", "outcome", { manual: true, target: 0, unit: "JPY" }),
    ],
    team: [
      { name: "Sato", weight: 3 },
      { name: "Suzuki", weight: 1 },
    ],
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
  "stage:in.calls",
  "stage:in.deals",
  "kgi",
  "kpi:mrr",
  "kpi:churn",
  "kpi:zero",
];
const d = (date: string): LogValue => ({ kind: "date", date });
const n = (value: number): LogValue => ({ kind: "number", value });
const s = (text: string): LogValue => ({ kind: "text", text });

/** One row on `date` by Sato: out calls/appointments/deals, in calls/deals, KGI. */
const row = (date: string, out: number[], inb: number[], kgi = 0): LogValue[] => [
  d(date),
  s("Sato"),
  ...[...out, ...inb, kgi].map(n),
  n(60_000),
  n(0.03),
  n(10),
];

function report(rows: LogValue[][], asOf = "2026-04-10", inLeadDays?: number) {
  const p = plan(inLeadDays);
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
  return statusReport({ plan: p, tally: new Tally(read.entries), unreadable: read.unreadable, asOf });
}

describe("status report: two streams, weighted reps", () => {
  // out: 50 calls → 5 appointments (0.1, ratio 1) → 2 deals (0.4 ÷ 0.5 = 0.8);
  // in: 20 calls → 2 deals (0.1 ÷ 0.2 = 0.5).
  const B = [row("2026-04-01", [50, 5, 2], [20, 2], 100_000)];

  it("each KPI finds its own stream and stage, though stage ids repeat across streams", () => {
    const byId = new Map(report(B).kpis.map((k) => [k.id, k]));
    expect(byId.get("in_rate")).toMatchObject({ target: 0.2, actual: 0.1 }); // 2 ÷ 20
    expect(byId.get("close_rate")).toMatchObject({ target: 0.5, actual: 0.4 }); // 2 ÷ 5
    expect(byId.get("in_calls")).toMatchObject({ target: 50, actual: 20 });
    expect(byId.get("appointments")).toMatchObject({ target: 10, actual: 5 });
  });

  it("status: at the warn threshold (80%) is watch, below it behind", () => {
    const byId = new Map(report(B).kpis.map((k) => [k.id, k]));
    expect(byId.get("close_rate")?.status).toBe("watch"); // 0.4 ÷ 0.5 = 0.8 exactly
    expect(byId.get("in_rate")?.status).toBe("behind"); // 0.5
  });

  it("a level KPI's target to date is its target; a manual sum splits 3 : 1 by weight", () => {
    const r = report(B);
    expect(r.kpis.find((k) => k.id === "churn")?.targetToDate).toBe(0.02); // 2% as a fraction
    const mrr = (i: number) => r.reps[i]?.kpis.find((k) => k.id === "mrr")?.target;
    expect(mrr(0)).toBe(225_000); // 300,000 × 3 ÷ 4
    expect(mrr(1)).toBe(75_000); // 300,000 × 1 ÷ 4
  });

  it("against a target of 0, no achievement, pace or status (not infinity)", () => {
    expect(report(B).kpis.find((k) => k.id === "zero")).toMatchObject({
      target: 0,
      actual: 10,
      achievement: null,
      pace: null,
      status: null,
    });
  });

  it("the bottleneck is in the second stream, at its own deal value", () => {
    const b = report(B).bottleneck;
    expect(b).toMatchObject({ stream: "in", stage: "calls", ratio: 0.5 });
    // 10 deals × (1 − 0.5) = 5 deals × 50,000 = 250,000.
    expect(b?.atStake).toEqual({ deals: 5, kgi: 250_000 });
  });

  it("the bottleneck is the lowest ratio, ties to the earlier stage", () => {
    // out calls 40 → 2 (0.05 ÷ 0.1 = 0.5), appointments 2 → 1 (ratio 1); in 20 → 3 (0.15 ÷ 0.2 = 0.75).
    expect(report([row("2026-04-01", [40, 2, 1], [20, 3])]).bottleneck?.stage).toBe("calls");
    expect(report([row("2026-04-01", [40, 2, 1], [20, 3])]).bottleneck?.stream).toBe("out");
    // Tie: out calls 0.5 as above and in 20 → 2 (0.5): the earlier, out's.
    expect(report([row("2026-04-01", [40, 2, 1], [20, 2])]).bottleneck?.stream).toBe("out");
  });

  it("nothing logged: no actual rate at any stage", () => {
    expect(report([]).funnel.map((f) => f.actualRate)).toEqual([null, null, null, null, null]);
  });
});

describe("status report: as-of on the period's edges", () => {
  const rows = [
    row("2026-04-01", [10, 1, 0], [0, 0], 100_000),
    row("2026-05-05", [10, 1, 0], [0, 0], 50_000),
  ];

  it("as of the first day: one working day elapsed", () => {
    expect(report(rows, "2026-04-01").kgi.targetToDate).toBeCloseTo(1_000_000 / 43, 6);
  });

  it("after the end: every working day elapsed, no more", () => {
    const { kgi } = report(rows, "2026-06-10");
    expect(kgi.targetToDate).toBeCloseTo(1_000_000, 6); // 43 of 43
    expect(kgi.pace).toBeCloseTo(0.15, 12); // 150,000 ÷ 1,000,000
  });

  it("a past period's actuals stop at its end, the current one's at as-of", () => {
    const [april, may] = report(rows, "2026-05-10").periods;
    expect(april?.kgi.actual).toBe(100_000);
    expect(may?.kgi.actual).toBe(50_000);
  });
});

describe("status report: lead time on one stream of two", () => {
  it("only the stream with lead time shows each stage's days ahead, found by stream and stage", () => {
    // "in" has 2 stages: calls fall due ⌈20 × 1 ÷ 1⌉ = 20 days ahead of its deals, deals 0.
    const funnel = report([], "2026-04-10", 20).funnel;
    expect(funnel.map((f) => [f.stream, f.stage, f.leadDays])).toEqual([
      ["out", "calls", undefined],
      ["out", "appointments", undefined],
      ["out", "deals", undefined],
      ["in", "calls", 20],
      ["in", "deals", 0],
    ]);
    expect(funnel.filter((f) => "leadDays" in f).length).toBe(2);
  });

  it("a stage ahead of its deals is due by their schedule, not by the working days elapsed", () => {
    // "in" calls, 20 days ahead: 50 in all. Pipeline at the start: deals due through 04-01 + 19 =
    // 04-20, 14 working days of April's 22 → weight 14 of 43 → ⌈50 × 14 ÷ 43⌉ = ⌈16.28⌉ = 17; in the
    // plan 50 − 17 = 33. As of 04-10 the calls feed deals due through 04-30 (22 working days):
    // 50 × 22 ÷ 43 − 17 = 369 ÷ 43 = 8.581395 due. (By working days elapsed it would be 33 × 8 ÷ 43 = 6.14.)
    const inCalls = report([], "2026-04-10", 20).kpis.find((k) => k.id === "in_calls");
    expect(inCalls?.target).toBe(33);
    expect(inCalls?.targetToDate).toBeCloseTo(8.581395, 5);
  });
});
