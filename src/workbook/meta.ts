// The hidden data sheet: which sheets are ours, which id each Actuals column holds, and the plan
// itself. A sheet (not document properties) because it travels with a copy of the spreadsheet and
// with an .xlsx download, and has no 9 KB value limit.
import { pick } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import { text } from "./grid";
import { L } from "./labels";
import type { CellSpec, SheetKey } from "./spec";

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
}

export function metaCells(
  plan: Plan,
  sheets: Partial<Record<SheetKey, string>>,
  actuals: readonly { key: string; header: string }[],
  namedRanges: readonly string[],
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
  ];
}

/** Reads the data sheet back from its raw values; tolerant of anything a user did to it. */
export function readMeta(values: readonly (readonly unknown[])[]): WorkbookMeta {
  const meta: WorkbookMeta = { sheets: {}, actualsKeys: [], actualsHeaders: [], namedRanges: [], plan: null };
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
 * Which id each column of an Actuals header holds. By the header the column had when we wrote it,
 * so a column someone moved or inserted does not shift the others; an unknown header is the user's
 * own column (key null), kept as it is. Falls back to position for a meta without headers.
 */
export function actualsColumnKeys(header: readonly unknown[], meta: WorkbookMeta): (string | null)[] {
  const byHeader = new Map<string, string>();
  meta.actualsHeaders.forEach((h, i) => {
    const key = meta.actualsKeys[i];
    if (key && !byHeader.has(h)) byHeader.set(h, key);
  });
  const used = new Set<string>();
  return header.map((h, i) => {
    const text = String(h ?? "");
    const key = meta.actualsHeaders.length > 0 ? byHeader.get(text) : meta.actualsKeys[i];
    if (!key || used.has(key)) return null;
    used.add(key);
    return key;
  });
}
