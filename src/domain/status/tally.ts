// Sums and averages over the read log, by the same criteria as the Dashboard's SUMIFS/COUNTIFS:
// a date from `from` through `to` inclusive, optionally one rep (exact, letter case aside).
import type { IsoDate } from "../calendar-dates";
import type { LogEntry } from "./log-entries";

export interface Window {
  from: IsoDate;
  to: IsoDate;
  /** One rep's entries only; undefined = everyone's (the team's rows include unknown reps). */
  rep?: string;
}

export class Tally {
  constructor(private readonly entries: readonly LogEntry[]) {}

  /** Each entry in the window with a number for `key`, and that number. */
  private *counted(key: string, w: Window): Generator<[LogEntry, number]> {
    const rep = w.rep?.toLowerCase();
    for (const e of this.entries) {
      if (e.date < w.from || e.date > w.to) continue;
      if (rep !== undefined && e.rep?.toLowerCase() !== rep) continue;
      const v = e.values.get(key);
      if (v !== undefined) yield [e, v];
    }
  }

  private *values(key: string, w: Window): Generator<number> {
    for (const [, v] of this.counted(key, w)) yield v;
  }

  /** SUMIFS: the total of the numbers counted in the window (0 when none). */
  sum(key: string, w: Window): number {
    let s = 0;
    for (const v of this.values(key, w)) s += v;
    return s;
  }

  /**
   * Sums per day: each value in the window adds to the first of `days` (ascending) on or after its
   * date — SUMIFS over (the day before, this day] for each day, in one pass over the log.
   */
  sumByDay(key: string, days: readonly IsoDate[], w: Window): number[] {
    const sums = days.map(() => 0);
    for (const [e, v] of this.counted(key, w)) {
      let lo = 0;
      let hi = days.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((days[mid] as IsoDate) < e.date) lo = mid + 1;
        else hi = mid;
      }
      if (lo < days.length) sums[lo] = (sums[lo] as number) + v;
    }
    return sums;
  }

  /** SUMIFS ÷ COUNTIFS: the average of the numbers counted, null when there are none. */
  average(key: string, w: Window): number | null {
    let s = 0;
    let n = 0;
    for (const v of this.values(key, w)) {
      s += v;
      n++;
    }
    return n === 0 ? null : s / n;
  }
}
