// Tracking against a target over a period (BRIEF §3.3) as spreadsheet functions: thin, vectorized
// wrappers over domain/metrics. Working days are Monday to Friday minus the optional holidays.
//
// Dates: cells hand dates as midnight in the spreadsheet's time zone; they are read as ISO dates in
// that zone (ctx().timeZone), so a period counts the same days in Tokyo and in Los Angeles.
// - period_end before period_start is an error naming period_end; a period without a working day
//   is an error naming period_end too.
// - as_of before the period's first working day (including before period_start) is an error naming
//   as_of: nothing has elapsed to project from.
// - as_of after period_end counts as period_end: the whole period has elapsed.
import { DEFAULT_WORKDAYS, type WorkCalendar, workingDays } from "../domain/calendar";
import { addDays, dayNumber, type IsoDate, isIsoDate, isoDateInZone } from "../domain/calendar-dates";
import type { Text } from "../domain/i18n";
import { achievement, forecast, gap, pace, runRate, timeProgress } from "../domain/metrics";
import { type CallContext, mapRows, type RowValue } from "./args";
import { FunctionArgumentError, translateMetricError } from "./errors";
import type { CellInput, CellValue, FunctionSpec, ParamSpec } from "./spec";

const actual: ParamSpec = {
  name: "actual",
  type: "number",
  sign: "nonNegative",
  description: { en: "actual result so far", ja: "実績" },
};
/** A target only compared with (gap, run rate): 0 is a target already met. */
const target: ParamSpec = {
  name: "target",
  type: "number",
  sign: "nonNegative",
  description: { en: "target for the period", ja: "目標" },
};
/** A target divided by (achievement, pace): 0 is a division by zero. */
const targetDivisor: ParamSpec = { ...target, sign: "positive" };
const direction: ParamSpec = {
  name: "direction",
  type: "text",
  optional: true,
  oneOf: ["higher", "lower"],
  description: {
    en: '"higher" (default) when more is better, "lower" when less is better (e.g. cost)',
    ja: "方向",
  },
};
const periodStart: ParamSpec = {
  name: "period_start",
  type: "date",
  description: { en: "first day of the period", ja: "期間開始日" },
};
const periodEnd: ParamSpec = {
  name: "period_end",
  type: "date",
  description: { en: "last day of the period", ja: "期間終了日" },
};
const asOf: ParamSpec = {
  name: "as_of",
  type: "date",
  description: {
    en: "date the actuals run through, inclusive (a cell: TODAY() is not allowed)",
    ja: "基準日",
  },
};
const holidays: ParamSpec = {
  name: "holidays",
  type: "dates",
  optional: true,
  description: { en: "holidays to leave out of the working days", ja: "祝日" },
};

/** A date the args layer let through as YYYY-MM-DD must also be a real day (not 2026-02-30). */
function realDate(fn: string, p: ParamSpec, value: RowValue): IsoDate {
  const d = value as string;
  if (!isIsoDate(d)) {
    throw new FunctionArgumentError(fn, {
      en: `${p.name} must be a real date (got ${JSON.stringify(d)})`,
      ja: `${p.description.ja}は実在する日付で指定してください（${JSON.stringify(d)}）`,
    });
  }
  return d;
}

function calendarOf(fn: string, list: RowValue): WorkCalendar {
  const days = (list as string[] | undefined) ?? [];
  return { workdays: DEFAULT_WORKDAYS, holidays: days.map((d) => realDate(fn, holidays, d)) };
}

/**
 * What every date function does to its date arguments before mapRows: each distinct date cell is read
 * in the spreadsheet's zone once per call, not once per row (the zone conversion is the slow part of
 * a 10,000-row call; args.ts takes the ISO dates as they are).
 */
