// The contents half of Range (RangeFake adds formats, validation and protection): coordinates,
// values read as Sheets computes them, and writes parsed as Sheets parses typed input.
import type { HyperFormula } from "hyperformula";
import { type Rect, rectA1 } from "./a1";
import { bindFormula } from "./bindings";
import { automaticFormat, checkGrid, checkLive, checkRect, grid, hfAddress, hfRange, int } from "./checks";
import { serialToUtc } from "./dates";
import { type ExecContext, Fake, fail } from "./fake";
import { rangeFake, rawRange, sheetFake } from "./make";
import { displayText, isDateFormat } from "./number-format";
import { FORMAT_KEYS, type SheetState } from "./sheet-state";
import { enteredString, enteredValue, isError, sheetsError } from "./values";

export abstract class RangeContentFake extends Fake {
  constructor(
    ctx: ExecContext,
    readonly _state: SheetState,
    readonly _rect: Rect,
  ) {
    super(ctx);
  }

  protected _live(): SheetState {
    checkLive(this._ctx, this._state);
    return this._state;
  }

  getRow() {
    return this._rect.row;
  }
  getColumn() {
    return this._rect.col;
  }
  getNumRows() {
    return this._rect.numRows;
  }
  getNumColumns() {
    return this._rect.numCols;
  }
  getHeight() {
    return this._rect.numRows;
  }
  getWidth() {
    return this._rect.numCols;
  }
  getLastRow() {
    return this._rect.row + this._rect.numRows - 1;
  }
  getLastColumn() {
    return this._rect.col + this._rect.numCols - 1;
  }
  getA1Notation() {
    return rectA1(this._rect);
  }
  getSheet() {
    return sheetFake(this._ctx, this._live());
  }
  getGridId() {
    return this._live().sheetId;
  }
  getCell(row: number, column: number) {
    const [r, c] = [int(row), int(column)];
    if (r < 1 || c < 1 || r > this._rect.numRows || c > this._rect.numCols)
      throw fail(this._ctx, "Cell reference out of range");
    return rangeFake(this._ctx, this._live(), {
      row: this._rect.row + r - 1,
      col: this._rect.col + c - 1,
      numRows: 1,
      numCols: 1,
    });
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number) {
    const rect = {
      row: this._rect.row + int(rowOffset),
      col: this._rect.col + int(columnOffset),
      numRows: numRows === undefined ? this._rect.numRows : int(numRows),
      numCols: numColumns === undefined ? this._rect.numCols : int(numColumns),
    };
    checkRect(this._ctx, this._live(), rect);
    return rangeFake(this._ctx, this._state, rect);
  }
  activate() {
    this._ctx.doc.activeSheet = this._live();
    return this;
  }

  // Reading --------------------------------------------------------------------------------------

  /** Values, serialized contents and formats of the range, in one pass over HyperFormula. */
  private _cells() {
    const s = this._live();
    const hf = this._ctx.doc.read();
    const range = hfRange(s, this._rect);
    return {
      hf,
      values: hf.getRangeValues(range),
      serialized: hf.getRangeSerialized(range),
      formats: s.readAttrs("numberFormat", this._rect),
    };
  }

  /** A formula cell nobody formatted that computes a date (=DATE(...), =EOMONTH(...)) shows as one. */
  private _autoDate(hf: HyperFormula, serialized: unknown, i: number, j: number) {
    if (typeof serialized !== "string" || !serialized.startsWith("=")) return false;
    const type = hf.getCellValueDetailedType(hfAddress(this._state, this._rect.row + i, this._rect.col + j));
    return type === "NUMBER_DATE" || type === "NUMBER_DATETIME";
  }

  getValues(): unknown[][] {
    const { hf, values, serialized, formats } = this._cells();
    const { Date: D } = this._ctx.realm;
    const tz = this._ctx.doc.timeZone;
    return values.map((row, i) =>
      row.map((v, j) => {
        if (v === null || v === undefined) return "";
        if (isError(v)) return sheetsError(v);
        if (typeof v === "number") {
          const f = formats[i]?.[j] as string | undefined;
          const date = automaticFormat(f) ? this._autoDate(hf, serialized[i]?.[j], i, j) : isDateFormat(f);
          return date ? new D(serialToUtc(v, tz)) : v;
        }
        return v;
      }),
    );
  }
  getValue() {
    return rawRange(this._ctx, this._state, {
      ...this._rect,
      numRows: 1,
      numCols: 1,
    }).getValues()[0]?.[0];
  }
  getDisplayValues(): string[][] {
    const { hf, values, serialized, formats } = this._cells();
    const dateFormat = this._ctx.doc.locale.startsWith("ja") ? "yyyy/mm/dd" : "m/d/yyyy";
    return values.map((row, i) =>
      row.map((v, j) => {
        if (isError(v)) return sheetsError(v);
        let f = formats[i]?.[j] as string | undefined;
        if (automaticFormat(f) && typeof v === "number" && this._autoDate(hf, serialized[i]?.[j], i, j))
          f = dateFormat;
        return displayText(v, f);
      }),
    );
  }
  getDisplayValue() {
    return rawRange(this._ctx, this._state, {
      ...this._rect,
      numRows: 1,
      numCols: 1,
    }).getDisplayValues()[0]?.[0];
  }
  getFormulas(): string[][] {
    const { serialized } = this._cells();
    return serialized.map((row) => row.map((v) => (typeof v === "string" && v.startsWith("=") ? v : "")));
  }
  getFormula() {
    return this.getFormulas()[0]?.[0] ?? "";
  }
  isBlank() {
    const { serialized } = this._cells();
    return serialized.every((row) => row.every((v) => v === null || v === undefined || v === ""));
  }

