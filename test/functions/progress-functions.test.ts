// KPI_ACHIEVEMENT, KPI_GAP, KPI_FORECAST, KPI_PACE and KPI_RUN_RATE with dates as cells hand them.
//
// April 2026 starts on a Wednesday. Mon–Fri: Apr 1–3 (3) + 6–10 (5) + 13–17 (5) + 20–24 (5) +
// 27–30 (4) = 22 working days; with 2026-04-29 (昭和の日, a Wednesday) as a holiday, 21.
// Through Wed Apr 15: 3 + 5 + 3 = 11 elapsed. After Apr 15: 16, 17, 20–24, 27–30 = 11; 10 without 04-29.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { customFunction, setCallContext } from "../../src/functions/registry";

const call = (name: string, ...args: unknown[]) => customFunction(name).run(...(args as never[]));

/** A date cell in a Tokyo spreadsheet: midnight there. */
const tokyo = (iso: string) => new Date(`${iso}T00:00:00+09:00`);
/** A date cell in a Los Angeles spreadsheet (April to October is PDT, UTC−7). */
const la = (iso: string) => new Date(`${iso}T00:00:00-07:00`);

const start = tokyo("2026-04-01");
const end = tokyo("2026-04-30");
const mid = tokyo("2026-04-15");
const showaDay = tokyo("2026-04-29");

beforeEach(() => setCallContext({ timeZone: "Asia/Tokyo" }));
afterEach(() => setCallContext({ timeZone: "UTC" }));

describe("KPI_ACHIEVEMENT and KPI_GAP", () => {
  it.each([
    // higher: actual ÷ target; lower: 1 + (target − actual) ÷ target
    [[80, 100], 0.8, 20], // 80/100; gap 100 − 80
    [[120, 100], 1.2, 0], // 120/100; over target, no gap
    [[80, 100, "higher"], 0.8, 20],
    [[80, 100, "lower"], 1.2, 0], // 1 + 20/100; under the limit, no gap
    [[120, 100, "lower"], 0.8, 20], // 1 + (−20)/100; gap 120 − 100
    [[0, 50, "lower"], 2, 0], // 1 + 50/50
    [[80, 100, " LOWER "], 1.2, 0], // trimmed, any case
    [[80, 100, ""], 0.8, 20], // a blank direction cell is the default
  ])("%j → achievement %d, gap %d", (args, ach, g) => {
    expect(call("KPI_ACHIEVEMENT", ...args)).toBeCloseTo(ach, 12);
    expect(call("KPI_GAP", ...args)).toBe(g);
  });

  it("gap does not divide, so a zero target is fine there", () => {
    expect(call("KPI_GAP", 5, 0)).toBe(0); // max(0 − 5, 0)
    expect(call("KPI_GAP", 5, 0, "lower")).toBe(5); // max(5 − 0, 0)
  });

  it("fills a column from ranges, directions per row, blanks for empty rows", () => {
    const actuals = [[80], [""], [120], [90]];
    const targets = [[100], [100], [100], [100]];
    const directions = [["higher"], ["higher"], ["lower"], [""]];
    // 80/100; blank; 1 + (100 − 120)/100; 90/100 (default higher)
    const got = call("KPI_ACHIEVEMENT", actuals, targets, directions) as number[][];
    expect(got.map((r) => r[0])).toEqual([0.8, "", expect.closeTo(0.8, 12), 0.9]);
    // 100 − 80; blank; 120 − 100; 100 − 90
    expect(call("KPI_GAP", actuals, targets, directions)).toEqual([[20], [""], [20], [10]]);
    // a row of actuals answers across the row; a row beside a column is read as a column
    expect(call("KPI_GAP", [[10, 20, 30]], 25)).toEqual([[15, 5, 0]]);
    expect(call("KPI_GAP", [[10, 20, 30]], [[25], [25], [25]])).toEqual([[15], [5], [0]]);
  });

  it.each([
    [
      "KPI_ACHIEVEMENT",
      [5, 0],
      "KPI_ACHIEVEMENT: target must not be 0 (division by zero) / 目標が0のため計算できません",
    ],
    [
      "KPI_ACHIEVEMENT",
      [5, 10, "up"],
      'KPI_ACHIEVEMENT: direction must be "higher" or "lower" (got "up") / 方向は "higher" または "lower" で指定してください（"up"）',
    ],
    ["KPI_GAP", [5, 10, "more"], 'KPI_GAP: direction must be "higher" or "lower" (got "more")'],
    [
      "KPI_GAP",
      [-5, 10],
      "KPI_GAP: actual must not be negative (got -5) / 実績は0以上で指定してください（-5）",
    ],
    ["KPI_ACHIEVEMENT", [5, -10], "target must not be negative (got -10)"],
    ["KPI_ACHIEVEMENT", ["five", 10], 'actual must be a number (got "five") / 実績は数値で指定してください'],
    ["KPI_GAP", [5], "KPI_GAP: expects 2 to 3 arguments (actual, target, direction), got 1"],
    [
      "KPI_GAP",
      [
        [[1], [2]],
        [[1], [2], [3]],
      ],
      "target has 3 rows but actual has 2: ranges must be the same size",
    ],
  ])("%s rejects %j", (name, args, message) => {
    expect(() => call(name, ...args)).toThrow(message);
  });
});