function prepareDates(params: readonly ParamSpec[], args: CellInput[], timeZone: string): CellInput[] {
  const seen = new Map<number, IsoDate>();
  const iso = (v: CellValue): CellValue => {
    if (!(v instanceof Date) || Number.isNaN(v.getTime())) return v;
    let d = seen.get(v.getTime());
    if (d === undefined) {
      d = isoDateInZone(v, timeZone);
      seen.set(v.getTime(), d);
    }
    return d;
  };
  return args.map((a, i) => {
    const type = params[i]?.type;
    if (type !== "date" && type !== "dates") return a;
    return Array.isArray(a) ? a.map((row) => row.map(iso)) : iso(a);
  });
}

/**
 * Working days gone and in total, with the period's own mistakes named by argument: after it, both
 * are above 0 and the domain's divisions by them cannot fail.
 */
function progressOf(fn: string, start: RowValue, end: RowValue, asOfDate: RowValue, hols: RowValue) {
  const s = realDate(fn, periodStart, start);
  const e = realDate(fn, periodEnd, end);
  const a = realDate(fn, asOf, asOfDate);
  if (dayNumber(e) < dayNumber(s)) {
    throw new FunctionArgumentError(fn, {
      en: `period_end must be on or after period_start (got ${e}, period_start ${s})`,
      ja: `期間終了日は期間開始日以降の日付で指定してください（${e}、期間開始日 ${s}）`,
    });
  }
  const cal = calendarOf(fn, hols);
  const progress = timeProgress(s, e, a, cal);
  if (progress.total === 0) {
    throw new FunctionArgumentError(fn, {
      en: `period_end must leave at least one working day in the period (${s} to ${e} has none)`,
      ja: `期間内に稼働日がありません（${s}〜${e}）`,
    });
  }
  if (progress.elapsed === 0) {
    throw new FunctionArgumentError(fn, {
      en: `as_of must be on or after the period's first working day: no working day has passed yet (got ${a}, period_start ${s})`,
      ja: `基準日までに稼働日がありません（${a}、期間開始日 ${s}）`,
    });
  }
  return { start: s, end: e, asOf: a, ...progress };
}

