// The Review Log: a header, then every review recorded — one row per KPI (its target to date,
// actual and achievement as the Dashboard showed them) and one row per action the review decided,
// with its owner, the metric it should move (name in the KPI column, stable key in the last one)
// and formulas that measure that metric before and after (action-effect.ts).
//
// The log is the team's: a regeneration keeps every row. Existing logs of the seven columns of
// before gain the action columns after them; columns the team added there move right, untouched.
import { pick, type Text } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import { columnLetter } from "./a1";
import { effectFormulas } from "./action-effect";
import { type ActionMetric, actionMetric } from "./action-metrics";
import type { CellValue } from "./actuals-columns";
import { header, SheetBuilder } from "./grid";
import { L } from "./labels";
import type { LogRefs } from "./log-refs";
import { isMetricKey } from "./metric-keys";
import type { CellSpec, NumberFormat } from "./spec";

/** Column indexes of the Review Log. */
export const REVIEW_COL = {
  date: 0,
  kpi: 1,
  toDate: 2,
  actual: 3,
  achievement: 4,
  bottleneck: 5,
  actions: 6,
  owner: 7,
  before: 8,
  after: 9,
  change: 10,
  metric: 11,
} as const;

const HEADERS: readonly Text[] = [
  L.reviewDate,
  L.kpi,
  L.targetToDate,
  L.actual,
  L.achievement,
  L.bottleneck,
  L.actions,
  L.owner,
  L.effectBefore,
  L.effectAfter,
  L.effectChange,
  L.metricKey,
];

/** Our columns; the first seven are those of logs recorded before actions were measured. */
export const REVIEW_WIDTH = HEADERS.length;
const FIRST_WIDTH = 7;

/**
 * The formats of the Review Log's columns, as "Record a review" writes them. Target to date and
 * actual (columns 2 and 3) are each row's own: the format of the Dashboard cell the row copies (a
 * rate in percent, money whole), so the column has none and a regeneration leaves them as recorded;
 * so are before, after and change: each in its metric's format.
 */
export const REVIEW_FORMATS: readonly (NumberFormat | null)[] = [
  "date",
  "text",
  null,
  null,
  "percent",
  "text",
  "text",
  "text",
  null,
  null,
  null,
  "text",
];

/** The Dashboard's formats of a KPI's target to date and actual, by the name its row shows. */
export type ReviewRowFormats = ReadonlyMap<string, readonly [NumberFormat, NumberFormat]>;

/**
 * Where an existing log's columns go. Without its header (a log rebuilt from its rows alone), the
 * rows are taken as laid out now. With it: a log of seven columns gains ours after them, and any
 * column after those is the team's — moved right, never written.
 */
export interface ReviewLogShape {
  insertedColumns: number[];
  teamColumns: number[];
  /** The team's headers, by their new column. */
  teamHeaders: Map<number, string>;
  /** An existing row in the new columns. */
  place(row: readonly CellValue[]): CellValue[];
}

const isOurHeader = (col: number, v: CellValue | undefined) => {
  const h = HEADERS[col];
  const s = String(v ?? "").trim();
  return h !== undefined && (s === h.ja || s === h.en);
};

export function reviewLogShape(existingHeader?: readonly CellValue[] | null): ReviewLogShape {
  const asIs: ReviewLogShape = {
    insertedColumns: [],
    teamColumns: [],
    teamHeaders: new Map(),
    place: (row) => [...row],
  };
  if (!existingHeader) return asIs;
  const width = existingHeader.length;
  const current = width > FIRST_WIDTH && isOurHeader(REVIEW_COL.owner, existingHeader[REVIEW_COL.owner]);
  const added = Array.from({ length: REVIEW_WIDTH - FIRST_WIDTH }, (_, i) => FIRST_WIDTH + i);
  const shift = current ? 0 : added.length;
  const teamFrom = current ? REVIEW_WIDTH : FIRST_WIDTH;
  const teamColumns: number[] = [];
  const teamHeaders = new Map<number, string>();
  for (let c = teamFrom; c < width; c++) {
    teamColumns.push(c + shift);
    teamHeaders.set(c + shift, String(existingHeader[c] ?? ""));
  }
  return {
    insertedColumns: current ? [] : added,
    teamColumns,
    teamHeaders,
    place: (row) =>
      current
        ? [...row]
        : [
            ...Array.from({ length: FIRST_WIDTH }, (_, i) => row[i] ?? null),
            ...added.map(() => null),
            ...row.slice(FIRST_WIDTH),
          ],
  };
}

