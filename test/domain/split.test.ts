// Sharing a whole total out by weights (split.ts): the edge cases the funnel tests do not reach.
import { describe, expect, it, vi } from "vitest";
import { largestRemainder, splitCumulative } from "../../src/domain/split";

describe("split references", () => {
  it("name four distinct, non-empty cells (the sheets render the rules over them)", async () => {
    // Module data, loaded inside the test so mutation testing judges it (docs/quality.md, static mutants).
    vi.resetModules();
    const { splitRef } = await import("../../src/domain/split");
    const names = Object.values(splitRef);
    expect(names.every((n) => /^[A-Za-z]\w*$/.test(n))).toBe(true);
    expect(new Set(names).size).toBe(4);
  });
});

describe("weights that add up to nothing", () => {
  it("share nothing out rather than dividing by zero", () => {
    expect(splitCumulative(10, [0, 0])).toEqual([0, 0]);
    expect(largestRemainder(10, [0, 0])).toEqual([0, 0]);
  });
});

describe("largest remainder ties", () => {
  it("go to the earlier parts: 3 over five equal weights is 1 1 1 0 0", () => {
    // each quota 3 × 1 ÷ 5 = 0.6, floor 0, remainder 0.6 for all; the 3 left go to parts 1–3
    expect(largestRemainder(3, [1, 1, 1, 1, 1])).toEqual([1, 1, 1, 0, 0]);
    // 12 parts, 5 left: quota 5/12, all tied
    expect(largestRemainder(5, Array(12).fill(1))).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
  });
});
