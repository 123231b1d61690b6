// How a KPI adds up over the log, and the measures of its dashboard row (BRIEF §3.3), written once as
// expressions: the dashboard renders them as formulas over its cells, progress() evaluates them in
// TypeScript. Two shapes:
//   running — a total that grows through the period (calls, deals, revenue). The target is for the
//             whole period; target to date, pace, forecast and the run rate follow the working days.
//   level   — a rate, a size or a duration (conversion, churn %, deal size, lead time). The target is
//             a level compared directly with the level so far; pace, forecast and run rate do not
//             apply (a level does not accumulate), so they are left out.
import { add, div, type Expr, evaluate as evaluateExpr, ifZero, max, mul, num, ref, sub } from "./formula";
import type { Direction, Kpi, KpiSource, Tier } from "./plan-schema";

export type Aggregate = "sum" | "average";
export const AGGREGATES: readonly Aggregate[] = ["sum", "average"];
export type Shape = "running" | "level";

type ManualSource = Extract<KpiSource, { manual: true }>;

/** A manual KPI measured in percent. */
export function isPercentUnit(unit: string | undefined): boolean {
  const u = unit?.trim();
  return u === "%" || u === "％";
}

/**
 * One percent convention (BRIEF §3.5): in the workbook a percent KPI's target and actuals are
 * fractions shown in percent format, so 2%, 0.02 and "2%" typed into its column are one value. The
 * plan file keeps percent points, as people write them (target 2 with unit "%" is 2%).
 */
export function sheetTarget(source: ManualSource): number {
  return isPercentUnit(source.unit) ? source.target / 100 : source.target;
}

/** A percent is a level; so is anything on the conversion tier. Everything else is a running total. */
export function defaultAggregate(unit: string | undefined, tier: Tier): Aggregate {
  return isPercentUnit(unit) || tier === "conversion" ? "average" : "sum";
}

/** How a manual KPI's log adds up: as written in the plan, else the default of its unit and tier. */
export function manualAggregate(source: ManualSource, tier: Tier): Aggregate {
  return source.aggregate ?? defaultAggregate(source.unit, tier);
}

/** Stage counts are running totals, conversion rates levels, manual KPIs as they add up. */
export function kpiShape(k: Kpi): Shape {
  const src = k.source;
  if ("rateFrom" in src) return "level";
  if ("manual" in src) return manualAggregate(src, k.tier) === "sum" ? "running" : "level";
  return "running";
}

/** The inputs of a row: target (for the period, or the level), actual so far, working days. */
export type Input = "target" | "actual" | "elapsed" | "total" | "remaining";
/** The computed columns; `status` is the number the status colour is judged by. */
export type Measure = "targetToDate" | "achievement" | "pace" | "forecast" | "gap" | "runRate" | "status";
export type Measures = Record<Measure, Expr | null> & { targetToDate: Expr };

const [target, actual, elapsed, total, remaining] = (
  ["target", "actual", "elapsed", "total", "remaining"] as const
).map(ref) as [Expr, Expr, Expr, Expr, Expr];

/** higher: actual ÷ target; lower: 1 + (target − actual) ÷ target. */
const achieved = (a: Expr, t: Expr, d: Direction) =>
  d === "higher" ? div(a, t) : add(num(1), div(sub(t, a), t));

/**
 * How a running target falls due: by working days (elapsed ÷ total), or by a lead-time schedule,
 * whose share of the target due to date is an input, `dueShare` (lead-time.ts dueShareRule).
 */
export type Schedule = "workdays" | "lead";

/** The measures of one row. Expressions refer to inputs and to other measures by name. */
export function measures(shape: Shape, direction: Direction, schedule: Schedule = "workdays"): Measures {
  const gap = direction === "higher" ? max(sub(target, actual), num(0)) : max(sub(actual, target), num(0));
  if (shape === "level") {
    const achievement = achieved(actual, target, direction);
    return {
      targetToDate: target,
      achievement,
      pace: null,
      forecast: null,
      gap,
      runRate: null,
      status: ref("achievement"),
    };
  }
  const toDate = ref("targetToDate");
  return {
    targetToDate: schedule === "lead" ? mul(target, ref("dueShare")) : div(mul(target, elapsed), total),
    achievement: achieved(actual, target, direction),
    pace: div(actual, toDate),
    forecast: div(mul(actual, total), elapsed),
    gap,
    // What each remaining working day must bring; nothing once met. A limit (lower) has no run rate.
    runRate: direction === "higher" ? ifZero(ref("gap"), num(0), div(ref("gap"), remaining)) : null,
    // On schedule for the date: pace when more is better, what is left of the limit to date when less is.
    status: direction === "higher" ? ref("pace") : achieved(actual, toDate, "lower"),
  };
}

export type Progress = Record<Measure, number | null>;

/** The measures evaluated in TypeScript; a division by zero (or a measure left out) gives null. */
export function progress(
  shape: Shape,
  direction: Direction,
  inputs: Record<Input, number> & { dueShare?: number },
): Progress {
  const m = measures(shape, direction, inputs.dueShare === undefined ? "workdays" : "lead");
  const value = (name: string): number => {
    if (name in inputs) return inputs[name as Input];
    const e = m[name as Measure];
    return e ? evaluate(e) : Number.NaN;
  };
  const evaluate = (e: Expr) => evaluateExpr(e, value);
  const out = {} as Progress;
  for (const k of Object.keys(m) as Measure[]) {
    const e = m[k];
    const v = e ? evaluate(e) : null;
    out[k] = v === null || !Number.isFinite(v) ? null : v;
  }
  return out;
}
