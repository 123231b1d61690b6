// SpreadsheetApp, Spreadsheet, Sheet, Range and NamedRange over a DocumentState, with Apps Script's
// semantics: 1-based coordinates, its error messages, user-entered parsing of written strings,
// values computed by HyperFormula.
import type { HyperFormula, SimpleCellAddress, SimpleCellRange } from "hyperformula";
import { parseRangeA1, type Rect, rectA1, splitSheet } from "./a1";
import { serialToUtc } from "./dates";
import { type AttrKey, CELL_LIMIT, FORMAT_KEYS, type SheetState, type ValidationState } from "./document";
import { type ExecContext, Fake, fail, signatureError, unwrap } from "./fake";
import {
  addMetadata,
  BooleanCriteria,
  ConditionalFormatRuleBuilderFake,
  ConditionalFormatRuleFake,
  DataValidationBuilderFake,
  DataValidationCriteria,
  DataValidationFake,
  DeveloperMetadataFake,
  DeveloperMetadataVisibility,
  EmbeddedChartBuilderFake,
  EmbeddedChartFake,
  newProtection,
  ProtectionFake,
  ProtectionType,
} from "./features";
import { DEFAULT_NUMBER_FORMAT, displayText, isDateFormat } from "./number-format";
import { UiFake } from "./services";
import { enteredString, enteredValue, isError, sheetsError } from "./values";

export const Dimension = { COLUMNS: "COLUMNS", ROWS: "ROWS" } as const;

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

function color(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  const s = String(v).toLowerCase();
  return COLORS[s] ?? s;
}

const keep = (v: unknown) => (v === null ? undefined : v);

/** "General" (or nothing) leaves the cell to Sheets' automatic formatting. */
const automaticFormat = (f: unknown) =>
  f === undefined || f === "" || (typeof f === "string" && /^general$/i.test(f));

const int = (v: number) => Math.trunc(v);

/** The (row, col) of a range's top-left cell, as a HyperFormula address. */
function hfAddress(sheet: SheetState, row: number, col: number): SimpleCellAddress {
  return { sheet: sheet.hfId, row: row - 1, col: col - 1 };
}

function hfRange(sheet: SheetState, r: Rect): SimpleCellRange {
  return {
    start: hfAddress(sheet, r.row, r.col),
    end: hfAddress(sheet, r.row + r.numRows - 1, r.col + r.numCols - 1),
  };
}

