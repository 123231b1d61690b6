// KPI_BOTTLENECK and KPI_SALES_VELOCITY.
import { describe, expect, it } from "vitest";
import { customFunction } from "../../src/functions/registry";

const call = (name: string, ...args: unknown[]) => customFunction(name).run(...(args as never[]));

const names = [["calls", "appointments", "meetings"]];
const planned = [[0.1, 0.5, 0.25]];
const column = (row: unknown[][]) => (row[0] as unknown[]).map((v) => [v]);

describe("KPI_BOTTLENECK", () => {
  it.each([
    // actual ÷ planned per stage; the lowest wins
    ["the middle stage", names, planned, [[0.09, 0.35, 0.25]], "appointments"], // 0.9, 0.7, 1
    ["the first stage", names, planned, [[0.05, 0.5, 0.3]], "calls"], // 0.5, 1, 1.2
    ["columns work like rows", column(names), column(planned), column([[0.1, 0.5, 0.2]]), "meetings"], // 1, 1, 0.8
    ["a stage that converted nothing", names, planned, [[0.1, 0, 0.25]], "appointments"], // 1, 0, 1
    // 0.07 ÷ 0.1 = 0.7000000000000001 in binary and 0.7 ÷ 1 = 0.7: a tie at sheet precision → earlier
    ["ties go to the earlier stage", [["a", "b"]], [[0.1, 1]], [[0.07, 0.7]], "a"],
    // blank cells at the end of each range are skipped: 0.05 ÷ 0.1 = 0.5, 0.5 ÷ 0.5 = 1
    ["blank rows", [["calls"], ["appointments"], [""]], [[0.1], [0.5], [""]], [[0.05], [0.5], [""]], "calls"],
    ["one stage", "only", 0.5, 0.1, "only"],
    // observed rates may exceed 1 (more appointments than connects in a window): 0.9, 2.4, 1
    ["an actual rate above 1", names, planned, [[0.09, 1.2, 0.25]], "calls"],
    // 1.2, 1.2, 0.8: the stage below plan, even though the others are above 1
    ["actual rates above 1 elsewhere", names, planned, [[0.12, 0.6, 0.2]], "meetings"],
  ])("%s", (_, n, p, a, want) => {
    expect(call("KPI_BOTTLENECK", n, p, a)).toBe(want);
  });

  it.each([
    [
      [names, [[0.1, 50, 0.25]], planned],
      "KPI_BOTTLENECK: planned_rates must be a fraction between 0 and 1 (got 50 — for 50% write 0.5) / 計画転換率は0〜1の小数で指定してください（50。50%なら0.5と入力）",
    ],
    [[names, [[0.1, 0, 0.25]], planned], "planned_rates must be a fraction between 0 and 1 (got 0)"],
    [
      [names, planned, [[0.1, -0.1, 0.25]]],
      "actual_rates must not be negative (got -0.1) / 実績転換率は0以上で指定してください",
    ],
    [[names, planned, [[0.1, "n/a", 0.25]]], 'actual_rates must be a number (got "n/a")'],
    [
      [names, [[0.1, 0.5]], [[0.1, 0.5, 0.25]]],
      "KPI_BOTTLENECK: planned_rates has 2 values but stage_names has 3: give one rate per stage / 計画転換率の数（2）が段階名の数（3）と一致しません",
    ],
    [[names, planned, [[0.1, 0.5, 0.25, 0.5]]], "actual_rates has 4 values but stage_names has 3"],
    [
      [[[""], [""]], planned, planned],
      "stage_names must have at least one value / 段階名を1つ以上指定してください",
    ],
    [[names, planned], "KPI_BOTTLENECK: expects 3 arguments"],
  ])("rejects %j", (args, message) => {
    expect(() => call("KPI_BOTTLENECK", ...args)).toThrow(message);
  });
});

describe("KPI_SALES_VELOCITY", () => {
  it.each([
    // opportunities × win rate × deal size ÷ cycle days
    [[40, 0.25, 1_000_000, 50], 200_000], // 10 deals × 1,000,000 = 10,000,000 ÷ 50
    [[50, 0.2, 1_000_000, 40], 250_000], // 10,000,000 ÷ 40
    [[12, 0.25, 300_000, 30], 30_000], // 3 × 300,000 = 900,000 ÷ 30
    [[0, 0.5, 1_000, 10], 0],
  ])("%j → %d", (args, want) => {
    expect(call("KPI_SALES_VELOCITY", ...args)).toBeCloseTo(want, 6);
  });

  it("fills a column, blanks for empty rows", () => {
    const opportunities = [[40], [""], [12]];
    const dealSizes = [[1_000_000], [1_000_000], [300_000]];
    const cycles = [[50], [50], [30]];
    // 40 × 0.25 × 1,000,000 ÷ 50; blank; 12 × 0.25 × 300,000 ÷ 30
    expect(call("KPI_SALES_VELOCITY", opportunities, 0.25, dealSizes, cycles)).toEqual([
      [200_000],
      [""],
      [30_000],
    ]);
  });

  it.each([
    [
      [40, 0.25, 1_000_000, 0],
      "KPI_SALES_VELOCITY: cycle_days must not be 0 (division by zero) / 平均商談期間（日数）が0のため計算できません",
    ],
    [
      [40, 25, 1_000_000, 50],
      "win_rate must be a fraction between 0 and 1 (got 25 — for 25% write 0.25) / 受注率は0〜1の小数で指定してください（25。25%なら0.25と入力）",
    ],
    [[40, 0, 1_000_000, 50], "win_rate must be a fraction between 0 and 1 (got 0)"],
    [
      [-1, 0.25, 1_000_000, 50],
      "opportunities must not be negative (got -1) / 商談数は0以上で指定してください",
    ],
    [[40, 0.25, "1M", 50], 'avg_deal_size must be a number (got "1M")'],
    [[40, 0.25, 1_000_000, -30], "cycle_days must not be negative"],
    [
      [[[1], [2]], 0.25, 1_000, [[1], [2], [3]]],
      "cycle_days has 3 rows but opportunities has 2: ranges must be the same size",
    ],
  ])("rejects %j", (args, message) => {
    expect(() => call("KPI_SALES_VELOCITY", ...args)).toThrow(message);
  });
});
