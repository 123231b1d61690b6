// Existing log + new plan → the new log, worked out in place: every column already there keeps its
// place and its values; a column the plan adds is inserted next to its neighbours in the plan.
// Writers that edit a sheet (Apps Script) do exactly those insertions; writers that rebuild one
// (xlsx) lay the merged rows out in the same order, so both give the same columns.
import { pick } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import {
  type ActualsColumn,
  ARCHIVED,
  actualsRangeName,
  type CellValue,
  EXTRA,
  type ExistingActuals,
  planColumns,
} from "./actuals-columns";
import { L } from "./labels";
import { retiredKgiKey } from "./log-decision";

export interface MergedActuals {
  columns: ActualsColumn[];
  /** Every non-empty row, in its order, laid out in `columns`. */
  rows: CellValue[][];
  /** Columns new to the existing log (ascending): an in-place writer inserts a column at each. */
  insertedColumns: number[];
  /** Columns that are the team's own: kept as they are, header included. */
  teamColumns: number[];
}

const isBlank = (v: CellValue | undefined) => v === null || v === undefined || v === "";

type Slot =
  | { kind: "live"; key: string; from: number | null }
  | { kind: "archived"; key: string; from: number }
  | { kind: "team"; key: string; from: number };

/**
 * Nothing typed is lost: a column whose id is still in the plan follows its id (whatever its name
 * now); one whose id is gone stays where it is, archived, with its values (and its named range, so
 * the team's formulas on it keep working); a column someone added by hand is kept exactly as it is.
 * A new column goes right after the column before it in the plan (Notes, if missing, at the end), or
 * with `newColumnsAtEnd` right of every column there.
 * An empty, headerless column of nobody's standing just there is taken rather than another inserted:
 * it is what a run that stopped after inserting leaves behind.
 */
export function mergeActuals(
  plan: Plan,
  existing: ExistingActuals | null,
  options: { retireKgi?: boolean; newColumnsAtEnd?: boolean } = {},
): MergedActuals {
  const live = planColumns(plan);
  if (!existing) return { columns: live, rows: [], insertedColumns: [], teamColumns: [] };
  const byKey = new Map(live.map((c) => [c.key, c]));
  const width = existing.columns.length;
  const empty = existing.columns.map(
    (c, i) => c.header.trim() === "" && existing.rows.every((r) => isBlank(r[i])),
  );

  // A new KGI under a kept log: the old one's column is archived for good, never read as the new.
  const retired = options.retireKgi ? retiredKgiKey(existing.columns.map((c) => c.key)) : null;
  const slots: Slot[] = existing.columns.map((col, i) => {
    const key = col.key;
    if (retired && key === "kgi") return { kind: "archived", key: retired, from: i };
    const revived = key?.startsWith(ARCHIVED) ? key.slice(ARCHIVED.length) : key;
    if (revived && byKey.has(revived)) return { kind: "live", key: revived, from: i };
    if (key === null || key.startsWith(EXTRA)) return { kind: "team", key: `${EXTRA}${i}`, from: i };
    return { kind: "archived", key: key.startsWith(ARCHIVED) ? key : `${ARCHIVED}${key}`, from: i };
  });
  // One column per id: a second column claiming an id someone duplicated is kept as archived.
  const seen = new Set<string>();
  slots.forEach((s, i) => {
    if (s.kind !== "live") return;
    if (seen.has(s.key)) slots[i] = { kind: "archived", key: `${ARCHIVED}${s.key}`, from: i };
    seen.add(s.key);
  });
  // A live column our stored data did not know, found by its named range.
  for (const c of live) {
    if (seen.has(c.key) || !c.rangeName) continue;
    const at = existing.named?.get(c.rangeName.toUpperCase());
    const slot = at === undefined ? undefined : slots[at];
    if (at !== undefined && slot?.kind === "team" && existing.columns[at]?.key === null) {
      slots[at] = { kind: "live", key: c.key, from: at };
      seen.add(c.key);
    }
  }

  for (const c of live) {
    if (seen.has(c.key)) continue;
    seen.add(c.key);
    const before = live.slice(0, live.indexOf(c)).map((p) => p.key);
    const after =
      c.key === "notes" ? -1 : lastIndexWhere(slots, (s) => s.kind === "live" && before.includes(s.key));
    // A file's own formulas into the log are not ours to rewrite (xlsx): there new columns go right
    // of every column, so none of theirs moves.
    const at = c.key === "notes" || options.newColumnsAtEnd ? slots.length : after + 1;
    const here = slots[at];
    if (
      here?.kind === "team" &&
      here.from < width &&
      existing.columns[here.from]?.key === null &&
      empty[here.from]
    )
      slots[at] = { kind: "live", key: c.key, from: here.from };
    else slots.splice(at, 0, { kind: "live", key: c.key, from: null });
  }

  const archivedPrefix = pick(L.archived, plan.locale);
  // Names given so far (ignoring case): the live columns', then each archived column's in turn.
  const named = new Set(live.flatMap((c) => (c.rangeName ? [c.rangeName.toUpperCase()] : [])));
  const columns = slots.map((s): ActualsColumn => {
    const header = s.kind === "live" ? "" : (existing.columns[s.from]?.header ?? "");
    if (s.kind === "live") return byKey.get(s.key) as ActualsColumn;
    if (s.kind === "team") return { key: s.key, header };
    const was = s.key.slice(ARCHIVED.length);
    const name = actualsRangeName(was);
    // An archived column keeps its name unless a live column now has it, or an archived column of the
    // same id before it (a copy of a column, archived with it): a name is one range.
    const keepName = name && !named.has(name.toUpperCase()) ? { rangeName: name } : {};
    if (name) named.add(name.toUpperCase());
    return {
      key: s.key,
      header: header.startsWith(archivedPrefix) ? header : `${archivedPrefix}${header}`,
      ...keepName,
    };
  });
  const rows: CellValue[][] = [];
  for (const row of existing.rows) {
    if (row.every((v) => isBlank(v))) continue;
    rows.push(slots.map((s) => (s.from === null ? null : (row[s.from] ?? null))));
  }
  return {
    columns,
    rows,
    insertedColumns: slots.flatMap((s, i) => (s.from === null ? [i] : [])),
    teamColumns: slots.flatMap((s, i) => (s.kind === "team" ? [i] : [])),
  };
}

function lastIndexWhere<T>(list: readonly T[], test: (x: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}