export function progressFunctions(ctx: () => CallContext): FunctionSpec[] {
  const achievementFn: FunctionSpec = {
    name: "KPI_ACHIEVEMENT",
    params: [actual, targetDivisor, direction],
    description: {
      en: 'Achievement against the target: actual ÷ target; with "lower" (less is better) 1 + (target − actual) ÷ target. 1 = on target.',
      ja: '目標達成率：実績 ÷ 目標。"lower"（少ないほど良い）なら 1 +（目標 − 実績）÷ 目標。1 = 目標どおり。',
    },
    returns: { en: "a fraction (1 = 100%)", ja: "小数（1 = 100%）" },
    example: "=KPI_ACHIEVEMENT(80, 100)",
    exampleResult: "0.8",
    // target is "positive": mapRows refuses 0 before the domain could.
    run: (...args) =>
      mapRows(achievementFn.name, achievementFn.params, args, ctx(), ([a, t, d]) =>
        achievement(a as number, t as number, d === "lower" ? "lower" : "higher"),
      ),
  };

  const gapFn: FunctionSpec = {
    name: "KPI_GAP",
    params: [actual, target, direction],
    description: {
      en: 'What is still missing: max(target − actual, 0); with "lower" how far over the limit: max(actual − target, 0).',
      ja: '目標までの不足分：max(目標 − 実績, 0)。"lower"なら上限の超過分：max(実績 − 目標, 0)。',
    },
    returns: { en: "an amount, never negative", ja: "差分（0以上）" },
    example: "=KPI_GAP(80, 100)",
    exampleResult: "20",
    run: (...args) =>
      mapRows(gapFn.name, gapFn.params, args, ctx(), ([a, t, d]) =>
        gap(a as number, t as number, d === "lower" ? "lower" : "higher"),
      ),
  };

  const forecastFn: FunctionSpec = {
    name: "KPI_FORECAST",
    params: [actual, periodStart, periodEnd, asOf, holidays],
    description: {
      en: "Where the period ends if the pace so far holds: actual × working days of the period ÷ working days through as_of (Mon–Fri minus holidays; as_of after period_end counts the whole period).",
      ja: "このペースが続いた場合の期末着地見込み：実績 × 期間の稼働日数 ÷ 基準日までの稼働日数（月〜金、祝日を除く。基準日が期間終了後なら期間全体）。",
    },
    returns: { en: "the projected result for the period", ja: "期末の着地見込み" },
    example: "=KPI_FORECAST(1100000, DATE(2026,4,1), DATE(2026,4,30), DATE(2026,4,15), DATE(2026,4,29))",
    exampleResult: "2100000",
    run: (...raw) => {
      const args = prepareDates(forecastFn.params, raw, ctx().timeZone);
      return mapRows(forecastFn.name, forecastFn.params, args, ctx(), ([a, s, e, at, h]) => {
        const p = progressOf(forecastFn.name, s, e, at, h);
        return forecast(a as number, p.elapsed, p.total);
      });
    },
  };

  const paceFn: FunctionSpec = {
    name: "KPI_PACE",
    params: [actual, targetDivisor, periodStart, periodEnd, asOf, holidays],
    description: {
      en: "Actual against the share of the target due by as_of: actual ÷ (target × working days through as_of ÷ working days of the period). 1 = on pace.",
      ja: "基準日時点の進捗率：実績 ÷（目標 × 基準日までの稼働日数 ÷ 期間の稼働日数）。1 = 予定どおり。",
    },
    returns: { en: "a fraction (1 = on pace)", ja: "小数（1 = 予定どおり）" },
    example: "=KPI_PACE(1100000, 2000000, DATE(2026,4,1), DATE(2026,4,30), DATE(2026,4,15), DATE(2026,4,29))",
    exampleResult: "1.05",
    run: (...raw) => {
      const args = prepareDates(paceFn.params, raw, ctx().timeZone);
      return mapRows(paceFn.name, paceFn.params, args, ctx(), ([a, t, s, e, at, h]) => {
        const p = progressOf(paceFn.name, s, e, at, h);
        return pace(a as number, t as number, p.elapsed, p.total);
      });
    },
  };

  const runRateFn: FunctionSpec = {
    name: "KPI_RUN_RATE",
    params: [actual, target, periodEnd, asOf, holidays],
    description: {
      en: "What each remaining working day must bring: max(target − actual, 0) ÷ working days after as_of through period_end. 0 once the target is met.",
      ja: "残りの稼働日1日あたりに必要な量：max(目標 − 実績, 0) ÷ 基準日の翌日から期間終了日までの稼働日数。目標達成後は0。",
    },
    returns: { en: "an amount per working day", ja: "1稼働日あたりの必要量" },
    example: "=KPI_RUN_RATE(800000, 2000000, DATE(2026,4,30), DATE(2026,4,15), DATE(2026,4,29))",
    exampleResult: "120000",
    run: (...raw) => {
      const args = prepareDates(runRateFn.params, raw, ctx().timeZone);
      return mapRows(runRateFn.name, runRateFn.params, args, ctx(), ([a, t, e, at, h]) => {
        const end = realDate(runRateFn.name, periodEnd, e);
        const from = realDate(runRateFn.name, asOf, at);
        const remaining = workingDays(addDays(from, 1), end, calendarOf(runRateFn.name, h));
        const noneLeft: Text = {
          en: `as_of must leave at least one working day through period_end: no working day is left (got ${from}, period_end ${end})`,
          ja: `基準日から期間終了日までに残りの稼働日がありません（${from}、期間終了日 ${end}）`,
        };
        const names = { remaining: { param: "as_of", ja: "基準日", messages: { zero: noneLeft } } };
        return translateMetricError(runRateFn.name, names, () =>
          runRate(a as number, t as number, remaining),
        );
      });
    },
  };

  return [achievementFn, gapFn, forecastFn, paceFn, runRateFn];
}
