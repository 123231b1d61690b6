// The deal-list rule (deals.ts) as data: for each log column a deal list fills, the disjoint cases
// in which a deal counts, each a set of conditions on the list's own cells and the column whose date
// places it. The status command evaluates them on the rows it reads; the workbook renders each case
// as one COUNTIFS/SUMIFS over the list's whole columns, so the sheets count a new deal the moment it
// is typed. Disjoint, so a deal matching one case matches no other and is counted once.
//
// A deal reaches stage i when a date of stage i or later is filled in, or its status or furthest
// phase means stage i or later (or won); it counts in every stage from the first the list knows
// (entryStage) to the furthest it reached, on that stage's own date, else its created date.
import type { Stream } from "../plan-schema";
import { stageLogKey } from "../status/log-entries";
import { dateKey } from "./deal-fields";
import type { PhaseMeaning } from "./mapping-file";

export type DealCondition =
  | { key: string; is: "blank" }
  | { key: string; is: "filled" }
  | { key: string; is: "one"; value: string }
  | { key: string; is: "none"; values: readonly string[] };

export interface DealCase {
  /** The deal field whose date places the count in a period. */
  dated: string;
  where: DealCondition[];
  /** Sums this deal field (the KGI: the amount) instead of counting deals. */
  sum?: string;
}

const PHASES = ["status", "furthest"] as const;

/** Phase values (as the list writes them) at stage index ≥ i, or won. */
function phasesFrom(stream: Stream, phases: Record<string, PhaseMeaning>, i: number): string[] {
  return Object.entries(phases).flatMap(([value, m]) => {
    const at = stream.stages.findIndex((s) => s.id === m.stage);
    return m.outcome === "won" || (at >= 0 && at >= i) ? [value] : [];
  });
}

/**
 * The cases of one reaching test, made disjoint: one of `values` in status; else (status none of
 * them) one in furthest; else (neither) the first filled of `laterDates`.
 */
function reachingCases(
  present: ReadonlySet<string>,
  values: readonly string[],
  laterDates: readonly string[],
): DealCondition[][] {
  const cases: DealCondition[][] = [];
  const ruledOut: DealCondition[] = [];
  if (values.length > 0) {
    for (const key of PHASES) {
      if (!present.has(key)) continue;
      for (const value of values) cases.push([...ruledOut, { key, is: "one", value }]);
      ruledOut.push({ key, is: "none", values });
    }
  }
  for (const key of laterDates) {
    cases.push([...ruledOut, { key, is: "filled" }]);
    ruledOut.push({ key, is: "blank" });
  }
  return cases;
}

/**
 * The cases dated by a date field where it is filled, else by the created date: the two disjoint ways
 * a count is placed. `ownSays`: a filled own date alone means the case holds (a stage's date says the
 * stage was reached; a won date does not say the deal was won).
 */
function datedBy(
  present: ReadonlySet<string>,
  own: string | null,
  rest: DealCondition[][],
  ownSays: boolean,
): DealCase[] {
  const out: DealCase[] = [];
  const blankOwn: DealCondition[] = [];
  if (own !== null && present.has(own)) {
    if (ownSays) out.push({ dated: own, where: [] });
    else for (const where of rest) out.push({ dated: own, where });
    blankOwn.push({ key: own, is: "blank" });
  }
  if (present.has("created")) {
    for (const where of rest) out.push({ dated: "created", where: [...blankOwn, ...where] });
  }
  return out;
}

/** The cases in which a deal counts in a log column ("stage:<stream>.<stage>" or "kgi"); [] if never. */
export function dealCases(
  stream: Stream,
  columns: readonly (string | null)[],
  phases: Record<string, PhaseMeaning>,
  first: number,
  logKey: string,
): DealCase[] {
  const present = new Set(columns.filter((c): c is string => c !== null));
  const dateOf = (i: number) => {
    const stage = stream.stages[i];
    return stage ? dateKey(stream.id, stage.id) : null;
  };
  const last = stream.stages.length - 1;
  if (logKey === "kgi") {
    if (!present.has("amount")) return [];
    // A won deal's amount, on its won date (the last stage's), else its created date.
    const won = Object.entries(phases).flatMap(([v, m]) => (m.outcome === "won" ? [v] : []));
    const wonBy = reachingCases(present, won, []);
    return datedBy(present, dateOf(last), wonBy, false).map((c) => ({ ...c, sum: "amount" }));
  }
  const i = stream.stages.findIndex((s) => stageLogKey(stream.id, s.id) === logKey);
  if (i < 0 || i < first) return [];
  // Every deal the list holds reached the first stage it knows.
  if (i === first) return datedBy(present, dateOf(i), [[]], true);
  const later: string[] = [];
  for (let j = i + 1; j <= last; j++) {
    const d = dateOf(j);
    if (d !== null && present.has(d)) later.push(d);
  }
  return datedBy(present, dateOf(i), reachingCases(present, phasesFrom(stream, phases, i), later), true);
}

/** Whether a row's cells meet a case's conditions; `cell` gives a field's value, null when blank. */
export function meets(where: readonly DealCondition[], cell: (key: string) => string | null): boolean {
  const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  return where.every((c) => {
    const v = cell(c.key);
    if (c.is === "blank") return v === null;
    if (c.is === "filled") return v !== null;
    if (c.is === "one") return v !== null && same(v, c.value);
    return v === null || !c.values.some((x) => same(v, x));
  });
}
