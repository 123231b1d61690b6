// Lead time (issue 17): the activity for a deal happens before the deal. Stage k of a stream's n
// stages (0 = top, n − 1 = deals) falls due ⌈leadTimeDays × (n−1−k) ÷ (n−1)⌉ calendar days before
// the deals it feeds — rounded up: a day early rather than a day late, as the funnel rounds up.
//
// So stage k's activity in a period feeds the deals due `offset` days later: its running target
// through a date d is the deals' running target through d + offset (the period weights, pro rata by
// working days inside a period), shared out by the cumulative ceiling of split.ts. What the deals
// need before start + offset must be in the pipeline before the plan starts ("pipeline needed at
// the start"); activity in the plan's last `offset` days feeds deals after its end, so this plan
// asks for none of it. Per-period targets + pipeline needed at the start = the stage's total.
//
// The rules are data (formula.ts): the Targets sheet renders them over its cells, this file
// evaluates them, so the two cannot disagree. Only where a date falls (which period, before the
// start, after the end) is decided twice, here by comparing dates and in the sheet by MATCH and IF.
import { type Period, type WorkCalendar, workingDays } from "./calendar";
import { addDays, dayNumber, type IsoDate } from "./calendar-dates";
import { add, ceil, div, type Expr, evaluate, max, mul, num, ref, sub } from "./formula";
import { runningRule, splitRef } from "./split";

export const leadRef = {
  leadTimeDays: "leadTimeDays",
  /** The deals' weight due before the period the date falls in, and that period's weight. */
  weightBefore: "weightBefore",
  periodWeight: "periodWeight",
  /** Working days of that period through the date, and in the whole period. */
  workdaysThrough: "workdaysThrough",
  periodWorkdays: "periodWorkdays",
  required: "required",
  pipeline: "pipeline",
  workdaysTotal: "workdaysTotal",
} as const;

/** Days before its deals that stage k of n falls due: ⌈leadTimeDays × (n−1−k) ÷ (n−1)⌉. */
export function leadDaysRule(k: number, n: number): Expr {
  return ceil(div(mul(ref(leadRef.leadTimeDays), num(n - 1 - k)), num(n - 1)));
}

export function stageLeadDays(leadTimeDays: number | undefined, k: number, n: number): number {
  if (!leadTimeDays || n < 2) return 0;
  return evaluate(leadDaysRule(k, n), () => leadTimeDays);
}

/** The deals' weight due by a date inside a period: before it, plus its weight pro rata by working days. */
export const partialWeightRule: Expr = add(
  ref(leadRef.weightBefore),
  div(mul(ref(leadRef.periodWeight), ref(leadRef.workdaysThrough)), ref(leadRef.periodWorkdays)),
);

/**
 * Share of a stage's activity in the plan due by the as-of date: the deals due by as-of + offset,
 * pro rata by working days as every target to date (BRIEF §3.3), less the pipeline needed at the
 * start, over the activity in the plan. With no lead time it is elapsed ÷ total, as elsewhere.
 */
export const dueShareRule: Expr = div(
  max(
    sub(
      div(mul(ref(leadRef.required), ref(leadRef.workdaysThrough)), ref(leadRef.workdaysTotal)),
      ref(leadRef.pipeline),
    ),
    num(0),
  ),
  sub(ref(leadRef.required), ref(leadRef.pipeline)),
);

/** The deals' schedule: the plan's periods and the weights the targets are shared by. */
export interface DealSchedule {
  start: IsoDate;
  end: IsoDate;
  periods: readonly Period[];
  weights: readonly number[];
  /** Running sums of the weights (split.ts cumulativeSums). */
  cumulative: readonly number[];
  periodWorkingDays: readonly number[];
  cal: WorkCalendar;
}

/** The deals' weight due by `date` (inclusive): 0 before the start, all of it from the end on. */
export function dealWeightDueBy(date: IsoDate, s: DealSchedule): number {
  const d = dayNumber(date);
  const last = s.cumulative.length - 1;
  if (d < dayNumber(s.start)) return 0;
  if (d >= dayNumber(s.end)) return s.cumulative[last] ?? 0;
  let i = last;
  while (i > 0 && dayNumber((s.periods[i] as Period).start) > d) i--;
  const p = s.periods[i] as Period;
  if (d >= dayNumber(p.end)) return s.cumulative[i] as number;
  const before = i === 0 ? 0 : (s.cumulative[i - 1] as number);
  const days = s.periodWorkingDays[i] as number;
  if (days === 0) return before;
  const value: Record<string, number> = {
    [leadRef.weightBefore]: before,
    [leadRef.periodWeight]: s.weights[i] as number,
    [leadRef.workdaysThrough]: workingDays(p.start, date, s.cal),
    [leadRef.periodWorkdays]: days,
  };
  return evaluate(partialWeightRule, (name) => value[name] as number);
}

/** The date whose deals the pipeline at the start must cover: start + offset − 1. */
export const pipelineDueBy = (start: IsoDate, offset: number): IsoDate => addDays(start, offset - 1);

export interface LeadSplit {
  /** What must be in the pipeline before the plan starts. */
  pipelineAtStart: number;
  /** Target in each period; with the pipeline adds up to the total. */
  perPeriod: number[];
}

/** A stage's total shared over the periods `offset` days ahead of its deals (cumulative ceiling). */
export function leadSplit(total: number, offset: number, s: DealSchedule): LeadSplit {
  const weightSum = s.cumulative[s.cumulative.length - 1] ?? 0;
  if (weightSum <= 0) return { pipelineAtStart: 0, perPeriod: s.periods.map(() => 0) };
  const running = (cum: number) => {
    const value: Record<string, number> = {
      [splitRef.total]: total,
      [splitRef.cumulative]: cum,
      [splitRef.weightSum]: weightSum,
    };
    return evaluate(runningRule, (name) => value[name] as number);
  };
  const pipelineAtStart = running(dealWeightDueBy(pipelineDueBy(s.start, offset), s));
  let previous = pipelineAtStart;
  const perPeriod = s.periods.map((p) => {
    const now = running(dealWeightDueBy(addDays(p.end, offset), s));
    const part = now - previous;
    previous = now;
    return part;
  });
  return { pipelineAtStart, perPeriod };
}

export interface DueShareInput {
  required: number;
  pipelineAtStart: number;
  offset: number;
  asOf: IsoDate;
  start: IsoDate;
  end: IsoDate;
  workdaysTotal: number;
  cal: WorkCalendar;
}

/** dueShareRule evaluated; 0 when nothing is left to do in the plan. */
export function dueShare(x: DueShareInput): number {
  const due = addDays(x.asOf, x.offset);
  const through =
    dayNumber(due) < dayNumber(x.start) ? 0 : workingDays(x.start, due < x.end ? due : x.end, x.cal);
  const value: Record<string, number> = {
    [leadRef.required]: x.required,
    [leadRef.pipeline]: x.pipelineAtStart,
    [leadRef.workdaysThrough]: through,
    [leadRef.workdaysTotal]: x.workdaysTotal,
  };
  const v = evaluate(dueShareRule, (name) => value[name] as number);
  return Number.isFinite(v) ? v : 0;
}
