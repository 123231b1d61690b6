// The state of one fake spreadsheet document, shared by every execution that opens it: its sheets,
// their formats, one HyperFormula engine for the cell contents, named ranges, locks.
import type { HyperFormula } from "hyperformula";
import { parseQualifiedA1, qualifiedA1, type Rect } from "./a1";
import { sheetsEngine } from "./hyperformula-engine";

/** Per-cell attributes kept beside the contents (HyperFormula holds the contents). */
export type AttrKey =
  | "numberFormat"
  | "background"
  | "fontWeight"
  | "fontColor"
  | "fontStyle"
  | "fontSize"
  | "fontFamily"
  | "horizontalAlignment"
  | "verticalAlignment"
  | "wrap"
  | "note"
  | "validation";

export const FORMAT_KEYS: readonly AttrKey[] = [
  "numberFormat",
  "background",
  "fontWeight",
  "fontColor",
  "fontStyle",
  "fontSize",
  "fontFamily",
  "horizontalAlignment",
  "verticalAlignment",
  "wrap",
];

export interface MetadataState {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
  /** null: the spreadsheet itself. */
  sheet: SheetState | null;
}

export interface ValidationState {
  criteria: string | null;
  /** Numbers, strings, booleans, epoch ms for dates (see dateArgs), or an Anchor for a range. */
  values: unknown[];
  /** Indexes of `values` that are dates (epoch ms), so they come back as Date objects. */
  dateArgs: number[];
  helpText: string | null;
  allowInvalid: boolean;
}

export interface RuleState {
  criteria: string | null;
  values: unknown[];
  format: { background?: string | null; fontColor?: string | null; bold?: boolean; italic?: boolean };
  ranges: Anchor[];
}

export interface ChartState {
  id: number | null;
  type: string;
  ranges: Anchor[];
  options: Map<string, unknown>;
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
}

export interface ProtectionState {
  type: "RANGE" | "SHEET";
  sheet: SheetState;
  range: Anchor | null;
  description: string;
  warningOnly: boolean;
  unprotected: Anchor[];
  editors: string[];
  domainEdit: boolean;
  removed: boolean;
}

export type LockScope = "document" | "script" | "user";

/**
 * A rectangle that moves with the sheet when rows or columns are inserted or deleted, and follows
 * the sheet's renames: kept as a hidden HyperFormula named expression, so it shifts exactly as
 * formulas and named ranges do.
 */
export class Anchor {
  constructor(
    readonly doc: DocumentState,
    readonly name: string,
  ) {}
  resolve(): { sheet: SheetState; rect: Rect } | null {
    return this.doc.resolveExpression(this.name);
  }
}

export class SheetState {
  maxRows = 1000;
  maxCols = 26;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  deleted = false;
  tabColor: string | null = null;
  readonly colWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly attrs = new Map<AttrKey, unknown[][]>();
  metadata: MetadataState[] = [];
  rules: RuleState[] = [];
  charts: ChartState[] = [];
  protections: ProtectionState[] = [];
  /** Bumped on every content write, to cache the last row/column with content. */
  version = 0;
  extentCache: { version: number; lastRow: number; lastCol: number } | null = null;

  constructor(
    readonly sheetId: number,
    public name: string,
    public hfId: number,
  ) {}

  attr(key: AttrKey, r0: number, c0: number): unknown {
    return this.attrs.get(key)?.[r0]?.[c0];
  }

  private grid(key: AttrKey): unknown[][] {
    let g = this.attrs.get(key);
    if (!g) {
      g = [];
      this.attrs.set(key, g);
    }
    return g;
  }

  /** Writes values[i][j] (or one value everywhere) into the attribute grid; undefined clears. */
  setAttrs(key: AttrKey, rect: Rect, values: unknown[][] | { fill: unknown }): void {
    const g = this.grid(key);
    for (let i = 0; i < rect.numRows; i++) {
      const r0 = rect.row - 1 + i;
      let row = g[r0];
      if (!row) {
        row = [];
        g[r0] = row;
      }
      const src = Array.isArray(values) ? values[i] : undefined;
      for (let j = 0; j < rect.numCols; j++) {
        row[rect.col - 1 + j] = Array.isArray(values) ? src?.[j] : values.fill;
      }
    }
  }

  readAttrs(key: AttrKey, rect: Rect): unknown[][] {
    const g = this.attrs.get(key);
    const out: unknown[][] = [];
    for (let i = 0; i < rect.numRows; i++) {
      const row = g?.[rect.row - 1 + i];
      const line: unknown[] = new Array(rect.numCols);
      for (let j = 0; j < rect.numCols; j++) line[j] = row?.[rect.col - 1 + j];
      out.push(line);
    }
    return out;
  }

  clearAttrs(keys: readonly AttrKey[], rect: Rect): void {
    for (const key of keys) if (this.attrs.has(key)) this.setAttrs(key, rect, { fill: undefined });
  }

  /** New rows at r0 (0-based), formatted like row `like0` (0-based, after the insertion). */
  insertRows(r0: number, n: number, like0: number): void {
    for (const g of this.attrs.values()) {
      if (g.length > r0) g.splice(r0, 0, ...new Array<unknown[]>(n));
      const like = g[like0];
      if (like) for (let i = 0; i < n; i++) g[r0 + i] = like.slice();
    }
    shiftKeys(this.rowHeights, r0 + 1, n);
  }

  deleteRows(r0: number, n: number): void {
    for (const g of this.attrs.values()) g.splice(r0, n);
    shiftKeys(this.rowHeights, r0 + 1, -n);
  }

