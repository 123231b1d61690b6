import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MetricError } from "../../src/domain/metrics";
import { cacPayback, customerChurnRate, grr, ltv, mrrMovement, nrr, quickRatio } from "../../src/domain/saas";

function expectMetricError(fn: () => unknown, metric: string, argument: string, problem: string) {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(MetricError);
  expect(caught).toMatchObject({ metric, argument, problem });
}

const money = fc.integer({ min: 0, max: 10_000_000 });
const positiveMoney = fc.integer({ min: 1, max: 10_000_000 });

describe("mrrMovement", () => {
  it.each([
    // end = start + new + expansion − contraction − churned; net = end − start
    [{ start: 1000, newMrr: 200, expansion: 100, contraction: 50, churned: 150 }, 1100, 100],
    [{ start: 1000, newMrr: 0, expansion: 0, contraction: 100, churned: 200 }, 700, -300],
    [{ start: 0, newMrr: 500, expansion: 0, contraction: 0, churned: 0 }, 500, 500], // first month
  ])("%o → end %d, net %d", (input, end, net) => {
    expect(mrrMovement(input)).toEqual({ end, net });
  });

  it("rejects negative movements", () => {
    const base = { start: 1000, newMrr: 0, expansion: 0, contraction: 0, churned: 0 };
    expectMetricError(() => mrrMovement({ ...base, churned: -1 }), "mrrMovement", "churned", "negative");
    expectMetricError(() => mrrMovement({ ...base, start: -5 }), "mrrMovement", "start", "negative");
  });
});

describe("churn and retention", () => {
  it.each([
    [5, 200, 0.025], // 5/200
    [0, 80, 0],
    [30, 120, 0.25],
  ])("customerChurnRate(%d lost, %d at start) = %d", (lost, atStart, expected) => {
    expect(customerChurnRate(lost, atStart)).toBeCloseTo(expected, 12);
  });

  it.each([
    // nrr = (start + exp − contr − churn) / start; grr = (start − contr − churn) / start
    [1000, 100, 50, 150, 0.9, 0.8], // 900/1000; 800/1000
    [1000, 300, 50, 50, 1.2, 0.9], // 1200/1000; 900/1000
    [500, 0, 0, 0, 1, 1],
    [400, 0, 100, 300, 0, 0], // everyone left
  ])("start %d, expansion %d, contraction %d, churned %d → NRR %d, GRR %d", (s, e, c, ch, n, g) => {
    expect(nrr(s, e, c, ch)).toBeCloseTo(n, 12);
    expect(grr(s, c, ch)).toBeCloseTo(g, 12);
  });

  it("throws for nothing at the start and for negative inputs", () => {
    expectMetricError(() => customerChurnRate(0, 0), "customerChurnRate", "atStart", "zero");
    expectMetricError(() => customerChurnRate(-1, 10), "customerChurnRate", "lost", "negative");
    expectMetricError(() => nrr(0, 10, 0, 0), "nrr", "startMrr", "zero");
    expectMetricError(() => nrr(100, -10, 0, 0), "nrr", "expansion", "negative");
    expectMetricError(() => grr(0, 0, 0), "grr", "startMrr", "zero");
    expectMetricError(() => grr(1000, -1, 0), "grr", "contraction", "negative");
  });

  it("property: GRR ≤ NRR, and NRR is the bridge without new MRR", () => {
    fc.assert(
      fc.property(positiveMoney, money, money, money, (start, expansion, contraction, churned) => {
        expect(grr(start, contraction, churned)).toBeLessThanOrEqual(
          nrr(start, expansion, contraction, churned),
        );
        const { end } = mrrMovement({ start, newMrr: 0, expansion, contraction, churned });
        expect(nrr(start, expansion, contraction, churned)).toBeCloseTo(end / start, 12);
      }),
    );
  });
});

