// Dates as Google Sheets stores them: a serial number of days since 1899-12-30 in the spreadsheet's
// time zone (the wall clock there, not UTC). Time-zone arithmetic uses Intl, so any IANA zone works.

const DAY_MS = 86_400_000;
/** 1899-12-30T00:00 as a UTC wall clock: serial 0. */
export const EPOCH_MS = Date.UTC(1899, 11, 30);

export interface WallClock {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** 0 = Sunday */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
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
      era: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** A wall clock read from a UTC-based epoch value (as if the value were UTC). */
function utcWall(ms: number): WallClock {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** The wall clock in `timeZone` at the instant `utcMs`. */
export function wallClock(utcMs: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(utcMs))) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === "BC") year = 1 - year;
  const wall = Date.UTC(
    year,
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
    ((utcMs % 1000) + 1000) % 1000,
  );
  return utcWall(wall);
}

/** Milliseconds the zone is ahead of UTC at the instant `utcMs`. */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  const w = wallClock(utcMs, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return wall - utcMs;
}

/** The instant at which the wall clock in `timeZone` shows `wallMs` (a wall clock written as UTC). */
export function zonedWallToUtc(wallMs: number, timeZone: string): number {
  let utc = wallMs - zoneOffsetMs(wallMs, timeZone);
  utc = wallMs - zoneOffsetMs(utc, timeZone);
  return utc;
}

/** The spreadsheet serial of an instant, read on the wall clock of `timeZone`. */
export function utcToSerial(utcMs: number, timeZone: string): number {
  return (utcMs + zoneOffsetMs(utcMs, timeZone) - EPOCH_MS) / DAY_MS;
}

/** The instant a serial denotes in `timeZone` (midnight there for a whole number). */
export function serialToUtc(serial: number, timeZone: string): number {
  return zonedWallToUtc(EPOCH_MS + Math.round(serial * DAY_MS), timeZone);
}

/** The wall clock a serial shows (no zone needed: a serial is already a wall clock). */
export function serialWall(serial: number): WallClock {
  return utcWall(EPOCH_MS + Math.round(serial * DAY_MS));
}

/** Serial of a calendar date, or null when the date does not exist (2024-02-30). */
export function dateSerial(year: number, month: number, day: number, hour = 0, minute = 0, second = 0) {
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  const w = utcWall(ms);
  if (w.year !== year || w.month !== month || w.day !== day || hour > 23 || minute > 59 || second > 59)
    return null;
  return (ms - EPOCH_MS) / DAY_MS;
}

/** Recognizes a Date from any realm (a vm context's Date fails `instanceof Date`). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

/** The epoch value of a Date from any realm. */
export function timeOf(d: Date): number {
  return Date.prototype.getTime.call(d);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
export const monthName = (m: number, short: boolean) => {
  const name = MONTHS[m - 1] ?? "";
  return short ? name.slice(0, 3) : name;
};
export const weekdayName = (d: number, short: boolean) => {
  const name = WEEKDAYS[d] ?? "";
  return short ? name.slice(0, 3) : name;
};

const pad = (n: number, width: number) => String(Math.abs(n)).padStart(width, "0");

function offsetText(offsetMs: number, style: "Z" | "X1" | "X2" | "X3"): string {
  const total = Math.round(offsetMs / 60_000);
  if (total === 0 && style.startsWith("X")) return "Z";
  const sign = total < 0 ? "-" : "+";
  const h = pad(Math.floor(Math.abs(total) / 60), 2);
  const m = pad(Math.abs(total) % 60, 2);
  if (style === "X1") return `${sign}${h}`;
  if (style === "X3") return `${sign}${h}:${m}`;
  return `${sign}${h}${m}`;
}

/**
 * Utilities.formatDate: a Java SimpleDateFormat pattern ("yyyy-MM-dd HH:mm", "EEE, d MMM yyyy",
 * quoted 'literals') rendered on the wall clock of `timeZone`, English names.
 */
export function formatJavaDate(utcMs: number, timeZone: string, pattern: string): string {
  const w = wallClock(utcMs, timeZone);
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] as string;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop).replace(/''/g, "'");
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === ch) n++;
    i += n;
    const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
    switch (ch) {
      case "G":
        out += w.year > 0 ? "AD" : "BC";
        break;
      case "y":
      case "Y":
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case "u":
        out += pad(w.weekday === 0 ? 7 : w.weekday, n);
        break;
      case "M":
      case "L":
        out += n >= 4 ? monthName(w.month, false) : n === 3 ? monthName(w.month, true) : pad(w.month, n);
        break;
      case "d":
        out += pad(w.day, n);
        break;
      case "D": {
        const doy = (Date.UTC(w.year, w.month - 1, w.day) - Date.UTC(w.year, 0, 1)) / DAY_MS + 1;
        out += pad(doy, n);
        break;
      }
      case "E":
        out += weekdayName(w.weekday, n < 4);
        break;
      case "a":
        out += w.hour < 12 ? "AM" : "PM";
        break;
      case "H":
        out += pad(w.hour, n);
        break;
      case "k":
        out += pad(w.hour === 0 ? 24 : w.hour, n);
        break;
      case "K":
        out += pad(w.hour % 12, n);
        break;
      case "h":
        out += pad(h12, n);
        break;
      case "m":
        out += pad(w.minute, n);
        break;
      case "s":
        out += pad(w.second, n);
        break;
      case "S":
        out += pad(w.ms, Math.max(n, 3)).slice(0, n);
        break;
      case "Z":
        out += offsetText(zoneOffsetMs(utcMs, timeZone), "Z");
        break;
      case "X":
        out += offsetText(zoneOffsetMs(utcMs, timeZone), n === 1 ? "X1" : n === 2 ? "X2" : "X3");
        break;
      case "z": {
        const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "short" })
          .formatToParts(new Date(utcMs))
          .find((p) => p.type === "timeZoneName");
        out += name?.value ?? timeZone;
        break;
      }
      default:
        throw new Error(`Illegal pattern character '${ch}'`);
    }
  }
  return out;
}
