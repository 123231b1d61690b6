// The measures of a dashboard row, evaluated from the one table the dashboard renders, equal the
// domain's metrics (BRIEF §3.3) written independently in metrics.ts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultAggregate, progress } from "../../src/domain/kpi-progress";
import { achievement, forecast, gap, pace, runRate } from "../../src/domain/metrics";

const near = (a: number | null, b: number) =>
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

describe("kpi progress", () => {
  it("defaults: % and the conversion tier are levels, everything else a total", () => {
    expect(defaultAggregate("%", "outcome")).toBe("average");
    expect(defaultAggregate(" ％ ", "activity")).toBe("average");
    expect(defaultAggregate(undefined, "conversion")).toBe("average");
    expect(defaultAggregate("JPY", "outcome")).toBe("sum");
    expect(defaultAggregate("days", "outcome")).toBe("sum");
  });

  it("running and level rows equal the metrics, either direction", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 20_000 }),
        fc
          .integer({ min: 1, max: 250 })
          .chain((total) => fc.tuple(fc.constant(total), fc.integer({ min: 1, max: total }))),
        fc.constantFrom("higher" as const, "lower" as const),
        (target, actual, [total, elapsed], direction) => {
          const remaining = total - elapsed;
          const inputs = { target, actual, elapsed, total, remaining };
          const run = progress("running", direction, inputs);
          near(run.targetToDate, (target * elapsed) / total);
          near(run.achievement, achievement(actual, target, direction));
          near(run.pace, pace(actual, target, elapsed, total));
          near(run.forecast, forecast(actual, elapsed, total));
          near(run.gap, gap(actual, target, direction));
          if (direction === "lower") expect(run.runRate).toBeNull();
          else if (remaining > 0 || actual >= target) near(run.runRate, runRate(actual, target, remaining));
          else expect(run.runRate).toBeNull(); // unmet with no day left: the sheet shows blank
          const level = progress("level", direction, inputs);
          expect([level.pace, level.forecast, level.runRate]).toEqual([null, null, null]);
          expect(level.targetToDate).toBe(target);
          near(level.achievement, achievement(actual, target, direction));
          near(level.gap, gap(actual, target, direction));
          near(level.status, achievement(actual, target, direction));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("progress at its edges, by hand", () => {
  const base = { target: 100, actual: 30, elapsed: 5, total: 20, remaining: 15 };
  it("with a lead-time share due, the target to date is target × share: 100 × 0.5 = 50 (not 100 × 5 ÷ 20)", () => {
    expect(progress("running", "higher", { ...base, dueShare: 0.5 }).targetToDate).toBe(50);
    expect(progress("running", "higher", base).targetToDate).toBe(25);
  });
  it("met with no day left: run rate 0, not 0 ÷ 0", () => {
    expect(progress("running", "higher", { ...base, actual: 120, elapsed: 20, remaining: 0 }).runRate).toBe(
      0,
    );
  });
  it("a limit's status is what is left of it to date: 1 + (50 − 30) ÷ 50 = 1.4", () => {
    const p = progress("running", "lower", { ...base, elapsed: 10, remaining: 10 });
    expect(p.status).toBeCloseTo(1.4, 12);
  });
  it("no day gone yet: no forecast (actual × total ÷ 0 is null)", () => {
    expect(progress("running", "higher", { ...base, elapsed: 0, remaining: 20 }).forecast).toBeNull();
  });
});
