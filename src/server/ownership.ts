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

export interface Document {
  ss: Spreadsheet;
  sheets: Sheet[];
  own: Map<SheetKey, Sheet>;
  foreignNames: string[];
}

export function readDocument(ss: Spreadsheet): Document {
  const sheets = ss.getSheets();
  const own = new Map<SheetKey, Sheet>();
  const foreignNames: string[] = [];
  for (const sheet of sheets) {
    const mark = sheet.getDeveloperMetadata().find((m) => m.getKey() === OWNER_KEY);
    const key = mark?.getValue() as SheetKey | null | undefined;
    if (key && !own.has(key)) own.set(key, sheet);
    else foreignNames.push(sheet.getName());
  }
  return { ss, sheets, own, foreignNames };
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
 * Our named ranges on the Actuals sheet: upper-cased name → 0-based column. Sheets moves a named
 * range when columns are inserted or moved, so it finds a column wherever it went. Only names we
 * created (the data sheet lists them), so the calls grow with stages and KPIs, never with rows.
 */
function namedColumns(sheet: Sheet, meta: WorkbookMeta): Map<string, number> {
  const ours = new Set(meta.namedRanges.map((n) => n.toUpperCase()));
  const out = new Map<string, number>();
  for (const named of sheet.getNamedRanges()) {
    const name = named.getName().toUpperCase();
    if (!ours.has(name)) continue;
    try {
      const range = named.getRange();
      if (range.getNumColumns() === 1) out.set(name, range.getColumn() - 1);
    } catch {
      // A range whose column was deleted: the header and position still find the others.
    }
  }
  return out;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

/** The Actuals log as it is now, read in one call; dates become ISO dates in the sheet's zone. */
export function readActuals(doc: Document, meta: WorkbookMeta): ExistingActuals | null {
  const sheet = doc.own.get("actuals");
  if (!sheet) return null;
  const values = sheet.getDataRange().getValues();
  const [header = [], ...rows] = values;
  const zone = doc.ss.getSpreadsheetTimeZone();
  const keys = actualsColumnKeys(header, meta, namedColumns(sheet, meta));
  return {
    columns: header.map((h, i) => ({ key: keys[i] ?? null, header: String(h ?? "") })),
    rows: rows.map((r) => r.map((v): CellValue => (isDate(v) ? isoDateInZone(v, zone) : (v as CellValue)))),
  };
}
