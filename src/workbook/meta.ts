// The hidden data sheet: which sheets are ours, which id each Actuals column holds, and the plan
// itself. A sheet (not document properties) because it travels with a copy of the spreadsheet and
// with an .xlsx download, and has no 9 KB value limit.
import { pick } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import { ARCHIVED, actualsRangeName } from "./actuals-columns";
import { text } from "./grid";
import { L } from "./labels";
import { type ConnectedSource, storedSource } from "./source";
import type { CellSpec, SheetKey } from "./spec";

const parsed = (json: string): unknown => {
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
};

export const META_FORMAT = 1;
/** Sheets allows 50,000 characters in a cell and Excel 32,767: stay below both. */
export const PLAN_CHUNK = 30_000;

export interface WorkbookMeta {
  sheets: Partial<Record<SheetKey, string>>;
  actualsKeys: string[];
  /** The header each Actuals column had when written, to find the columns again if moved. */
  actualsHeaders: string[];
  /** Named ranges we created: removed before a regeneration sets them again. */
  namedRanges: string[];
  plan: unknown | null;
  /** The connected source as stored (checked by the reader: `storedSource`), or null. */
  source?: unknown;
}

export function metaCells(
  plan: Plan,
  sheets: Partial<Record<SheetKey, string>>,
  actuals: readonly { key: string; header: string }[],
  namedRanges: readonly string[],
  source: ConnectedSource | null = null,
): CellSpec[][] {
  const json = JSON.stringify(plan);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += PLAN_CHUNK) chunks.push(json.slice(i, i + PLAN_CHUNK));
  const row = (...values: string[]) => values.map((v) => text(v));
  return [
    [text(pick(L.metaWarning, plan.locale), "note")],
    [text("format"), { value: META_FORMAT }],
    row("actualsColumns", ...actuals.map((c) => c.key)),
    row("actualsHeaders", ...actuals.map((c) => c.header)),
    row("namedRanges", ...namedRanges),
    ...Object.entries(sheets).map(([key, name]) => row(`sheet:${key}`, name as string)),
    ...chunks.map((c) => row("plan", c)),
    ...(source ? [row("source", JSON.stringify(storedSource(source)))] : []),
  ];
}

/** Reads the data sheet back from its raw values; tolerant of anything a user did to it. */
export function readMeta(values: readonly (readonly unknown[])[]): WorkbookMeta {
  const meta: WorkbookMeta = {
    sheets: {},
    actualsKeys: [],
    actualsHeaders: [],
    namedRanges: [],
    plan: null,
    source: null,
  };
  let json = "";
  for (const row of values) {
    const head = String(row[0] ?? "");
    if (head === "actualsColumns") meta.actualsKeys = row.slice(1).map((v) => String(v ?? ""));
    else if (head === "actualsHeaders") meta.actualsHeaders = row.slice(1).map((v) => String(v ?? ""));
    else if (head === "namedRanges")
      meta.namedRanges = row
        .slice(1)
        .map((v) => String(v ?? ""))
        .filter(Boolean);
    else if (head.startsWith("sheet:")) meta.sheets[head.slice(6) as SheetKey] = String(row[1] ?? "");
    else if (head === "plan") json += String(row[1] ?? "");
    else if (head === "source") meta.source = parsed(String(row[1] ?? ""));
  }
  if (json) {
    try {
      meta.plan = JSON.parse(json);
    } catch {
      meta.plan = null;
    }
  }
  return meta;
}

/**
 * Which id each column of an Actuals header holds (null: the user's own column, kept as it is).
 * First by the named range over the column (`ACT_*`): spreadsheets move names when columns are
 * inserted or moved, and a renamed header keeps its name. Then by the header the column had when
 * we wrote it, then by its position then (unless another header stands there now); a column already
 * claimed is never claimed twice.
 * `namedColumns`: upper-cased range name → its 0-based column on the Actuals sheet.
 */
export function actualsColumnKeys(
  header: readonly unknown[],
  meta: WorkbookMeta,
  namedColumns: ReadonlyMap<string, number> = new Map(),
): (string | null)[] {
  const keys: (string | null)[] = header.map(() => null);
  const used = new Set<string>();
  const claim = (col: number | undefined, key: string): boolean => {
    if (col === undefined || col < 0 || col >= keys.length || keys[col] !== null || used.has(key))
      return false;
    keys[col] = key;
    used.add(key);
    return true;
  };
  const known = meta.actualsKeys.filter(Boolean);
  for (const key of known) {
    // An archived column keeps the name it had while live.
    const name = actualsRangeName(key.startsWith(ARCHIVED) ? key.slice(ARCHIVED.length) : key);
    if (name) claim(namedColumns.get(name.toUpperCase()), key);
  }
  meta.actualsHeaders.forEach((h, i) => {
    const key = meta.actualsKeys[i];
    if (!key || used.has(key)) return;
    header.some((text, col) => String(text ?? "") === h && claim(col, key));
  });
  // By position only where nothing says the column now holds something else: no header stored, a
  // blank header, or the same header as then. A user's own "Region" typed where Notes was stays theirs.
  meta.actualsKeys.forEach((key, i) => {
    const then = meta.actualsHeaders[i];
    const now = String(header[i] ?? "");
    if (key && (!then || now === "" || now === then)) claim(i, key);
  });
  return keys;
}
