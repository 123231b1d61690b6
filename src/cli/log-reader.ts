// Reads an Actuals log for `status`, translating cells to what the spreadsheet holds (a number, a
// date, text) and deciding nothing else: from our workbook (columns found by id wherever they
// moved, the plan from its data sheet), or from a plain log (.xlsx or .csv) with the Actuals header.
import ExcelJS from "exceljs";
import type { Plan } from "../domain/plan";
import { logColumns } from "../domain/status/log-columns";
import type { LogSheet, LogValue } from "../domain/status/log-entries";
import { planColumns } from "../workbook/actuals-columns";
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

function rowsOf(ws: ExcelJS.Worksheet, width: number): LogValue[][] {
  const rows: LogValue[][] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => logValue(row.getCell(c + 1).value)));
  }
  return rows;
}

const headerOf = (ws: ExcelJS.Worksheet): string[] => {
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

/**
 * A plain log: the first row is the Actuals header as the plan's workbook writes it (either
 * language's Date, Rep and Notes too). A column no header matches is the team's own: not read.
 * `name` names the cells of what cannot be counted (a .csv's file name).
 */
export function plainLog(
  ws: ExcelJS.Worksheet,
  plan: Plan,
  name = ws.name,
): LogSheet & { unmatched: string[]; missing: string[] } {
  const header = headerOf(ws);
  const byHeader = new Map<string, string>([
    ["date", "date"],
    ["日付", "date"],
    ["rep", "rep"],
    ["担当者", "rep"],
    ["notes", "notes"],
    ["メモ", "notes"],
  ]);
  const columns = planColumns(plan);
  // The header as written, or a name without its "(unit)": "Annual revenue" for the KGI's column.
  for (const c of columns)
    byHeader.set(
      c.header
        .replace(/\s*\([^()]*\)$/, "")
        .trim()
        .toLowerCase(),
      c.key,
    );
  for (const c of columns) byHeader.set(c.header.trim().toLowerCase(), c.key);
  const used = new Set<string>();
  const keys = header.map((h) => {
    const key = byHeader.get(h.trim().toLowerCase());
    if (!key || used.has(key)) return null;
    used.add(key);
    return key;
  });
  return {
    name,
    columns: logColumns(keys, plan),
    rows: rowsOf(ws, header.length),
    unmatched: header.filter((h, i) => keys[i] === null && h.trim() !== ""),
    missing: columns.filter((c) => !used.has(c.key) && c.key !== "notes").map((c) => c.header),
  };
}

/**
 * A .csv read as a spreadsheet opens it: numbers as numbers, dates (2026-04-01, 2026/4/1) as
 * dates, the rest text. A date that does not exist (2026-04-31) stays text, and is reported.
 */
export async function readCsv(path: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  return wb.csv.readFile(path, { dateFormats: ["YYYY-MM-DD", "YYYY-M-D", "YYYY/MM/DD", "YYYY/M/D"] });
}

/** The log sheet of a plain .xlsx: one named as the plan's Actuals, else the first. */
export function logWorksheet(wb: ExcelJS.Workbook, actualsName: string): ExcelJS.Worksheet | undefined {
  return wb.getWorksheet(actualsName) ?? wb.worksheets[0];
}