/**
 * The before, after and change cells of an action row at `row` (0-based) measuring `metric`, or
 * null when the log has no column left to read it from.
 */
export function actionEffectCells(
  plan: Plan,
  log: LogRefs,
  metric: ActionMetric,
  row: number,
): { before: CellSpec; after: CellSpec; change: CellSpec } | null {
  const at = (col: number) => `$${columnLetter(col)}${row + 1}`;
  const f = effectFormulas(plan, log, metric, at(REVIEW_COL.date), {
    before: at(REVIEW_COL.before),
    after: at(REVIEW_COL.after),
  });
  if (!f) return null;
  const cell = (formula: string): CellSpec => ({ formula, format: metric.format });
  return { before: cell(f.before), after: cell(f.after), change: cell(f.change) };
}

/**
 * The Review Log with every review recorded so far (`rows`, kept on regeneration), each KPI's figure
 * in the format the Dashboard gives it (`formats`, by name; decimals for a KPI no longer in the
 * plan), and each action's effect formulas rendered again from its metric key and date, so they
 * survive a rebuild from values (export --update) as they survive a regeneration in place.
 */
export function buildReviewLog(
  plan: Plan,
  sheetName: string,
  log: LogRefs,
  rows: readonly CellValue[][] = [],
  formats: ReviewRowFormats = new Map(),
  existingHeader?: readonly CellValue[] | null,
): SheetBuilder {
  const t = (x: Text) => pick(x, plan.locale);
  const s = new SheetBuilder("review", sheetName);
  const shape = reviewLogShape(existingHeader);
  const head: (CellSpec | null)[] = HEADERS.map((h) => header(t(h)));
  for (const [c, name] of shape.teamHeaders) head[c] = name === "" ? null : { value: name };
  s.line(head);
  for (const existing of rows) {
    if (existing.every((v) => v === null || v === "")) continue;
    const row = shape.place(existing);
    const at = s.row;
    const own = formats.get(String(row[REVIEW_COL.kpi] ?? ""));
    const key = row[REVIEW_COL.metric];
    const metric = isMetricKey(key) ? actionMetric(plan, key) : undefined;
    const effect = metric ? actionEffectCells(plan, log, metric, at) : null;
    const formatOf = (i: number): NumberFormat => {
      const fixed = shape.teamColumns.includes(i) ? "text" : REVIEW_FORMATS[i];
      if (fixed) return fixed;
      if (i === REVIEW_COL.toDate || i === REVIEW_COL.actual)
        return own?.[i - REVIEW_COL.toDate] ?? "decimal";
      return metric?.format ?? "decimal";
    };
    s.line(
      row.map((v, i) => {
        if (effect && i === REVIEW_COL.before) return effect.before;
        if (effect && i === REVIEW_COL.after) return effect.after;
        if (effect && i === REVIEW_COL.change) return effect.change;
        return v === null ? null : { value: v, format: formatOf(i) };
      }),
    );
  }
  const columnFormats = head.map((_, c) =>
    shape.teamColumns.includes(c) ? null : (REVIEW_FORMATS[c] ?? null),
  );
  s.spec.log = { insertedColumns: shape.insertedColumns, teamColumns: shape.teamColumns, columnFormats };
  s.spec.columnWidths = [110, 220, 120, 120, 110, 180, 360, 120, 100, 100, 100, 180];
  s.spec.frozenRows = 1;
  return s;
}
