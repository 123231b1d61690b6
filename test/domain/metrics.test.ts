import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { WorkCalendar } from "../../src/domain/calendar";
import {
  achievement,
  bottleneck,
  conversion,
  forecast,
  gap,
  MetricError,
  pace,
  runRate,
  salesVelocity,
  timeProgress,
} from "../../src/domain/metrics";

/** Expects fn to throw a MetricError naming this metric and argument. */
function expectMetricError(fn: () => unknown, metric: string, argument: string, problem = "zero") {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(MetricError);
  expect(caught).toBeInstanceOf(Error);
  expect(caught).toMatchObject({ metric, argument, problem });
  expect((caught as Error).message).toContain(argument);
}

const amount = fc.integer({ min: 0, max: 1_000_000 });
const positive = fc.integer({ min: 1, max: 1_000_000 });
const direction = fc.constantFrom("higher" as const, "lower" as const);

describe("achievement and gap", () => {
  it.each([
    // higher: actual ÷ target; lower: 1 + (target − actual) ÷ target
    [80, 100, "higher", 0.8, 20], // 80/100; gap 100−80
    [120, 100, "higher", 1.2, 0], // 120/100; over target, no gap
    [100, 100, "higher", 1, 0],
    [0, 50, "higher", 0, 50],
    [80, 100, "lower", 1.2, 0], // 1 + 20/100; under the limit, no gap
    [120, 100, "lower", 0.8, 20], // 1 + (−20)/100; gap 120−100
    [100, 100, "lower", 1, 0],
    [0, 50, "lower", 2, 0], // 1 + 50/50
  ] as const)("actual %d, target %d, %s → %d, gap %d", (actual, target, dir, ach, g) => {
    expect(achievement(actual, target, dir)).toBeCloseTo(ach, 12);
    expect(gap(actual, target, dir)).toBe(g);
  });

  it("throws for a zero target in either direction; gap does not divide", () => {
    expectMetricError(() => achievement(5, 0, "higher"), "achievement", "target");
    expectMetricError(() => achievement(5, -0, "lower"), "achievement", "target");
    expect(gap(5, 0, "higher")).toBe(0);
    expect(gap(5, 0, "lower")).toBe(5);
  });

  it("property: achievement ≥ 1 exactly when the gap is 0, both directions", () => {
    fc.assert(
      fc.property(amount, positive, direction, (actual, target, dir) => {
        expect(achievement(actual, target, dir) >= 1).toBe(gap(actual, target, dir) === 0);
      }),
    );
  });

  it("property: the two directions mirror each other around 1", () => {
    fc.assert(
      fc.property(amount, positive, (actual, target) => {
        // higher − 1 = (a − t)/t and lower − 1 = (t − a)/t
        const higher = achievement(actual, target, "higher");
        const lower = achievement(actual, target, "lower");
        expect(higher + lower).toBeCloseTo(2, 9);
      }),
    );
  });
});

