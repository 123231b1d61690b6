// WorkbookSpec → .xlsx through exceljs. A writer translates; it decides nothing (BRIEF §2): every
// value, formula, name, format, rule and size comes from the spec.
//
// Not written to xlsx, on purpose:
// - Charts (ChartSpec): exceljs cannot write charts. The Google Sheets writer draws them; the data
//   they show is in the sheets (Dashboard tables) either way.
// - Protections (ProtectionSpec): the spec asks for warning-only protection of formula areas, which
//   exists in Google Sheets but not in xlsx (xlsx protection locks the sheet, or nothing). Skipped.
import { randomBytes } from "node:crypto";
import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { rectA1, sheetRectA1 } from "../workbook/a1";
import { fills, looks, numberFormatPattern } from "../workbook/look";
import type {
  CellSpec,
  CellStyle,
  ConditionalFormatSpec,
  SheetSpec,
  ValidationSpec,
  WorkbookSpec,
} from "../workbook/spec";

export const NUMBER_FORMATS = numberFormatPattern;

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
export const FILLS = {
  good: argb(fills.good),
  warn: argb(fills.warn),
  bad: argb(fills.bad),
} as const;

/** The workbook's look (src/workbook/look.ts) in exceljs terms. */
function styleOf(style: CellStyle): Partial<ExcelJS.Style> {
  const l = looks[style];
  const font: Partial<ExcelJS.Font> = {};
  if (l.bold) font.bold = true;
  if (l.italic) font.italic = true;
  if (l.size) font.size = l.size;
  if (l.color !== looks.label.color) font.color = { argb: argb(l.color) };
  return {
    ...(Object.keys(font).length ? { font } : {}),
    ...(l.background
      ? { fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(l.background) } } }
      : {}),
  };
}

/** Pixels (the spec's unit) per Excel character-width unit. */
export const PIXELS_PER_CHAR = 7;

/**
 * Functions newer than Excel 2007 are stored in the file with an `_xlfn.` prefix: Excel shows #NAME?
 * without it. LibreOffice 7.4 (Debian 12) knows NETWORKDAYS.INTL only unprefixed and shows #NAME? with
 * it. So each call is written as IFERROR(_xlfn.F(args),F(args)): Excel computes the first, LibreOffice
 * falls back to the second, and both show the same number (verified for NETWORKDAYS.INTL, the one the
 * workbook uses; WORKDAY.INTL is listed for the same reason). Text inside "string literals" is left alone.
 */
export const DUAL_SPELLED_FUNCTIONS: readonly string[] = ["NETWORKDAYS.INTL", "WORKDAY.INTL", "T.DIST"];

/** Rows an array formula reads in the xlsx when the writer does not say (see xlsxFormula). */
export const ARRAY_ROWS = 10_000;

/** Index of the parenthesis closing the one at `open`, skipping string literals; -1 if none. */
function closingParen(f: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < f.length; i++) {
    const ch = f[i];
    if (ch === '"') inString = !inString;
    else if (inString) continue;
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
  }
  return -1;
}

/**
 * The spec's formulas are Google Sheets' spelling; this is the xlsx one. Besides the dual-spelled
 * functions above: an array computed inside ARRAYFORMULA (Sheets evaluates arrays only there) is
 * computed inside SUMPRODUCT, where Excel and LibreOffice evaluate arrays without Ctrl+Shift+Enter;
 * the SUMPRODUCT of the single value it yields is that value. There, whole columns ($C:$C) become
 * their first `arrayRows` rows: Sheets bounds an array by the sheet's grid, but LibreOffice and Excel
 * would run it over a million rows (LibreOffice took seconds a formula). And SPARKLINE, a chart
 * Sheets draws in a cell, becomes NA(): the IFERROR around it shows its plain fallback instead (a
 * documented exemption from the portable subset).
 */
