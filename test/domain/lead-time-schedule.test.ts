// The deals' schedule under lead time (lead-time.ts), on a small calendar worked by hand.
//
// Mon–Fri working days. 2026-04-01 is a Wednesday. Periods: P0 04-01..04-03 (Wed–Fri, 3 working
// days), P1 04-04..04-05 (the weekend, 0 working days), P2 04-06..04-10 (Mon–Fri, 5). Seasonality
// weights 3, 2, 5 (P1 has weight though no working days): running sums 3, 5, 10.
import { describe, expect, it } from "vitest";
import {
  type DealSchedule,
  dealWeightDueBy,
  dueShare,
  leadSplit,
  stageLeadDays,
} from "../../src/domain/lead-time";

const cal = { workdays: [1, 2, 3, 4, 5], holidays: [] };
const schedule = (weights: number[]): DealSchedule => {
  let sum = 0;
  return {
    start: "2026-04-01",
    end: "2026-04-10",
    periods: [
      { index: 0, label: "a", start: "2026-04-01", end: "2026-04-03" },
      { index: 1, label: "b", start: "2026-04-04", end: "2026-04-05" },
      { index: 2, label: "c", start: "2026-04-06", end: "2026-04-10" },
    ],
    weights,
    cumulative: weights.map((w) => {
      sum += w;
      return sum;
    }),
    periodWorkingDays: [3, 0, 5],
    cal,
  };
};
const s = schedule([3, 2, 5]);

describe("stageLeadDays", () => {
  it("two stages: the top falls due the whole lead time ahead (⌈60 × 1 ÷ 1⌉ = 60)", () => {
    expect(stageLeadDays(60, 0, 2)).toBe(60);
    expect(stageLeadDays(60, 1, 2)).toBe(0);
  });
  it("a single stage has nothing ahead of it", () => {
    expect(stageLeadDays(60, 0, 1)).toBe(0);
  });
});

describe("dealWeightDueBy", () => {
  it("before the start nothing; on the first day its share: 3 × 1 ÷ 3 = 1", () => {
    expect(dealWeightDueBy("2026-03-31", s)).toBe(0);
    expect(dealWeightDueBy("2026-04-01", s)).toBe(1);
  });
  it("inside a period without working days: the weight before it (3)", () => {
    expect(dealWeightDueBy("2026-04-04", s)).toBe(3);
  });
  it("from a period's last day on, all its weight, working days or not (3 + 2 = 5)", () => {
    expect(dealWeightDueBy("2026-04-05", s)).toBe(5);
    expect(dealWeightDueBy("2026-04-03", s)).toBe(3);
  });
  it("pro rata inside a period: 5 + 5 × 2 ÷ 5 = 7 on Tuesday 04-07; all 10 from the end", () => {
    expect(dealWeightDueBy("2026-04-07", s)).toBe(7);
    expect(dealWeightDueBy("2026-04-10", s)).toBe(10);
    expect(dealWeightDueBy("2026-05-01", s)).toBe(10);
  });
});

describe("leadSplit", () => {
  it("weights that add up to nothing: nothing in the pipeline, nothing per period", () => {
    expect(leadSplit(10, 3, schedule([0, 0, 0]))).toEqual({ pipelineAtStart: 0, perPeriod: [0, 0, 0] });
  });
});

describe("dueShare", () => {
  it("no lead time, as of the first day: 1 working day of 8 → 10 × 1 ÷ 8 ÷ 10 = 0.125", () => {
    const x = { required: 10, pipelineAtStart: 0, offset: 0, start: "2026-04-01", end: "2026-04-10", cal };
    expect(dueShare({ ...x, asOf: "2026-04-01", workdaysTotal: 8 })).toBe(0.125);
    // the day before the start: nothing due
    expect(dueShare({ ...x, asOf: "2026-03-31", workdaysTotal: 8 })).toBe(0);
  });
});
