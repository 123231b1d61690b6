// "Record review": one row per KPI appended to the Review Log — the as-of date, target to date,
// actual, achievement, the bottleneck and the manager's note — then one row per action the review
// decided, with its owner, the metric it should move and the formulas that measure it before and
// after (review-log.ts), all in one write.

import type { ReviewAction, ReviewResult } from "../contract/endpoints";
import { actionMetric } from "../workbook/action-metrics";
import type { ActualsColumn } from "../workbook/actuals-columns";
import { logRefs } from "../workbook/log-refs";
import { numberFormatPattern } from "../workbook/look";
import { actionEffectCells, REVIEW_COL, REVIEW_WIDTH } from "../workbook/review-log";
import { withDocumentLock } from "./generate";
import { readActualsColumns } from "./ownership";
import {
  NoPlanError,
  type ReviewSheets,
  readReviewHeader,
  readReviewSheets,
  takesActions,
} from "./review-context";

export { NoPlanError };

/** The Dashboard shows one rep (its picker is set): a review records the team. Nothing was written. */
export class RepViewError extends Error {
  constructor(readonly rep: string) {
    super("rep view");
  }
}

/** The Review Log has not got the action columns yet: generate again first. Nothing was written. */
export class OutdatedReviewLogError extends Error {}

/** An action aims at a metric the plan does not have. Nothing was written. */
export class UnknownMetricError extends Error {
  constructor(readonly index: number) {
    super("unknown metric");
  }
}

/** What "Record a review" writes: the note on every KPI row, and the actions decided. */
export interface ReviewRequest {
  note: string;
  actions?: readonly ReviewAction[] | undefined;
}

type Value = string | number | boolean | Date;

export function recordReview(request: ReviewRequest): ReviewResult {
  return withDocumentLock(() => {
    const r = readReviewSheets();
    const { layout, log } = r;
    const picked = layout.repViewRow === null ? "" : String(r.values[layout.repViewRow]?.[1] ?? "");
    if (picked !== "") throw new RepViewError(picked);
    const actions = request.actions ?? [];
    if (actions.length > 0 && !takesActions(readReviewHeader(log))) throw new OutdatedReviewLogError();
    const metrics = actions.map((a, i) => {
      const m = actionMetric(r.plan, a.metric);
      if (!m) throw new UnknownMetricError(i);
      return m;
    });
    // Values and their number formats from one range: a row of the log shows each figure as the
    // Dashboard does (a rate in percent, money whole), whatever the KPI.
    const cell = (row: number, col: number) => (r.values[row]?.[col] ?? "") as Value;
    const format = (row: number, col: number, otherwise: string) => r.formats[row]?.[col] || otherwise;
    const bottleneck = r.flagged.map((f) => f.label).join(", ");
    const P = numberFormatPattern;
    // A snapshot alone keeps the seven columns of before, so a log not yet regenerated takes it.
    const width = actions.length > 0 ? REVIEW_WIDTH : REVIEW_COL.actions + 1;
    const pad = <T extends Value>(row: T[], fill: T): T[] => [
      ...row,
      ...Array<T>(width - row.length).fill(fill),
    ];
    // Text columns are formatted as plain text before the values go in, so names, notes and actions
    // are stored exactly as typed, never read as formulas (BRIEF §3.5).
    const kpiRows = [layout.kgiRow, ...layout.kpiRows];
    const rows: Value[][] = kpiRows.map((k) =>
      pad(
        [
          r.asOf,
          String(cell(k, layout.col.kpi)),
          cell(k, layout.col.toDate),
          cell(k, layout.col.actual),
          cell(k, layout.col.achievement),
          bottleneck,
          request.note,
        ],
        "",
      ),
    );
    const rowFormats: string[][] = kpiRows.map((k) =>
      pad(
        [
          P.date,
          P.text,
          format(k, layout.col.toDate, P.decimal),
          format(k, layout.col.actual, P.decimal),
          format(k, layout.col.achievement, P.percent),
          P.text,
          P.text,
        ],
        P.text,
      ),
    );
    const at = log.getLastRow() + 1;
    const logOf = actions.length > 0 ? actualsLog(r) : null;
    actions.forEach((a, i) => {
      const metric = metrics[i] as NonNullable<(typeof metrics)[number]>;
      const row = at - 1 + rows.length;
      const effect = logOf ? actionEffectCells(r.plan, logOf, metric, row) : null;
      const formula = (f: { formula?: string } | undefined) => (f?.formula ? `=${f.formula}` : "");
      rows.push([
        r.asOf,
        metric.name,
        "",
        "",
        "",
        bottleneck,
        a.text,
        a.owner ?? "",
        formula(effect?.before),
        formula(effect?.after),
        formula(effect?.change),
        metric.key,
      ]);
      const f = P[metric.format];
      rowFormats.push([
        P.date,
        P.text,
        P.decimal,
        P.decimal,
        P.percent,
        P.text,
        P.text,
        P.text,
        f,
        f,
        f,
        P.text,
      ]);
    });
    const needed = at + rows.length - 1 - log.getMaxRows();
    if (needed > 0) log.insertRowsAfter(log.getMaxRows(), needed);
    const target = log.getRange(at, 1, rows.length, width);
    target.setNumberFormats(rowFormats);
    target.setValues(rows);
    return { rows: rows.length, asOf: r.asOf, actions: actions.length };
  });
}

/** The Actuals log's columns as they are now, for the effect formulas; null without the sheet. */
function actualsLog(r: ReviewSheets) {
  const columns = readActualsColumns(r.doc, r.meta);
  const name = r.doc.ownNames.get("actuals");
  if (!columns || !name) return null;
  const keyed = columns.map((c, i): ActualsColumn => ({ key: c.key ?? `extra:${i}`, header: c.header }));
  return logRefs(name, keyed);
}
