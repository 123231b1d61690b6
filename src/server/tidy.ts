// "Tidy actuals": the entries of our Actuals columns the Dashboard cannot count, converted where a
// person obviously meant something (domain/tidy.ts), after showing what will change. Only those
// cells are written, each still holding what was shown; nothing else is touched.
import { isoDateInZone } from "../domain/calendar-dates";
import { isPercentUnit } from "../domain/kpi-progress";
import { parsePlan } from "../domain/plan";
import { type TidyKind, tidyEntry } from "../domain/tidy";
import { columnLetter } from "../workbook/a1";
import { escapeText } from "./cell-values";
import { readActuals, readDocument, readStoredMeta } from "./ownership";

export interface TidyChange {
  /** 1-based sheet row and column. */
  row: number;
  col: number;
  /** A1 of the cell, e.g. "C7". */
  cell: string;
  before: string | number | boolean;
  after: string | number;
}

const kindOf = (key: string | null): TidyKind | null =>
  key === "date"
    ? "date"
    : key === "rep"
      ? "rep"
      : key === "kgi" || key?.startsWith("stage:") || key?.startsWith("kpi:")
        ? "number"
        : null;

/** What Tidy actuals would change now, in reading order; null when there is no plan here. */
export function tidyChanges(): { sheet: GoogleAppsScript.Spreadsheet.Sheet; changes: TidyChange[] } | null {
  const ss = SpreadsheetApp.getActive();
  const doc = readDocument(ss);
  const meta = readStoredMeta(doc);
  const plan = parsePlan(meta.plan);
  const sheet = doc.own.get("actuals");
  const log = readActuals(doc, meta);
  if (!plan.ok || !sheet || !log) return null;
  const team = plan.plan.team.map((m) => m.name);
  const percent = new Set(
    plan.plan.kpis.flatMap((k) =>
      "manual" in k.source && isPercentUnit(k.source.unit) ? [`kpi:${k.id}`] : [],
    ),
  );
  const kinds = log.columns.map((c) => (c.key && percent.has(c.key) ? "percent" : kindOf(c.key)));
  const changes: TidyChange[] = [];
  log.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      const kind = kinds[c];
      if (!kind || value === null || value === "") return;
      const after = tidyEntry(kind, value, team);
      if (after === null || after === value) return;
      changes.push({ row: r + 2, col: c + 1, cell: `${columnLetter(c)}${r + 2}`, before: value, after });
    });
  });
  return { sheet, changes };
}

/**
 * Writes the changes whose cells still hold what was shown, one call per run of neighbouring rows
 * in a column. Returns how many cells were written.
 */
export function applyTidy(sheet: GoogleAppsScript.Spreadsheet.Sheet, changes: readonly TidyChange[]): number {
  if (changes.length === 0) return 0;
  const zone = SpreadsheetApp.getActive().getSpreadsheetTimeZone();
  const lastRow = Math.max(...changes.map((c) => c.row));
  const lastCol = Math.max(...changes.map((c) => c.col));
  const now = sheet.getRange(1, 1, lastRow, lastCol).getValues();
  const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";
  const still = changes.filter((c) => {
    const v = now[c.row - 1]?.[c.col - 1];
    return (isDate(v) ? isoDateInZone(v, zone) : v) === c.before;
  });
  const byColumn = new Map<number, TidyChange[]>();
  for (const c of still) byColumn.set(c.col, [...(byColumn.get(c.col) ?? []), c]);
  for (const [col, list] of byColumn) {
    list.sort((a, b) => a.row - b.row);
    let i = 0;
    while (i < list.length) {
      let n = 1;
      while (list[i + n]?.row === (list[i] as TidyChange).row + n) n++;
      const run = list.slice(i, i + n);
      // A name is written as text ("=x" stays those characters); numbers and ISO dates as typed.
      const values = run.map((c) => [typeof c.after === "string" && c.col > 0 ? written(c) : c.after]);
      sheet.getRange((run[0] as TidyChange).row, col, n, 1).setValues(values);
      i += n;
    }
  }
  return still.length;
}

/** A date is written as its ISO form (Sheets reads it as that date); a rep's name as text. */
function written(c: TidyChange): string {
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(String(c.after));
  return iso ? String(c.after) : escapeText(String(c.after));
}
