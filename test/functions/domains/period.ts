// Boundary rows of the functions over a period of working days: KPI_FORECAST, KPI_PACE, KPI_RUN_RATE.
// April 2026: 22 weekdays (Wed 04-01 to Thu 04-30), 11 of them through Wed 04-15, 11 after it.
import {
  arityOf,
  type Day,
  day,
  type FunctionTable,
  messages,
  notDates,
  notNumbers,
  OMIT,
  overflow,
  Refusal,
  rowRanges,
} from "./table";

const actual = messages("actual", "実績");
const target = messages("target", "目標");
const start = messages("period_start", "期間開始日");
const end = messages("period_end", "期間終了日");
const asOf = messages("as_of", "基準日");
const holidays = messages("holidays", "祝日");

const forecastArity = arityOf("4 to 5", "actual, period_start, period_end, as_of, holidays");
const paceArity = arityOf("5 to 6", "actual, target, period_start, period_end, as_of, holidays");
const runRateArity = arityOf("4 to 5", "actual, target, period_end, as_of, holidays");

const endBeforeStart = new Refusal(
  "period_end must be on or after period_start (got 2026-03-31, period_start 2026-04-01)",
  "期間終了日は期間開始日以降の日付で指定してください（2026-03-31、期間開始日 2026-04-01）",
);
const noneYet = new Refusal(
  "as_of must be on or after the period's first working day: no working day has passed yet (got 2026-03-31, period_start 2026-04-01)",
  "基準日までに稼働日がありません（2026-03-31、期間開始日 2026-04-01）",
);
const noneLeft = (from: string, to: string) =>
  new Refusal(
    `as_of must leave at least one working day through period_end: no working day is left (got ${from}, period_end ${to})`,
    `基準日から期間終了日までに残りの稼働日がありません（${from}、期間終了日 ${to}）`,
  );

/** A date parameter: a number or text is not a date cell; an empty date is a blank row. */
function dateKinds(m: typeof start, omitted: Refusal, valid: Day, want: number) {
  return {
    zero: [0, m.notDate("0")],
    negative: [-1, m.notDate("-1")],
    blank: ["", ""],
    omitted: [OMIT, omitted],
    ...notDates(m),
    huge: [1e300, m.notDate("1e+300")],
    ...rowRanges(m, valid, want, { notA: m.notDate }),
  } as const;
}

/**
 * holidays: a list of dates, optional, so blank is none. `one` is the result with Wed 04-29 off,
 * `four` with 04-29, 04-30, 04-01 and Mon 05-04 (outside the period) given as a 2×2 range.
 */
function holidayKinds(none: number, one: number, four: number) {
  const d0429 = day("2026-04-29");
  return {
    zero: [0, holidays.notDate("0")],
    negative: [-1, holidays.notDate("-1")],
    blank: ["", none],
    omitted: [OMIT, none],
    ...notDates(holidays),
    huge: [1e300, holidays.notDate("1e+300")],
    range1x1: [[[d0429]], one],
    rangeNxM: [
      [
        [d0429, day("2026-04-30")],
        [day("2026-04-01"), day("2026-05-04")],
      ],
      four,
    ],
    rangeBlank: [[[d0429], [""]], one],
    rangeText: [[[d0429], ["n/a"]], holidays.notDate('"n/a"')],
  } as const;
}

const someday = (m: typeof start) => ["someday", m.notDate('"someday"')] as const;

