// The effect of an action, in formulas beside it in the Review Log: its metric over the
// ACTION_WINDOW_PERIODS periods up to the action's date (before) and as many from the next day
// (after), and the change. The action's date is the review's as-of date: the review saw the data
// through it, so what the action does shows from the next day on.
//
// Fair windows: both are clipped to the plan's period, and the after window to AS_OF, so a window
// half over is compared on the days it has had. Counts are per working day of each window
// (NETWORKDAYS.INTL with the Dashboard's WEEKEND_MASK and HOLIDAYS), rates next stage ÷ this stage
// over the window, manual levels averages. A window with nothing to measure is blank: the after one
// until the day after the action's date has come. Portable functions only (BRIEF §2): EDATE for
// months, 7 days a week.
import type { Plan } from "../domain/plan";
import type { ActionMetric, EffectRule } from "./action-metrics";
import { ARCHIVED } from "./actuals-columns";
import { between, countBetween, type LogRefs } from "./log-refs";
import { N } from "./names";

export interface EffectFormulas {
  before: string;
  after: string;
  /** After − before, in the metric's own unit (percentage points for a rate). */
  change: string;
}

/** A window's first and last day, as formula expressions. */
interface Window {
  from: string;
  to: string;
}

/** The windows of an action dated in `date` (a cell such as $A12), for the plan's period length. */
export function effectWindows(plan: Plan, date: string): { before: Window; after: Window } {
  const next = `${date}+1`;
  const n = N.actionWindow;
  const monthly = plan.period.granularity === "month";
  const beforeStart = monthly ? `EDATE(${next},-${n})` : `${next}-7*${n}`;
  const afterEnd = monthly ? `EDATE(${next},${n})-1` : `${date}+7*${n}`;
  return {
    before: { from: `MAX(${N.periodStart},${beforeStart})`, to: `MIN(${date},${N.asOf},${N.periodEnd})` },
    after: { from: `MAX(${N.periodStart},${next})`, to: `MIN(${afterEnd},${N.asOf},${N.periodEnd})` },
  };
}

/** A log key, or its archived column's when the plan dropped it; else null. */
function keyOf(log: LogRefs, key: string): string | null {
  for (const k of [key, `${ARCHIVED}${key}`]) {
    if (log.columns.some((c) => c.key === k)) return k;
  }
  return null;
}

/** The metric over one window, blank when the window is empty or has nothing to divide by. */
function measure(log: LogRefs, rule: EffectRule, w: Window): string | null {
  const sum = (column: string) => between(log, column, w.from, w.to);
  let value: string;
  if (rule.kind === "perDay") {
    const column = keyOf(log, rule.column);
    if (!column) return null;
    value = `${sum(column)}/NETWORKDAYS.INTL(${w.from},${w.to},${N.weekendMask},${N.holidays})`;
  } else if (rule.kind === "rate") {
    const [from, to] = [keyOf(log, rule.from), keyOf(log, rule.to)];
    if (!from || !to) return null;
    value = `${sum(to)}/${sum(from)}`;
  } else {
    const column = keyOf(log, rule.column);
    if (!column) return null;
    // SUMIFS ÷ COUNTIFS over the same entries, as the Dashboard averages (log-refs.ts).
    const top = rule.atMost === undefined ? [] : [{ key: column, criterion: `"<=${rule.atMost}"` }];
    const count = countBetween(log, column, w.from, w.to, top);
    value = `${between(log, column, w.from, w.to, top)}/${count}`;
  }
  // A window that ends before it starts (the action is too recent, or outside the period) is blank;
  // so is one with nothing to divide by, or a date cell that is not a date.
  return `IFERROR(IF(${w.from}>${w.to},"",${value}),"")`;
}

/**
 * The before, after and change formulas of an action row: `date` is the action's date cell, `cells`
 * where the row's before and after land (for the change). Null when the log has no column to read.
 */
export function effectFormulas(
  plan: Plan,
  log: LogRefs,
  metric: ActionMetric,
  date: string,
  cells: { before: string; after: string },
): EffectFormulas | null {
  const w = effectWindows(plan, date);
  const before = measure(log, metric.rule, w.before);
  const after = measure(log, metric.rule, w.after);
  if (!before || !after) return null;
  // Blank until both are there; never a date or text read as a number.
  const blank = `OR(${cells.before}="",${cells.after}="",${date}="")`;
  return {
    before: `IF(${date}="","",${before})`,
    after: `IF(${date}="","",${after})`,
    change: `IF(${blank},"",${cells.after}-${cells.before})`,
  };
}