describe("KPI_FORECAST", () => {
  it.each([
    // forecast = actual × total ÷ elapsed
    ["April with 04-29 off, as of 04-15", [1_100_000, start, end, mid, showaDay], 2_100_000], // 1.1M × 21 ÷ 11
    ["April, no holidays", [1_100_000, start, end, mid], 2_200_000], // 1.1M × 22 ÷ 11
    ["as of Saturday 04-04", [300, start, end, tokyo("2026-04-04")], 2_200], // 300 × 22 ÷ 3
    ["as of the first day", [10, start, end, start], 220], // 10 × 22 ÷ 1
    ["as of the last day", [500, start, end, end], 500], // 500 × 22 ÷ 22
    ["as of after the period: clamped to its end", [500, start, end, tokyo("2026-05-20")], 500],
    ["a holiday on a Saturday changes nothing", [110, start, end, mid, tokyo("2026-04-04")], 220], // 110 × 22 ÷ 11
    // holidays: 04-29 counts, the blank is skipped, 05-06 is outside the period → 21 days
    ["a holidays column with blanks", [110, start, end, mid, [[showaDay], [""], [tokyo("2026-05-06")]]], 210],
    ["an empty holidays column is no holidays", [110, start, end, mid, [[""], [""]]], 220],
    ["ISO text dates", [110, "2026-04-01", "2026-04-30", "2026-04-15", "2026-04-29"], 210],
  ])("%s", (_, args, want) => {
    expect(call("KPI_FORECAST", ...args)).toBeCloseTo(want, 6);
  });

  it("fills a column: one row per actual, per as_of", () => {
    // 110 × 22 ÷ 11; blank; 220 × 22 ÷ 11
    expect(call("KPI_FORECAST", [[110], [""], [220]], start, end, mid)).toEqual([[220], [""], [440]]);
    // 10 × 22 ÷ 1; 110 × 22 ÷ 11; 500 × 22 ÷ 22
    const asOf = [[start], [mid], [end]];
    expect(call("KPI_FORECAST", [[10], [110], [500]], start, end, asOf)).toEqual([[220], [220], [500]]);
  });

  it.each([
    [
      [100, start, end, tokyo("2026-03-31")],
      "KPI_FORECAST: as_of must be on or after the period's first working day: no working day has passed yet (got 2026-03-31, period_start 2026-04-01) / 基準日までに稼働日がありません（2026-03-31、期間開始日 2026-04-01）",
    ],
    // a period starting on Saturday 04-04: as of Sunday nothing has elapsed yet
    [
      [100, tokyo("2026-04-04"), end, tokyo("2026-04-05")],
      "as_of must be on or after the period's first working day: no working day has passed yet (got 2026-04-05",
    ],
    [
      [100, start, tokyo("2026-03-31"), mid],
      "KPI_FORECAST: period_end must be on or after period_start (got 2026-03-31, period_start 2026-04-01) / 期間終了日は期間開始日以降の日付で指定してください",
    ],
    [
      [100, tokyo("2026-04-04"), tokyo("2026-04-05"), tokyo("2026-04-05")],
      "KPI_FORECAST: period_end must leave at least one working day in the period (2026-04-04 to 2026-04-05 has none) / 期間内に稼働日がありません",
    ],
    [
      [100, start, end, "next week"],
      'as_of must be a date (got "next week") / 基準日は日付で指定してください',
    ],
    [[100, start, "2026-02-30", mid], 'period_end must be a real date (got "2026-02-30")'],
    [
      [100, start, end, mid, [["holiday"]]],
      'holidays must be a date (got "holiday") / 祝日は日付で指定してください',
    ],
    [["abc", start, end, mid], 'actual must be a number (got "abc")'],
    [[-1, start, end, mid], "actual must not be negative"],
    [[100, start, end], "KPI_FORECAST: expects 4 to 5 arguments"],
    [
      [[[1], [2]], start, end, [[mid], [mid], [mid]]],
      "as_of has 3 rows but actual has 2: ranges must be the same size",
    ],
  ])("rejects %j", (args, message) => {
    expect(() => call("KPI_FORECAST", ...args)).toThrow(message);
  });
});

