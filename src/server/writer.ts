// Lays a WorkbookSpec into sheets that already exist, in place, with batched calls: one call per
// property per block (values, formats, colours, fonts), one per rule set. The calls do not grow with
// reps, periods or rows.

import { lookOf, numberFormatPattern } from "../workbook/look";
import type { CellSpec, Rect, SheetSpec } from "../workbook/spec";
import { sheetValue } from "./cell-values";
import { type SheetSlot, sizeTo } from "./sheets";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export function range(sheet: Sheet, r: Rect): Range {
  return sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols);
}

/** The size a sheet needs: Sheets refuses to freeze every row or column, so one more than frozen. */
export function specSize(spec: SheetSpec): { rows: number; cols: number } {
  return {
    rows: Math.max(1, spec.cells.length, spec.frozenRows + 1),
    cols: Math.max(1, spec.cells[0]?.length ?? 1, spec.frozenColumns + 1),
  };
}

/**
 * Number formats, values and looks of a block of cells, in one call each. Formats go first: Sheets
 * reads what is written by the format a cell has then, and a cell rewritten in place may still have
 * last time's (a date written over a plain-text cell would stay text).
 */
function writeBlock(block: Range, cells: (CellSpec | null)[][]): void {
  block.setNumberFormats(
    cells.map((r) => r.map((c) => (c?.format ? numberFormatPattern[c.format] : "General"))),
  );
  block.setValues(cells.map((r) => r.map(sheetValue)));
  const looks = cells.map((r) => r.map((c) => lookOf(c?.style)));
  block.setBackgrounds(looks.map((r) => r.map((l) => l.background as string)));
  block.setFontColors(looks.map((r) => r.map((l) => l.color)));
  block.setFontWeights(looks.map((r) => r.map((l) => (l.bold ? "bold" : "normal"))));
  block.setFontStyles(looks.map((r) => r.map((l) => (l.italic ? "italic" : "normal"))));
}

/** Equal neighbouring widths share one call. */
function setWidths(sheet: Sheet, widths: readonly number[], cols: number, only?: ReadonlySet<number>): void {
  let start = 0;
  widths.forEach((w, i) => {
    const next = widths[i + 1];
    if (next === w && !only) return;
    const from = start;
    start = i + 1;
    if (only && !only.has(i)) return;
    if (i + 1 <= cols) sheet.setColumnWidths(from + 1, Math.min(i + 1, cols) - from, w);
  });
}

function freeze(sheet: Sheet, spec: SheetSpec): void {
  sheet.setFrozenRows(spec.frozenRows);
  sheet.setFrozenColumns(spec.frozenColumns);
}

/**
 * Rewrites a whole sheet of ours in place. One block covers the whole grid, so what was there is
 * replaced in the same call that writes the new (a run that stops never leaves our data sheet
 * blank); validation, charts and protections of before go (`leftovers` were read before the write
 * phase). The sheet keeps its id, so the team's references to it keep working.
 */
export function rewriteSheet(
  slot: SheetSlot,
  spec: SheetSpec,
  leftovers: { charts: GoogleAppsScript.Spreadsheet.EmbeddedChart[]; protections: { remove(): void }[] },
): void {
  const { sheet } = slot;
  const size = specSize(spec);
  sizeTo(slot, size.rows, size.cols);
  const { maxRows: rows, maxCols: cols } = slot;
  if (!slot.created) {
    sheet.getRange(1, 1, rows, cols).clearDataValidations();
    for (const chart of leftovers.charts) sheet.removeChart(chart);
    for (const p of leftovers.protections) p.remove();
  }
  const grid = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => spec.cells[r]?.[c] ?? null),
  );
  writeBlock(sheet.getRange(1, 1, rows, cols), grid);
  setWidths(sheet, spec.columnWidths, size.cols);
  freeze(sheet, spec);
}

/**
 * An existing log (Actuals, Review Log), changed in shape only: a column for each new stage or KPI is
 * inserted where the spec says, before anything else is written, so named ranges and the team's
 * references move with the columns they point at. Rows are never touched.
 */
export function insertLogColumns(slot: SheetSlot, spec: SheetSpec): void {
  const inserted = spec.log?.insertedColumns ?? [];
  const width = spec.cells[0]?.length ?? 0;
  const existing = width - inserted.length;
  let i = 0;
  while (i < inserted.length) {
    const at = inserted[i] as number;
    let n = 1;
    while (inserted[i + n] === at + n) n++;
    // Columns before `at` that were there already: past all of them, the sheet is blank, no insert.
    if (at - i < existing) {
      slot.sheet.insertColumnsBefore(at + 1, n);
      slot.maxCols += n;
    }
    i += n;
  }
  const { rows, cols } = specSize(spec);
  sizeTo(slot, rows, cols);
}

/**
 * A log (Actuals, Review Log), new or existing: our columns' headers (the team's own columns are
 * never written), the number formats of our columns' bodies, so that rows typed later take them,
 * widths of columns new to it, frozen panes. Every typed value, note, colour and filter stays.
 */
export function writeLog(slot: SheetSlot, spec: SheetSpec): void {
  const { sheet } = slot;
  const header = spec.cells[0] ?? [];
  const team = new Set(spec.log?.teamColumns ?? []);
  const { rows } = specSize(spec);
  sizeTo(slot, rows, header.length);
  forRuns(
    header.length,
    (c) => !team.has(c),
    (from, n) => {
      writeBlock(sheet.getRange(1, from + 1, 1, n), [header.slice(from, from + n)]);
    },
  );
  const bodyRows = slot.maxRows - 1;
  const formatOf = (c: number) => (team.has(c) ? undefined : (spec.log?.columnFormats[c] ?? undefined));
  forRuns(
    header.length,
    (c) => formatOf(c) !== undefined,
    (from, n) => {
      let start = from;
      for (let c = from + 1; c <= from + n; c++) {
        if (c < from + n && formatOf(c) === formatOf(start)) continue;
        const pattern = numberFormatPattern[formatOf(start) as NonNullable<CellSpec["format"]>];
        sheet.getRange(2, start + 1, bodyRows, c - start).setNumberFormat(pattern);
        start = c;
      }
    },
  );
  const fresh = slot.created ? undefined : new Set(spec.log?.insertedColumns ?? []);
  setWidths(sheet, spec.columnWidths, header.length, fresh);
  freeze(sheet, spec);
}

/** Calls `run(from, n)` for each maximal run of columns 0..width-1 that pass `test`. */
function forRuns(width: number, test: (c: number) => boolean, run: (from: number, n: number) => void): void {
  let c = 0;
  while (c < width) {
    if (!test(c)) {
      c++;
      continue;
    }
    let n = 1;
    while (c + n < width && test(c + n)) n++;
    run(c, n);
    c += n;
  }
}
