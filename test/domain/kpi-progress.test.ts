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