describe("KPI_PACE", () => {
  it.each([
    // pace = actual × total ÷ (target × elapsed)
    [[1_100_000, 2_000_000, start, end, mid, showaDay], 1.05], // 1.1M × 21 ÷ (2M × 11) = 23.1M ÷ 22M
    [[1_000_000, 2_000_000, start, end, mid], 1], // 1M × 22 ÷ (2M × 11)
    [[0, 100, start, end, mid], 0],
    [[1_500, 2_000, start, end, tokyo("2026-05-31")], 0.75], // clamped: 1,500 × 22 ÷ (2,000 × 22)
  ])("%j → %d", (args, want) => {
    expect(call("KPI_PACE", ...args)).toBeCloseTo(want, 12);
  });

  it("fills a column", () => {
    // 100 × 22 ÷ (200 × 11) = 1; blank; 50 × 22 ÷ (200 × 11) = 0.5
    expect(call("KPI_PACE", [[100], [""], [50]], 200, start, end, mid)).toEqual([[1], [""], [0.5]]);
  });

  it.each([
    [
      [10, 0, start, end, mid],
      "KPI_PACE: target must not be 0 (division by zero) / 目標が0のため計算できません",
    ],
    [[10, -5, start, end, mid], "KPI_PACE: target must not be negative (got -5)"],
    [
      [10, 100, start, end, tokyo("2026-03-01")],
      "KPI_PACE: as_of must be on or after the period's first working day",
    ],
    [[10, 100, end, start, mid], "KPI_PACE: period_end must be on or after period_start"],
  ])("rejects %j", (args, message) => {
    expect(() => call("KPI_PACE", ...args)).toThrow(message);
  });
});

describe("KPI_RUN_RATE", () => {
  it.each([
    // max(target − actual, 0) ÷ working days after as_of through period_end
    [[800_000, 2_000_000, end, mid, showaDay], 120_000], // 1.2M ÷ 10
    [[900_000, 2_000_000, end, mid], 100_000], // 1.1M ÷ 11
    [[0, 100, end, tokyo("2026-04-24")], 25], // Fri 04-24: 27, 28, 29, 30 left → 100 ÷ 4
    [[0, 2_200, end, tokyo("2026-03-31")], 100], // before the period: all 22 days left
    [[2_500_000, 2_000_000, end, end], 0], // target met: nothing to do, even with no day left
  ])("%j → %d", (args, want) => {
    expect(call("KPI_RUN_RATE", ...args)).toBeCloseTo(want, 9);
  });

  it("fills a column", () => {
    // (100 − 60) ÷ 4; blank; (100 − 100) ÷ 4
    expect(call("KPI_RUN_RATE", [[60], [""], [100]], 100, end, tokyo("2026-04-24"))).toEqual([
      [10],
      [""],
      [0],
    ]);
  });

  it.each([
    [
      [800, 2_000, end, end],
      "KPI_RUN_RATE: as_of must leave at least one working day through period_end: no working day is left (got 2026-04-30, period_end 2026-04-30) / 基準日から期間終了日までに残りの稼働日がありません（2026-04-30、期間終了日 2026-04-30）",
    ],
    // Fri 04-24 to Sun 04-26: only the weekend is left
    [[800, 2_000, tokyo("2026-04-26"), tokyo("2026-04-24")], "no working day is left (got 2026-04-24"],
    // after Tue 04-28 only 04-29 (a holiday) and 04-30 are left; through 04-29 none is
    [[800, 2_000, showaDay, tokyo("2026-04-28"), showaDay], "no working day is left"],
    [[800, "2000", end, mid], 'target must be a number (got "2000")'],
    [[800, 2_000, 45_000, mid], "period_end must be a date (got 45000)"],
  ])("rejects %j", (args, message) => {
    expect(() => call("KPI_RUN_RATE", ...args)).toThrow(message);
  });
});

describe("time zones: a date cell is midnight in the spreadsheet's zone", () => {
  const zones = [
    ["Asia/Tokyo", tokyo],
    ["America/Los_Angeles", la],
  ] as const;

  it.each(zones)("%s counts April 2026 as 22 working days, 21 with 04-29 off", (timeZone, cell) => {
    setCallContext({ timeZone });
    const [s, e, asOf, hol] = [
      cell("2026-04-01"),
      cell("2026-04-30"),
      cell("2026-04-15"),
      cell("2026-04-29"),
    ];
    // forecast with actual = elapsed (11) gives total: 11 × total ÷ 11
    expect(call("KPI_FORECAST", 11, s, e, asOf)).toBe(22);
    expect(call("KPI_FORECAST", 11, s, e, asOf, hol)).toBe(21);
    // run rate with target = 100 × remaining days: 1,100 ÷ 11 and 1,000 ÷ 10
    expect(call("KPI_RUN_RATE", 0, 1_100, e, asOf)).toBe(100);
    expect(call("KPI_RUN_RATE", 0, 1_000, e, asOf, hol)).toBe(100);
    // pace: 11 × 21 ÷ (21 × 11)
    expect(call("KPI_PACE", 11, 21, s, e, asOf, hol)).toBe(1);
  });

  it("reads the cells in the zone it is told, not the machine's", () => {
    // Tokyo midnight of Fri 04-10 and Sun 04-12 are 08:00 on Thu 04-09 and Sat 04-11 in Los Angeles.
    const args = [0, 10, tokyo("2026-04-12"), tokyo("2026-04-10")];
    setCallContext({ timeZone: "Asia/Tokyo" });
    expect(() => call("KPI_RUN_RATE", ...args)).toThrow("no working day is left (got 2026-04-10");
    setCallContext({ timeZone: "America/Los_Angeles" });
    expect(call("KPI_RUN_RATE", ...args)).toBe(10); // Fri 04-10 is left: 10 ÷ 1
  });
});
