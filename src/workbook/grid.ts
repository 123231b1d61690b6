// Builds one sheet's cells top to bottom, remembering where things went so that other sheets can
// refer to them.
import type { CellSpec, CellStyle, NumberFormat, Rect, SheetKey, SheetSpec } from "./spec";

export class SheetBuilder {
  readonly cells: (CellSpec | null)[][] = [];
  readonly spec: SheetSpec;
  /** The next free row. */
  row = 0;

  constructor(key: SheetKey, name: string) {
    this.spec = {
      key,
      name,
      cells: this.cells,
      columnWidths: [],
      frozenRows: 0,
      frozenColumns: 0,
      validations: [],
      conditionalFormats: [],
      charts: [],
      protections: [],
      hidden: false,
    };
  }

  put(row: number, col: number, cell: CellSpec | null): void {
    while (this.cells.length <= row) this.cells.push([]);
    const r = this.cells[row] as (CellSpec | null)[];
    while (r.length < col) r.push(null);
    r[col] = cell;
    if (row >= this.row) this.row = row + 1;
  }

  /** Writes a row of cells at the next free row (or `at`) and returns its index. */
  line(cells: (CellSpec | null)[], at = this.row): number {
    cells.forEach((c, i) => {
      this.put(at, i, c);
    });
    if (cells.length === 0) this.put(at, 0, null);
    return at;
  }

  skip(n = 1): void {
    for (let i = 0; i < n; i++) this.line([]);
  }

  /** Pads every row to the same width: writers set whole blocks in one call. */
  finish(): SheetSpec {
    // A loop, not Math.max(...rows): a log of 100,000 rows would overflow the call stack.
    let width = Math.max(1, this.spec.columnWidths.length);
    for (const r of this.cells) if (r.length > width) width = r.length;
    for (const r of this.cells) while (r.length < width) r.push(null);
    return this.spec;
  }
}

export const text = (value: string, style?: CellStyle): CellSpec => (style ? { value, style } : { value });
export const label = (value: string): CellSpec => ({ value, style: "label" });
export const header = (value: string): CellSpec => ({ value, style: "header" });
export const input = (value: string | number, format?: NumberFormat): CellSpec =>
  format ? { value, style: "input", format } : { value, style: "input" };
export const formula = (f: string, format?: NumberFormat): CellSpec =>
  format ? { formula: f, style: "formula", format } : { formula: f, style: "formula" };

export function rect(row: number, col: number, rows = 1, cols = 1): Rect {
  return { row, col, rows, cols };
}
