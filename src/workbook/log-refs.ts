// How formulas read the Actuals log: whole columns ('Actuals'!$C:$C), so every row typed or pasted
// below the header counts, however far down and however many rows Sheets adds (BRIEF §3.5: the log
// is open). A header is text, so no date or number criterion ever picks it. Whole columns are what
// Sheets, Excel and LibreOffice each bound by the rows in use; a named range would not do, as a range
// handed to Apps Script is bounded by the grid when it is named.
import { columnLetter, quoteSheet } from "./a1";
import type { ActualsColumn } from "./actuals-columns";
import { N } from "./names";

export interface LogRefs {
  sheetName: string;
  columns: readonly ActualsColumn[];
  /** The whole column of a log key (date, rep, kgi, stage:<stream>.<stage>, kpi:<id>, notes). */
  column(key: string): string;
}

export function logRefs(sheetName: string, columns: readonly ActualsColumn[]): LogRefs {
  const at = new Map(columns.map((c, i) => [c.key, i]));
  return {
    sheetName,
    columns,
    column(key) {
      const i = at.get(key);
      if (i === undefined) throw new Error(`the Actuals log has no column ${key}`);
      const letter = columnLetter(i);
      return `${quoteSheet(sheetName)}!$${letter}:$${letter}`;
    },
  };
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
  const date = log.column("date");
  return `SUMIFS(${range},${date},">="&${from},${date},"<="&${to},${range},">=0"${extra})`;
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
  const date = log.column("date");
  const top = (atMost === undefined ? "" : `,${range},"<=${atMost}"`) + extra;
  const count = `COUNTIFS(${range},">=0",${date},">="&${from},${date},"<="&${to}${top})`;
  return `IF(${count}=0,"",${between(log, range, from, to, top)}/${count})`;
}
