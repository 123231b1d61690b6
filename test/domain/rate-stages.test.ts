// A conversion rate's two stages (rate-stages.ts): the stage it starts from and the next in its stream.
import { describe, expect, it } from "vitest";
import { rateStages } from "../../src/domain/rate-stages";
import { samplePlan } from "../fixtures/plans";

describe("rateStages", () => {
  const plan = samplePlan(); // new_biz: calls → appointments → meetings → deals
  const ids = (x: ReturnType<typeof rateStages>) => [x.from?.id, x.to?.id];

  it("a stage and the next one", () => {
    expect(ids(rateStages(plan, "new_biz", "calls"))).toEqual(["calls", "appointments"]);
    expect(ids(rateStages(plan, "new_biz", "meetings"))).toEqual(["meetings", "deals"]);
    expect(rateStages(plan, "new_biz", "appointments").from?.rate).toBe(0.5);
  });

  it("the last stage has no next; a stage or stream the plan lacks, neither", () => {
    expect(ids(rateStages(plan, "new_biz", "deals"))).toEqual(["deals", undefined]);
    expect(rateStages(plan, "new_biz", "demos")).toEqual({});
    expect(rateStages(plan, "renewals", "calls")).toEqual({});
  });
});