  insertCols(c0: number, n: number, like0: number): void {
    for (const g of this.attrs.values()) {
      for (const row of g) {
        if (!row) continue;
        if (row.length > c0) row.splice(c0, 0, ...new Array<unknown>(n));
        const like = row[like0];
        if (like !== undefined) for (let i = 0; i < n; i++) row[c0 + i] = like;
      }
    }
    shiftKeys(this.colWidths, c0 + 1, n);
  }

  deleteCols(c0: number, n: number): void {
    for (const g of this.attrs.values()) for (const row of g) row?.splice(c0, n);
    shiftKeys(this.colWidths, c0 + 1, -n);
  }
}

/** Moves 1-based keys ≥ from by delta (negative: the deleted keys disappear). */
function shiftKeys(map: Map<number, number>, from: number, delta: number): void {
  const entries = [...map.entries()].sort((a, b) => (delta > 0 ? b[0] - a[0] : a[0] - b[0]));
  for (const [k, v] of entries) {
    if (k < from) continue;
    map.delete(k);
    if (delta < 0 && k < from - delta) continue;
    map.set(k + delta, v);
  }
}

export interface DocumentOptions {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  firstSheetName: string;
}

/** Apps Script's limit on the cells of a spreadsheet. */
export const CELL_LIMIT = 10_000_000;

export class DocumentState {
  readonly hf: HyperFormula;
  readonly sheets: SheetState[] = [];
  activeSheet: SheetState | null = null;
  /** Upper-cased name → name as given. HyperFormula holds what each one refers to. */
  readonly namedRanges = new Map<string, string>();
  /** Spreadsheet-level developer metadata. */
  metadata: MetadataState[] = [];
  readonly locks = new Map<LockScope, number>();
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  private suspended = false;
  private sheetSeq = 0;
  private anchorSeq = 0;
  metadataSeq = 0;
  chartSeq = 0;

  constructor(options: DocumentOptions) {
    this.id = options.id;
    this.name = options.name;
    this.timeZone = options.timeZone;
    this.locale = options.locale;
    this.hf = sheetsEngine(
      {},
      {
        maxRows: 2_000_000,
        undoLimit: 0,
        dateFormats: ["YYYY-MM-DD", "YYYY/MM/DD", "MM/DD/YYYY"],
        timeFormats: ["hh:mm", "hh:mm:ss", "hh:mm:ss.sss"],
      },
    );
    this.activeSheet = this.addSheet(options.firstSheetName, 0);
  }

  /** Before a change: batch changes until the next read (as Apps Script batches until flush). */
  write(): HyperFormula {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
    return this.hf;
  }

  /** Before a read: computes everything written since the last read. */
  read(): HyperFormula {
    if (this.suspended) {
      this.hf.resumeEvaluation();
      this.suspended = false;
    }
    return this.hf;
  }

  findSheet(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  totalCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }

  addSheet(name: string, index: number): SheetState {
    const hf = this.write();
    const created = hf.addSheet(name);
    const hfId = hf.getSheetId(created) as number;
    // The first sheet of a new spreadsheet has id 0; later ones get large ids, as in Sheets.
    const seq = this.sheetSeq++;
    const sheetId = seq === 0 ? 0 : 100_000_000 + ((seq * 2_654_435_761) % 1_900_000_000);
    const sheet = new SheetState(sheetId, name, hfId);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    return sheet;
  }

  removeSheet(sheet: SheetState): void {
    const hf = this.write();
    // Named ranges on the sheet go with it; formulas using them give #REF! as in Sheets.
    for (const [upper, name] of [...this.namedRanges]) {
      const target = this.resolveExpression(name);
      if (target?.sheet === sheet) {
        hf.changeNamedExpression(name, "=#REF!");
        this.namedRanges.delete(upper);
      }
    }
    hf.removeSheet(sheet.hfId);
    sheet.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
  }

  renameSheet(sheet: SheetState, name: string): void {
    this.write().renameSheet(sheet.hfId, name);
    sheet.name = name;
  }

  /** A named expression's target, when it is a plain rectangle on an existing sheet. */
  resolveExpression(name: string): { sheet: SheetState; rect: Rect } | null {
    const expr = this.read().getNamedExpression(name);
    const parsed = expr ? parseQualifiedA1(expr.expression ?? "") : null;
    if (!parsed) return null;
    const sheet = this.findSheet(parsed.sheet);
    return sheet ? { sheet, rect: parsed.rect } : null;
  }

  anchor(sheet: SheetState, rect: Rect): Anchor {
    const name = `__FAKE_ANCHOR_${++this.anchorSeq}`;
    this.write().addNamedExpression(name, `=${qualifiedA1(sheet.name, rect)}`);
    return new Anchor(this, name);
  }

  /** Sets (or moves) a workbook-scoped named range. */
  setNamedRange(name: string, sheet: SheetState, rect: Rect): void {
    const hf = this.write();
    const expression = `=${qualifiedA1(sheet.name, rect)}`;
    const upper = name.toUpperCase();
    const existing = hf.listNamedExpressions().find((n) => n.toUpperCase() === upper);
    if (existing !== undefined) {
      hf.removeNamedExpression(existing);
    }
    hf.addNamedExpression(name, expression);
    this.namedRanges.set(upper, name);
  }

  removeNamedRange(name: string): boolean {
    const upper = name.toUpperCase();
    const stored = this.namedRanges.get(upper);
    if (stored === undefined) return false;
    this.write().removeNamedExpression(stored);
    this.namedRanges.delete(upper);
    return true;
  }
}