describe("forecast, pace and run rate", () => {
  it.each([
    // forecast = actual × total ÷ elapsed; pace = actual ÷ (target × elapsed ÷ total)
    [30, 100, 10, 20, 60, 0.6], // 30×20/10 = 60; 30/(100×10/20 = 50) = 0.6
    [60, 100, 10, 20, 120, 1.2], // 60×20/10 = 120; 60/50 = 1.2
    [7, 49, 3, 21, 49, 1], // 7×21/3 = 49; 7/(49×3/21 = 7) = 1
    [0, 10, 5, 20, 0, 0],
    [11, 200, 11, 21, 21, 0.105], // 11×21/11 = 21; 11/(200×11/21) = 21/200
  ])("actual %d, target %d, %d of %d days → forecast %d, pace %d", (a, t, e, total, f, p) => {
    expect(forecast(a, e, total)).toBeCloseTo(f, 9);
    expect(pace(a, t, e, total)).toBeCloseTo(p, 12);
  });

  it.each([
    // max(target − actual, 0) ÷ remaining
    [60, 100, 8, 5], // 40/8
    [99, 100, 4, 0.25], // 1/4
    [120, 100, 8, 0], // target met
    [100, 100, 0, 0], // met on the last day: nothing left to do, no division
    [150, 100, 0, 0],
  ])("run rate for actual %d, target %d, %d days left → %d", (a, t, r, expected) => {
    expect(runRate(a, t, r)).toBe(expected);
  });

  it("throws when there is nothing to divide by", () => {
    expectMetricError(() => forecast(10, 0, 20), "forecast", "elapsed");
    expectMetricError(() => pace(10, 0, 5, 20), "pace", "target");
    expectMetricError(() => pace(10, 100, 0, 20), "pace", "elapsed");
    expectMetricError(() => pace(10, 100, 5, 0), "pace", "total");
    expectMetricError(() => runRate(99, 100, 0), "runRate", "remaining");
    expectMetricError(() => conversion(0, 3), "conversion", "from");
    expectMetricError(() => salesVelocity(10, 0.2, 1000, 0), "salesVelocity", "cycleDays");
  });

  it("property: forecast reaches the target exactly when pace ≥ 1", () => {
    const days = fc
      .integer({ min: 1, max: 260 })
      .chain((total) => fc.tuple(fc.integer({ min: 1, max: total }), fc.constant(total)));
    fc.assert(
      fc.property(amount, positive, days, (actual, target, [elapsed, total]) => {
        expect(forecast(actual, elapsed, total) >= target).toBe(pace(actual, target, elapsed, total) >= 1);
      }),
    );
  });

  it("property: the run rate over the remaining days closes the gap", () => {
    fc.assert(
      fc.property(amount, positive, fc.integer({ min: 1, max: 260 }), (actual, target, remaining) => {
        const perDay = runRate(actual, target, remaining);
        expect(perDay).toBeGreaterThanOrEqual(0);
        expect(perDay * remaining).toBeCloseTo(gap(actual, target, "higher"), 6);
      }),
    );
  });
});

describe("conversion and sales velocity", () => {
  it.each([
    [400, 100, 0.25], // 100/400
    [3, 1, 1 / 3],
    [50, 0, 0],
  ])("conversion %d → %d = %d", (from, to, expected) => {
    expect(conversion(from, to)).toBeCloseTo(expected, 12);
  });

  it.each([
    [50, 0.2, 1_000_000, 40, 250_000], // 50 × 0.2 × 1,000,000 = 10,000,000; ÷ 40
    [12, 0.25, 300_000, 30, 30_000], // 12 × 0.25 × 300,000 = 900,000; ÷ 30
  ])("velocity of %d opportunities at %d win rate, %d deals, %d days = %d", (o, w, d, c, v) => {
    expect(salesVelocity(o, w, d, c)).toBeCloseTo(v, 6);
  });
});

describe("timeProgress", () => {
  // April 2026 starts on a Wednesday: Mon–Fri gives 3 + 5 + 5 + 5 + 4 = 22 days; 04-29 is 昭和の日.
  const cal: WorkCalendar = { workdays: [1, 2, 3, 4, 5], holidays: ["2026-04-29"] };
  const progress = (asOf: string) => timeProgress("2026-04-01", "2026-04-30", asOf, cal);

  it.each([
    ["2026-03-20", 0, 21], // before the period: nothing elapsed
    ["2026-04-01", 1, 20], // as_of is inclusive
    ["2026-04-04", 3, 18], // a Saturday: Wed, Thu, Fri
    ["2026-04-15", 11, 10], // 3 + 5 + 3 (Mon 13 – Wed 15)
    ["2026-04-29", 20, 1], // 3 + 5 + 5 + 5 + Mon 27, Tue 28 = 20; the holiday adds nothing
    ["2026-04-30", 21, 0],
    ["2026-06-01", 21, 0], // after the period: clamped to its end
  ])("as of %s: %d elapsed, %d remaining of 21", (asOf, elapsed, remaining) => {
    expect(progress(asOf)).toEqual({ elapsed, total: 21, remaining });
  });

  it("property: elapsed grows with as_of and elapsed + remaining = total", () => {
    const day = fc.integer({ min: 0, max: 90 }).map((n) => new Date(Date.UTC(2026, 2, 1 + n)));
    const iso = day.map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(iso, iso, (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const p = progress(early);
        const q = progress(late);
        expect(p.elapsed + p.remaining).toBe(p.total);
        expect(p.elapsed).toBeGreaterThanOrEqual(0);
        expect(p.elapsed).toBeLessThanOrEqual(q.elapsed);
        expect(q.elapsed).toBeLessThanOrEqual(q.total);
      }),
    );
  });
});

