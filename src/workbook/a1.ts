// A1 notation for 0-based coordinates.
import type { Rect } from "./spec";

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function cellA1(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

export function rectA1(rect: Rect, absolute = true): string {
  const start = cellA1(rect.row, rect.col, absolute);
  if (rect.rows === 1 && rect.cols === 1) return start;
  return `${start}:${cellA1(rect.row + rect.rows - 1, rect.col + rect.cols - 1, absolute)}`;
}

/** A sheet name as formulas must quote it: 'KPI Tree'!A1. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function sheetRectA1(sheetName: string, rect: Rect, absolute = true): string {
  return `${quoteSheet(sheetName)}!${rectA1(rect, absolute)}`;
}

/** A whole column of a sheet, 0-based: 'Actuals'!$C:$C. */
export function wholeColumn(sheetName: string, col: number): string {
  const letter = columnLetter(col);
  return `${quoteSheet(sheetName)}!$${letter}:$${letter}`;
}