function grid<T>(rows: number, cols: number, f: (i: number, j: number) => T): T[][] {
  const out: T[][] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const line: T[] = new Array(cols);
    for (let j = 0; j < cols; j++) line[j] = f(i, j);
    out[i] = line;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Helpers shared by the fakes (not API: underscore or module functions).

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

export function sheetFake(ctx: ExecContext, state: SheetState): SheetFake {
  return new SheetFake(ctx, state)._self();
}

export function rangeFake(ctx: ExecContext, state: SheetState, rect: Rect): RangeFake {
  return new RangeFake(ctx, state, { ...rect })._self();
}

export function spreadsheetFake(ctx: ExecContext): SpreadsheetFake {
  return new SpreadsheetFake(ctx)._self();
}

/** A Range argument as the fake behind it; throws Apps Script's signature error otherwise. */
export function rangeArg(ctx: ExecContext, method: string, value: unknown): RangeFake {
  const r = unwrap(value, RangeFake);
  if (!r) throw signatureError(ctx, method, [value]);
  return r;
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

// ---------------------------------------------------------------------------------------------

export class SpreadsheetAppFake extends Fake {
  readonly _class = "SpreadsheetApp";
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly Dimension = Dimension;

  getActive() {
    return spreadsheetFake(this._ctx);
  }
  getActiveSpreadsheet() {
    return spreadsheetFake(this._ctx);
  }
  getActiveSheet() {
    const s = this._ctx.doc.activeSheet ?? this._ctx.doc.sheets[0];
    return s ? sheetFake(this._ctx, s) : null;
  }
  getUi() {
    return new UiFake(this._ctx)._self();
  }
  newDataValidation() {
    return new DataValidationBuilderFake(this._ctx)._self();
  }
  newConditionalFormatRule() {
    return new ConditionalFormatRuleBuilderFake(this._ctx)._self();
  }
  flush() {
    this._ctx.doc.read();
  }
}

export class SpreadsheetFake extends Fake {
  readonly _class = "Spreadsheet";

  getId() {
    return this._ctx.doc.id;
  }
  getName() {
    return this._ctx.doc.name;
  }
  rename(name: string) {
    this._ctx.doc.name = String(name);
  }
  getUrl() {
    return `https://docs.google.com/spreadsheets/d/${this._ctx.doc.id}/edit`;
  }
  getSpreadsheetTimeZone() {
    return this._ctx.doc.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string) {
    this._ctx.doc.timeZone = timeZone;
  }
  getSpreadsheetLocale() {
    return this._ctx.doc.locale;
  }
  setSpreadsheetLocale(locale: string) {
    this._ctx.doc.locale = locale;
  }
  getSheets() {
    return this._ctx.doc.sheets.map((s) => sheetFake(this._ctx, s));
  }
  getNumSheets() {
    return this._ctx.doc.sheets.length;
  }
  getSheetByName(name: string) {
    const s = this._ctx.doc.findSheet(String(name));
    return s ? sheetFake(this._ctx, s) : null;
  }
  getSheetById(id: number) {
    const s = this._ctx.doc.sheets.find((x) => x.sheetId === id);
    return s ? sheetFake(this._ctx, s) : null;
  }
  getActiveSheet() {
    const doc = this._ctx.doc;
    const s = doc.activeSheet ?? doc.sheets[0];
    return sheetFake(this._ctx, s as SheetState);
  }
  setActiveSheet(sheet: unknown) {
    const s = unwrap(sheet, SheetFake);
    if (!s) throw signatureError(this._ctx, "SpreadsheetApp.Spreadsheet.setActiveSheet", [sheet]);
    checkLive(this._ctx, s._state);
    this._ctx.doc.activeSheet = s._state;
    return sheetFake(this._ctx, s._state);
  }
  moveActiveSheet(pos: number) {
    const doc = this._ctx.doc;
    const s = doc.activeSheet ?? (doc.sheets[0] as SheetState);
    doc.sheets.splice(doc.sheets.indexOf(s), 1);
    doc.sheets.splice(Math.max(0, Math.min(int(pos) - 1, doc.sheets.length)), 0, s);
  }

  insertSheet(...args: unknown[]) {
    const ctx = this._ctx;
    const doc = ctx.doc;
    let name: string | undefined;
    let index = doc.sheets.length;
    for (const a of args) {
      if (typeof a === "string") name = a;
      else if (typeof a === "number") index = int(a);
      else if (typeof a === "object" && a !== null)
        throw fail(ctx, "not implemented in the fake: Spreadsheet.insertSheet with options");
      else throw signatureError(ctx, "SpreadsheetApp.Spreadsheet.insertSheet", args);
    }
    if (name === undefined || name === "") {
      const base = doc.locale.startsWith("ja") ? "シート" : "Sheet";
      let n = doc.sheets.length + 1;
      while (doc.findSheet(`${base}${n}`)) n++;
      name = `${base}${n}`;
    }
    if (doc.findSheet(name))
      throw fail(ctx, `A sheet with the name "${name}" already exists. Please enter another name.`);
    if (doc.totalCells() + 1000 * 26 > CELL_LIMIT)
      throw fail(
        ctx,
        `This action would increase the number of cells in the workbook above the limit of ${CELL_LIMIT} cells.`,
      );
    const state = doc.addSheet(name, index);
    doc.activeSheet = state;
    return sheetFake(ctx, state);
  }

  deleteSheet(sheet: unknown) {
    const ctx = this._ctx;
    const s = unwrap(sheet, SheetFake);
    if (!s) throw signatureError(ctx, "SpreadsheetApp.Spreadsheet.deleteSheet", [sheet]);
    checkLive(ctx, s._state);
    if (ctx.doc.sheets.length <= 1) throw fail(ctx, "You can't remove all the sheets in a document.");
    ctx.doc.removeSheet(s._state);
  }

  getRange(a1: string) {
    const ctx = this._ctx;
    const { sheet } = splitSheet(String(a1));
    const state = sheet === undefined ? ctx.doc.activeSheet : ctx.doc.findSheet(sheet);
    if (!state) throw fail(ctx, "Range not found");
    return new SheetFake(ctx, state).getRange(a1);
  }

  setNamedRange(name: string, range: unknown) {
    const ctx = this._ctx;
    const r = rangeArg(ctx, "SpreadsheetApp.Spreadsheet.setNamedRange", range);
    const n = String(name);
    const valid =
      /^[A-Za-z_][A-Za-z0-9_]*$/.test(n) &&
      n.length <= 250 &&
      !/^(true|false)$/i.test(n) &&
      !/^[A-Za-z]{1,3}\d+$/.test(n) &&
      !/^R\d*C\d*$/i.test(n);
    if (!valid) throw fail(ctx, `Invalid argument: name ("${n}" is not a valid named range name)`);
    ctx.doc.setNamedRange(n, r._state, r._rect);
  }
  getRangeByName(name: string) {
    const ctx = this._ctx;
    const stored = ctx.doc.namedRanges.get(String(name).toUpperCase());
    const target = stored === undefined ? null : ctx.doc.resolveExpression(stored);
    return target ? rangeFake(ctx, target.sheet, target.rect) : null;
  }
  getNamedRanges() {
    return [...this._ctx.doc.namedRanges.values()].map((n) => new NamedRangeFake(this._ctx, n)._self());
  }
  removeNamedRange(name: string) {
    if (!this._ctx.doc.removeNamedRange(String(name)))
      throw fail(this._ctx, `Named range "${name}" not found.`);
  }

  addDeveloperMetadata(key: string, ...rest: unknown[]) {
    addMetadata(this._ctx, null, key, rest);
    return this;
  }
  getDeveloperMetadata() {
    return this._ctx.doc.metadata.map((m) => new DeveloperMetadataFake(this._ctx, m)._self());
  }
  getProtections(type: string) {
    return this._ctx.doc.sheets.flatMap((s) => new SheetFake(this._ctx, s).getProtections(type));
  }
  toast(message: string, title?: string, timeoutSeconds?: number) {
    this._ctx.ui.toasts.push({
      message: String(message),
      title: title === undefined ? "" : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
      execution: this._ctx.execution,
    });
  }
}

export class NamedRangeFake extends Fake {
  readonly _class = "NamedRange";
  constructor(
    ctx: ExecContext,
    private _name: string,
  ) {
    super(ctx);
  }
  getName() {
    return this._name;
  }
  getRange() {
    const target = this._ctx.doc.resolveExpression(this._name);
    if (!target) throw fail(this._ctx, "Range not found");
    return rangeFake(this._ctx, target.sheet, target.rect);
  }
  setRange(range: unknown) {
    const r = rangeArg(this._ctx, "SpreadsheetApp.NamedRange.setRange", range);
    this._ctx.doc.setNamedRange(this._name, r._state, r._rect);
    return this;
  }
  setName(name: string) {
    const target = this._ctx.doc.resolveExpression(this._name);
    if (!target) throw fail(this._ctx, "Range not found");
    this._ctx.doc.removeNamedRange(this._name);
    this._ctx.doc.setNamedRange(String(name), target.sheet, target.rect);
    this._name = String(name);
    return this;
  }
  remove() {
    this._ctx.doc.removeNamedRange(this._name);
  }
}

// ---------------------------------------------------------------------------------------------

export class SheetFake extends Fake {
  readonly _class = "Sheet";
  constructor(
    ctx: ExecContext,
    readonly _state: SheetState,
  ) {
    super(ctx);
  }

  private _live(): SheetState {
    checkLive(this._ctx, this._state);
    return this._state;
  }

  getName() {
    return this._live().name;
  }
  getSheetName() {
    return this._live().name;
  }
  setName(name: string) {
    const ctx = this._ctx;
    const s = this._live();
    const n = String(name);
    if (n.trim() === "") throw fail(ctx, "Invalid argument: name");
    const other = ctx.doc.findSheet(n);
    if (other && other !== s)
      throw fail(ctx, `A sheet with the name "${n}" already exists. Please enter another name.`);
    if (n !== s.name) ctx.doc.renameSheet(s, n);
    return this;
  }
  getIndex() {
    return this._ctx.doc.sheets.indexOf(this._live()) + 1;
  }
  getSheetId() {
    return this._live().sheetId;
  }
  getParent() {
    return spreadsheetFake(this._ctx);
  }
  activate() {
    this._ctx.doc.activeSheet = this._live();
    return this;
  }
  getMaxRows() {
    return this._live().maxRows;
  }
  getMaxColumns() {
    return this._live().maxCols;
  }
  getLastRow() {
    return extent(this._ctx, this._live()).lastRow;
  }
  getLastColumn() {
    return extent(this._ctx, this._live()).lastCol;
  }

  getRange(...args: unknown[]) {
    const ctx = this._ctx;
    const s = this._live();
    if (args.length === 1 && typeof args[0] === "string") {
      const { sheet, ref } = splitSheet(args[0]);
      const target = sheet === undefined ? s : ctx.doc.findSheet(sheet);
      if (!target) throw fail(ctx, "Range not found");
      const rect = parseRangeA1(ref, target.maxRows, target.maxCols);
      if (!rect) throw fail(ctx, "Range not found");
      checkRect(ctx, target, rect);
      return rangeFake(ctx, target, rect);
    }
    if (args.length < 2 || args.length > 4 || !args.every((a) => typeof a === "number"))
      throw signatureError(ctx, "SpreadsheetApp.Sheet.getRange", args);
    const [row, col, numRows = 1, numCols = 1] = (args as number[]).map(int);
    const rect = { row: row as number, col: col as number, numRows, numCols };
    checkRect(ctx, s, rect);
    return rangeFake(ctx, s, rect);
  }
  getDataRange() {
    const s = this._live();
    const { lastRow, lastCol } = extent(this._ctx, s);
    return rangeFake(this._ctx, s, {
      row: 1,
      col: 1,
      numRows: Math.max(lastRow, 1),
      numCols: Math.max(lastCol, 1),
    });
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
    if (n < 1) return this;
    this._grow(n * s.maxCols, 0);
    this._ctx.doc.write().addRows(s.hfId, [r0, n]);
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
    if (n < 1) return this;
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

  // Clearing -------------------------------------------------------------------------------------

  private _all(): Rect {
    const s = this._live();
    return { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols };
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }) {
    new RangeFake(this._ctx, this._live(), this._all()).clear(options);
    return this;
  }
  clearContents() {
    const s = this._live();
    this._ctx.doc.write().clearSheet(s.hfId);
    s.version++;
    return this;
  }
  clearFormats() {
    this._live().clearAttrs(FORMAT_KEYS, this._all());
    return this;
  }
  clearNotes() {
    this._live().clearAttrs(["note"], this._all());
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

  // Metadata, rules, charts, protection ---------------------------------------------------------------

  addDeveloperMetadata(key: string, ...rest: unknown[]) {
    addMetadata(this._ctx, this._live(), key, rest);
    return this;
  }
  getDeveloperMetadata() {
    return this._live().metadata.map((m) => new DeveloperMetadataFake(this._ctx, m)._self());
  }
  setConditionalFormatRules(rules: unknown) {
    const ctx = this._ctx;
    const s = this._live();
    if (!Array.isArray(rules))
      throw signatureError(ctx, "SpreadsheetApp.Sheet.setConditionalFormatRules", [rules]);
    s.rules = Array.from(rules as unknown[], (r) => {
      const rule = unwrap(r, ConditionalFormatRuleFake);
      if (!rule) throw signatureError(ctx, "SpreadsheetApp.Sheet.setConditionalFormatRules", [rules]);
      return rule._stateFor(s);
    });
  }
  getConditionalFormatRules() {
    return this._live().rules.map((r) => new ConditionalFormatRuleFake(this._ctx, r)._self());
  }
  clearConditionalFormatRules() {
    this._live().rules = [];
  }
  newChart() {
    return new EmbeddedChartBuilderFake(this._ctx, this._live(), null)._self();
  }
  insertChart(chart: unknown) {
    const c = unwrap(chart, EmbeddedChartFake);
    if (!c) throw signatureError(this._ctx, "SpreadsheetApp.Sheet.insertChart", [chart]);
    const state = { ...c._state, options: new Map(c._state.options), id: ++this._ctx.doc.chartSeq };
    this._live().charts.push(state);
  }
  updateChart(chart: unknown) {
    const c = unwrap(chart, EmbeddedChartFake);
    if (!c) throw signatureError(this._ctx, "SpreadsheetApp.Sheet.updateChart", [chart]);
    const s = this._live();
    const i = s.charts.findIndex((x) => x.id === c._state.id);
    if (i < 0) throw fail(this._ctx, "The chart does not exist on this sheet.");
    s.charts[i] = { ...c._state, options: new Map(c._state.options) };
  }
  getCharts() {
    return this._live().charts.map((c) => new EmbeddedChartFake(this._ctx, c)._self());
  }
  removeChart(chart: unknown) {
    const c = unwrap(chart, EmbeddedChartFake);
    if (!c) throw signatureError(this._ctx, "SpreadsheetApp.Sheet.removeChart", [chart]);
    const s = this._live();
    s.charts = s.charts.filter((x) => x.id !== c._state.id);
  }
  protect() {
    const s = this._live();
    const existing = s.protections.find((p) => p.type === "SHEET" && !p.removed);
    return new ProtectionFake(this._ctx, existing ?? newProtection(s, "SHEET", null))._self();
  }
  getProtections(type: string) {
    if (type !== ProtectionType.RANGE && type !== ProtectionType.SHEET)
      throw signatureError(this._ctx, "SpreadsheetApp.Sheet.getProtections", [type]);
    return this._live()
      .protections.filter((p) => p.type === type && !p.removed)
      .map((p) => new ProtectionFake(this._ctx, p)._self());
  }
  getNamedRanges() {
    const s = this._live();
    return [...this._ctx.doc.namedRanges.values()]
      .filter((n) => this._ctx.doc.resolveExpression(n)?.sheet === s)
      .map((n) => new NamedRangeFake(this._ctx, n)._self());
  }
}

// ---------------------------------------------------------------------------------------------

export class RangeFake extends Fake {
  readonly _class = "Range";
  constructor(
    ctx: ExecContext,
    readonly _state: SheetState,
    readonly _rect: Rect,
  ) {
    super(ctx);
  }

  private _live(): SheetState {
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
    return new RangeFake(this._ctx, this._state, {
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
    return new RangeFake(this._ctx, this._state, {
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
    this._ctx.doc.write().setCellContents(hfAddress(s, this._rect.row, this._rect.col), raw as never);
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
    const f = String(formula);
    if (!f.startsWith("=")) return this.setValue(f);
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

  // Formats ------------------------------------------------------------------------------------------

  private _set(key: AttrKey, value: unknown) {
    this._live().setAttrs(key, this._rect, { fill: value });
    return this;
  }
  private _setGrid(key: AttrKey, method: string, values: unknown, map: (v: unknown) => unknown) {
    const rows = checkGrid(this._ctx, method, values, this._rect);
    this._live().setAttrs(
      key,
      this._rect,
      rows.map((r) => r.map(map)),
    );
    return this;
  }
  private _get(key: AttrKey, fallback: unknown): unknown[][] {
    return this._live()
      .readAttrs(key, this._rect)
      .map((r) => r.map((v) => v ?? fallback));
  }

  setNumberFormat(format: string) {
    return this._set("numberFormat", keep(format));
  }
  setNumberFormats(formats: unknown) {
    return this._setGrid("numberFormat", "setNumberFormats", formats, keep);
  }
  getNumberFormat() {
    return this.getNumberFormats()[0]?.[0];
  }
  getNumberFormats() {
    return this._get("numberFormat", DEFAULT_NUMBER_FORMAT) as string[][];
  }
  setBackground(c: string | null) {
    return this._set("background", color(c));
  }
  setBackgrounds(colors: unknown) {
    return this._setGrid("background", "setBackgrounds", colors, color);
  }
  getBackground() {
    return this.getBackgrounds()[0]?.[0];
  }
  getBackgrounds() {
    return this._get("background", "#ffffff") as string[][];
  }
  setFontWeight(weight: string | null) {
    return this._set("fontWeight", keep(weight));
  }
  setFontWeights(weights: unknown) {
    return this._setGrid("fontWeight", "setFontWeights", weights, keep);
  }
  getFontWeight() {
    return this.getFontWeights()[0]?.[0];
  }
  getFontWeights() {
    return this._get("fontWeight", "normal") as string[][];
  }
  setFontColor(c: string | null) {
    return this._set("fontColor", color(c));
  }
  setFontColors(colors: unknown) {
    return this._setGrid("fontColor", "setFontColors", colors, color);
  }
  getFontColor() {
    return this.getFontColors()[0]?.[0];
  }
  getFontColors() {
    return this._get("fontColor", "#000000") as string[][];
  }
  setFontStyle(style: string | null) {
    return this._set("fontStyle", keep(style));
  }
  setFontStyles(styles: unknown) {
    return this._setGrid("fontStyle", "setFontStyles", styles, keep);
  }
  getFontStyle() {
    return this.getFontStyles()[0]?.[0];
  }
  getFontStyles() {
    return this._get("fontStyle", "normal") as string[][];
  }
  setFontSize(size: number | null) {
    return this._set("fontSize", keep(size));
  }
  setFontSizes(sizes: unknown) {
    return this._setGrid("fontSize", "setFontSizes", sizes, keep);
  }
  getFontSize() {
    return this.getFontSizes()[0]?.[0];
  }
  getFontSizes() {
    return this._get("fontSize", 10) as number[][];
  }
  setFontFamily(family: string | null) {
    return this._set("fontFamily", keep(family));
  }
  setFontFamilies(families: unknown) {
    return this._setGrid("fontFamily", "setFontFamilies", families, keep);
  }
  getFontFamily() {
    return this.getFontFamilies()[0]?.[0];
  }
  getFontFamilies() {
    return this._get("fontFamily", "Arial") as string[][];
  }
  setHorizontalAlignment(alignment: string | null) {
    return this._set("horizontalAlignment", keep(alignment));
  }
  setHorizontalAlignments(alignments: unknown) {
    return this._setGrid("horizontalAlignment", "setHorizontalAlignments", alignments, keep);
  }
  setVerticalAlignment(alignment: string | null) {
    return this._set("verticalAlignment", keep(alignment));
  }
  setVerticalAlignments(alignments: unknown) {
    return this._setGrid("verticalAlignment", "setVerticalAlignments", alignments, keep);
  }
  getVerticalAlignment() {
    return this.getVerticalAlignments()[0]?.[0];
  }
  getVerticalAlignments() {
    return this._get("verticalAlignment", "bottom") as string[][];
  }
  setWrap(wrap: boolean) {
    return this._set("wrap", Boolean(wrap));
  }
  setWraps(wraps: unknown) {
    return this._setGrid("wrap", "setWraps", wraps, (v) => Boolean(v));
  }
  setNote(note: string | null) {
    return this._set("note", note === null || note === "" ? undefined : String(note));
  }
  setNotes(notes: unknown) {
    return this._setGrid("note", "setNotes", notes, (v) => (v === null || v === "" ? undefined : String(v)));
  }
  getNote() {
    return this.getNotes()[0]?.[0];
  }
  getNotes() {
    return this._get("note", "") as string[][];
  }

  // Validation and protection ----------------------------------------------------------------------

  setDataValidation(rule: unknown) {
    if (rule === null) return this.clearDataValidations();
    const v = unwrap(rule, DataValidationFake);
    if (!v) throw signatureError(this._ctx, "SpreadsheetApp.Range.setDataValidation", [rule]);
    return this._set("validation", v._state);
  }
  setDataValidations(rules: unknown) {
    return this._setGrid("validation", "setDataValidations", rules, (r) => {
      if (r === null) return undefined;
      const v = unwrap(r, DataValidationFake);
      if (!v) throw signatureError(this._ctx, "SpreadsheetApp.Range.setDataValidations", [rules]);
      return v._state;
    });
  }
  getDataValidation() {
    return this.getDataValidations()[0]?.[0] ?? null;
  }
  getDataValidations() {
    return this._live()
      .readAttrs("validation", this._rect)
      .map((row) =>
        row.map((v) => (v ? new DataValidationFake(this._ctx, v as ValidationState)._self() : null)),
      );
  }
  protect() {
    const s = this._live();
    return new ProtectionFake(
      this._ctx,
      newProtection(s, "RANGE", this._ctx.doc.anchor(s, this._rect)),
    )._self();
  }
}
