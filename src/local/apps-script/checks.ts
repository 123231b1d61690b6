// Checks and conversions the Spreadsheet fakes share: Apps Script's argument checks and messages,
// HyperFormula addresses, colours, and the extent of a sheet's content.
import type { SimpleCellAddress, SimpleCellRange } from "hyperformula";
import type { Rect } from "./a1";
import { type ExecContext, fail, signatureError } from "./fake";
import type { SheetState } from "./sheet-state";

const COLORS: Record<string, string> = {
  white: "#ffffff",
  black: "#000000",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  gray: "#808080",
  grey: "#808080",
  orange: "#ffa500",
  purple: "#800080",
};

export function color(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  const s = String(v).toLowerCase();
  return COLORS[s] ?? s;
}

export const keep = (v: unknown) => (v === null ? undefined : v);

/** "General" (or nothing) leaves the cell to Sheets' automatic formatting. */
export const automaticFormat = (f: unknown) =>
  f === undefined || f === "" || (typeof f === "string" && /^general$/i.test(f));

export const int = (v: number) => Math.trunc(v);

/** The (row, col) of a range's top-left cell, as a HyperFormula address. */
export function hfAddress(sheet: SheetState, row: number, col: number): SimpleCellAddress {
  return { sheet: sheet.hfId, row: row - 1, col: col - 1 };
}

export function hfRange(sheet: SheetState, r: Rect): SimpleCellRange {
  return {
    start: hfAddress(sheet, r.row, r.col),
    end: hfAddress(sheet, r.row + r.numRows - 1, r.col + r.numCols - 1),
  };
}

export function grid<T>(rows: number, cols: number, f: (i: number, j: number) => T): T[][] {
  const out: T[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const line: T[] = new Array(cols);
    for (let j = 0; j < cols; j++) line[j] = f(i, j);
    out[i] = line;
  }
  return out;
}
export function checkLive(ctx: ExecContext, sheet: SheetState): void {
  if (sheet.deleted) throw fail(ctx, `The sheet "${sheet.name}" has been deleted.`);
}

/** Apps Script's checks of getRange(row, column, numRows, numColumns). */
export function checkRect(ctx: ExecContext, sheet: SheetState, r: Rect): void {
  if (r.row < 1) throw fail(ctx, "The starting row of the range is too small.");
  if (r.col < 1) throw fail(ctx, "The starting column of the range is too small.");
  if (r.numRows < 1) throw fail(ctx, "The number of rows in the range must be at least 1.");
  if (r.numCols < 1) throw fail(ctx, "The number of columns in the range must be at least 1.");
  if (r.row + r.numRows - 1 > sheet.maxRows || r.col + r.numCols - 1 > sheet.maxCols)
    throw fail(ctx, "The coordinates of the range are outside the dimensions of the sheet.");
}

/**
 * Apps Script's check that a 2-D array fits a range exactly. Returns a copy made of this realm's
 * arrays: arrays from a vm context fail HyperFormula's `instanceof Array` checks.
 */
export function checkGrid(ctx: ExecContext, method: string, data: unknown, r: Rect): unknown[][] {
  if (!Array.isArray(data) || !data.every((row) => Array.isArray(row)))
    throw signatureError(ctx, `SpreadsheetApp.Range.${method}`, [data]);
  const rows = data as unknown[][];
  if (rows.length !== r.numRows)
    throw fail(
      ctx,
      `The number of rows in the data does not match the number of rows in the range. The data has ${rows.length} but the range has ${r.numRows}.`,
    );
  for (const row of rows)
    if (row.length !== r.numCols)
      throw fail(
        ctx,
        `The number of columns in the data does not match the number of columns in the range. The data has ${row.length} but the range has ${r.numCols}.`,
      );
  return Array.from(rows, (row) => Array.from(row));
}

/** The last row and column with content (0 when none), cached until the sheet changes. */
export function extent(ctx: ExecContext, sheet: SheetState): { lastRow: number; lastCol: number } {
  if (sheet.extentCache?.version === sheet.version) return sheet.extentCache;
  const cells = ctx.doc.read().getSheetSerialized(sheet.hfId);
  let lastRow = 0;
  let lastCol = 0;
  for (let i = 0; i < cells.length; i++) {
    const row = cells[i] ?? [];
    for (let j = row.length - 1; j >= 0; j--) {
      const v = row[j];
      if (v === null || v === undefined || v === "") continue;
      lastRow = i + 1;
      lastCol = Math.max(lastCol, j + 1);
      break;
    }
  }
  sheet.extentCache = { version: sheet.version, lastRow, lastCol };
  return sheet.extentCache;
}
