// What "Record a review" reads: the stored plan, the Dashboard as it stands (its as-of date, its
// figures and its bottleneck flags), and the Review Log's layout. And what the sidebar's review panel
// is offered from it: the flagged bottlenecks with the playbook's remedies, and every metric an action
// can aim at.
import type { ReviewContext } from "../contract/endpoints";
import { isoDateInZone } from "../domain/calendar-dates";
import { localeOf, pick } from "../domain/i18n";
import { type Plan, parsePlan } from "../domain/plan";
import { remediesFor } from "../domain/playbook";
import { actionMetric, actionMetrics } from "../workbook/action-metrics";
import type { CellValue } from "../workbook/actuals-columns";
import { buildWorkbook } from "../workbook/build";
import type { WorkbookMeta } from "../workbook/meta";
import { metricKey } from "../workbook/metric-keys";
import { reviewLogShape } from "../workbook/review-log";
import type { WorkbookSpec } from "../workbook/spec";
import { type Document, readDocument, readStoredMeta } from "./ownership";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class NoPlanError extends Error {}

export interface ReviewSheets {
  doc: Document;
  meta: WorkbookMeta;
  plan: Plan;
  dashboard: Sheet;
  log: Sheet;
  layout: WorkbookSpec["dashboard"];
  /** The Dashboard's values and number formats, from one range. */
  values: unknown[][];
  formats: string[][];
  asOf: string;
  /** The flagged stages: each stream's, as the Dashboard's flag cells say. */
  flagged: { stream: string; stage: string; label: string }[];
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === "[object Date]";

export function readReviewSheets(): ReviewSheets {
  const ss = SpreadsheetApp.getActive();
  const doc = readDocument(ss);
  const meta = readStoredMeta(doc);
  const parsed = parsePlan(meta.plan);
  const dashboard = doc.own.get("dashboard");
  const log = doc.own.get("review");
  if (!parsed.ok || !dashboard || !log) throw new NoPlanError("no plan");
  const plan = parsed.plan;
  // The layout is pure: rebuilding the spec says where each KPI and flag sits on the Dashboard.
  const layout = buildWorkbook(plan).dashboard;
  const range = dashboard.getDataRange();
  const values = range.getValues();
  const formats = range.getNumberFormats();
  const asOfValue = values[1]?.[1] ?? "";
  const asOf = isDate(asOfValue) ? isoDateInZone(asOfValue, ss.getSpreadsheetTimeZone()) : String(asOfValue);
  // The flags are in funnel order, one per stage but the last of each stream (dashboard-funnel.ts).
  const stages = plan.streams.flatMap((st) =>
    st.stages.slice(0, -1).map((sg) => ({ stream: st.id, stage: sg.id })),
  );
  const flagged = layout.bottlenecks.flatMap((b, i) => {
    const at = stages[i];
    const set = String(values[b.row]?.[b.col] ?? "") !== "";
    return set && at ? [{ ...at, label: b.label }] : [];
  });
  return { doc, meta, plan, dashboard, log, layout, values, formats, asOf, flagged };
}

/** The Review Log's header row as it is, as wide as anything in the sheet. */
export function readReviewHeader(log: Sheet): CellValue[] {
  const width = Math.max(1, log.getLastColumn());
  return (log.getRange(1, 1, 1, width).getValues()[0] ?? []) as CellValue[];
}

/** Whether the log already has the action columns (a log of before gets them by generating again). */
export function takesActions(header: readonly CellValue[]): boolean {
  return reviewLogShape(header).insertedColumns.length === 0;
}

export function reviewContext(): ReviewContext {
  const r = readReviewSheets();
  const { plan } = r;
  const bottlenecks = r.flagged.map((f) => {
    const metric = metricKey.rate(f.stream, f.stage);
    return {
      stage: f.label,
      metric,
      name: actionMetric(plan, metric)?.name ?? f.label,
      remedies: remediesFor(plan, f.stream, f.stage).map((x) => pick(x, plan.locale)),
    };
  });
  return {
    locale: localeOf(Session.getActiveUserLocale()),
    planLocale: plan.locale,
    asOf: r.asOf,
    bottlenecks,
    metrics: actionMetrics(plan).map((m) => ({ key: m.key, name: m.name })),
    team: plan.team.map((m) => m.name),
    reviewSheet: r.doc.ownNames.get("review") ?? "",
    actionsReady: takesActions(readReviewHeader(r.log)),
  };
}
