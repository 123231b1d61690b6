import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundDown, roundUp } from "../../src/domain/ceiling";
import { forwardFunnel, planFunnel, requiredCounts, resolveFunnelRef } from "../../src/domain/funnel";
import { largestRemainder, splitCumulative } from "../../src/domain/split";
import { planTargets } from "../../src/domain/targets";
import { samplePlan } from "../fixtures/plans";

const rate = fc.integer({ min: 1, max: 100 }).map((p) => p / 100);
const funnelInput = fc.record({
  kgiTarget: fc.integer({ min: 1, max: 2_000_000_000 }),
  share: fc.constantFrom(1, 0.5, 0.25, 0.6, 0.4, 0.1, 0.3),
  dealValue: fc.integer({ min: 1_000, max: 50_000_000 }),
  rates: fc.array(rate, { minLength: 1, maxLength: 5 }),
});

describe("roundUp is Google Sheets' ROUNDUP(x, 0)", () => {
  it.each([
    [0.07 / 0.01, 7], // 7.000000000000001 in binary
    [7 / 0.07, 100], // 99.99999999999999 in binary
    [1.1 * 3, 4], // 3.3000000000000003
    [21 / 0.7, 30], // 30.000000000000004 in binary: the brief's case
    [3.0000000000001, 4], // a real fraction survives 15 digits
    [5, 5],
    [0, 0],
    [-2.5, -3], // away from zero
  ])("ROUNDUP(%s) = %s", (x, want) => {
    expect(roundUp(x)).toBe(want);
  });

  it("does not round up a quotient whose decimal value is whole (generated)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 100 }), (whole, pct) => {
        // (whole × rate) ÷ rate is `whole` in decimal; binary may land a hair above or below.
        const r = pct / 100;
        expect(roundUp((whole * r) / r)).toBe(whole);
        expect(roundDown((whole * r) / r)).toBe(whole);
      }),
    );
  });

  it("matches plain Math.ceil away from the 15-digit edge", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const frac = Math.abs(x - Math.trunc(x));
        fc.pre(frac > 1e-6 && frac < 1 - 1e-6);
        expect(roundUp(x)).toBe(x < 0 ? -Math.ceil(-x) : Math.ceil(x));
      }),
    );
  });
});

describe("reverse funnel", () => {
  it("works the example of the brief: ¥120M, ¥1M deals, 25% win, 50% meeting, 10% appointment", () => {
    // deals 120 → meetings 120 ÷ 0.25 = 480 → appointments 480 ÷ 0.5 = 960 → calls 960 ÷ 0.1 = 9,600
    const counts = requiredCounts({
      kgiTarget: 120_000_000,
      share: 1,
      dealValue: 1_000_000,
      rates: [0.1, 0.5, 0.25],
    });
    expect(counts).toEqual([9600, 960, 480, 120]);
  });

  it("asks 30 meetings, not 31, for 21 deals at a 70% win rate (21 ÷ 0.7 = 30.000000000000004 in binary)", () => {
    expect(requiredCounts({ kgiTarget: 21_000_000, share: 1, dealValue: 1_000_000, rates: [0.7] })).toEqual([
      30, 21,
    ]);
    expect(requiredCounts({ kgiTarget: 21, share: 1, dealValue: 0.7, rates: [] })).toEqual([30]);
  });

  it("rounds each stage up under 'stage', once at the end under 'end'", () => {
    // deals ⌈10.5⌉ = 11; stage: ⌈11 ÷ 0.3⌉ = 37, ⌈37 ÷ 0.3⌉ = 124; end: ⌈10.5 ÷ 0.3⌉ = 35, ⌈10.5 ÷ 0.09⌉ = 117
    const input = { kgiTarget: 10_500, share: 1, dealValue: 1_000, rates: [0.3, 0.3] };
    expect(requiredCounts(input, "stage")).toEqual([124, 37, 11]);
    expect(requiredCounts(input, "end")).toEqual([117, 35, 11]);
  });

  it("never asks for more at a higher rate", () => {
    fc.assert(
      fc.property(
        funnelInput,
        fc.nat(),
        fc.constantFrom("stage" as const, "end" as const),
        (input, at, rounding) => {
          const k = at % input.rates.length;
          const higher = input.rates.map((r, i) => (i === k ? Math.min(1, r + 0.05) : r));
          const before = requiredCounts(input, rounding);
          const after = requiredCounts({ ...input, rates: higher }, rounding);
          after.forEach((c, i) => {
            expect(c).toBeLessThanOrEqual(before[i] as number);
          });
        },
      ),
    );
  });

  it("never has a 'stage' count below the 'end' count", () => {
    fc.assert(
      fc.property(funnelInput, (input) => {
        const stage = requiredCounts(input, "stage");
        const end = requiredCounts(input, "end");
        stage.forEach((c, i) => {
          expect(c).toBeGreaterThanOrEqual(end[i] as number);
        });
      }),
    );
  });

  it("brings in at least the goal when the rates hold (forward check)", () => {
    fc.assert(
      fc.property(funnelInput, (input) => {
        const [top] = requiredCounts({ ...input, share: 1 });
        const yielded = forwardFunnel(top as number, input.rates, input.dealValue);
        expect(yielded.revenue).toBeGreaterThanOrEqual(input.kgiTarget * (1 - 1e-12));
      }),
    );
  });

  it("computes every stream of a plan", () => {
    const [stream] = planFunnel(samplePlan());
    expect(stream?.stages.map((s) => s.required)).toEqual([9600, 960, 480, 120]);
    expect(stream?.revenue).toBe(120_000_000);
  });
});

