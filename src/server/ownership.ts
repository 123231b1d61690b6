// Which sheets are ours (developer metadata, which survives renames and copies), and what they hold.
import { isoDateInZone } from "../domain/calendar-dates";
import type { CellValue, ExistingActuals } from "../workbook/actuals";
import { actualsColumnKeys, readMeta, type WorkbookMeta } from "../workbook/meta";
import type { SheetKey } from "../workbook/spec";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const OWNER_KEY = "kpi-designer.sheet";

export function markOwned(sheet: Sheet, key: SheetKey): void {
  sheet.addDeveloperMetadata(OWNER_KEY, key);
}

export interface SheetEntry {
  sheet: Sheet;
  name: string;
  /** Which of our sheets it is; null: someone else's. */
  key: SheetKey | null;
}

export interface Document {
  ss: Spreadsheet;
  /** Every sheet, in tab order. */
  sheets: SheetEntry[];
  own: Map<SheetKey, Sheet>;
  ownNames: Map<SheetKey, string>;
  foreignNames: string[];
}

export function readDocument(ss: Spreadsheet): Document {
  const own = new Map<SheetKey, Sheet>();
  const ownNames = new Map<SheetKey, string>();
  const foreignNames: string[] = [];
  const sheets = ss.getSheets().map((sheet): SheetEntry => {
    const mark = sheet.getDeveloperMetadata().find((m) => m.getKey() === OWNER_KEY);
    const marked = mark?.getValue() as SheetKey | null | undefined;
    const name = sheet.getName();
    // A copy of one of our sheets carries the mark too: the first one is ours, the others the user's.
    const key = marked && !own.has(marked) ? marked : null;
    if (key) {
      own.set(key, sheet);
      ownNames.set(key, name);
    } else foreignNames.push(name);
    return { sheet, name, key };
  });
  return { ss, sheets, own, ownNames, foreignNames };
}

const emptyMeta: WorkbookMeta = {
  sheets: {},
  actualsKeys: [],
  actualsHeaders: [],
  namedRanges: [],
  plan: null,
};

export function readStoredMeta(doc: Document): WorkbookMeta {
  const sheet = doc.own.get("meta");
  return sheet ? readMeta(sheet.getDataRange().getValues()) : emptyMeta;
}

/**
 * Named ranges over single columns of the Actuals sheet: upper-cased name → 0-based column. Sheets
 * moves a named range when columns are inserted or moved, so it finds a column wherever it went.
 * The calls grow with the names on that sheet (stages and KPIs), never with rows.
 */
function namedColumns(sheet: Sheet): Map<string, number> {
  const out = new Map<string, number>();
  for (const named of sheet.getNamedRanges()) {
    try {
      const range = named.getRange();
      if (range.getNumColumns() === 1) out.set(named.getName().toUpperCase(), range.getColumn() - 1);
    } catch {
      // A range whose column was deleted: the header and position still find the others.
    }
  }
  return out;
}

/**
 * The Actuals log's columns and their ids, from its header alone (two calls, whatever the rows):
 * what formulas that read the log by column need.
 */
export function readActualsColumns(doc: Document, meta: WorkbookMeta): ExistingActuals["columns"] | null {
  const sheet = doc.own.get("actuals");
  if (!sheet) return null;
  const width = Math.max(1, sheet.getLastColumn());
  const [header = []] = sheet.getRange(1, 1, 1, width).getValues();
  const keys = actualsColumnKeys(header, meta, namedColumns(sheet));
  return header.map((h, i) => ({ key: keys[i] ?? null, header: String(h ?? "") }));
}

export const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

/** The Actuals sheet's values as Apps Script gives them, in one call, with each column's id. */
export function readActualsValues(
  doc: Document,
  meta: WorkbookMeta,
): {
  sheet: Sheet;
  keys: (string | null)[];
  header: unknown[];
  rows: unknown[][];
  named: Map<string, number>;
} | null {
  const sheet = doc.own.get("actuals");
  if (!sheet) return null;
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  const named = namedColumns(sheet);
  return { sheet, keys: actualsColumnKeys(header, meta, named), header, rows, named };
}

/** The Actuals log as it is now, read in one call; dates become ISO dates in the sheet's zone. */
export function readActuals(doc: Document, meta: WorkbookMeta): ExistingActuals | null {
  const read = readActualsValues(doc, meta);
  if (!read) return null;
  const zone = doc.ss.getSpreadsheetTimeZone();
  return {
    columns: read.header.map((h, i) => ({ key: read.keys[i] ?? null, header: String(h ?? "") })),
    rows: read.rows.map((r) =>
      r.map((v): CellValue => (isDate(v) ? isoDateInZone(v, zone) : (v as CellValue))),
    ),
    named: read.named,
  };
}
