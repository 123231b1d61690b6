// Periods and working days. Dates are ISO strings; weekdays are ISO (Mon 1 … Sun 7).
import { addDays, dayNumber, fromDayNumber, type IsoDate, isoWeekday } from "./calendar-dates";

export type Granularity = "month" | "week";

export interface Period {
  index: number;
  /** Label a person reads: "2026-04" for a month; for a week, its first day ("2026-04-06"). */
  label: string;
  start: IsoDate;
  end: IsoDate;
}

export interface WorkCalendar {
  workdays: readonly number[];
  holidays: readonly IsoDate[];
}

export const DEFAULT_WORKDAYS: readonly number[] = [1, 2, 3, 4, 5];

/** Months or Monday-to-Sunday weeks covering [start, end]; the first and last may be partial. */
export function periodsBetween(start: IsoDate, end: IsoDate, granularity: Granularity): Period[] {
  const out: Period[] = [];
  let from = start;
  while (dayNumber(from) <= dayNumber(end)) {
    const natural = granularity === "month" ? endOfMonth(from) : addDays(from, 7 - isoWeekday(from));
    const to = dayNumber(natural) < dayNumber(end) ? natural : end;
    out.push({ index: out.length, label: periodLabel(from, granularity), start: from, end: to });
    from = addDays(to, 1);
  }
  return out;
}

function periodLabel(start: IsoDate, granularity: Granularity): string {
  return granularity === "month" ? start.slice(0, 7) : start;
}

export function endOfMonth(date: IsoDate): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  return fromDayNumber(Date.UTC(y, m, 1) / 86_400_000 - 1);
}

/** Working days in [from, to], inclusive: a workday of the week and not a holiday. Empty if to < from. */
export function workingDays(from: IsoDate, to: IsoDate, cal: WorkCalendar): number {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (b < a) return 0;
  const workdays = new Set(cal.workdays);
  // Whole weeks first, then the remainder: constant time for long periods.
  const days = b - a + 1;
  const weeks = Math.floor(days / 7);
  let count = weeks * workdays.size;
  const firstWeekday = isoWeekday(from);
  for (let i = 0; i < days % 7; i++) {
    if (workdays.has(((firstWeekday - 1 + weeks * 7 + i) % 7) + 1)) count++;
  }
  for (const h of new Set(cal.holidays)) {
    const d = dayNumber(h);
    if (d >= a && d <= b && workdays.has(isoWeekday(h))) count--;
  }
  return count;
}

/** The period that contains a date, or null outside the plan. */
export function periodOf(date: IsoDate, periods: readonly Period[]): Period | null {
  const d = dayNumber(date);
  return periods.find((p) => dayNumber(p.start) <= d && d <= dayNumber(p.end)) ?? null;
}
