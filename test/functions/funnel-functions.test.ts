import { describe, expect, it } from "vitest";
import { customFunction } from "../../src/functions/registry";

const call = (name: string, ...args: unknown[]) => customFunction(name).run(...(args as never[]));

describe("KPI_REQUIRED_CALLS", () => {
  it.each([
    // 120 deals → ÷0.25 = 480 meetings → ÷0.5 = 960 appointments → ÷0.1 = 9,600 calls
    [[120_000_000, 1_000_000, 0.25, 0.5, 0.1], 9600],
    // ⌈10.5⌉ = 11 deals → ⌈11 ÷ 0.3⌉ = 37 → ⌈37 ÷ 0.3⌉ = 124 → ⌈124 ÷ 0.3⌉ = 414
    [[10_500, 1_000, 0.3, 0.3, 0.3], 414],
    // 21 deals → 21 ÷ 0.7 = 30.000000000000004 in binary, but 30 in decimal: no extra meeting
    [[21, 1, 0.7, 1, 1], 30],
    // 7 deals → 7 ÷ 0.07 = 99.99999999999999 in binary, 100 in decimal
    [[7, 1, 0.07, 1, 1], 100],
    [[0, 1_000, 0.5, 0.5, 0.5], 0],
  ])("%j → %s", (args, want) => {
    expect(call("KPI_REQUIRED_CALLS", ...args)).toBe(want);
  });

  it("fills a column from ranges, with blanks for empty rows", () => {
    const goals = [[120_000_000], [""], [60_000_000]];
    const sizes = [[1_000_000], [1_000_000], [1_000_000]];
    expect(call("KPI_REQUIRED_CALLS", goals, sizes, 0.25, 0.5, 0.1)).toEqual([[9600], [""], [4800]]);
  });

  it.each([
    [
      [1e6, 1e3, 25, 0.5, 0.1],
      "KPI_REQUIRED_CALLS: win_rate must be a fraction between 0 and 1 (got 25 — for 25% write 0.25) / 受注率は0〜1の小数で指定してください（25。25%なら0.25と入力）",
    ],
    [[1e6, 1e3, 0, 0.5, 0.1], "win_rate must be a fraction between 0 and 1 (got 0)"],
    [[1e6, 1e3, 0.25, 1.5, 0.1], "meeting_rate must be a fraction"],
    [
      [1e6, 0, 0.25, 0.5, 0.1],
      "KPI_REQUIRED_CALLS: avg_deal_size must not be 0 (division by zero) / 平均受注単価が0のため計算できません",
    ],
    [[1e6, -1e3, 0.25, 0.5, 0.1], "avg_deal_size must not be negative (got -1000)"],
    [[-5, 1e3, 0.25, 0.5, 0.1], "goal_revenue must not be negative"],
    [["abc", 1e3, 0.25, 0.5, 0.1], 'goal_revenue must be a number (got "abc")'],
    [[1e6, 1e3, 0.25, 0.5], "expects 5 arguments"],
  ])("rejects %j", (args, message) => {
    expect(() => call("KPI_REQUIRED_CALLS", ...args)).toThrow(message);
  });

  it("answers across a row for goals given across a row", () => {
    expect(call("KPI_REQUIRED_CALLS", [[120_000_000, "", 60_000_000]], 1_000_000, 0.25, 0.5, 0.1)).toEqual([
      [9600, "", 4800],
    ]);
    // a one-cell range is neither: it stays one cell
    expect(call("KPI_REQUIRED_CALLS", [[120_000_000]], 1_000_000, 0.25, 0.5, 0.1)).toEqual([[9600]]);
  });

  it("rejects ranges of different sizes", () => {
    expect(() => call("KPI_REQUIRED_CALLS", [[1], [2]], [[1], [2], [3]], 0.5, 0.5, 0.5)).toThrow(
      "ranges must be the same size",
    );
  });
});

describe("KPI_FUNNEL", () => {
  it("returns a column, top of the funnel first", () => {
    expect(call("KPI_FUNNEL", 120_000_000, 1_000_000, [[0.1, 0.5, 0.25]])).toEqual([
      [9600],
      [960],
      [480],
      [120],
    ]);
    expect(call("KPI_FUNNEL", 120_000_000, 1_000_000, [[0.1], [0.5], [0.25]])).toEqual([
      [9600],
      [960],
      [480],
      [120],
    ]);
  });

  it("returns one row of stages per goal for a range of goals", () => {
    expect(call("KPI_FUNNEL", [[120_000_000], [12_000_000]], 1_000_000, [[0.1, 0.5, 0.25]])).toEqual([
      [9600, 960, 480, 120],
      [960, 96, 48, 12],
    ]);
  });

  it("gives goals across a row one column of stages each", () => {
    expect(call("KPI_FUNNEL", [[120_000_000, 12_000_000]], 1_000_000, [[0.1, 0.5, 0.25]])).toEqual([
      [9600, 960],
      [960, 96],
      [480, 48],
      [120, 12],
    ]);
  });

  it("keeps the result a rectangle when a goal is blank", () => {
    expect(call("KPI_FUNNEL", [[120_000_000], [""], [12_000_000]], 1_000_000, [[0.1, 0.5, 0.25]])).toEqual([
      [9600, 960, 480, 120],
      ["", "", "", ""],
      [960, 96, 48, 12],
    ]);
  });

  it("checks every rate", () => {
    expect(() => call("KPI_FUNNEL", 1e6, 1e3, [[0.1, 50]])).toThrow(
      "rates must be a fraction between 0 and 1 (got 50 — for 50% write 0.5)",
    );
  });
});

