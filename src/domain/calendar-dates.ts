// Calendar dates as ISO strings ("2026-04-01"): no time of day, no time zone, so the same date is
// the same day in Tokyo, Los Angeles, Node and Apps Script.
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for an ISO date (UTC arithmetic, no zone). */
export function dayNumber(date: IsoDate): number {
  const m = ISO.exec(date);
  if (!m) throw new Error(`not an ISO date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function fromDayNumber(day: number): IsoDate {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2026-02-30). */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  return fromDayNumber(dayNumber(s)) === s;
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: IsoDate): number {
  const d = new Date(dayNumber(date) * 86_400_000).getUTCDay();
  return d === 0 ? 7 : d;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar date a Date object shows in a time zone (cells hand dates as midnight there). */
export function isoDateInZone(d: Date, timeZone: string): IsoDate {
  // Building a formatter is slow; a custom function over 10,000 rows needs one per zone.
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

/** Milliseconds the wall clock of `timeZone` is ahead of UTC at instant `t`. */
function zoneOffset(t: number, timeZone: string): number {
  let f = wallFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallFormatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
  const wall = Date.UTC(p.year as number, (p.month as number) - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(t / 1000) * 1000;
}

/**
 * The instant a calendar date begins in a time zone: what Sheets stores for that date in a spreadsheet
 * of that zone, whatever zone the script itself runs in.
 */
export function midnightInZone(date: IsoDate, timeZone: string): Date {
  const [y, m, d] = date.split("-").map(Number);
  const utcMidnight = Date.UTC(y as number, (m as number) - 1, d);
  // Midnight under the offset in force the day before, and under the one the day after: across a
  // change of offset one of them is right. The earliest that falls on the date is its first instant —
  // where the clocks jump at midnight (Santiago, Havana) the day begins at 01:00.
  const candidates = [-1, 1]
    .map((days) => utcMidnight - zoneOffset(utcMidnight + days * 86_400_000, timeZone))
    .filter((t) => isoDateInZone(new Date(t), timeZone) === date);
  // A date the zone skipped altogether (Apia, 2011-12-30) has no first instant: take the day after's.
  return new Date(
    candidates.length ? Math.min(...candidates) : utcMidnight - zoneOffset(utcMidnight, timeZone),
  );
}
