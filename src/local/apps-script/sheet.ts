// Sheet: its name, ranges, clearing, and what it holds (metadata, colour rules, charts, protections).
// Rows, columns and layout are in SheetGridFake.
import { parseRangeA1, type Rect, splitSheet } from "./a1";
import { EmbeddedChartBuilderFake, EmbeddedChartFake } from "./chart";
import { checkRect, extent, int } from "./checks";
import { ConditionalFormatRuleFake } from "./conditional-format";
import { addMetadata, DeveloperMetadataFake } from "./developer-metadata";
import { ProtectionType } from "./enums";
import { fail, signatureError, unwrap } from "./fake";
import { rangeFake, rawRange, registry, spreadsheetFake } from "./make";
import { NamedRangeFake } from "./named-range";
import { newProtection, ProtectionFake } from "./protection";
import { SheetGridFake } from "./sheet-grid";
import { FORMAT_KEYS } from "./sheet-state";

export class SheetFake extends SheetGridFake {
  readonly _class = "Sheet";

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

  // Clearing -------------------------------------------------------------------------------------

  private _all(): Rect {
    const s = this._live();
    return { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols };
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean }) {
    rawRange(this._ctx, this._live(), this._all()).clear(options);
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

registry.sheet = (ctx, state) => new SheetFake(ctx, state)._self();
registry.sheetRaw = (ctx, state) => new SheetFake(ctx, state);
registry.sheetClass = SheetFake;