export function xlsxFormula(formula: string, arrayRows = ARRAY_ROWS): string {
  let out = "";
  let inString = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i] as string;
    if (ch === '"') inString = !inString;
    const prev = formula[i - 1] ?? "";
    if (!inString && !/[A-Za-z0-9_.]/.test(prev) && formula.startsWith("ARRAYFORMULA(", i)) {
      const open = i + "ARRAYFORMULA".length;
      const close = closingParen(formula, open);
      if (close > 0) {
        const body = formula
          .slice(open + 1, close)
          .replace(/\$([A-Z]{1,3}):\$([A-Z]{1,3})\b/g, `$$$1$$1:$$$2$$${arrayRows}`);
        out += `SUMPRODUCT(${xlsxFormula(body, arrayRows)})`;
        i = close;
        continue;
      }
    }
    // SPARKLINE exists only in Google Sheets; the spec always wraps it as IFERROR(SPARKLINE(…),
    // fallback) (src/workbook/sparkline.ts): NA() makes every engine take the fallback.
    if (!inString && !/[A-Za-z0-9_.]/.test(prev) && formula.startsWith("SPARKLINE(", i)) {
      const close = closingParen(formula, i + "SPARKLINE".length);
      if (close > 0) {
        out += "NA()";
        i = close;
        continue;
      }
    }
    const name = inString || /[A-Za-z0-9_.]/.test(prev) ? undefined : dualAt(formula, i);
    if (name) {
      const open = i + name.length;
      const close = closingParen(formula, open);
      if (close > 0) {
        const args = xlsxFormula(formula.slice(open + 1, close));
        out += `IFERROR(_xlfn.${name}(${args}),${name}(${args}))`;
        i = close;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

function dualAt(f: string, i: number): string | undefined {
  return DUAL_SPELLED_FUNCTIONS.find((n) => f.startsWith(`${n}(`, i));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD string as the date it names (UTC midnight, as exceljs stores dates), or null. */
export function isoToDate(iso: string): Date | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso ? d : null;
}

/** The exceljs value of a cell. Strings stay text, always: exceljs never parses "=..." as a formula. */
export function cellValue(c: CellSpec, arrayRows = ARRAY_ROWS): ExcelJS.CellValue {
  if (c.formula !== undefined)
    return { formula: xlsxFormula(c.formula, arrayRows) } as ExcelJS.CellFormulaValue;
  const v = c.value;
  if (v === undefined || v === null) return null;
  if (typeof v === "string") {
    if (c.format === "date") return isoToDate(v) ?? v;
    return v;
  }
  return v;
}

function writeCell(ws: ExcelJS.Worksheet, row: number, col: number, c: CellSpec, arrayRows: number): void {
  const cell = ws.getCell(row + 1, col + 1);
  cell.value = cellValue(c, arrayRows);
  const style = c.style ? styleOf(c.style) : {};
  if (style.font) cell.font = { ...style.font };
  if (style.fill) cell.fill = style.fill;
  if (c.format) cell.numFmt = NUMBER_FORMATS[c.format];
  if (typeof c.value === "string" && c.value.includes("\n")) {
    cell.alignment = { wrapText: true, vertical: "top" };
  }
}

function validation(v: ValidationSpec): ExcelJS.DataValidation {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    // A warning, not a stop: pasted or unusual data is kept, never rejected.
    errorStyle: "warning",
    errorTitle: "KPI Designer",
    error: v.help,
  } as const;
  const rule = v.rule;
  switch (rule.kind) {
    case "dateBetween":
      return {
        ...common,
        type: "date",
        operator: "between",
        formulae: [isoToDate(rule.from) ?? rule.from, isoToDate(rule.to) ?? rule.to],
      };
    case "listFromNamedRange":
      return { ...common, type: "list", formulae: [rule.name] };
    case "numberAtLeast":
      return { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [rule.min] };
  }
}

function conditionalFormat(cf: ConditionalFormatSpec): ExcelJS.ConditionalFormattingOptions {
  return {
    ref: rectA1(cf.rect, false),
    rules: cf.rules.map(
      (r) =>
        ({
          type: "expression",
          formulae: [xlsxFormula(r.formula)],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: FILLS[r.fill] } } },
        }) as ExcelJS.ConditionalFormattingRule,
    ),
  };
}

interface WithValidations {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

/** Lays one sheet of the spec down as a new worksheet of `wb`. */
export function addSheet(wb: ExcelJS.Workbook, sheet: SheetSpec, arrayRows = ARRAY_ROWS): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name);
  // A log's columns carry their number format (a column style), so rows typed later take it too.
  sheet.log?.columnFormats.forEach((format, i) => {
    if (format) ws.getColumn(i + 1).numFmt = NUMBER_FORMATS[format];
  });
  sheet.cells.forEach((row, r) => {
    row.forEach((c, col) => {
      if (c) writeCell(ws, r, col, c, arrayRows);
    });
  });
  sheet.columnWidths.forEach((px, i) => {
    ws.getColumn(i + 1).width = Math.round((px / PIXELS_PER_CHAR) * 100) / 100;
  });
  if (sheet.frozenRows > 0 || sheet.frozenColumns > 0) {
    ws.views = [{ state: "frozen", xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }];
  }
  // exceljs has data validations on worksheets but leaves them out of its type declarations.
  const { dataValidations } = ws as unknown as WithValidations;
  for (const v of sheet.validations) dataValidations.add(rectA1(v.rect, false), validation(v));
  for (const cf of sheet.conditionalFormats) ws.addConditionalFormatting(conditionalFormat(cf));
  // sheet.charts: not written (see the top of this file). sheet.protections: not written either.
  if (sheet.hidden) ws.state = "hidden";
  return ws;
}

/** Adds the spec's sheets (in order) and named ranges to `wb`. */
export function addSpec(wb: ExcelJS.Workbook, spec: WorkbookSpec): ExcelJS.Worksheet[] {
  // Array formulas over the log read the rows its grid has room for (at least 2,001).
  const logRows = spec.sheets.find((s) => s.key === "actuals")?.cells.length ?? ARRAY_ROWS;
  const added = spec.sheets.map((s) => addSheet(wb, s, Math.max(logRows, 2_001)));
  for (const n of spec.namedRanges) {
    const sheet = spec.sheets.find((s) => s.key === n.sheet);
    if (!sheet) throw new Error(`named range ${n.name} refers to a missing sheet (${n.sheet})`);
    wb.definedNames.add(sheetRectA1(sheet.name, n.rect), n.name);
  }
  return added;
}

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "KPI Designer";
  wb.created = new Date();
  // No cached results are written: Excel recalculates everything when it opens the file.
  wb.calcProperties.fullCalcOnLoad = true;
  return wb;
}

/** A new workbook holding exactly the spec. */
export function specToWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = newWorkbook();
  addSpec(wb, spec);
  return wb;
}

/**
 * Writes the workbook to `path` atomically: a temporary file in the same folder, then a rename, so
 * a failure never leaves a partial file behind (nor replaces a good one).
 */
export async function writeWorkbookFile(wb: ExcelJS.Workbook, path: string): Promise<void> {
  await writeFileAtomically(Buffer.from(await wb.xlsx.writeBuffer()), path);
}

/** The bytes to `path` through a temporary file in the same folder and a rename. */
export async function writeFileAtomically(buffer: Buffer, path: string): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, buffer, { flag: "wx" });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => {});
    throw e;
  }
}