  // Writing --------------------------------------------------------------------------------------

  /** Writes raw HyperFormula contents, plus the automatic number formats of dates and percents. */
  private _write(raw: unknown[][], autoFormats?: (string | undefined)[][]) {
    const s = this._live();
    if (autoFormats) {
      const current = s.readAttrs("numberFormat", this._rect);
      let touched = false;
      const next = current.map((row, i) =>
        row.map((f, j) => {
          const auto = autoFormats[i]?.[j];
          if (automaticFormat(f) && auto !== undefined) {
            touched = true;
            return auto;
          }
          return f;
        }),
      );
      if (touched) s.setAttrs("numberFormat", this._rect, next);
    }
    const doc = this._ctx.doc;
    // "" leaves a cell empty, as in Sheets; given to HyperFormula as null, so that an empty write
    // does not stretch the sheet's used area (and every whole-column range over it).
    const bound = raw.map((row) =>
      row.map((v) =>
        v === "" ? null : typeof v === "string" && v.startsWith("=") ? bindFormula(doc, v) : v,
      ),
    );
    doc.write().setCellContents(hfAddress(s, this._rect.row, this._rect.col), bound as never);
    s.version++;
  }

  private _entered(values: unknown[][]) {
    const s = this._state;
    const tz = this._ctx.doc.timeZone;
    const formats = s.readAttrs("numberFormat", this._rect);
    let autos: (string | undefined)[][] | undefined;
    const raw = values.map((row, i) =>
      row.map((v, j) => {
        const e = enteredValue(v, tz, formats[i]?.[j] === "@");
        if (e.autoFormat) {
          autos ??= grid(this._rect.numRows, this._rect.numCols, () => undefined);
          (autos[i] as (string | undefined)[])[j] = e.autoFormat;
        }
        return e.raw;
      }),
    );
    this._write(raw, autos);
  }

  setValues(values: unknown) {
    this._live();
    this._entered(checkGrid(this._ctx, "setValues", values, this._rect));
    return this;
  }
  setValue(value: unknown): this {
    this._live();
    const plain = this._state.attr("numberFormat", this._rect.row - 1, this._rect.col - 1) === "@";
    if (typeof value === "string" && value.length > 1 && value.startsWith("=") && !plain)
      return this.setFormula(value);
    this._entered(grid(this._rect.numRows, this._rect.numCols, () => value));
    return this;
  }
  /** One formula for every cell; relative references move with each cell, as in Sheets. */
  setFormula(formula: string): this {
    const s = this._live();
    if (!String(formula).startsWith("=")) return this.setValue(String(formula));
    const f = bindFormula(this._ctx.doc, String(formula));
    const { row, col, numRows, numCols } = this._rect;
    const hf = this._ctx.doc.write();
    hf.setCellContents(hfAddress(s, row, col), f);
    if (numRows > 1 || numCols > 1) {
      const tl = hfAddress(s, row, col);
      const filled = this._ctx.doc.read().getFillRangeData({ start: tl, end: tl }, hfRange(s, this._rect));
      this._ctx.doc.write().setCellContents(tl, filled);
    }
    s.version++;
    return this;
  }
  setFormulas(formulas: unknown) {
    this._live();
    const rows = checkGrid(this._ctx, "setFormulas", formulas, this._rect);
    const tz = this._ctx.doc.timeZone;
    this._write(
      rows.map((row) =>
        row.map((f) =>
          typeof f === "string" ? enteredString(f, false).raw : enteredValue(f, tz, false).raw,
        ),
      ),
    );
    return this;
  }

  clearContent() {
    const s = this._live();
    this._ctx.doc.write().setCellContents(
      hfAddress(s, this._rect.row, this._rect.col),
      grid(this._rect.numRows, this._rect.numCols, () => null),
    );
    s.version++;
    return this;
  }
  clearFormat() {
    this._live().clearAttrs(FORMAT_KEYS, this._rect);
    return this;
  }
  clearNote() {
    this._live().clearAttrs(["note"], this._rect);
    return this;
  }
  clearDataValidations() {
    this._live().clearAttrs(["validation"], this._rect);
    return this;
  }
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    commentsOnly?: boolean;
  }) {
    const o = options ?? {};
    const only = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    if (!only || o.contentsOnly) this.clearContent();
    if (!only || o.formatOnly) this.clearFormat();
    if (o.validationsOnly) this.clearDataValidations();
    return this;
  }
}
