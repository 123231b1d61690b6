// The interval of an observed conversion rate (src/domain/conversion-range.ts). Expected values come
// from Python's statistics.NormalDist (an implementation that shares nothing with ours) and the
// formulas written out here; coverage from simulated binomial counts against the exact
// (Clopper–Pearson) interval, computed below by bisection on the binomial tail.
import { describe, expect, it } from "vitest";
import { conversionRange, normalQuantile } from "../../src/domain/conversion-range";

describe("normalQuantile", () => {
  it.each([
    [0.5, 0],
    [0.95, 1.6448536269514715],
    [0.975, 1.959963984540054],
    [0.001, -3.090232306167813],
    [0.999, 3.090232306167813],
  ])("Φ⁻¹(%f) = %f", (p, z) => {
    expect(Math.abs(normalQuantile(p) - z)).toBeLessThan(5e-9);
  });
  it("refuses 0 and 1", () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1.5)).toThrow("normalQuantile: p must be between 0 and 1 (got 1.5)");
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe("conversionRange", () => {
  // z = Φ⁻¹(0.95) = 1.64485; Wilson: centre (x + z²/2) ÷ (n + z²), half z·√(x(n−x)/n + z²/4) ÷ (n + z²).
  it("10 of 100 at 90%: Wilson's 6.07%–16.04% around 10%", () => {
    const r = conversionRange(100, 10);
    expect(r?.rate).toBe(0.1);
    expect(r?.low).toBeCloseTo(0.06071866701544725, 8);
    expect(r?.high).toBeCloseTo(0.1603555096110922, 8);
  });
  it("at 95% (z = 1.95996) the interval widens to 5.52%–17.44%", () => {
    const r = conversionRange(100, 10, 0.95);
    expect(r?.low).toBeCloseTo(0.05522913706067509, 8);
    expect(r?.high).toBeCloseTo(0.17436566150491342, 8);
  });
  it("0 of 20 and 20 of 20: the interval still has width, inside [0, 1]", () => {
    const none = conversionRange(20, 0);
    expect(none).toEqual({ rate: 0, low: 0, high: expect.closeTo(0.11915783736096439, 8) });
    const all = conversionRange(20, 20);
    expect(all?.low).toBeCloseTo(0.8808421626390356, 8);
    expect(all?.high).toBeLessThanOrEqual(1);
    expect(all?.high).toBeCloseTo(1, 8);
  });
  // Poisson score interval for the count: (x + z²/2 ± z·√(x + z²/4)) ÷ n.
  it("12 meetings from 10 appointments: a rate above 1, Poisson's interval 0.750–1.921", () => {
    const r = conversionRange(10, 12);
    expect(r?.rate).toBe(1.2);
    expect(r?.low).toBeCloseTo(0.7496449263705668, 8);
    expect(r?.high).toBeCloseTo(1.9209094190389746, 8);
  });
  it("no rate from 0; negative counts and a confidence outside (0, 1) refused", () => {
    expect(conversionRange(0, 0)).toBeNull();
    expect(() => conversionRange(-1, 0)).toThrow("from");
    expect(() => conversionRange(10, -1)).toThrow("to");
    for (const c of [0, 1, 90, -0.5]) expect(() => conversionRange(10, 1, c)).toThrow("confidence");
  });
});

/** P(X ≥ x) for X ~ Binomial(n, p), summed in logs. */
function upperTail(n: number, x: number, p: number): number {
  if (x <= 0) return 1;
  let logC = 0;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logC += Math.log(n - k + 1) - Math.log(k);
    if (k >= x) sum += Math.exp(logC + k * Math.log(p) + (n - k) * Math.log1p(-p));
  }
  return sum;
}

/** The exact interval: the p where each tail is (1 − confidence) ÷ 2, by bisection. */
function clopperPearson(n: number, x: number, confidence: number): [number, number] {
  const a = (1 - confidence) / 2;
  const solve = (f: (p: number) => number) => {
    let [lo, hi] = [0, 1];
    for (let i = 0; i < 50; i++) {
      const mid = (lo + hi) / 2;
      if (f(mid) < 0) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  const low = x === 0 ? 0 : solve((p) => upperTail(n, x, p) - a);
  const high = x === n ? 1 : solve((p) => a - (1 - upperTail(n, x + 1, p)));
  return [low, high];
}

describe("the 90% interval on simulated counts", () => {
  it("covers the true rate 87–95% of the time on average, narrower than the exact interval", () => {
    let seed = 20261205;
    const random = () => {
      seed = (Math.imul(seed ^ (seed >>> 15), 2_246_822_507) + 0x9e3779b9) >>> 0;
      return seed / 2 ** 32;
    };
    const cases: { covered: number; width: number; exactWidth: number }[] = [];
    for (const p of [0.03, 0.1, 0.25, 0.5, 0.8]) {
      for (const n of [20, 60, 200]) {
        const draws = 400;
        let covered = 0;
        let width = 0;
        let exactWidth = 0;
        for (let d = 0; d < draws; d++) {
          let x = 0;
          for (let i = 0; i < n; i++) if (random() < p) x++;
          const r = conversionRange(n, x);
          if (!r) throw new Error("no interval");
          if (r.low <= p && p <= r.high) covered++;
          width += r.high - r.low;
          const [lo, hi] = clopperPearson(n, x, 0.9);
          exactWidth += hi - lo;
        }
        cases.push({ covered: covered / draws, width: width / draws, exactWidth: exactWidth / draws });
      }
    }
    const mean = cases.reduce((s, c) => s + c.covered, 0) / cases.length;
    expect(mean).toBeGreaterThanOrEqual(0.87);
    expect(mean).toBeLessThanOrEqual(0.95);
    // No case far off (a few dozen rows at 3% is the hardest), none wider than the exact interval.
    for (const c of cases) expect(c.covered).toBeGreaterThan(0.75);
    for (const c of cases) expect(c.width).toBeLessThan(c.exactWidth);
  });
});
