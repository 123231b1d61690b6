// How formulas read the Actuals log: whole columns ('Actuals'!$C:$C), so every row typed or pasted
// below the header counts, however far down and however many rows Sheets adds (BRIEF §3.5: the log
// is open). A header is text, so no date or number criterion ever picks it. Whole columns are what
// Sheets, Excel and LibreOffice each bound by the rows in use; a named range would not do, as a range
// handed to Apps Script is bounded by the grid when it is named.
import { columnLetter, quoteSheet } from "./a1";
import type { ActualsColumn } from "./actuals-columns";
import { N } from "./names";

/**
 * A sheet of the team's own counted like the log (issue 19: a form's responses, a CRM export pasted
 * as is): its columns' keys by position, from the mapping the user confirmed.
 */
export interface LogSource {
  sheetName: string;
  /** The log key of each column (0-based), null for a column not read. */
  columns: readonly (string | null)[];
  /** "add": counted with Actuals; "instead": Actuals is not counted. */
  counts: "add" | "instead";
}

export interface LogRefs {
  sheetName: string;
  columns: readonly ActualsColumn[];
  /** The whole column of a log key (date, rep, kgi, stage:<stream>.<stage>, kpi:<id>, notes). */
  column(key: string): string;
  /** The connected source, if any: every sum and count below also reads it. */
  source: LogSource | null;
}

const wholeColumn = (sheet: string, i: number) => {
  const letter = columnLetter(i);
  return `${quoteSheet(sheet)}!$${letter}:$${letter}`;
};

export function logRefs(
  sheetName: string,
  columns: readonly ActualsColumn[],
  source: LogSource | null = null,
): LogRefs {
  const at = new Map(columns.map((c, i) => [c.key, i]));
  return {
    sheetName,
    columns,
    column(key) {
      const i = at.get(key);
      if (i === undefined) throw new Error(`the Actuals log has no column ${key}`);
      return wholeColumn(sheetName, i);
    },
    source,
  };
}

/**
 * One SUMIFS or COUNTIFS over Actuals, read over every log that counts: as written (unless a source
 * counts instead of Actuals), plus the same over the connected source with each Actuals column
 * swapped for the source's column of the same key. A source without one of the columns it needs
 * adds nothing (a form without the KGI's question has no KGI to add); with nothing to read, 0.
 */
export function acrossLogs(log: LogRefs, fragment: string): string {
  const source = log.source;
  if (!source) return fragment;
  const parts = source.counts === "add" ? [fragment] : [];
  let swapped: string | null = fragment;
  log.columns.forEach((c, i) => {
    const ref = wholeColumn(log.sheetName, i);
    if (swapped === null || !swapped.includes(ref)) return;
    const at = source.columns.indexOf(c.key);
    swapped = at < 0 ? null : swapped.split(ref).join(wholeColumn(source.sheetName, at));
  });
  if (swapped !== null) parts.push(swapped);
  return parts.length === 0 ? "0" : parts.length === 1 ? (parts[0] as string) : `(${parts.join("+")})`;
}

/**
 * A rep's name as a SUMIFS/COUNTIFS criterion that matches exactly that name and nothing else: "="
 * first (so "<none>" or "=x" is not read as a comparison) and the wildcards * ? ~ escaped with ~
 * (so "S*o" is not Sato). Sheets, Excel and LibreOffice read it alike; letter case aside, as every
 * spreadsheet criterion compares text.
 */
export function exactly(cell: string): string {
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * Sum of a log column between two dates (cells or names). Negative numbers are left out: they are
 * entries that cannot be counted, which the Dashboard's checks show (log-checks.ts).
 */
export function between(log: LogRefs, range: string, from: string, to: string, extra = ""): string {
  return acrossLogs(log, `SUMIFS(${range},${dated(log, from, to)},${range},">=0"${extra})`);
}

/**
 * The criteria of entries dated `from` through `to`: on or after the first day, before the day after
 * the last, so a timestamp with a time of day (a form's 2027/01/05 9:15:02) counts on its date.
 */
export function dated(log: LogRefs, from: string, to: string): string {
  const date = log.column("date");
  return `${date},">="&${from},${date},"<"&(${to}+1)`;
}

/** How many numbers (≥ 0) a log column has between two dates: the entries SUMIFS adds. */
export function countBetween(log: LogRefs, range: string, from: string, to: string, extra = ""): string {
  return acrossLogs(log, `COUNTIFS(${range},">=0",${dated(log, from, to)}${extra})`);
}

/** Sum of a log column from the period start through the as-of date (criteria may follow). */
export function toDate(log: LogRefs, range: string, extra = ""): string {
  return between(log, range, N.periodStart, N.asOf, extra);
}

/**
 * Average of the numbers entered in a log column from the period start through the as-of date, blank
 * when there are none. SUMIFS ÷ COUNTIFS (BRIEF §2 functions; AVERAGEIFS is not in HyperFormula): the
 * criterion ">=0" counts exactly the numbers SUMIFS adds, leaving blanks, text and negatives out.
 * `extra` adds criteria to both (one rep's entries).
 */
export function averageToDate(log: LogRefs, range: string, atMost?: number, extra = ""): string {
  return averageBetween(log, range, N.periodStart, N.asOf, atMost, extra);
}

/** The average of averageToDate over the entries dated `from` through `to` (cells or names). */
export function averageBetween(
  log: LogRefs,
  range: string,
  from: string,
  to: string,
  atMost?: number,
  extra = "",
): string {
  const top = (atMost === undefined ? "" : `,${range},"<=${atMost}"`) + extra;
  const count = countBetween(log, range, from, to, top);
  return `IF(${count}=0,"",${between(log, range, from, to, top)}/${count})`;
}
