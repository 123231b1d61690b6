// The Actuals log as the Dashboard's formulas read it (BRIEF §3.5): a value counts when its row is
// dated inside the plan's period and it is a number of at least 0 (and, in a percent column, at most
// 1 = 100%); a rep is matched exactly, letter case aside, as SUMIFS compares text. Everything typed
// that cannot be counted is listed with its cell and why, never dropped silently.
import type { IsoDate } from "../calendar-dates";

/** One cell as the spreadsheet holds it: what an edge (xlsx, csv) read, typed by the cell, not guessed. */
export type LogValue =
  | { kind: "blank" }
  | { kind: "number"; value: number }
  | { kind: "date"; date: IsoDate }
  | { kind: "text"; text: string }
  | { kind: "boolean"; value: boolean };

/** A column of the log: its id (date, rep, kgi, stage:<stream>.<stage>, kpi:<id>, notes…) or null. */
export interface LogColumn {
  key: string | null;
  /** Fractions from 0 to 1 only (a percent KPI's column). */
  percent?: boolean;
}

export interface LogSheet {
  /** The sheet's name, for cell addresses ("Actuals!C7"). */
  name: string;
  columns: readonly LogColumn[];
  /** Rows below the header: rows[i] is sheet row i + 2. */
  rows: readonly (readonly LogValue[])[];
}

/** The log key of a stage's column: stage:<stream>.<stage>. */
export const stageLogKey = (stream: string, stage: string): string => `stage:${stream}.${stage}`;

export interface LogEntry {
  date: IsoDate;
  /** The rep as typed, trimmed of nothing: names match exactly. */
  rep: string | null;
  /** Countable numbers by column key. */
  values: ReadonlyMap<string, number>;
}

export type UnreadableWhy =
  | "date_text"
  | "date_outside"
  | "no_date"
  | "rep_unknown"
  | "not_number"
  | "negative"
  | "percent_above_1";

export interface Unreadable {
  cell: string;
  value: string | number | boolean;
  why: UnreadableWhy;
}

export interface ReadLog {
  entries: LogEntry[];
  unreadable: Unreadable[];
}

const columnLetter = (i: number): string => {
  let s = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** A cell's address as the user finds it: 'Sheet name'!C7 for column index 2 of rows[5]. */
export const cellName = (sheet: string, col: number, rowIndex: number): string =>
  `${quote(sheet)}!${columnLetter(col)}${rowIndex + 2}`;

const quote = (sheet: string) =>
  /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;

export function shown(v: LogValue): string | number | boolean {
  switch (v.kind) {
    case "number":
    case "boolean":
      return v.value;
    case "date":
      return v.date;
    case "text":
      return v.text;
    case "blank":
      return "";
  }
}

/** Spreadsheet dates are day serials from 1899-12-30: a number in the date column is a date too. */
export function serialDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Reads every row against the plan's period and team. */
export function readLog(
  sheet: LogSheet,
  period: { start: IsoDate; end: IsoDate },
  team: readonly string[],
): ReadLog {
  const at = (key: string) => sheet.columns.findIndex((c) => c.key === key);
  const dateCol = at("date");
  const repCol = at("rep");
  const counted = sheet.columns
    .map((c, i) => ({ ...c, i }))
    .filter(
      (c) =>
        c.key !== null &&
        c.key !== "date" &&
        c.key !== "rep" &&
        c.key !== "notes" &&
        !c.key.startsWith("archived:"),
    );
  const members = new Set(team.map((n) => n.toLowerCase()));
  const entries: LogEntry[] = [];
  const unreadable: Unreadable[] = [];
  sheet.rows.forEach((row, r) => {
    const cell = (i: number) => cellName(sheet.name, i, r);
    const flag = (i: number, v: LogValue, why: UnreadableWhy) =>
      unreadable.push({ cell: cell(i), value: shown(v), why });
    // A missing column (index −1) reads as blank: row[-1] is undefined.
    const get = (i: number): LogValue => row[i] ?? { kind: "blank" };
    const values = new Map<string, number>();
    for (const c of counted) {
      const v = get(c.i);
      if (v.kind === "blank") continue;
      if (v.kind !== "number") flag(c.i, v, "not_number");
      else if (v.value < 0) flag(c.i, v, "negative");
      else if (c.percent && v.value > 1) flag(c.i, v, "percent_above_1");
      else values.set(c.key as string, v.value);
    }
    const d = get(dateCol);
    const date = d.kind === "date" ? d.date : d.kind === "number" ? serialDate(d.value) : null;
    if (d.kind === "blank") {
      if (values.size > 0) flag(Math.max(dateCol, 0), d, "no_date");
      return;
    }
    if (date === null) {
      flag(dateCol, d, "date_text");
      return;
    }
    if (date < period.start || date > period.end) {
      flag(dateCol, d, "date_outside");
      return;
    }
    const rv = get(repCol);
    const rep = rv.kind === "blank" ? null : String(shown(rv));
    if (rep === null || !members.has(rep.toLowerCase())) flag(repCol, rv, "rep_unknown");
    entries.push({ date, rep, values });
  });
  return { entries, unreadable };
}
