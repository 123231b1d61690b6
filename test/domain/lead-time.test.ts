// Lead time (issue 17): stage k of n falls due ⌈L × (n−1−k) ÷ (n−1)⌉ days ahead of its deals; the
// per-period targets follow the deals' schedule shifted by that; what falls before the start is the
// pipeline needed at the start. Expected numbers are worked by hand below.
//
// leadPlan(): every day is a working day, so the deals' weight due by a date is its day count from
// 2026-04-01 (months 30 31 30 31 31 30 31 30 31 31 28 31; running 30 61 91 122 153 183 214 244 275
// 306 334 365). 100 deals, 200 meetings, 400 leads. Lead time 60: leads ⌈60 × 2 ÷ 2⌉ = 60 days
// ahead, meetings ⌈60 × 1 ÷ 2⌉ = 30, deals 0.
//
// Leads: the pipeline at the start covers deals through 04-01 + 59 = 05-30, day 60:
// ⌈400 × 60 ÷ 365⌉ = ⌈65.75⌉ = 66. April's leads feed deals through 04-30 + 60 = 06-29, day 61 + 29 =
// 90: running ⌈400 × 90 ÷ 365⌉ = ⌈98.63⌉ = 99, April = 99 − 66 = 33. May → 07-30, day 121: ⌈132.60⌉ =
// 133, May 34. June → 08-29, day 151: ⌈165.48⌉ = 166 (33). July → 09-29, day 182: ⌈199.45⌉ = 200 (34).
// August → 10-30, day 213: ⌈233.42⌉ = 234 (34). September → 11-29, day 243: ⌈266.30⌉ = 267 (33).
// October → 12-30, day 274: ⌈300.27⌉ = 301 (34). November → 2027-01-29, day 304: ⌈333.15⌉ = 334 (33).
// December → 03-01, day 335: ⌈367.12⌉ = 368 (34). January → 04-01, past the end: 400 (32). February
// and March feed deals after the plan: 0. 66 + 33 + 34 + 33 + 34 + 34 + 33 + 34 + 33 + 34 + 32 = 400.
//
// Meetings: pipeline through 04-30, day 30: ⌈200 × 30 ÷ 365⌉ = ⌈16.44⌉ = 17. April → 05-30, day 60:
// ⌈32.88⌉ = 33, April 16. May → 06-30, day 91: ⌈49.86⌉ = 50, May 17. March → past the end: 0.
// Deals as without lead time: April ⌈100 × 30 ÷ 365⌉ = ⌈8.22⌉ = 9.
//
// Reps Aoki (1) and Baba (3) share the activity in the plan: leads 400 − 66 = 334 → ⌈334 ÷ 4⌉ = 84 and
// 250; meetings 183 → 46 and 137; deals 100 → 25 and 75.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, dayNumber, fromDayNumber } from "../../src/domain/calendar-dates";
import { stageLeadDays } from "../../src/domain/lead-time";
import { type Plan, parsePlan } from "../../src/domain/plan";
import { statusReport } from "../../src/domain/status/report";
import { statusSchema } from "../../src/domain/status/schema";
import { Tally } from "../../src/domain/status/tally";
import { planTargets, stageTargets } from "../../src/domain/targets";
import { leadPlan } from "../fixtures/lead-time";
import { runs } from "../support/sample";

describe("days ahead of the deals", () => {
  it.each([
    [60, 0, 3, 60],
    [60, 1, 3, 30],
    [60, 2, 3, 0],
    [50, 0, 4, 50],
    [50, 1, 4, 34], // ⌈33.33⌉: a day early rather than a day late
    [50, 2, 4, 17], // ⌈16.67⌉
    [45, 1, 3, 23], // ⌈22.5⌉
    [0, 0, 3, 0],
  ])("lead %i, stage %i of %i: %i days", (lead, k, n, want) => {
    expect(stageLeadDays(lead, k, n)).toBe(want);
  });
  it("no lead time: 0 days", () => {
    expect(stageLeadDays(undefined, 0, 3)).toBe(0);
  });
});

describe("targets with a 60-day lead time, by hand", () => {
  const t = planTargets(leadPlan());
  const stage = (id: string) => {
    const s = stageTargets(t, "new", id);
    if (!s) throw new Error(id);
    return s;
  };

  it("leads: the pipeline needed at the start and the months, shifted 60 days", () => {
    const s = stage("leads");
    expect(s.team).toBe(400);
    expect(s.leadDays).toBe(60);
    expect(s.pipelineAtStart).toBe(66);
    expect(s.perPeriod).toEqual([33, 34, 33, 34, 34, 33, 34, 33, 34, 32, 0, 0]);
    expect(s.pipelineAtStart + s.perPeriod.reduce((a, b) => a + b, 0)).toBe(400);
    expect(s.perRep).toEqual([84, 250]);
  });

  it("meetings: shifted 30 days", () => {
    const s = stage("meetings");
    expect(s.leadDays).toBe(30);
    expect(s.pipelineAtStart).toBe(17);
    expect(s.perPeriod.slice(0, 2)).toEqual([16, 17]);
    expect(s.perPeriod.at(-1)).toBe(0);
    expect(s.pipelineAtStart + s.perPeriod.reduce((a, b) => a + b, 0)).toBe(200);
    expect(s.perRep).toEqual([46, 137]);
  });

  it("deals: unchanged", () => {
    const s = stage("won");
    expect(s.leadDays).toBe(0);
    expect(s.pipelineAtStart).toBe(0);
    expect(s.perPeriod[0]).toBe(9);
    expect(s.perRep).toEqual([25, 75]);
  });
});

