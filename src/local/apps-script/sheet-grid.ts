// The rows, columns and layout half of Sheet (SheetFake adds the rest): inserting and deleting rows
// and columns, which moves every reference as Sheets does, frozen panes, sizes, visibility.

import { checkLive, int } from "./checks";
import { CELL_LIMIT } from "./document";
import { Fake, fail } from "./fake";
import type { SheetState } from "./sheet-state";

export abstract class SheetGridFake extends Fake {
  constructor(
    ctx: ConstructorParameters<typeof Fake>[0],
    readonly _state: SheetState,
  ) {
    super(ctx);
  }

  protected _live(): SheetState {
    checkLive(this._ctx, this._state);
    return this._state;
  }

  // Rows and columns ----------------------------------------------------------------------------

  private _grow(rows: number, cols: number) {
    if (this._ctx.doc.totalCells() + rows + cols > CELL_LIMIT)
      throw fail(
        this._ctx,
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
  }
  private _insertRows(r0: number, n: number, like0: number) {
    const s = this._live();
    n = int(n);
    // Whether Sheets accepts inserting no rows is not documented: the fake refuses it (stricter), so
    // the add-on must never ask for it.
    if (n < 1) throw fail(this._ctx, "Those rows are out of bounds.");
    this._grow(n * s.maxCols, 0);
    // Rows added after the grid's last row move nothing: no cell or reference inside the grid is at
    // or below them. HyperFormula is told only of rows inserted inside the grid, so a grid grown at
    // its end does not stretch the area its whole-column ranges run over.
    if (r0 < s.maxRows) this._ctx.doc.write().addRows(s.hfId, [r0, n]);
    s.insertRows(r0, n, like0);
    s.maxRows += n;
    s.version++;
    return this;
  }
  private _checkRow(row: number) {
    if (row < 1 || row > this._live().maxRows) throw fail(this._ctx, "Those rows are out of bounds.");
  }
  private _checkCol(col: number) {
    if (col < 1 || col > this._live().maxCols) throw fail(this._ctx, "Those columns are out of bounds.");
  }
  insertRowsAfter(afterPosition: number, howMany: number) {
    this._checkRow(int(afterPosition));
    return this._insertRows(int(afterPosition), howMany, int(afterPosition) - 1);
  }
  insertRowAfter(afterPosition: number) {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowsBefore(beforePosition: number, howMany: number) {
    this._checkRow(int(beforePosition));
    return this._insertRows(int(beforePosition) - 1, howMany, int(beforePosition) - 1 + int(howMany));
  }
  insertRowBefore(beforePosition: number) {
    return this.insertRowsBefore(beforePosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number) {
    const s = this._live();
    const [pos, n] = [int(rowPosition), int(howMany)];
    if (pos < 1 || n < 1 || pos + n - 1 > s.maxRows) throw fail(this._ctx, "Those rows are out of bounds.");
    if (s.maxRows - n <= s.frozenRows)
      throw fail(this._ctx, "Sorry, it is not possible to delete all non-frozen rows.");
    this._ctx.doc.write().removeRows(s.hfId, [pos - 1, n]);
    s.deleteRows(pos - 1, n);
    s.maxRows -= n;
    s.version++;
  }
  deleteRow(rowPosition: number) {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  private _insertCols(c0: number, n: number, like0: number) {
    const s = this._live();
    n = int(n);
    if (n < 1) throw fail(this._ctx, "Those columns are out of bounds.");
    if (s.maxCols + n > 18278) throw fail(this._ctx, "Those columns are out of bounds.");
    this._grow(0, n * s.maxRows);
    this._ctx.doc.write().addColumns(s.hfId, [c0, n]);
    s.insertCols(c0, n, like0);
    s.maxCols += n;
    s.version++;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number) {
    this._checkCol(int(afterPosition));
    return this._insertCols(int(afterPosition), howMany, int(afterPosition) - 1);
  }
  insertColumnAfter(afterPosition: number) {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnsBefore(beforePosition: number, howMany: number) {
    this._checkCol(int(beforePosition));
    return this._insertCols(int(beforePosition) - 1, howMany, int(beforePosition) - 1 + int(howMany));
  }
  insertColumnBefore(beforePosition: number) {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  deleteColumns(columnPosition: number, howMany: number) {
    const s = this._live();
    const [pos, n] = [int(columnPosition), int(howMany)];
    if (pos < 1 || n < 1 || pos + n - 1 > s.maxCols)
      throw fail(this._ctx, "Those columns are out of bounds.");
    if (s.maxCols - n <= s.frozenCols)
      throw fail(this._ctx, "Sorry, it is not possible to delete all non-frozen columns.");
    this._ctx.doc.write().removeColumns(s.hfId, [pos - 1, n]);
    s.deleteCols(pos - 1, n);
    s.maxCols -= n;
    s.version++;
  }
  deleteColumn(columnPosition: number) {
    this.deleteColumns(columnPosition, 1);
    return this;
  }

  // Layout ---------------------------------------------------------------------------------------

  setFrozenRows(rows: number) {
    const s = this._live();
    if (rows < 0) throw fail(this._ctx, "Those rows are out of bounds.");
    if (rows >= s.maxRows) throw fail(this._ctx, "You can't freeze all visible rows on the sheet.");
    s.frozenRows = int(rows);
  }
  setFrozenColumns(columns: number) {
    const s = this._live();
    if (columns < 0) throw fail(this._ctx, "Those columns are out of bounds.");
    if (columns >= s.maxCols) throw fail(this._ctx, "You can't freeze all visible columns on the sheet.");
    s.frozenCols = int(columns);
  }
  getFrozenRows() {
    return this._live().frozenRows;
  }
  getFrozenColumns() {
    return this._live().frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number) {
    this._checkCol(int(columnPosition));
    this._live().colWidths.set(int(columnPosition), width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number) {
    for (let c = int(startColumn); c < int(startColumn) + int(numColumns); c++) {
      this._checkCol(c);
      this._live().colWidths.set(c, width);
    }
    return this;
  }
  getColumnWidth(columnPosition: number) {
    this._checkCol(int(columnPosition));
    return this._live().colWidths.get(int(columnPosition)) ?? 100;
  }
  setRowHeight(rowPosition: number, height: number) {
    this._checkRow(int(rowPosition));
    this._live().rowHeights.set(int(rowPosition), height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number) {
    for (let r = int(startRow); r < int(startRow) + int(numRows); r++) {
      this._checkRow(r);
      this._live().rowHeights.set(r, height);
    }
    return this;
  }
  getRowHeight(rowPosition: number) {
    this._checkRow(int(rowPosition));
    return this._live().rowHeights.get(int(rowPosition)) ?? 21;
  }
  hideSheet() {
    const s = this._live();
    const visible = this._ctx.doc.sheets.filter((x) => !x.hidden && x !== s);
    if (!s.hidden && visible.length === 0)
      throw fail(this._ctx, "You can't hide all the sheets in a document.");
    s.hidden = true;
    if (this._ctx.doc.activeSheet === s) this._ctx.doc.activeSheet = visible[0] ?? s;
    return this;
  }
  showSheet() {
    this._live().hidden = false;
    return this;
  }
  isSheetHidden() {
    return this._live().hidden;
  }
  setTabColor(color: string | null) {
    this._live().tabColor = color;
    return this;
  }
  getTabColor() {
    return this._live().tabColor;
  }
}
