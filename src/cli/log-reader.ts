// Reads an Actuals log for `status`, translating cells to what the spreadsheet holds (a number, a
// date, text) and deciding nothing else: from our workbook (columns found by id wherever they
// moved, the plan from its data sheet); a plain log's header is mapped by source-log.ts.
import type ExcelJS from "exceljs";
import type { Plan } from "../domain/plan";
import { logColumns } from "../domain/status/log-columns";
import type { LogSheet, LogValue } from "../domain/status/log-entries";
import { actualsColumnKeys } from "../workbook/meta";
import { definedNameColumns, inspectWorkbook } from "./xlsx-reader";

const BLANK: LogValue = { kind: "blank" };

/** One exceljs cell as the spreadsheet holds it; a formula as its stored result. */
export function logValue(v: ExcelJS.CellValue | undefined): LogValue {
  if (v === null || v === undefined) return BLANK;
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  if (typeof v === "string") return v === "" ? BLANK : { kind: "text", text: v };
  if (v instanceof Date) {
    return Number.isNaN(v.getTime()) ? BLANK : { kind: "date", date: v.toISOString().slice(0, 10) };
  }
  if ("richText" in v) return logValue(v.richText.map((t) => t.text).join(""));
  if ("formula" in v || "sharedFormula" in v) return logValue((v as { result?: ExcelJS.CellValue }).result);
  if ("text" in v && typeof v.text === "string") return logValue(v.text);
  if ("error" in v) return { kind: "text", text: String(v.error) };
  return BLANK;
}

export function rowsOf(ws: ExcelJS.Worksheet, width: number): LogValue[][] {
  const rows: LogValue[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => logValue(row.getCell(c + 1).value)));
  }
  return rows;
}

export const headerOf = (ws: ExcelJS.Worksheet): string[] => {
  const row = ws.getRow(1);
  const width = Math.max(row.cellCount, ws.columnCount);
  return Array.from({ length: width }, (_, c) => {
    const v = logValue(row.getCell(c + 1).value);
    return v.kind === "text"
      ? v.text
      : v.kind === "blank"
        ? ""
        : String(v.kind === "date" ? v.date : v.value);
  });
};

export type WorkbookLog =
  | { ok: true; plan: unknown; log: LogSheet }
  | { ok: false; why: "not_ours" | "no_plan" | "no_actuals" };

/** Our workbook: the plan as stored, its Actuals with each column's id. `parse` checks the plan. */
export function workbookLog(wb: ExcelJS.Workbook, parse: (raw: unknown) => Plan | null): WorkbookLog {
  const existing = inspectWorkbook(wb);
  if (!existing.meta) return { ok: false, why: "not_ours" };
  if (existing.meta.plan === null) return { ok: false, why: "no_plan" };
  const name = existing.ours.actuals;
  const ws = name ? wb.getWorksheet(name) : undefined;
  if (!ws || !name) return { ok: false, why: "no_actuals" };
  const plan = parse(existing.meta.plan);
  if (!plan) return { ok: true, plan: existing.meta.plan, log: { name, columns: [], rows: [] } };
  const header = headerOf(ws);
  const keys = actualsColumnKeys(header, existing.meta, definedNameColumns(wb, name));
  return { ok: true, plan, log: { name, columns: logColumns(keys, plan), rows: rowsOf(ws, header.length) } };
}

/** The log sheet of a plain .xlsx: one named as the plan's Actuals, else the first. */
export function logWorksheet(wb: ExcelJS.Workbook, actualsName: string): ExcelJS.Worksheet | undefined {
  return wb.getWorksheet(actualsName) ?? wb.worksheets[0];
}
