// Uncounted inspection (and seeding) of a fake document, for tests and the local preview: what a
// person would see in the sheets, without touching the CallLog.
import type { HyperFormula } from "hyperformula";
import { parseRangeA1, type Rect, rectA1 } from "./a1";
import { extent } from "./checks";
import { serialToUtc } from "./dates";
import type { Anchor } from "./document";
import type { ExecContext } from "./fake";
import { RangeFake } from "./range";
import { SheetFake } from "./sheet";
import type { SheetState, ValidationState } from "./sheet-state";
import { isError, sheetsError } from "./values";

export interface CellInfo {
  value: unknown;
  display: string;
  formula: string;
  numberFormat: string | null;
  background: string | null;
  fontWeight: string | null;
  fontColor: string | null;
  fontStyle: string | null;
  wrap: boolean | null;
  note: string | null;
  validation: ValidationInfo | null;
}

export interface ValidationInfo {
  criteria: string | null;
  /** Ranges as "'Sheet'!A1:B2" strings, dates as Date. */
  values: unknown[];
  helpText: string | null;
  allowInvalid: boolean;
}

function anchorText(a: Anchor): string | null {
  const t = a.resolve();
  return t ? `${t.sheet.name}!${rectA1(t.rect)}` : null;
}

function plain(v: unknown): unknown {
  if (v && typeof v === "object" && "resolve" in v) return anchorText(v as Anchor);
  return v;
}

/**
 * Reads the document without going through the counted API (and without touching the CallLog).
 * Values are as Range.getValues gives them, with Node's Date for dates.
 */
export class SpreadsheetInspector {
  constructor(private readonly ctx: ExecContext) {}

  get hf(): HyperFormula {
    return this.ctx.doc.read();
  }
  get timeZone(): string {
    return this.ctx.doc.timeZone;
  }

  private state(name: string): SheetState {
    const s = this.ctx.doc.findSheet(name);
    if (!s) throw new Error(`no sheet named "${name}" (have: ${this.sheetNames().join(", ")})`);
    return s;
  }

  private range(sheet: string, a1?: string): RangeFake {
    const s = this.state(sheet);
    let rect: Rect | null;
    if (a1 === undefined) {
      const { lastRow, lastCol } = extent(this.ctx, s);
      rect = { row: 1, col: 1, numRows: Math.max(lastRow, 1), numCols: Math.max(lastCol, 1) };
    } else rect = parseRangeA1(a1, s.maxRows, s.maxCols);
    if (!rect) throw new Error(`not A1 notation: ${a1}`);
    return new RangeFake(this.ctx, s, rect);
  }

  sheetNames(): string[] {
    return this.ctx.doc.sheets.map((s) => s.name);
  }

  sheet(name: string) {
    const s = this.state(name);
    const { lastRow, lastCol } = extent(this.ctx, s);
    return {
      name: s.name,
      sheetId: s.sheetId,
      index: this.ctx.doc.sheets.indexOf(s) + 1,
      maxRows: s.maxRows,
      maxColumns: s.maxCols,
      lastRow,
      lastColumn: lastCol,
      frozenRows: s.frozenRows,
      frozenColumns: s.frozenCols,
      hidden: s.hidden,
      tabColor: s.tabColor,
      columnWidths: Object.fromEntries(s.colWidths),
      active: this.ctx.doc.activeSheet === s,
    };
  }

  /** Values of A1 through the last row and column with content (or of `a1`), as getValues gives. */
  sheetValues(name: string, a1?: string): unknown[][] {
    return this.range(name, a1).getValues();
  }
  sheetDisplayValues(name: string, a1?: string): string[][] {
    return this.range(name, a1).getDisplayValues();
  }
  sheetFormulas(name: string, a1?: string): string[][] {
    return this.range(name, a1).getFormulas();
  }
  numberFormats(name: string, a1?: string): string[][] {
    return this.range(name, a1).getNumberFormats();
  }
  backgrounds(name: string, a1?: string): string[][] {
    return this.range(name, a1).getBackgrounds();
  }
  fontWeights(name: string, a1?: string): string[][] {
    return this.range(name, a1).getFontWeights();
  }

  cell(name: string, a1: string): CellInfo {
    const r = this.range(name, a1);
    const s = r._state;
    const [r0, c0] = [r._rect.row - 1, r._rect.col - 1];
    const attr = (k: Parameters<SheetState["attr"]>[0]) => (s.attr(k, r0, c0) ?? null) as never;
    const v = s.attr("validation", r0, c0) as ValidationState | undefined;
    return {
      value: r.getValue(),
      display: r.getDisplayValue() ?? "",
      formula: r.getFormula(),
      numberFormat: attr("numberFormat"),
      background: attr("background"),
      fontWeight: attr("fontWeight"),
      fontColor: attr("fontColor"),
      fontStyle: attr("fontStyle"),
      wrap: attr("wrap"),
      note: attr("note"),
      validation: v ? this.validationInfo(v) : null,
    };
  }

  private validationInfo(v: ValidationState): ValidationInfo {
    return {
      criteria: v.criteria,
      values: v.values.map((x, i) => (v.dateArgs.includes(i) ? new Date(x as number) : plain(x))),
      helpText: v.helpText,
      allowInvalid: v.allowInvalid,
    };
  }

