// The columns of the Actuals log a plan asks for, tied to ids (not display names), and the named
// range over each: the handle by which a reader finds a column again wherever someone moved it.
import { pick } from "../domain/i18n";
import { kpiShape } from "../domain/kpi-progress";
import type { Plan } from "../domain/plan";
import { L } from "./labels";
import { N } from "./names";
import type { NumberFormat } from "./spec";
import { stageColumns } from "./targets-sheet";
import { unitFormat } from "./units";

export type CellValue = string | number | boolean | null;

export interface ActualsColumn {
  /** date | rep | stage:<stream>.<stage> | kgi | kpi:<id> | notes | archived:<key> | extra:<n> */
  key: string;
  header: string;
  format?: NumberFormat;
  /** The named range over the column's values (live columns, and archived ones that had one). */
  rangeName?: string;
}

/** What a writer read back from an existing Actuals sheet: keys from our metadata, values raw. */
export interface ExistingActuals {
  columns: { key: string | null; header: string }[];
  /** Dates as ISO strings (YYYY-MM-DD); everything else as read. */
  rows: CellValue[][];
  /**
   * Named ranges over single columns of the sheet: upper-cased name → 0-based column. A column
   * whose id our stored data does not know yet (a run that stopped before storing it) is found by
   * the name it was given.
   */
  named?: ReadonlyMap<string, number>;
}

export const ARCHIVED = "archived:";
export const EXTRA = "extra:";

/**
 * The named range over a live column's values, from its key alone: how a reader finds a column
 * again after someone inserted, moved or renamed columns (spreadsheets move names with them).
 * Ids are lowercase letters, digits and "_", so the "." in a stage key is unambiguous.
 */
export function actualsRangeName(key: string): string | undefined {
  if (key === "date") return N.actualsDate;
  if (key === "rep") return N.actualsRep;
  if (key === "kgi") return N.actualsKgi;
  if (key === "notes") return N.actualsNotes;
  if (key.startsWith("kpi:")) return N.actualsKpi(key.slice(4));
  const stage = /^stage:([^.]+)\.(.+)$/.exec(key);
  return stage ? N.actualsStage(stage[1] as string, stage[2] as string) : undefined;
}

export function planColumns(plan: Plan): ActualsColumn[] {
  const t = (x: { ja: string; en: string }) => pick(x, plan.locale);
  const columns: Omit<ActualsColumn, "rangeName">[] = [
    { key: "date", header: t(L.date), format: "date" },
    { key: "rep", header: t(L.rep) },
    ...stageColumns(plan).map((c) => ({
      key: `stage:${c.streamId}.${c.stageId}`,
      header: c.name,
      format: "integer" as const,
    })),
    { key: "kgi", header: `${plan.kgi.name} (${plan.kgi.unit})`, format: "currency" },
    // A manual KPI's header says its unit; its column's format follows the unit (units.ts): a percent
    // KPI's column is in percent (fractions), money whole, a running count whole.
    ...plan.kpis.flatMap((k) =>
      "manual" in k.source
        ? [
            {
              key: `kpi:${k.id}`,
              header: k.source.unit?.trim() ? `${k.name} (${k.source.unit.trim()})` : k.name,
              format: unitFormat(k.source.unit, kpiShape(k)),
            },
          ]
        : [],
    ),
    { key: "notes", header: t(L.notes), format: "text" },
  ];
  // Each live column's named range comes from its key, as a reader finds it again.
  return columns.map((c) => {
    const rangeName = actualsRangeName(c.key);
    return rangeName ? { ...c, rangeName } : c;
  });
}
