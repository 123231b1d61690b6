// Actuals: the log a team fills in or pastes a CRM export into. Columns are tied to ids, not to
// display names, and regeneration keeps every row (BRIEF §3.5).
import { pick } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import { header, rect, SheetBuilder } from "./grid";
import { L } from "./labels";
import { N } from "./names";
import type { CellSpec, NamedRangeSpec, NumberFormat } from "./spec";
import { stageColumns } from "./targets-sheet";

export type CellValue = string | number | boolean | null;

export interface ActualsColumn {
  /** date | rep | stage:<stream>.<stage> | kgi | kpi:<id> | notes | archived:<key> | extra:<n> */
  key: string;
  header: string;
  format?: NumberFormat;
  /** The named range over the column's values, for live columns that hold numbers, dates or reps. */
  rangeName?: string;
}

/** What a writer read back from an existing Actuals sheet: keys from our metadata, values raw. */
export interface ExistingActuals {
  columns: { key: string | null; header: string }[];
  /** Dates as ISO strings (YYYY-MM-DD); everything else as read. */
  rows: CellValue[][];
}

export const MIN_ACTUALS_ROWS = 2000;
const ARCHIVED = "archived:";

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
  return [
    { key: "date", header: t(L.date), format: "date", rangeName: N.actualsDate },
    { key: "rep", header: t(L.rep), rangeName: N.actualsRep },
    ...stageColumns(plan).map((c) => ({
      key: `stage:${c.streamId}.${c.stageId}`,
      header: c.name,
      format: "integer" as const,
      rangeName: N.actualsStage(c.streamId, c.stageId),
    })),
    {
      key: "kgi",
      header: `${plan.kgi.name} (${plan.kgi.unit})`,
      format: "currency",
      rangeName: N.actualsKgi,
    },
    ...plan.kpis.flatMap((k) =>
      "manual" in k.source
        ? [{ key: `kpi:${k.id}`, header: k.name, format: "decimal" as const, rangeName: N.actualsKpi(k.id) }]
        : [],
    ),
    { key: "notes", header: t(L.notes), format: "text", rangeName: N.actualsNotes },
  ];
}

export interface MergedActuals {
  columns: ActualsColumn[];
  rows: CellValue[][];
}

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || v === "";

/**
 * Existing log + new plan → the new log. Nothing typed is lost: a column whose id is still in the
 * plan follows its id (whatever its name now); one whose id is gone is kept as an archived column;
 * a column someone added by hand is kept as it is; every non-empty row stays, in its order.
 * Archived and added columns go before Notes, which stays the last column (BRIEF §3.5).
 */
export function mergeActuals(plan: Plan, existing: ExistingActuals | null): MergedActuals {
  const live = planColumns(plan);
  if (!existing) return { columns: live, rows: [] };
  const archivedPrefix = pick(L.archived, plan.locale);
  const liveKeys = new Set(live.map((c) => c.key));
  const kept: ActualsColumn[] = [];
  // What each existing column becomes: a live key, or a kept column (by its index in `kept`).
  const source: ({ live: string } | { kept: number })[] = [];
  const taken = new Set<string>();
  existing.columns.forEach((col, i) => {
    const key = col.key;
    const revived = key?.startsWith(ARCHIVED) ? key.slice(ARCHIVED.length) : key;
    if (revived && liveKeys.has(revived) && !taken.has(revived)) {
      taken.add(revived);
      source[i] = { live: revived };
      return;
    }
    const archivedKey =
      key === null
        ? `extra:${i}`
        : key.startsWith(ARCHIVED) || key.startsWith("extra:")
          ? key
          : `${ARCHIVED}${key}`;
    // A user's own column keeps its header as they typed it, on every regeneration.
    const own = key === null || key.startsWith("extra:");
    const headerText =
      own || col.header.startsWith(archivedPrefix) ? col.header : `${archivedPrefix}${col.header}`;
    source[i] = { kept: kept.length };
    kept.push({ key: archivedKey, header: headerText });
  });
  const body = live.filter((c) => c.key !== "notes");
  const columns = [...body, ...kept, ...live.filter((c) => c.key === "notes")];
  const liveAt = new Map(columns.map((c, i) => [c.key, i]));
  const target = source.map((s) => ("live" in s ? liveAt.get(s.live) : body.length + s.kept));
  const rows: CellValue[][] = [];
  for (const row of existing.rows) {
    if (row.every((v) => isBlank(v))) continue;
    const out: CellValue[] = columns.map(() => null);
    row.forEach((v, i) => {
      const at = target[i];
      if (at !== undefined && !isBlank(v)) out[at] = v;
    });
    rows.push(out);
  }
  return { columns, rows };
}

export function actualsCapacity(rows: number): number {
  return Math.max(MIN_ACTUALS_ROWS, Math.ceil((rows * 1.5) / 1000) * 1000);
}

export function buildActuals(
  plan: Plan,
  merged: MergedActuals,
  sheetName: string,
  names: NamedRangeSpec[],
): { sheet: SheetBuilder; capacity: number } {
  const t = (x: { ja: string; en: string }) => pick(x, plan.locale);
  const s = new SheetBuilder("actuals", sheetName);
  const { columns } = merged;
  s.line(
    columns.map((c) => ({
      ...header(c.header),
      ...(c.key.startsWith(ARCHIVED) ? { style: "archived" as const } : {}),
    })),
  );
  for (const row of merged.rows) {
    s.line(
      row.map((v, i): CellSpec | null => {
        if (v === null) return null;
        const format = columns[i]?.format;
        return format ? { value: v, format } : { value: v };
      }),
    );
  }
  const capacity = actualsCapacity(merged.rows.length);
  s.put(capacity, columns.length - 1, null); // the log's full size, so blocks and validation cover it
  s.spec.frozenRows = 1;
  s.spec.frozenColumns = 2;
  s.spec.columnWidths = columns.map((c) => (c.key === "notes" ? 280 : c.key === "date" ? 110 : 130));
  const body = (col: number) => rect(1, col, capacity, 1);
  columns.forEach((c, i) => {
    if (!c.rangeName) return;
    const r = body(i);
    names.push({ name: c.rangeName, sheet: "actuals", rect: r });
    if (c.key === "date") {
      s.spec.validations.push({
        rect: r,
        rule: { kind: "dateBetween", from: plan.period.start, to: plan.period.end },
        help: t({ ja: "期間内の日付を入力してください", en: "Enter a date within the plan's period" }),
      });
    } else if (c.key === "rep") {
      s.spec.validations.push({
        rect: r,
        rule: { kind: "listFromNamedRange", name: N.teamNames },
        help: t({ ja: "チームの担当者名を選んでください", en: "Pick a rep of the team" }),
      });
    }
  });
  // The number columns (stages, KGI, manual KPIs) sit side by side: one rule covers them all, so
  // the writer's calls do not grow with the number of stages or KPIs.
  const numeric = columns.flatMap((c, i) =>
    c.rangeName && c.format !== "date" && c.format !== "text" && c.key !== "rep" ? [i] : [],
  );
  const first = numeric[0];
  if (first !== undefined) {
    s.spec.validations.push({
      rect: { row: 1, col: first, rows: capacity, cols: numeric.length },
      rule: { kind: "numberAtLeast", min: 0 },
      help: t({ ja: "0以上の数値を入力してください", en: "Enter a number, 0 or more" }),
    });
  }
  return { sheet: s, capacity };
}