  /** Every cell with a data validation rule: "A2" → rule. */
  validations(name: string): Record<string, ValidationInfo> {
    const s = this.state(name);
    const out: Record<string, ValidationInfo> = {};
    const rows = s.attrs.get("validation") ?? [];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] ?? [];
      for (let j = 0; j < row.length; j++) {
        const v = row[j] as ValidationState | undefined;
        if (v) out[rectA1({ row: i + 1, col: j + 1, numRows: 1, numCols: 1 })] = this.validationInfo(v);
      }
    }
    return out;
  }

  /** Named ranges: name → "Sheet!A1:B2". */
  namedRanges(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of this.ctx.doc.namedRanges.values()) {
      const t = this.ctx.doc.resolveExpression(name);
      if (t) out[name] = `${t.sheet.name}!${rectA1(t.rect)}`;
    }
    return out;
  }

  /** The value of a named range's first cell, computed. */
  namedValue(name: string): unknown {
    const v = this.ctx.doc.read().getNamedExpressionValue(name);
    const first = Array.isArray(v) ? v[0]?.[0] : v;
    return isError(first) ? sheetsError(first) : (first ?? "");
  }

  conditionalRules(name: string) {
    return this.state(name).rules.map((r) => ({
      ranges: r.ranges.map(anchorText),
      criteria: r.criteria,
      values: [...r.values],
      ...r.format,
    }));
  }

  charts(name: string) {
    return this.state(name).charts.map((c) => ({
      id: c.id,
      type: c.type,
      ranges: c.ranges.map(anchorText),
      options: Object.fromEntries(c.options),
      anchorRow: c.anchorRow,
      anchorColumn: c.anchorCol,
      offsetX: c.offsetX,
      offsetY: c.offsetY,
    }));
  }

  protections(name: string) {
    return this.state(name).protections.map((p) => ({
      type: p.type,
      range: p.range ? anchorText(p.range) : null,
      description: p.description,
      warningOnly: p.warningOnly,
      unprotected: p.unprotected.map(anchorText),
    }));
  }

  /** Developer metadata of a sheet, or of the spreadsheet when no name is given. */
  developerMetadata(name?: string) {
    const list = name === undefined ? this.ctx.doc.metadata : this.state(name).metadata;
    return list.map((m) => ({ id: m.id, key: m.key, value: m.value, visibility: m.visibility }));
  }

  /** Which execution holds each lock (absent: free). */
  locks(): Partial<Record<"document" | "script" | "user", number>> {
    return Object.fromEntries(this.ctx.doc.locks);
  }

  /** Computes a formula as if typed in a cell of `sheet` (default: the first sheet). */
  calculate(formula: string, sheet?: string): unknown {
    const s = sheet === undefined ? this.ctx.doc.sheets[0] : this.state(sheet);
    const v = this.ctx.doc.read().calculateFormula(formula, (s as SheetState).hfId);
    const first = Array.isArray(v) ? v[0]?.[0] : v;
    if (isError(first)) return sheetsError(first);
    return first ?? "";
  }

  /** Converts a date serial of this spreadsheet to a Date (midnight in its time zone). */
  dateOf(serial: number): Date {
    return new Date(serialToUtc(serial, this.ctx.doc.timeZone));
  }

  // Seeding (uncounted), for tests and the preview --------------------------------------------------

  /** Adds a sheet (1000 × 26) at the end, without counting a call. */
  addSheet(name: string): void {
    if (this.ctx.doc.findSheet(name)) throw new Error(`a sheet named "${name}" exists`);
    this.ctx.doc.addSheet(name, this.ctx.doc.sheets.length);
  }

  /** Writes values with setValues semantics at `a1`'s top-left cell, without counting a call. */
  write(name: string, a1: string, values: unknown[][]): void {
    const s = this.state(name);
    const start = parseRangeA1(a1, s.maxRows, s.maxCols);
    if (!start) throw new Error(`not A1 notation: ${a1}`);
    const rect = { row: start.row, col: start.col, numRows: values.length, numCols: values[0]?.length ?? 0 };
    // A cell outside the grid is one no one can type into in Sheets: a block that runs past the last
    // row or column is pasted (`paste`), which adds them first.
    if (rect.row + rect.numRows - 1 > s.maxRows || rect.col + rect.numCols - 1 > s.maxCols)
      throw new Error(
        `${name}!${a1}: the block runs outside the sheet's grid; paste adds the rows and columns`,
      );
    new RangeFake(this.ctx, s, rect).setValues(values);
  }

  /**
   * Pastes values at `a1`'s top-left cell as Sheets does: a block running past the last row or
   * column adds the rows and columns it needs (named ranges are not widened), then writes with
   * setValues semantics. The cell pasted at must be inside the grid. Uncounted.
   */
  paste(name: string, a1: string, values: unknown[][]): void {
    const s = this.state(name);
    const start = parseRangeA1(a1, s.maxRows, s.maxCols);
    if (!start || start.row > s.maxRows || start.col > s.maxCols)
      throw new Error(`not a cell of ${name}: ${a1}`);
    const sheet = new SheetFake(this.ctx, s);
    const rows = start.row + values.length - 1 - s.maxRows;
    const cols = start.col + (values[0]?.length ?? 0) - 1 - s.maxCols;
    if (rows > 0) sheet.insertRowsAfter(s.maxRows, rows);
    if (cols > 0) sheet.insertColumnsAfter(s.maxCols, cols);
    this.write(name, a1, values);
  }
}
