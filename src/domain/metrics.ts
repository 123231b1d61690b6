// Tracking metrics (BRIEF §3.3): achievement, gap, forecast, pace, required run rate, conversion,
// bottleneck and sales velocity. Pure arithmetic on numbers; the sheets and custom functions check
// their inputs and turn a MetricError into a message that names the argument.
import { type WorkCalendar, workingDays } from "./calendar";
import { dayNumber, type IsoDate } from "./calendar-dates";
import { spreadsheetValue } from "./ceiling";
import type { Direction } from "./plan-schema";

/** zero: a divisor is 0; negative: an amount below 0; range: outside the allowed values. */
export type MetricProblem = "zero" | "negative" | "range";

/** Thrown for an input a metric cannot use; `argument` is the parameter name as the caller wrote it. */
export class MetricError extends Error {
  readonly metric: string;
  readonly argument: string;
  readonly problem: MetricProblem;

  constructor(metric: string, argument: string, problem: MetricProblem = "zero", detail?: string) {
    const why =
      problem === "zero"
        ? "must not be 0 (division by zero)"
        : problem === "negative"
          ? "must not be negative"
          : "is out of range";
    super(`${metric}: ${argument} ${detail ?? why}`);
    this.name = "MetricError";
    this.metric = metric;
    this.argument = argument;
    this.problem = problem;
  }
}

/** Throws when a divisor is 0; -0 counts as 0. */
export function nonZero(metric: string, argument: string, value: number): number {
  if (value === 0) throw new MetricError(metric, argument, "zero");
  return value;
}

/** How much of the target is reached: 1 = on target, above 1 = better than target, either direction. */
export function achievement(actual: number, target: number, direction: Direction): number {
  nonZero("achievement", "target", target);
  return direction === "higher" ? actual / target : 1 + (target - actual) / target;
}

/** How far from the target, never negative: what is still missing (higher) or over the limit (lower). */
export function gap(actual: number, target: number, direction: Direction): number {
  return direction === "higher" ? Math.max(target - actual, 0) : Math.max(actual - target, 0);
}

/** Where the period ends if the pace so far holds. */
export function forecast(actual: number, elapsed: number, total: number): number {
  nonZero("forecast", "elapsed", elapsed);
  return (actual * total) / elapsed;
}

/** Actual against the share of the target due by now; 1 = on pace. */
export function pace(actual: number, target: number, elapsed: number, total: number): number {
  nonZero("pace", "target", target);
  nonZero("pace", "elapsed", elapsed);
  nonZero("pace", "total", total);
  // actual ÷ (target × elapsed ÷ total), with one division less so that integer inputs stay exact.
  return (actual * total) / (target * elapsed);
}

/**
 * What each remaining working day must bring to reach the target. Once the target is met nothing is
 * left to do, so the answer is 0 even with no days left; only an unmet target with 0 days throws.
 */
export function runRate(actual: number, target: number, remaining: number): number {
  const missing = Math.max(target - actual, 0);
  if (missing === 0) return 0;
  return missing / nonZero("runRate", "remaining", remaining);
}

/** Conversion from one stage to the next: to ÷ from. */
export function conversion(from: number, to: number): number {
  return to / nonZero("conversion", "from", from);
}

export interface TimeProgress {
  /** Working days from the period start to as_of inclusive, within the period. */
  elapsed: number;
  /** Working days of the whole period. */
  total: number;
  /** total − elapsed. */
  remaining: number;
}

/** Working days gone and left in [periodStart, periodEnd] when actuals run through asOf. */
export function timeProgress(
  periodStart: IsoDate,
  periodEnd: IsoDate,
  asOf: IsoDate,
  calendar: WorkCalendar,
): TimeProgress {
  const total = workingDays(periodStart, periodEnd, calendar);
  // Before the start workingDays is 0 (empty range); after the end it stops at the end.
  const through = dayNumber(asOf) < dayNumber(periodEnd) ? asOf : periodEnd;
  const elapsed = workingDays(periodStart, through, calendar);
  return { elapsed, total, remaining: total - elapsed };
}

export interface FunnelStageRates {
  name: string;
  /** Planned conversion from this stage to the next. */
  plannedRate: number;
  /** Actual conversion from this stage to the next. */
  actualRate: number;
  /** How many reached this stage; valueLost is per unit reaching it when left out. */
  count?: number;
}

export interface Bottleneck {
  index: number;
  name: string;
  /** actualRate ÷ plannedRate: 0.8 = converting at 80% of plan. */
  ratio: number;
  /** Only when downstreamValue is given. */
  valueLost?: number;
}

export interface BottleneckOptions {
  /**
   * downstreamValue[i]: what one unit that stage i converts into (one unit at the next stage) is
   * worth at the end of the funnel, e.g. for calls → appointments → meetings → deals with a deal
   * value of 1,000,000: [value per appointment, value per meeting, 1,000,000]. Same length as stages.
   */
  downstreamValue?: readonly number[];
}

/**
 * The stage converting furthest below plan (lowest actual ÷ planned; ties go to the earlier stage,
 * compared at spreadsheet precision so 0.07 ÷ 0.1 ties with 0.7 ÷ 1). Null for no stages.
 *
 * valueLost = count × max(plannedRate − actualRate, 0) × downstreamValue[index]: the units the
 * shortfall kept from reaching the next stage, valued at what each would have brought at the end.
 */
export function bottleneck(
  stages: readonly FunnelStageRates[],
  opts: BottleneckOptions = {},
): Bottleneck | null {
  const values = opts.downstreamValue;
  if (values && values.length !== stages.length) {
    throw new MetricError(
      "bottleneck",
      "downstreamValue",
      "range",
      `must have one value per stage: ${stages.length} (got ${values.length})`,
    );
  }
  let worst: Bottleneck | null = null;
  let worstKey = 0;
  for (let index = 0; index < stages.length; index++) {
    const stage = stages[index] as FunnelStageRates;
    const ratio = stage.actualRate / nonZero("bottleneck", `stages[${index}].plannedRate`, stage.plannedRate);
    const key = spreadsheetValue(ratio);
    if (worst === null || key < worstKey) {
      worst = { index, name: stage.name, ratio };
      worstKey = key;
    }
  }
  if (worst && values) {
    const stage = stages[worst.index] as FunnelStageRates;
    const shortfall = Math.max(stage.plannedRate - stage.actualRate, 0);
    worst.valueLost = (stage.count ?? 1) * shortfall * (values[worst.index] ?? 0);
  }
  return worst;
}

/** Value the pipeline produces per day: opportunities × win rate × average deal size ÷ cycle days. */
export function salesVelocity(
  opportunities: number,
  winRate: number,
  avgDealSize: number,
  cycleDays: number,
): number {
  return (opportunities * winRate * avgDealSize) / nonZero("salesVelocity", "cycleDays", cycleDays);
}