describe("bottleneck", () => {
  // calls → appointments → meetings → deals, deal value 1,000,000.
  const funnel = [
    { name: "Calls", plannedRate: 0.1, actualRate: 0.08, count: 400 }, // 0.08/0.1 = 0.8
    { name: "Appointments", plannedRate: 0.5, actualRate: 0.3, count: 40 }, // 0.3/0.5 = 0.6
    { name: "Meetings", plannedRate: 0.25, actualRate: 0.25, count: 12 }, // 1
  ];
  // Value of one unit at the next stage: appointment 0.5 × 0.25 × 1e6, meeting 0.25 × 1e6, deal 1e6.
  const downstreamValue = [125_000, 250_000, 1_000_000];

  it("finds the stage furthest below plan", () => {
    const found = bottleneck(funnel);
    expect(found).toMatchObject({ index: 1, name: "Appointments" });
    expect(found?.ratio).toBeCloseTo(0.6, 12);
    expect(found).not.toHaveProperty("valueLost");
  });

  it("values the shortfall at the end of the funnel", () => {
    // 40 appointments × (0.5 − 0.3) = 8 meetings lost × 250,000 = 2,000,000
    expect(bottleneck(funnel, { downstreamValue })?.valueLost).toBeCloseTo(2_000_000, 4);
    // without a count, per appointment: 0.2 × 250,000 = 50,000
    const perUnit = funnel.map(({ count: _, ...rest }) => rest);
    expect(bottleneck(perUnit, { downstreamValue })?.valueLost).toBeCloseTo(50_000, 6);
  });

  it("loses nothing when every stage is at or above plan", () => {
    const ahead = [
      { name: "A", plannedRate: 0.2, actualRate: 0.3, count: 10 }, // 1.5
      { name: "B", plannedRate: 0.5, actualRate: 0.6, count: 3 }, // 1.2
    ];
    expect(bottleneck(ahead, { downstreamValue: [10, 20] })).toMatchObject({ index: 1, valueLost: 0 });
  });

  it("breaks ties toward the earlier stage, at spreadsheet precision", () => {
    // 0.07 / 0.1 is 0.7000000000000001 in binary but 0.7 in a sheet: a tie with 0.7 / 1.
    const tied = [
      { name: "A", plannedRate: 0.1, actualRate: 0.07 },
      { name: "B", plannedRate: 1, actualRate: 0.7 },
    ];
    expect(bottleneck(tied)?.name).toBe("A");
    expect(bottleneck([...tied].reverse())?.name).toBe("B");
  });

  it("returns null for no stages and throws for a zero planned rate or a short value list", () => {
    expect(bottleneck([])).toBeNull();
    const zero = [funnel[0] as (typeof funnel)[0], { name: "X", plannedRate: 0, actualRate: 0.1 }];
    expectMetricError(() => bottleneck(zero), "bottleneck", "stages[1].plannedRate");
    expectMetricError(
      () => bottleneck(funnel, { downstreamValue: [1, 2] }),
      "bottleneck",
      "downstreamValue",
      "range",
    );
  });

  it("property: no stage has a lower ratio than the one found", () => {
    const rate = fc.double({ min: 0.01, max: 1, noNaN: true });
    const stage = fc.record({ name: fc.string(), plannedRate: rate, actualRate: rate });
    fc.assert(
      fc.property(fc.array(stage, { minLength: 1, maxLength: 8 }), (stages) => {
        const found = bottleneck(stages);
        if (!found) throw new Error("expected a bottleneck");
        for (const s of stages)
          expect(s.actualRate / s.plannedRate).toBeGreaterThanOrEqual(found.ratio - 1e-12);
        expect(stages[found.index]?.name).toBe(found.name);
      }),
    );
  });
});

describe("MetricError messages", () => {
  it("say what is wrong with the argument, by problem", () => {
    expect(new MetricError("m", "x").message).toBe("m: x must not be 0 (division by zero)");
    expect(new MetricError("m", "x", "negative").message).toBe("m: x must not be negative");
    expect(new MetricError("m", "x", "range").message).toBe("m: x is out of range");
    expect(new MetricError("m", "x").name).toBe("MetricError");
  });

  it("bottleneck: one downstream value per stage, else both counts in the message", () => {
    const stages = [
      { name: "a", plannedRate: 0.5, actualRate: 0.4 },
      { name: "b", plannedRate: 0.5, actualRate: 0.4 },
    ];
    expect(() => bottleneck(stages, { downstreamValue: [1] })).toThrow(
      "bottleneck: downstreamValue must have one value per stage: 2 (got 1)",
    );
  });
});
