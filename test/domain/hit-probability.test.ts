// The chance of reaching the KGI: Student's t checked against its closed forms, the model against
// sums worked by hand, and the whole against simulated teams (is a 30% forecast right 30% of the time?).
import { describe, expect, it } from "vitest";
import { hitProbability } from "../../src/domain/hit-probability";
import { studentTCdf } from "../../src/domain/student-t";
import { calibration, TEAMS } from "../../src/local/bench/hit-calibration";

// Closed forms of the t CDF for 1, 2 and 4 degrees of freedom (textbook; none shares our code).
const t1 = (t: number) => 0.5 + Math.atan(t) / Math.PI;
const t2 = (t: number) => 0.5 + t / (2 * Math.sqrt(2 + t * t));
const t4 = (t: number) => {
  const x = t / Math.sqrt(4 + t * t);
  return 0.5 + 0.75 * x * (1 - (x * x) / 3);
};

describe("studentTCdf", () => {
  it.each([-30, -4, -2, -0.5, 0, 0.3, 1, 2.132, 7, 50])("equals the closed forms at t = %s", (t) => {
    expect(studentTCdf(t, 1)).toBeCloseTo(t1(t), 12);
    expect(studentTCdf(t, 2)).toBeCloseTo(t2(t), 12);
    expect(studentTCdf(t, 4)).toBeCloseTo(t4(t), 12);
  });

  it("gives the table's quantiles and tends to the normal", () => {
    // t tables: t(0.95; 4) = 2.132, t(0.975; 29) = 2.045, t(0.99; 120) = 2.358
    expect(studentTCdf(2.131847, 4)).toBeCloseTo(0.95, 6);
    expect(studentTCdf(2.04523, 29)).toBeCloseTo(0.975, 5);
    expect(studentTCdf(2.357825, 120)).toBeCloseTo(0.99, 6);
    expect(studentTCdf(1.959964, 1e7)).toBeCloseTo(0.975, 6);
  });

  it("refuses a degree of freedom that is not positive", () => {
    expect(() => studentTCdf(1, 0)).toThrow(RangeError);
  });
});

describe("hitProbability", () => {
  const week = [10, 12, 8, 11, 9]; // sum 50, mean 10, s² = (0 + 4 + 4 + 1 + 1) ÷ 4 = 2.5

  it("is the t tail of the shortfall over the days' spread and the doubt about their mean", () => {
    // 5 days left, target 110: (110 − 50 − 5·10) ÷ (√2.5·√(5 + 5²/5)) = 10 ÷ 5 = 2 → P(T₄ > 2)
    expect(hitProbability(110, week, 5)).toBeCloseTo(1 - t4(2), 12);
    // target 100: the average day lands exactly on it → one half
    expect(hitProbability(100, week, 5)).toBeCloseTo(0.5, 12);
    // 20 days left, target 230: (230 − 50 − 200) ÷ (√2.5·√(20 + 400/5)) = −20 ÷ √250 → P(T₄ > −1.2649)
    expect(hitProbability(230, week, 20)).toBeCloseTo(1 - t4(-20 / Math.sqrt(250)), 12);
  });

  it("leaving out the doubt about the mean would be more confident (the m²/n term counts)", () => {
    const withoutDoubt = 1 - t4((230 - 50 - 200) / Math.sqrt(2.5 * 20));
    expect(withoutDoubt).toBeGreaterThan(hitProbability(230, week, 20) as number);
  });

  it("is 1 once the target is reached, even before 5 days", () => {
    expect(hitProbability(50, week, 5)).toBe(1);
    expect(hitProbability(20, [25], 100)).toBe(1);
  });

  it("has nothing to say below 5 elapsed days", () => {
    expect(hitProbability(110, [10, 12, 8, 11], 5)).toBeNull();
    expect(hitProbability(110, [], 5)).toBeNull();
  });

  it("is 0 when no day is left short of the target", () => {
    expect(hitProbability(110, week, 0)).toBe(0);
  });

  it("tends to the mean's own t for a huge number of days, without m² overflowing", () => {
    // m = 1e300: (110 − 50 − 10m) ÷ (√2.5·√(m + m²/5)) → −10m ÷ (√2.5·m/√5) = −10·√2 = −14.142 as
    // m grows (110 − 50 and the m term are lost next to m²/5); m² alone would be Infinity (t = −0, ½).
    expect(hitProbability(110, week, 1e300)).toBeCloseTo(1 - t4(-10 * Math.SQRT2), 12);
    // the largest number a cell holds: the sum of the days ahead overflows to −Infinity, P(T > −∞) = 1
    expect(hitProbability(110, week, Number.MAX_VALUE)).toBe(1);
  });

  it("projects exactly when every day is the same", () => {
    expect(hitProbability(100, [10, 10, 10, 10, 10], 5)).toBe(1);
    expect(hitProbability(100.5, [10, 10, 10, 10, 10], 5)).toBe(0);
    expect(hitProbability(1, [0, 0, 0, 0, 0], 200)).toBe(0);
  });

  it("grows with what the days bring and falls with the target", () => {
    const base = hitProbability(130, week, 8) as number;
    expect(
      hitProbability(
        130,
        week.map((x) => x + 1),
        8,
      ),
    ).toBeGreaterThan(base);
    expect(hitProbability(140, week, 8)).toBeLessThan(base);
    expect(hitProbability(130, week, 9)).toBeGreaterThan(base);
  });
});

