// Targets (targets.ts) at their edges, worked by hand on the sample plan: 120 deals, 480 meetings,
// 960 appointments, 9600 calls; reps Sato 1, Suzuki 1, Takahashi 2.
import { describe, expect, it } from "vitest";
import { planTargets, stageTargets } from "../../src/domain/targets";
import { samplePlan } from "../fixtures/plans";

describe("stageTargets", () => {
  it("finds the stage asked for, not the first", () => {
    const t = planTargets(samplePlan());
    expect(stageTargets(t, "new_biz", "meetings")?.team).toBe(480);
    expect(stageTargets(t, "new_biz", "deals")?.team).toBe(120);
    expect(stageTargets(t, "new_biz", "nope")).toBeUndefined();
  });

  it("finds it in the stream asked for: stage ids repeat across streams", () => {
    // Half the ¥120M each. new_biz: 60M ÷ 1M = 60 deals, ⌈60 ÷ 0.25⌉ = 240 meetings, 480
    // appointments, 4,800 calls. upsell: 60M ÷ 0.5M = 120 deals, ⌈120 ÷ 0.2⌉ = 600 calls.
    const plan = samplePlan();
    (plan.streams[0] as { share: number }).share = 0.5;
    plan.streams.push({
      id: "upsell",
      name: "Upsell",
      share: 0.5,
      dealValue: 500_000,
      stages: [
        { id: "calls", name: "Calls", rate: 0.2 },
        { id: "deals", name: "Deals" },
      ],
    });
    const t = planTargets(plan);
    expect(stageTargets(t, "new_biz", "calls")?.team).toBe(4800);
    expect(stageTargets(t, "upsell", "calls")?.team).toBe(600);
    expect(stageTargets(t, "upsell", "deals")?.team).toBe(120);
  });
});

describe("a plan without a working day", () => {
  it("has no per-working-day target (0), not a division by zero", () => {
    // 2026-04-04..05 is a Saturday and Sunday; Mon–Fri are the working days
    const plan = samplePlan();
    plan.period = { start: "2026-04-04", end: "2026-04-05", granularity: "month" };
    const t = planTargets(plan);
    expect(t.workingDaysTotal).toBe(0);
    // calls per rep 9600 × 1/4, 2/4, 4/4 running: 2400, 2400, 4800
    expect(stageTargets(t, "new_biz", "calls")?.perRep).toEqual([2400, 2400, 4800]);
    expect(stageTargets(t, "new_biz", "calls")?.perRepPerWorkingDay).toEqual([0, 0, 0]);
  });
});
