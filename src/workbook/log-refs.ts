// How formulas read the Actuals log: whole columns ('Actuals'!$C:$C), so every row typed or pasted
// below the header counts, however far down and however many rows Sheets adds (BRIEF §3.5: the log
// is open). A header is text, so no date or number criterion ever picks it. Whole columns are what
// Sheets, Excel and LibreOffice each bound by the rows in use; a named range would not do, as a range
// handed to Apps Script is bounded by the grid when it is named.

import type { Stream } from "../domain/plan-schema";
import type { PhaseMeaning } from "../domain/source/mapping-file";
import { wholeColumn } from "./a1";
import type { ActualsColumn } from "./actuals-columns";
import { type DealSource, dealQuery } from "./deal-counts";
import { N } from "./names";

/**
 * A sheet of the team's own counted like the log (issue 19: a form's responses, a CRM export pasted
 * as is, a deal list): its columns' keys by position, from the mapping the user confirmed.
 */
export interface LogSource {
  sheetName: string;
  /** The key of each column (0-based), null for a column not read: log keys, or deal fields. */
  columns: readonly (string | null)[];
  /** "add": counted with Actuals; "instead": Actuals is not counted. */
  counts: "add" | "instead";
  /** A deal list (one row per deal): its stream and what its phase values mean (deal-counts.ts). */
  deals?: { stream: Stream; phases: Record<string, PhaseMeaning> };
}

export interface LogRefs {
  sheetName: string;
  columns: readonly ActualsColumn[];
  /** The whole column of a log key (date, rep, kgi, stage:<stream>.<stage>, kpi:<id>, notes). */
  column(key: string): string;
  /** The connected source, if any: every sum and count below also reads it. */
  source: LogSource | null;
}

/**
 * The criteria of a date column from `from` through `to` (cells or names): on or after the first day,
 * before the day after the last, so a timestamp with a time of day (a form's 2027/01/05 9:15:02)
 * counts on its date.
 */
export function onDates(column: string, from: string, to: string): string {
  return `${column},">="&${from},${column},"<"&(${to}+1)`;
}

/**
 * The two ways a date falls outside from–to, onDates' complement: before the first day, or on or
 * after the day after the last (a timestamp on the last day is inside).
 */
export function offDates(date: string, from: string, to: string): [before: string, after: string] {
  return [`${date}<${from}`, `${date}>=${to}+1`];
}

/** A criterion on a log column by key: `{ key: "rep", criterion: exactly("A5") }`. */
export interface Where {
  key: string;
  criterion: string;
}

/**
 * What a formula asks of the log: the sum of a column's numbers (≥ 0), how many numbers it has, or
 * how many rows meet the criteria; dated from–to when `from` is given. One shape for every log, so
 * each log renders it its own way (Actuals and a log-shaped source by column, a deal list by case).
 */
export interface LogQuery {
  op: "sum" | "count" | "rows";
  /** The column summed or counted (not for "rows"). */
  key?: string;
  from?: string;
  to?: string;
  where: readonly Where[];
}

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
 * The query over a log laid out by key (Actuals, or a source shaped like it), given each key's whole
 * column; null when the log lacks a column the query needs (it then adds nothing: a form without the
 * KGI's question has no KGI to add).
 */
export function byColumns(q: LogQuery, column: (key: string) => string | null): string | null {
  const keys = [q.key, ...(q.from === undefined ? [] : ["date"]), ...q.where.map((w) => w.key)];
  if (keys.some((k) => k !== undefined && column(k) === null)) return null;
  const col = (key: string) => column(key) as string;
  const dated = q.from === undefined ? "" : `,${onDates(col("date"), q.from, q.to ?? q.from)}`;
  const extra = q.where.map((w) => `,${col(w.key)},${w.criterion}`).join("");
  const value = q.key === undefined ? "" : col(q.key);
  if (q.op === "sum") return `SUMIFS(${value}${dated},${value},">=0"${extra})`;
  if (q.op === "count") return `COUNTIFS(${value},">=0"${dated}${extra})`;
  return `COUNTIFS(${(dated + extra).slice(1)})`;
}

/**
 * A query read over every log that counts: Actuals (unless a source counts instead of it) plus the
 * connected source; with nothing to read, 0.
 */
export function acrossLogs(log: LogRefs, q: LogQuery): string {
  // Our own log has every column the plan asks of it: a missing one is a fault, thrown by column().
  const own = (key: string) => log.column(key);
  const source = log.source;
  if (!source) return byColumns(q, own) ?? "0";
  const parts: string[] = [];
  if (source.counts === "add") parts.push(byColumns(q, own) ?? "0");
  const theirs = source.deals
    ? dealQuery(q, source as DealSource)
    : byColumns(q, (key) => {
        const at = source.columns.indexOf(key);
        return at < 0 ? null : wholeColumn(source.sheetName, at);
      });
  if (theirs !== null) parts.push(theirs);
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
 * Sum of a log column between two dates (cells or names; onDates). Negative numbers are left out:
 * they are entries that cannot be counted, which the Dashboard's checks show (log-checks.ts).
 */
export function between(log: LogRefs, key: string, from: string, to: string, where: Where[] = []): string {
  return acrossLogs(log, { op: "sum", key, from, to, where });
}

/** How many numbers (≥ 0) a log column has between two dates: the entries SUMIFS adds. */
export function countBetween(
  log: LogRefs,
  key: string,
  from: string,
  to: string,
  where: Where[] = [],
): string {
  return acrossLogs(log, { op: "count", key, from, to, where });
}

/** Sum of a log column from the period start through the as-of date (criteria may follow). */
export function toDate(log: LogRefs, key: string, where: Where[] = []): string {
  return between(log, key, N.periodStart, N.asOf, where);
}

/** One rep's entries: the criterion on the rep column naming exactly the rep in `cell`. */
export const forRep = (cell: string): Where[] => [{ key: "rep", criterion: exactly(cell) }];

/**
 * Average of the numbers entered in a log column from the period start through the as-of date, blank
 * when there are none. SUMIFS ÷ COUNTIFS (BRIEF §2 functions; AVERAGEIFS is not in HyperFormula): the
 * criterion ">=0" counts exactly the numbers SUMIFS adds, leaving blanks, text and negatives out.
 * `where` adds criteria to both (one rep's entries).
 */
export function averageToDate(log: LogRefs, key: string, atMost?: number, where: Where[] = []): string {
  return averageBetween(log, key, N.periodStart, N.asOf, atMost, where);
}

/** The average of averageToDate over the entries dated `from` through `to` (cells or names). */
export function averageBetween(
  log: LogRefs,
  key: string,
  from: string,
  to: string,
  atMost?: number,
  where: Where[] = [],
): string {
  const top = [...(atMost === undefined ? [] : [{ key, criterion: `"<=${atMost}"` }]), ...where];
  const count = countBetween(log, key, from, to, top);
  return `IF(${count}=0,"",${between(log, key, from, to, top)}/${count})`;
}