describe("sharing targets out", () => {
  const weights = fc
    .array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 60 })
    .filter((w) => w.some((x) => x > 0));

  it("cumulative ceiling: whole parts that add up to the total, running target never behind pro rata", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), weights, (total, w) => {
        const parts = splitCumulative(total, w);
        expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        const sum = w.reduce((s, x) => s + x, 0);
        let running = 0;
        let cum = 0;
        parts.forEach((p, i) => {
          expect(Number.isInteger(p) && p >= 0).toBe(true);
          running += p;
          cum += w[i] as number;
          expect(running).toBe(roundUp((total * cum) / sum));
          if (w[i] === 0) expect(p).toBe(0);
        });
      }),
    );
  });

  it("largest remainder (KPI_SPLIT): floors plus one for the largest remainders, ties to the earlier", () => {
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    // 3.5, 1.75, 1.75 → floors 3, 1, 1; two left go to the remainders .75, .75
    expect(largestRemainder(7, [0.5, 0.25, 0.25])).toEqual([3, 2, 2]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), weights, (total, w) => {
        const parts = largestRemainder(total, w);
        const sum = w.reduce((s, x) => s + x, 0);
        expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
        parts.forEach((p, i) => {
          expect(Math.abs(p - (total * (w[i] as number)) / sum)).toBeLessThan(1);
        });
      }),
    );
  });

  it("per rep and per period: each adds up to the team total", () => {
    const t = planTargets(samplePlan());
    expect(t.periods).toHaveLength(12);
    for (const s of t.stages) {
      expect(s.perRep.reduce((a, b) => a + b, 0)).toBe(s.team);
      expect(s.perPeriod.reduce((a, b) => a + b, 0)).toBe(s.team);
    }
    const calls = t.stages[0];
    // 9,600 calls over weights 1:1:2 → 2,400 / 2,400 / 4,800
    expect(calls?.perRep).toEqual([2400, 2400, 4800]);
    // 2,400 calls over 261 working days (Apr 2026–Mar 2027, Mon–Fri, no holidays in locale en) → ⌈9.2⌉ = 10
    expect(t.workingDaysTotal).toBe(261);
    expect(calls?.perRepPerWorkingDay).toEqual([
      roundUp(2400 / 261),
      roundUp(2400 / 261),
      roundUp(4800 / 261),
    ]);
  });
});

describe("funnel edges, by hand", () => {
  it('a plan\'s own rounding is used: "end" rounds the exact chain once', () => {
    // 100,000,000 ÷ 3,000,000 = 33.33 deals → 34. Exact chain: meetings 33.33 ÷ 0.25 = 133.33 → 134,
    // appointments 266.67 → 267, calls 2666.67 → 2667 (per stage it would be 136, 272, 2720).
    const plan = samplePlan();
    plan.kgi.target = 100_000_000;
    const stream = plan.streams[0];
    if (!stream) throw new Error("stream");
    stream.dealValue = 3_000_000;
    plan.rounding = "end";
    expect(planFunnel(plan)[0]?.stages.map((s) => s.required)).toEqual([2667, 267, 134, 34]);
  });

  it("forward: each stage is the one above times its rate", () => {
    // 1000 × 0.3 = 300, × 0.5 = 150 deals, × 10,000 = 1,500,000
    expect(forwardFunnel(1000, [0.3, 0.5], 10_000)).toEqual({
      counts: [1000, 300, 150],
      deals: 150,
      revenue: 1_500_000,
    });
  });

  it("references: rateK and requiredK with any number of digits, nothing around them", () => {
    const refs = {
      kgiTarget: "g",
      share: "s",
      dealValue: "v",
      rate: (k: number) => `r${k}`,
      required: (k: number) => `q${k}`,
    };
    expect(resolveFunnelRef("rate12", refs)).toBe("r12");
    expect(resolveFunnelRef("required10", refs)).toBe("q10");
    for (const bad of ["xrate1", "rate1x", "xrequired1", "required1x"]) {
      expect(() => resolveFunnelRef(bad, refs)).toThrow(`unknown funnel reference ${bad}`);
    }
  });
});