describe("calibration on simulated teams", () => {
  // 20,000 teams (see src/local/bench/hit-calibration.ts): deal rates 1–6 a working day, deal values
  // lognormal (σ 0.7), targets missing the truth by a lognormal σ 0.3, periods of 60, 120 or 240
  // working days, as-of anywhere from the 5th day. Bins of ≥ 100 teams hold ~300+, so sampling alone
  // moves a bin's share by ~0.03: the 0.08 bound is not met by luck.
  const c = calibration({ ...TEAMS, teams: 20_000 });

  it("reaches the target as often as it says, in every bin of 100 teams or more", () => {
    const full = c.bins.filter((b) => b.teams >= 100);
    expect(full.length).toBeGreaterThanOrEqual(8);
    for (const b of full) expect(Math.abs(b.reached - b.meanPrediction), `bin ${b.from}`).toBeLessThan(0.08);
  });

  it("scores better than the pace alone and than the base rate (Brier)", () => {
    expect(c.brier.model).toBeLessThan(c.brier.paceOnly);
    expect(c.brier.model).toBeLessThan(c.brier.baseRate);
  });

  it("would fail a model that forgets the doubt about the mean", () => {
    const overconfident = (target: number, daily: readonly number[], remaining: number) => {
      const n = daily.length;
      const sum = daily.reduce((a, b) => a + b, 0);
      if (sum >= target) return 1;
      const mean = sum / n;
      const sd = Math.sqrt(daily.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
      return 1 - studentTCdf((target - sum - remaining * mean) / (sd * Math.sqrt(remaining)), n - 1);
    };
    const wrong = calibration({ ...TEAMS, teams: 20_000 }, overconfident);
    const worst = Math.max(
      ...wrong.bins.filter((b) => b.teams >= 100).map((b) => Math.abs(b.reached - b.meanPrediction)),
    );
    expect(worst).toBeGreaterThan(0.08);
  });
});

describe("no days left", () => {
  it("a negative remainder counts as none: the target is missed (0)", () => {
    // 5 days of 1, 2, 3, 4, 5 = 15 of 100; no day left
    expect(hitProbability(100, [1, 2, 3, 4, 5], -1)).toBe(0);
    expect(hitProbability(100, [1, 2, 3, 4, 5], 0)).toBe(0);
  });
});