export const periodTables: Record<string, FunctionTable> = {
  KPI_FORECAST: {
    valid: [1100, day("2026-04-01"), day("2026-04-30"), day("2026-04-15")],
    want: 2200, // 1,100 × 22 ÷ 11
    params: {
      actual: {
        kinds: {
          zero: [0, 0],
          negative: [-1, actual.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, forecastArity(0)],
          ...notNumbers(actual),
          huge: [1e300, 2e300],
          ...rowRanges(actual, 1100, 2200),
        },
        edges: [[Number.MAX_VALUE, overflow]], // twice the largest double
      },
      period_start: {
        kinds: dateKinds(start, forecastArity(1), day("2026-04-01"), 2200),
        edges: [
          someday(start),
          ["2026-02-30", start.notRealDate('"2026-02-30"')],
          ["2026-04-01", 2200], // an ISO date typed as text is that date
          // text that holds a date among other characters is not a date
          ["x2026-04-01", start.notDate('"x2026-04-01"')],
          ["2026-04-01x", start.notDate('"2026-04-01x"')],
          [day("2026-04-06"), 2612.5], // 19 working days, 8 through 04-15: 1,100 × 19 ÷ 8
        ],
      },
      period_end: {
        kinds: dateKinds(end, forecastArity(2), day("2026-04-30"), 2200),
        edges: [
          someday(end),
          [day("2026-03-31"), endBeforeStart],
          [day("2026-04-15"), 1100], // as_of is the last day: 11 of 11
          [day("2026-04-01"), 1100], // a period of one day, Wed 04-01, all of it elapsed: 1,100 × 1 ÷ 1
        ],
      },
      as_of: {
        kinds: dateKinds(asOf, forecastArity(3), day("2026-04-15"), 2200),
        edges: [
          someday(asOf),
          [day("2026-03-31"), noneYet],
          [day("2026-05-31"), 1100], // after period_end: the whole period, 22 of 22
        ],
      },
      holidays: {
        // 1,100 × 21 ÷ 11; four: 19 working days, 10 through 04-15: 1,100 × 19 ÷ 10
        kinds: holidayKinds(2200, 2100, 2090),
        edges: [
          [[["2026-02-30"]], holidays.notRealDate('"2026-02-30"')],
          [[[""], [""]], 2200], // a range of empty cells is no holiday
        ],
      },
    },
  },
  KPI_PACE: {
    valid: [1100, 2000, day("2026-04-01"), day("2026-04-30"), day("2026-04-15")],
    want: 1.1, // 1,100 ÷ (2,000 × 11 ÷ 22)
    params: {
      actual: {
        kinds: {
          zero: [0, 0],
          negative: [-1, actual.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, paceArity(0)],
          ...notNumbers(actual),
          huge: [1e300, 1e297], // ÷ 1,000
          ...rowRanges(actual, 1100, 1.1),
        },
        // 1.8e308 ÷ 1,000 would fit, but pace multiplies first (actual × 22, to keep whole inputs
        // exact) and overflows on the way: refused rather than shown as Infinity
        edges: [[Number.MAX_VALUE, overflow]],
      },
      target: {
        kinds: {
          zero: [0, target.zero()],
          negative: [-5, target.negative("-5")],
          blank: ["", ""],
          omitted: [OMIT, paceArity(1)],
          ...notNumbers(target),
          huge: [1e300, 2.2e-297], // 1,100 × 22 ÷ (1e300 × 11)
          ...rowRanges(target, 2000, 1.1),
        },
        edges: [[1, 2200]], // 1,100 ÷ (1 × 11 ÷ 22)
      },
      period_start: {
        kinds: dateKinds(start, paceArity(2), day("2026-04-01"), 1.1),
        edges: [someday(start), [day("2026-04-06"), 1.30625]], // 1,100 ÷ (2,000 × 8 ÷ 19)
      },
      period_end: {
        kinds: dateKinds(end, paceArity(3), day("2026-04-30"), 1.1),
        edges: [someday(end), [day("2026-03-31"), endBeforeStart], [day("2026-04-15"), 0.55]],
      },
      as_of: {
        kinds: dateKinds(asOf, paceArity(4), day("2026-04-15"), 1.1),
        edges: [someday(asOf), [day("2026-03-31"), noneYet], [day("2026-05-31"), 0.55]],
      },
      holidays: {
        // 1,100 ÷ (2,000 × 11 ÷ 21); four: 1,100 ÷ (2,000 × 10 ÷ 19)
        kinds: holidayKinds(1.1, 1.05, 1.045),
      },
    },
  },
  KPI_RUN_RATE: {
    valid: [900, 2000, day("2026-04-30"), day("2026-04-15")],
    want: 100, // 1,100 still missing ÷ 11 working days 04-16..04-30
    params: {
      actual: {
        kinds: {
          zero: [0, 2000 / 11],
          negative: [-1, actual.negative("-1")],
          blank: ["", ""],
          omitted: [OMIT, runRateArity(0)],
          ...notNumbers(actual),
          huge: [1e300, 0], // above target: nothing left to do
          ...rowRanges(actual, 900, 100),
        },
        edges: [[2500, 0]],
      },
      target: {
        kinds: {
          zero: [0, 0],
          negative: [-10, target.negative("-10")],
          blank: ["", ""],
          omitted: [OMIT, runRateArity(1)],
          ...notNumbers(target),
          huge: [1e300, 1e300 / 11],
          ...rowRanges(target, 2000, 100),
        },
      },
      period_end: {
        kinds: dateKinds(end, runRateArity(2), day("2026-04-30"), 100),
        edges: [
          someday(end),
          [day("2026-05-29"), 34.375], // 11 + 21 working days in May through Fri 05-29: 1,100 ÷ 32
          [day("2026-04-10"), noneLeft("2026-04-15", "2026-04-10")], // before as_of
        ],
      },
      as_of: {
        kinds: dateKinds(asOf, runRateArity(3), day("2026-04-15"), 100),
        edges: [
          someday(asOf),
          [day("2026-04-30"), noneLeft("2026-04-30", "2026-04-30")],
          [day("2026-04-28"), 550], // 04-29 and 04-30 left: 1,100 ÷ 2
        ],
      },
      holidays: {
        kinds: holidayKinds(100, 110, 1100 / 9), // 1,100 ÷ 10; four: 04-29 and 04-30 off, 9 left
      },
    },
  },
};
