// The state of one fake spreadsheet document, shared by every execution that opens it: its sheets,
// their formats, one HyperFormula engine for the cell contents, named ranges, locks.
import type { HyperFormula } from "hyperformula";
import { parseQualifiedA1, qualifiedA1, type Rect } from "./a1";
import { breakNameReferences, breakSheetReferences } from "./bindings";
import { sheetsEngine } from "./hyperformula-engine";
import { type MetadataState, SheetState } from "./sheet-state";

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
    // Every reference to the sheet becomes #REF! for good; named ranges on it stay listed, broken.
    breakSheetReferences(this, sheet);
    this.write().removeSheet(sheet.hfId);
    sheet.deleted = true;
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? null;
  }

  renameSheet(sheet: SheetState, name: string): void {
    this.write().renameSheet(sheet.hfId, name);
    sheet.name = name;
  }

  /**
   * A named expression's target, when it is a plain rectangle on an existing sheet. Where a range
   * is now needs no values: no recalculation is forced (Apps Script does none to read a rule's range),
   * so a batch of writes stays one recalculation however many rules and validations are set.
   */
  resolveExpression(name: string): { sheet: SheetState; rect: Rect } | null {
    const expr = this.hf.getNamedExpression(name);
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

  /**
   * Creates a workbook-scoped named range. Over an existing name it is a new range under that name:
   * formulas that used the old one stay broken (Apps Script does not say it updates in place; the
   * documented way to move a name is NamedRange.setRange, which is moveNamedRange).
   */
  setNamedRange(name: string, sheet: SheetState, rect: Rect): void {
    this.removeNamedRange(name);
    this.write().addNamedExpression(name, `=${qualifiedA1(sheet.name, rect)}`);
    this.namedRanges.set(name.toUpperCase(), name);
  }

  /** Points an existing name at another range; formulas using the name follow it. */
  moveNamedRange(name: string, sheet: SheetState, rect: Rect): void {
    const stored = this.namedRanges.get(name.toUpperCase());
    if (stored === undefined) throw new Error(`no named range ${name}`);
    this.write().changeNamedExpression(stored, `=${qualifiedA1(sheet.name, rect)}`);
  }

  removeNamedRange(name: string): boolean {
    const upper = name.toUpperCase();
    const stored = this.namedRanges.get(upper);
    if (stored === undefined) return false;
    this.write().removeNamedExpression(stored);
    this.namedRanges.delete(upper);
    breakNameReferences(this, stored);
    return true;
  }
}
