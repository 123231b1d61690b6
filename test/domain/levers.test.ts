// What-if levers (src/domain/levers.ts), by hand on the sample plan: ¥120,000,000 at ¥1,000,000 a
// deal → 120 deals; meetings → deals 25%, appointments → meetings 50%, calls → appointments 10%:
// 480 meetings, 960 appointments, 9,600 calls (each ⌈ ⌉). And, for any plan, each lever is the funnel
// recomputed with its one input changed (property).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { requiredCounts } from "../../src/domain/funnel";
import { byEffect, type Lever, planLevers } from "../../src/domain/levers";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { samplePlan } from "../fixtures/plans";

describe("levers", () => {
  it("the sample plan, every number by hand", () => {
    const levers = planLevers(samplePlan());
    const row = (stage: string | null) => levers.find((l) => l.stage === stage);
    // Calls → appointments 11%: ⌈960 ÷ 0.11⌉ = 8,728 calls, 872 fewer; the 9,600 calls bring
    // 9,600 × 0.01 × 0.5 × 0.25 × ¥1M = ¥12,000,000 more.
    expect(row("calls")).toEqual({
      stream: "new_biz",
      stage: "calls",
      kind: "rate",
      change: 0.01,
      activity: -872,
      kgi: expect.closeTo(12_000_000, 4),
    });
    // Appointments → meetings 51%: ⌈480 ÷ 0.51⌉ = 942, × 10 = 9,420 calls (−180); 9,600 × 0.1 × 0.01 × 0.25 × ¥1M.
    expect(row("appointments")).toMatchObject({ activity: -180, kgi: expect.closeTo(2_400_000, 4) });
    // Meetings → deals 26%: ⌈120 ÷ 0.26⌉ = 462 → 924 → 9,240 calls (−360); 9,600 × 0.1 × 0.5 × 0.01 × ¥1M.
    expect(row("meetings")).toMatchObject({ activity: -360, kgi: expect.closeTo(4_800_000, 4) });
    // Deal value ¥1.1M: ⌈120M ÷ 1.1M⌉ = 110 deals → 440 → 880 → 8,800 calls (−800); 120 expected deals × ¥0.1M.
    expect(row(null)).toEqual({
      stream: "new_biz",
      stage: null,
      kind: "dealValue",
      change: 0.1,
      activity: -800,
      kgi: expect.closeTo(12_000_000, 4),
    });
    expect(levers).toHaveLength(4);
    // The biggest lever: the most calls saved.
    expect(byEffect(levers).map((l) => l.stage)).toEqual(["calls", null, "meetings", "appointments"]);
  });

  it("a rate at 100% stays there: no activity saved, no KGI gained", () => {
    const plan = samplePlan();
    const stages = plan.streams[0]?.stages ?? [];
    (stages[2] as { rate?: number }).rate = 1;
    const lever = planLevers(plan).find((l) => l.stage === "meetings");
    expect(lever).toMatchObject({ activity: 0, kgi: 0 });
  });

  it("each lever is the funnel recomputed with its one input changed, for every template (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templateIds),
        fc.constantFrom("ja" as const, "en" as const),
        (id, locale) => {
          const plan = templatePlan(id, locale);
          for (const lever of planLevers(plan)) {
            const stream = plan.streams.find((s) => s.id === lever.stream);
            if (!stream) throw new Error(lever.stream);
            const rates = stream.stages.slice(0, -1).map((s) => s.rate as number);
            const input = {
              kgiTarget: plan.kgi.target,
              share: stream.share,
              dealValue: stream.dealValue,
              rates,
            };
            const k = stream.stages.findIndex((s) => s.id === lever.stage);
            const changed =
              lever.kind === "rate"
                ? { ...input, rates: rates.map((r, j) => (j === k ? Math.min(1, r + 0.01) : r)) }
                : { ...input, dealValue: input.dealValue * 1.1 };
            const rounding = plan.rounding ?? "stage";
            const [top] = requiredCounts(input, rounding);
            const [after] = requiredCounts(changed, rounding);
            expect(lever.activity).toBe((after as number) - (top as number));
            // Expected values through the funnel from the plan's required top count, after minus before.
            const through = (x: typeof input) => x.rates.reduce((n, r) => n * r, top as number) * x.dealValue;
            expect(lever.kgi).toBeCloseTo(through(changed) - through(input), 4);
            expect(lever.activity).toBeLessThanOrEqual(0);
            expect(lever.kgi).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 14 },
    );
  });
});

describe("byEffect ties", () => {
  it("the same activity saved: the larger KGI gain first", () => {
    const lever = (activity: number, kgi: number): Lever => ({
      stream: "s",
      stage: null,
      kind: "dealValue",
      change: 0.1,
      activity,
      kgi,
    });
    expect(byEffect([lever(-10, 5), lever(-10, 9)]).map((l) => l.kgi)).toEqual([9, 5]);
    expect(byEffect([lever(-10, 9), lever(-10, 5), lever(-20, 1)]).map((l) => l.kgi)).toEqual([1, 9, 5]);
  });
});
