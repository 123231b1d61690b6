// Reads an existing .xlsx for `export --update`: which sheets are ours (the hidden data sheet lists
// them), which are someone else's, and the Actuals log with the id of each column.
import ExcelJS from "exceljs";
import type { CellValue, ExistingActuals } from "../workbook/actuals";
import { actualsColumnKeys, readMeta, type WorkbookMeta } from "../workbook/meta";
import type { SheetKey } from "../workbook/spec";

export interface ExistingWorkbook {
  workbook: ExcelJS.Workbook;
  /** Every sheet, in tab order. */
  sheetNames: string[];
  /** Our hidden data sheet, or null when the workbook is not one of ours. */
  dataSheet: string | null;
  meta: WorkbookMeta | null;
  /** Our sheets present in the workbook, by key (the data sheet included). */
  ours: Partial<Record<SheetKey, string>>;
  /** Sheets we did not create: never touched, and their names are never reused. */
  foreignSheetNames: string[];
  /** The Actuals log as typed, or null when there is none of ours. */
  actuals: ExistingActuals | null;
  /** The Review Log's rows below its header (kept by --update), empty when there is none. */
  reviews: CellValue[][];
  /** The Review Log's header as it stands (a team's own columns included), or null. */
  reviewHeader: CellValue[] | null;
}

export async function readWorkbookFile(path: string): Promise<ExistingWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return inspectWorkbook(workbook);
}

export function inspectWorkbook(workbook: ExcelJS.Workbook): ExistingWorkbook {
  const sheets = workbook.worksheets;
  const sheetNames = sheets.map((ws) => ws.name);
  const data = findDataSheet(sheets);
  if (!data) {
    return {
      workbook,
      sheetNames,
      dataSheet: null,
      meta: null,
      ours: {},
      foreignSheetNames: sheetNames,
      actuals: null,
      reviews: [],
      reviewHeader: null,
    };
  }
  const meta = readMeta(sheetValues(data));
  const present = new Set(sheetNames);
  const ours: Partial<Record<SheetKey, string>> = {};
  for (const [key, name] of Object.entries(meta.sheets)) {
    if (name && present.has(name)) ours[key as SheetKey] = name;
  }
  ours.meta = data.name;
  const ourNames = new Set(Object.values(ours));
  const actualsSheet = ours.actuals ? workbook.getWorksheet(ours.actuals) : undefined;
  const reviewSheet = ours.review ? workbook.getWorksheet(ours.review) : undefined;
  const reviewValues = reviewSheet ? sheetValues(reviewSheet) : [];
  return {
    workbook,
    sheetNames,
    dataSheet: data.name,
    meta,
    ours,
    foreignSheetNames: sheetNames.filter((n) => !ourNames.has(n)),
    actuals: actualsSheet
      ? readActuals(actualsSheet, meta, definedNameColumns(workbook, actualsSheet.name))
      : null,
    reviews: reviewValues.slice(1),
    reviewHeader: reviewSheet ? (reviewValues[0] ?? []) : null,
  };
}

const isMetaHead = (v: unknown) =>
  typeof v === "string" && (v === "actualsColumns" || v.startsWith("sheet:"));

/** Our data sheet: its first column holds "actualsColumns" and "sheet:<key>" rows. Hidden ones first. */
function findDataSheet(sheets: ExcelJS.Worksheet[]): ExcelJS.Worksheet | undefined {
  const candidates = sheets.filter((ws) => {
    const col = sheetValues(ws).map((r) => r[0]);
    return (
      col.some((v) => v === "actualsColumns") && col.some((v) => isMetaHead(v) && v !== "actualsColumns")
    );
  });
  return candidates.find((ws) => ws.state !== "visible") ?? candidates[0];
}

/** Every row of a sheet from A1 as plain values (row i = sheet row i + 1). */
export function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      out[c - 1] = cellPlain(cell);
    });
    for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
    rows[r - 1] = out;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  return rows;
}

/** The Actuals sheet as typed: header row, then every row; each column's id found by `actualsColumnKeys`. */
export function readActuals(
  ws: ExcelJS.Worksheet,
  meta: WorkbookMeta,
  namedColumns: ReadonlyMap<string, number> = new Map(),
): ExistingActuals {
  const values = sheetValues(ws);
  const [head = [], ...body] = values;
  // A loop, not Math.max(...rows): a log of 150,000 rows would overflow the call stack.
  const width = body.reduce((w, r) => Math.max(w, r.length), head.length);
  const headers = Array.from({ length: width }, (_, i) => head[i] ?? null);
  const keys = actualsColumnKeys(headers, meta, namedColumns);
  const columns = headers.map((h, i) => ({
    key: keys[i] ?? null,
    header: h === null ? "" : String(h),
  }));
  const rows = body
    .map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null))
    .filter((r) => r.some((v) => v !== null && v !== ""));
  return { columns, rows, named: namedColumns };
}

/** The sheet a defined-name range refers to: `'It''s'!$A$1` → It's. */
export function rangeSheet(range: string): string | null {
  const m = /^(?:'((?:[^']|'')*)'|([^!]*))!/.exec(range);
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}

const columnIndex = (letters: string) =>
  [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * Defined names over one column of `sheet`: upper-cased name → 0-based column. Excel and LibreOffice
 * move a name when columns are inserted before it, so this finds a column wherever it went.
 */
export function definedNameColumns(wb: ExcelJS.Workbook, sheet: string): Map<string, number> {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  const out = new Map<string, number>();
  for (const dn of model) {
    const [range] = dn.ranges;
    if (dn.ranges.length !== 1 || !range || rangeSheet(range) !== sheet) continue;
    const ref = range.slice(range.lastIndexOf("!") + 1);
    const m = /^\$?([A-Za-z]{1,3})\$?\d+(?::\$?([A-Za-z]{1,3})\$?\d+)?$/.exec(ref);
    if (!m || (m[2] !== undefined && m[2].toUpperCase() !== (m[1] as string).toUpperCase())) continue;
    out.set(dn.name.toUpperCase(), columnIndex(m[1] as string));
  }
  return out;
}

/** A date as YYYY-MM-DD (exceljs reads date cells as UTC dates). */
export function isoDate(d: Date): string | null {
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** One cell as a plain value: formulas give their result, rich text its text, dates YYYY-MM-DD. */
export function cellPlain(cell: ExcelJS.Cell): CellValue {
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = cell.result as ExcelJS.CellValue | undefined;
    // A formula with no stored result (a file written by a tool that does not calculate): keep what
    // was typed, as text, rather than lose it.
    return result === undefined ? `=${cell.formula}` : plainValue(result);
  }
  return plainValue(cell.value);
}

export function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return isoDate(v);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as { result?: ExcelJS.CellValue }).result;
      return r === undefined ? null : plainValue(r);
    }
    if ("hyperlink" in v) return plainValue((v as { text?: ExcelJS.CellValue }).text ?? v.hyperlink);
    if ("error" in v) return String(v.error);
  }
  return String(v);
}
