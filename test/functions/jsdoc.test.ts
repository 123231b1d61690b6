// The @customfunction help Sheets shows while a user types =KPI_…: build.mjs writes these lines as the
// JSDoc of each top-level stub of dist/Code.js. A value-or-range parameter is typed as the value or a
// 2-D array of it, a whole-range parameter as the 2-D array only; an optional one is in brackets;
// every text reads English, then Japanese. The expected lines are written out by hand.
import { describe, expect, it } from "vitest";
import { jsdocOf } from "../../src/functions/jsdoc";
import { customFunction } from "../../src/functions/registry";

const paramLine = (fn: string, param: string) =>
  jsdocOf(customFunction(fn)).find(
    (l) => l.startsWith("@param") && l.split(" ")[2]?.replace(/[[\]]/g, "") === param,
  );

describe("@customfunction help", () => {
  it("KPI_GAP: description, example, each parameter, the result, the tag", () => {
    expect(jsdocOf(customFunction("KPI_GAP"))).toEqual([
      'What is still missing: max(target − actual, 0); with "lower" how far over the limit: max(actual − target, 0).',
      '目標までの不足分：max(目標 − 実績, 0)。"lower"なら上限の超過分：max(実績 − 目標, 0)。',
      "Example: =KPI_GAP(80, 100) → 20",
      "@param {number|Array<Array<number>>} actual actual result so far / 実績",
      "@param {number|Array<Array<number>>} target target for the period / 目標",
      '@param {string|Array<Array<string>>} [direction] "higher" (default) when more is better, "lower" when less is better (e.g. cost) / 方向',
      "@return an amount, never negative / 差分（0以上）",
      "@customfunction",
    ]);
  });

  it.each([
    [
      "KPI_LTV",
      "churn_rate",
      "@param {number|Array<Array<number>>} churn_rate monthly churn (0.02 = 2%) / 解約率",
    ],
    [
      "KPI_PACE",
      "period_start",
      "@param {Date|Array<Array<Date>>} period_start first day of the period / 期間開始日",
    ],
    [
      "KPI_PACE",
      "holidays",
      "@param {Array<Array<Date>>} [holidays] holidays to leave out of the working days / 祝日",
    ],
    [
      "KPI_BOTTLENECK",
      "stage_names",
      "@param {Array<Array<string>>} stage_names stage names, top of the funnel first (a row or a column) / 段階名",
    ],
    [
      "KPI_BOTTLENECK",
      "planned_rates",
      "@param {Array<Array<number>>} planned_rates planned conversion from each stage to the next / 計画転換率",
    ],
    [
      "KPI_BOTTLENECK",
      "actual_rates",
      "@param {Array<Array<number>>} actual_rates actual conversion from each stage to the next (0 allowed: nothing converted; above 1 allowed: more at the next stage in the window) / 実績転換率",
    ],
  ])("%s %s", (fn, param, want) => {
    expect(paramLine(fn, param)).toBe(want);
  });
});
