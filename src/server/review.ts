// "Record review": one row per KPI appended to the Review Log — the as-of date, target to date,
// actual, achievement, the bottleneck and the manager's note — in one write.

import type { ReviewResult } from "../contract/endpoints";
import { isoDateInZone } from "../domain/calendar-dates";
import { parsePlan } from "../domain/plan";
import { buildWorkbook } from "../workbook/build";
import { numberFormatPattern } from "../workbook/look";
import { withDocumentLock } from "./generate";
import { readDocument, readStoredMeta } from "./ownership";

export class NoPlanError extends Error {}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

export function recordReview(note: string): ReviewResult {
  return withDocumentLock(() => {
    const ss = SpreadsheetApp.getActive();
    const doc = readDocument(ss);
    const parsed = parsePlan(readStoredMeta(doc).plan);
    const dashboard = doc.own.get("dashboard");
    const log = doc.own.get("review");
    if (!parsed.ok || !dashboard || !log) throw new NoPlanError("no plan");
    // The layout is pure: rebuilding the spec says where each KPI sits on the dashboard.
    const layout = buildWorkbook(parsed.plan).dashboard;
    // Values and their number formats from one range: a row of the log shows each figure as the
    // Dashboard does (a rate in percent, money whole), whatever the KPI.
    const range = dashboard.getDataRange();
    const values = range.getValues();
    const formats = range.getNumberFormats();
    const cell = (r: number, c: number) => values[r]?.[c] ?? "";
    const format = (r: number, c: number, otherwise: string) => formats[r]?.[c] || otherwise;
    const asOfValue = cell(1, 1);
    const zone = ss.getSpreadsheetTimeZone();
    const asOf = isDate(asOfValue) ? isoDateInZone(asOfValue, zone) : String(asOfValue);
    const bottleneck = layout.bottlenecks
      .filter((b) => String(cell(b.row, b.col)) !== "")
      .map((b) => b.label)
      .join(", ");
    // Text columns are formatted as plain text before the values go in, so names and notes are
    // stored exactly as typed, never read as formulas (BRIEF §3.5).
    const kpiRows = [layout.kgiRow, ...layout.kpiRows];
    const rows = kpiRows.map((r) => [
      asOf,
      String(cell(r, layout.col.kpi)),
      cell(r, layout.col.toDate),
      cell(r, layout.col.actual),
      cell(r, layout.col.achievement),
      bottleneck,
      note,
    ]);
    const rowFormats = kpiRows.map((r) => [
      numberFormatPattern.date,
      numberFormatPattern.text,
      format(r, layout.col.toDate, numberFormatPattern.decimal),
      format(r, layout.col.actual, numberFormatPattern.decimal),
      format(r, layout.col.achievement, numberFormatPattern.percent),
      numberFormatPattern.text,
      numberFormatPattern.text,
    ]);
    const at = log.getLastRow() + 1;
    const needed = at + rows.length - 1 - log.getMaxRows();
    if (needed > 0) log.insertRowsAfter(log.getMaxRows(), needed);
    const target = log.getRange(at, 1, rows.length, 7);
    target.setNumberFormats(rowFormats);
    target.setValues(rows as (string | number | boolean | Date)[][]);
    return { rows: rows.length, asOf };
  });
}