describe("status with lead time, by hand", () => {
  // As of 2026-04-30 (30 days elapsed). Leads due through 06-29, day 90: 400 × 90 ÷ 365 − 66 =
  // 32.630137 of the 334 in the plan. Meetings through 05-30, day 60: 200 × 60 ÷ 365 − 17 = 15.876712
  // of 183. Deals: 100 × 30 ÷ 365 = 8.219178.
  const r = statusReport({ plan: leadPlan(), tally: new Tally([]), unreadable: [], asOf: "2026-04-30" });
  const kpi = (id: string) => r.kpis.find((k) => k.id === id);

  it("a stage's target is the activity in the plan, its target to date the shifted schedule", () => {
    expect(kpi("leads")?.target).toBe(334);
    expect(kpi("leads")?.targetToDate).toBeCloseTo(32.630137, 5);
    expect(kpi("meetings")?.target).toBe(183);
    expect(kpi("meetings")?.targetToDate).toBeCloseTo(15.876712, 5);
    expect(kpi("won")?.target).toBe(100);
    expect(kpi("won")?.targetToDate).toBeCloseTo(8.219178, 5);
  });

  it("a rep's target to date follows the same share", () => {
    const aoki = r.reps[0]?.kpis.find((k) => k.id === "leads");
    expect(aoki?.target).toBe(84);
    expect(aoki?.targetToDate).toBeCloseTo((84 * 32.630137) / 334, 5);
  });

  it("periods and funnel: the shifted targets and the pipeline at the start", () => {
    const april = r.periods[0]?.stages.map((s) => [s.stage, s.target]);
    expect(april).toEqual([
      ["leads", 33],
      ["meetings", 16],
      ["won", 9],
    ]);
    expect(r.funnel.map((f) => [f.stage, f.leadDays, f.pipelineAtStart])).toEqual([
      ["leads", 60, 66],
      ["meetings", 30, 17],
      ["won", 0, 0],
    ]);
    expect(statusSchema.safeParse(r).success).toBe(true);
  });

  it("before the start nothing of the plan is due yet; at the end all of it", () => {
    const before = statusReport({
      plan: leadPlan(),
      tally: new Tally([]),
      unreadable: [],
      asOf: "2026-03-01",
    });
    expect(before.kpis.find((k) => k.id === "leads")?.targetToDate).toBe(0);
    const end = statusReport({ plan: leadPlan(), tally: new Tally([]), unreadable: [], asOf: "2027-03-31" });
    expect(end.kpis.find((k) => k.id === "leads")?.targetToDate).toBeCloseTo(334, 9);
  });
});

/** Random valid plans with a lead time: any start, months or weeks, seasonality or not. */
const leadPlans = fc
  .record({
    start: fc.integer({ min: dayNumber("2025-01-01"), max: dayNumber("2027-12-31") }).map(fromDayNumber),
    days: fc.integer({ min: 20, max: 400 }),
    granularity: fc.constantFrom("month" as const, "week" as const),
    lead: fc.integer({ min: 0, max: 200 }),
    rates: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 }),
    target: fc.integer({ min: 1, max: 500_000_000 }),
    dealValue: fc.integer({ min: 1_000, max: 5_000_000 }),
    workdays: fc.constantFrom([1, 2, 3, 4, 5], [1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6, 7]),
    seasonal: fc.boolean(),
    locale: fc.constantFrom("ja" as const, "en" as const),
  })
  .map((x): Plan => {
    const end = addDays(x.start, x.days);
    const base: Plan = {
      ...leadPlan(),
      locale: x.locale,
      kgi: { name: "Revenue", target: x.target, unit: "JPY" },
      period: { start: x.start, end, granularity: x.granularity },
      calendar: { workdays: [...x.workdays] },
      streams: [
        {
          id: "s",
          name: "S",
          share: 1,
          dealValue: x.dealValue,
          leadTimeDays: x.lead,
          stages: [
            ...x.rates.map((r, i) => ({ id: `g${i}`, name: `G${i}`, rate: r / 100 })),
            { id: "won", name: "Won" },
          ],
        },
      ],
      kpis: [],
    };
    if (!x.seasonal) return base;
    const n = planTargets(base).periods.length;
    return { ...base, seasonality: Array.from({ length: n }, (_, i) => ((i * 7) % 5) + 0.5) };
  });

describe("targets + pipeline at the start = the required total (property)", () => {
  it("for random plans", () => {
    fc.assert(
      fc.property(leadPlans, (plan) => {
        expect(parsePlan(plan).ok).toBe(true);
        const t = planTargets(plan);
        for (const s of t.stages) {
          const periods = s.perPeriod.reduce((a, b) => a + b, 0);
          expect(s.pipelineAtStart + periods).toBe(s.team);
          expect(s.perRep.reduce((a, b) => a + b, 0)).toBe(s.team - s.pipelineAtStart);
          expect(s.pipelineAtStart).toBeGreaterThanOrEqual(0);
          for (const p of s.perPeriod) expect(p).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: runs(150, 2000) },
    );
  });

  it("a lead time of 0 changes nothing", () => {
    fc.assert(
      fc.property(leadPlans, (plan) => {
        const zero = structuredClone(plan);
        const without = structuredClone(plan);
        for (const s of zero.streams) s.leadTimeDays = 0;
        for (const s of without.streams) delete s.leadTimeDays;
        expect(planTargets(zero)).toEqual(planTargets(without));
      }),
      { numRuns: runs(50, 500) },
    );
  });
});
