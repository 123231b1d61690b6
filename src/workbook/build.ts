// Plan → WorkbookSpec. Pure: every writer gets the same sheets, formulas and names.
import { pick } from "../domain/i18n";
import { lintPlan } from "../domain/lint";
import { type Plan, planCalendar } from "../domain/plan";
import { planTargets } from "../domain/targets";
import { buildActuals, type CellValue, type ExistingActuals, mergeActuals } from "./actuals";
import { buildAssumptions } from "./assumptions";
import { dailyKgiBlock } from "./daily-kgi";
import { buildDashboard } from "./dashboard";
import { SheetBuilder } from "./grid";
import { sheetNames } from "./labels";
import { logRefs } from "./log-refs";
import { metaCells } from "./meta";
import { buildReps } from "./reps-sheet";
import { buildReviewLog } from "./review-log";
import type { ConnectedSource } from "./source";
import type { NamedRangeSpec, SheetKey, SheetSpec, WorkbookSpec } from "./spec";
import { buildTargets } from "./targets-sheet";
import { buildTree } from "./tree";
import { buildTrends } from "./trends-sheet";

export interface BuildOptions {
  /** The Actuals already in the workbook (regeneration): every row and note is kept. */
  existingActuals?: ExistingActuals | null;
  /** A new KGI under a kept log: the old KGI's column is archived, never read as the new one. */
  retireKgi?: boolean;
  /** New log columns right of every column (xlsx: the file's formulas into the log are not ours to move). */
  newColumnsAtEnd?: boolean;
  /** The Review Log's rows below its header (regeneration by a writer that rebuilds sheets). */
  existingReviews?: readonly CellValue[][];
  /** The Review Log's header as it is (regeneration in place): its columns and the team's. */
  existingReviewHeader?: readonly CellValue[] | null;
  /** Names of sheets the add-on did not create: never reused, never overwritten. */
  foreignSheetNames?: readonly string[];
  /**
   * A sheet of the team's own counted like the log (a form's responses, a CRM export), its columns
   * placed by the mapping the user confirmed (issue 19); the mapping is stored on the data sheet.
   */
  source?: ConnectedSource | null;
}

export const SHEET_ORDER: readonly SheetKey[] = [
  "tree",
  "dashboard",
  "reps",
  "trends",
  "targets",
  "actuals",
  "assumptions",
  "review",
  "meta",
];

/** Our sheet names in the plan's language; a clash with someone else's sheet gets " (2)", " (3)" … */
export function resolveSheetNames(plan: Plan, foreign: readonly string[] = []): Record<SheetKey, string> {
  const taken = new Set(foreign.map((n) => n.toLowerCase()));
  const out = {} as Record<SheetKey, string>;
  for (const key of SHEET_ORDER) {
    const base = pick(sheetNames[key], plan.locale);
    let name = base;
    for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})`;
    taken.add(name.toLowerCase());
    out[key] = name;
  }
  return out;
}

export function buildWorkbook(plan: Plan, options: BuildOptions = {}): WorkbookSpec {
  const names: NamedRangeSpec[] = [];
  const sheetName = resolveSheetNames(plan, options.foreignSheetNames);
  const targets = planTargets(plan);
  const holidays = planCalendar(plan).holidays;
  const assumptions = buildAssumptions(plan, targets, holidays, sheetName.assumptions, names);
  const targetSheet = buildTargets(plan, assumptions.layout, sheetName.targets, names);
  const merged = mergeActuals(plan, options.existingActuals ?? null, {
    retireKgi: options.retireKgi,
    newColumnsAtEnd: options.newColumnsAtEnd,
  });
  const actuals = buildActuals(plan, merged, sheetName.actuals, names);
  const log = logRefs(sheetName.actuals, merged.columns, options.source ?? null);
  const reps = buildReps(plan, assumptions.layout, targetSheet.layout, log, sheetName.reps);
  const trends = buildTrends(plan, assumptions.layout, targetSheet.layout, log, sheetName.trends);
  trends.skip();
  const daily = dailyKgiBlock(trends, plan, log);
  const dashboard = buildDashboard(
    plan,
    { assumptions: assumptions.layout, targets: targetSheet.layout, reps: reps.layout, daily },
    log,
    sheetName.dashboard,
    names,
  );
  const tree = buildTree(plan, lintPlan(plan), sheetName.tree);
  // Each review row keeps the format of the Dashboard cell it copied (a rate in percent).
  const reviewFormats = new Map(
    [dashboard.layout.kgiRow, ...dashboard.layout.kpiRows].map((r) => {
      const row = dashboard.sheet.cells[r] ?? [];
      const name = row[dashboard.layout.col.kpi]?.value;
      const format = (c: number) => row[c]?.format ?? "decimal";
      return [
        String(name),
        [format(dashboard.layout.col.toDate), format(dashboard.layout.col.actual)],
      ] as const;
    }),
  );
  const review = buildReviewLog(
    plan,
    sheetName.review,
    log,
    options.existingReviews,
    reviewFormats,
    options.existingReviewHeader,
  );

  const meta = new SheetBuilder("meta", sheetName.meta);
  metaCells(
    plan,
    sheetName,
    merged.columns,
    names.map((n) => n.name),
    options.source ?? null,
  ).forEach((row) => {
    meta.line(row);
  });
  meta.spec.columnWidths = [160, 400];
  meta.spec.hidden = true;
  const byKey: Record<SheetKey, SheetSpec> = {
    tree: tree.finish(),
    dashboard: dashboard.sheet.finish(),
    reps: reps.sheet.finish(),
    trends: trends.finish(),
    targets: targetSheet.sheet.finish(),
    actuals: actuals.sheet.finish(),
    assumptions: assumptions.sheet.finish(),
    review: review.finish(),
    meta: meta.finish(),
  };
  return {
    locale: plan.locale,
    sheets: SHEET_ORDER.map((k) => byKey[k]),
    namedRanges: names,
    dashboard: dashboard.layout,
    levers: targetSheet.layout.levers,
  };
}
