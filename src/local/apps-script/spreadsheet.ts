// Spreadsheet: its sheets, named ranges, metadata and settings.
import { splitSheet } from "./a1";
import { checkLive, int } from "./checks";
import { addMetadata, DeveloperMetadataFake } from "./developer-metadata";
import { CELL_LIMIT } from "./document";
import { Fake, fail, signatureError } from "./fake";
import { rangeArg, rangeFake, rawSheet, registry, sheetArg, sheetFake } from "./make";
import { NamedRangeFake } from "./named-range";
import type { SheetState } from "./sheet-state";

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
    const s = sheetArg(sheet);
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
    const s = sheetArg(sheet);
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
    return rawSheet(ctx, state).getRange(a1);
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
    return this._ctx.doc.sheets.flatMap((s) => rawSheet(this._ctx, s).getProtections(type));
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

registry.spreadsheet = (ctx) => new SpreadsheetFake(ctx)._self();