describe("unit economics", () => {
  it.each([
    // ltv = arpa × margin / churn
    [10_000, 0.02, undefined, 500_000], // 10,000 / 0.02
    [10_000, 0.02, 0.8, 400_000], // 8,000 / 0.02
    [3_000, 1, 0.5, 1_500], // everyone leaves after a month
  ])("ltv(arpa %d, churn %d, margin %s) = %d", (arpa, churn, margin, expected) => {
    expect(ltv(arpa, churn, margin)).toBeCloseTo(expected, 6);
  });

  it.each([
    // cacPayback = cac / (arpa × margin), in months
    [120_000, 10_000, undefined, 12], // 120,000 / 10,000
    [120_000, 10_000, 0.8, 15], // 120,000 / 8,000
    [0, 5_000, 0.7, 0],
  ])("cacPayback(cac %d, arpa %d, margin %s) = %d months", (cac, arpa, margin, expected) => {
    expect(cacPayback(cac, arpa, margin)).toBeCloseTo(expected, 9);
  });

  it("throws for zero divisors and rates outside (0, 1]", () => {
    expectMetricError(() => ltv(100, 0), "ltv", "churnRate", "zero");
    expectMetricError(() => ltv(100, 1.5), "ltv", "churnRate", "range");
    expectMetricError(() => ltv(100, -0.1), "ltv", "churnRate", "range");
    expectMetricError(() => ltv(100, 0.1, 0), "ltv", "grossMargin", "range");
    expectMetricError(() => ltv(100, 0.1, 80), "ltv", "grossMargin", "range");
    expectMetricError(() => ltv(-1, 0.1), "ltv", "arpa", "negative");
    expectMetricError(() => cacPayback(100, 0), "cacPayback", "arpa", "zero");
    expectMetricError(() => cacPayback(100, 10, 0), "cacPayback", "grossMargin", "zero");
    expectMetricError(() => cacPayback(100, 10, 1.2), "cacPayback", "grossMargin", "range");
    expectMetricError(() => cacPayback(-100, 10), "cacPayback", "cac", "negative");
  });

  it("names the rate and what is allowed in the message", () => {
    expect(() => ltv(100, 5)).toThrow(/ltv: churnRate must be a fraction above 0 and at most 1 \(got 5\)/);
    expect(() => cacPayback(100, 0)).toThrow("cacPayback: arpa must not be 0");
  });
});

describe("quickRatio", () => {
  it.each([
    // (new + expansion) / (contraction + churned)
    [200, 100, 50, 25, 4], // 300 / 75
    [100, 0, 0, 50, 2], // 100 / 50
    [0, 0, 10, 10, 0],
  ])("quickRatio(%d, %d, %d, %d) = %d", (n, e, c, ch, expected) => {
    expect(quickRatio(n, e, c, ch)).toBeCloseTo(expected, 12);
  });

  it("throws when nothing was lost, naming both arguments", () => {
    expectMetricError(() => quickRatio(100, 10, 0, 0), "quickRatio", "contraction + churned", "zero");
    expectMetricError(() => quickRatio(100, 10, 0, -1), "quickRatio", "churned", "negative");
  });

  it("property: above 1 exactly when MRR grew", () => {
    fc.assert(
      fc.property(money, money, money, positiveMoney, (newMrr, expansion, contraction, churned) => {
        const { net } = mrrMovement({ start: 1000, newMrr, expansion, contraction, churned });
        expect(quickRatio(newMrr, expansion, contraction, churned) > 1).toBe(net > 0);
      }),
    );
  });
});

describe("a negative amount names its argument", () => {
  const b = { start: 100, newMrr: 0, expansion: 0, contraction: 0, churned: 0 };
  it.each<[string, () => unknown]>([
    ["mrrMovement: newMrr must not be negative", () => mrrMovement({ ...b, newMrr: -1 })],
    ["mrrMovement: expansion must not be negative", () => mrrMovement({ ...b, expansion: -1 })],
    ["mrrMovement: contraction must not be negative", () => mrrMovement({ ...b, contraction: -1 })],
    ["customerChurnRate: atStart must not be negative", () => customerChurnRate(1, -1)],
    ["nrr: startMrr must not be negative", () => nrr(-1, 0, 0, 0)],
    ["nrr: contraction must not be negative", () => nrr(100, 0, -1, 0)],
    ["nrr: churned must not be negative", () => nrr(100, 0, 0, -1)],
    ["grr: startMrr must not be negative", () => grr(-1, 0, 0)],
    ["grr: churned must not be negative", () => grr(100, 0, -1)],
    ["cacPayback: arpa must not be negative", () => cacPayback(100, -1)],
    ["quickRatio: newMrr must not be negative", () => quickRatio(-1, 0, 1, 0)],
    ["quickRatio: expansion must not be negative", () => quickRatio(0, -1, 1, 0)],
    ["quickRatio: contraction must not be negative", () => quickRatio(1, 0, -1, 2)],
  ])("%s", (message, fn) => {
    expect(fn).toThrow(message);
  });
});