describe("KPI_REQUIRED_ACTIVITY", () => {
  it("reverses from a bottom-stage target", () => {
    expect(call("KPI_REQUIRED_ACTIVITY", 120, [[0.1, 0.5, 0.25]])).toBe(9600);
    expect(call("KPI_REQUIRED_ACTIVITY", [[120], [12]], [[0.1, 0.5, 0.25]])).toEqual([[9600], [960]]);
    // 10.2 deals is 11 deals someone must close
    expect(call("KPI_REQUIRED_ACTIVITY", 10.2, [[0.5]])).toBe(22);
  });
});

describe("KPI_SPLIT", () => {
  it("shares out whole numbers in the shape of the weights", () => {
    expect(call("KPI_SPLIT", 10, [[1, 1, 1]])).toEqual([[4, 3, 3]]);
    expect(call("KPI_SPLIT", 7, [[0.5], [0.25], [0.25]])).toEqual([[3], [2], [2]]);
    expect(call("KPI_SPLIT", 100, [[20], [""], [22]])).toEqual([[48], [""], [52]]);
    // null, as a caller may hand an empty cell, stays empty as "" does: 10 ÷ 2 each side of it
    expect(call("KPI_SPLIT", 10, [[1, null, 1]])).toEqual([[5, "", 5]]);
  });

  it("rejects what cannot be shared out", () => {
    expect(() => call("KPI_SPLIT", 10.5, [[1, 1]])).toThrow("KPI_SPLIT: total must be a whole number");
    expect(() => call("KPI_SPLIT", 10, [[0, 0]])).toThrow("weights must not all be 0");
    expect(() => call("KPI_SPLIT", 10, [[1, -1]])).toThrow("weights must not be negative");
    expect(() => call("KPI_SPLIT", [[1], [2]], [[1, 1]])).toThrow("total must be a single value");
    // 2^53 − 1 over two: each 4,503,599,627,370,495.5, which 15 significant digits round to
    // 4,503,599,627,370,500, so the floors already add up to 9 more than the total
    expect(() => call("KPI_SPLIT", 2 ** 53 - 1, [[1, 1]])).toThrow(
      "KPI_SPLIT: total has too many digits to share out exactly (got 9007199254740991): a spreadsheet keeps 15 significant digits / 配分する合計の桁数が多すぎて、合計が一致するように配分できません（9007199254740991）。有効数字は15桁です",
    );
    expect(() => call("KPI_SPLIT", 1e300, [[1, 1, 1]])).toThrow("total has too many digits");
  });

  it("shares out a 14-digit total exactly: 99,999,999,999,999 over two is 49,999,999,999,999.5 each", () => {
    // both floors are 49,999,999,999,999; the one left goes to the earlier
    expect(call("KPI_SPLIT", 99_999_999_999_999, [[1, 1]])).toEqual([
      [50_000_000_000_000, 49_999_999_999_999],
    ]);
  });

  it("leaves every cell blank for a blank total, in the shape of the weights", () => {
    expect(call("KPI_SPLIT", "", [[1, 1, 1]])).toEqual([["", "", ""]]);
    expect(call("KPI_SPLIT", "", [[1], [""], [2]])).toEqual([[""], [""], [""]]);
    expect(call("KPI_SPLIT", "", 3)).toBe(""); // one weight in one cell: one blank cell
  });

  it("counts a missing argument as missing, not as a blank one", () => {
    expect(() => call("KPI_SPLIT", 10)).toThrow(
      "KPI_SPLIT: expects 2 arguments (total, weights), got 1 / 引数の数が違います（total, weights）",
    );
  });
});

describe("KPI_CONVERSION", () => {
  it("divides and maps over rows", () => {
    expect(call("KPI_CONVERSION", 400, 100)).toBe(0.25);
    expect(call("KPI_CONVERSION", [[400], [50]], [[100], [10]])).toEqual([[0.25], [0.2]]);
    expect(() => call("KPI_CONVERSION", 0, 5)).toThrow(
      "KPI_CONVERSION: from_count must not be 0 (division by zero) / 前段階の件数が0のため計算できません",
    );
    expect(() => call("KPI_CONVERSION", -400, 100)).toThrow("from_count must not be negative (got -400)");
    expect(() => call("KPI_CONVERSION", 400, -1)).toThrow("to_count must not be negative (got -1)");
  });
});
