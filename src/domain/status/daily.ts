// The KGI of each elapsed working day, the series the chance of reaching the KGI is estimated from.
// An entry dated on a day off counts on the next working day (a Saturday deal on Monday), so the days
// hold every entry from the period's start through the last working day elapsed; the Trends sheet's
// daily block sums the same windows.

import type { WorkCalendar } from "../calendar";
import { dayNumber, fromDayNumber, type IsoDate, isoWeekday } from "../calendar-dates";
import type { Tally } from "./tally";

/** The working days from `from` through `to`, inclusive, in order. */
export function workingDayList(from: IsoDate, to: IsoDate, cal: WorkCalendar): IsoDate[] {
  const workdays = new Set(cal.workdays);
  const holidays = new Set(cal.holidays);
  const out: IsoDate[] = [];
  for (let d = dayNumber(from); d <= dayNumber(to); d++) {
    const date = fromDayNumber(d);
    if (workdays.has(isoWeekday(date)) && !holidays.has(date)) out.push(date);
  }
  return out;
}

/** Per working day from `start` through `through`: the sum of `key` since the working day before. */
export function dailyActuals(
  tally: Tally,
  key: string,
  start: IsoDate,
  through: IsoDate,
  cal: WorkCalendar,
  rep?: string,
): number[] {
  const days = workingDayList(start, through, cal);
  const last = days[days.length - 1];
  return last === undefined ? [] : tally.sumByDay(key, days, { from: start, to: last, rep });
}
