// One row of the dashboard's KPI table, rendered from the measures of src/domain/kpi-progress.ts so
// that the sheet and the TypeScript cannot disagree. Errors (a zero divisor) show as blank; a level
// with no actual yet stays blank, because engines disagree on "" in arithmetic.
import { render } from "../domain/formula";
import type { Text } from "../domain/i18n";
import { type Measure, measures, type Schedule, type Shape } from "../domain/kpi-progress";
import type { Direction } from "../domain/plan-schema";
import { rectA1 } from "./a1";
import { formula, rect, type SheetBuilder, text } from "./grid";
import { L } from "./labels";
import { N } from "./names";
import type { ConditionalFormatSpec, NumberFormat, Rect } from "./spec";
import { shareFormat } from "./units";

/** Column indexes of the KPI table. */
export const COL = {
  kpi: 0,
  tier: 1,
  target: 2,
  toDate: 3,
  actual: 4,
  achievement: 5,
  pace: 6,
  forecast: 7,
  gap: 8,
  runRate: 9,
  status: 10,
};

const measureCol: Record<Exclude<Measure, "status">, number> = {
  targetToDate: COL.toDate,
  achievement: COL.achievement,
  pace: COL.pace,
  forecast: COL.forecast,
  gap: COL.gap,
  runRate: COL.runRate,
};

export interface KpiRow {
  name: string;
  tier: string;
  shape: Shape;
  direction: Direction;
  /** Formulas (without =) of the period target (running) or target level (level), and the actual so far. */
  target: string;
  actual: string;
  /**
   * Format of the target, the actual and amounts derived from them (forecast, gap). A running KPI's
   * target to date and what is needed a day are fractions of it: see shareFormat.
   */
  format: NumberFormat;
  /** A stage ahead of its deals: the cell of its share due by as-of (lead-time-sheet.ts). */
  dueShare?: string;
}

/**
 * The formulas of a row's measures over its cells (`cell` names an input or a measure's A1), with
 * the guards every table shares: an error (a zero divisor) shows blank; a level stays blank until it
 * has an actual; a running target to date shows 0 rather than an error. `status` is the number the
 * colour is judged by, for statusFormula.
 */
export function measureFormulas(
  shape: Shape,
  direction: Direction,
  cell: (name: string) => string,
  schedule: Schedule = "workdays",
): Record<Measure, string | null> & { targetToDate: string } {
  const m = measures(shape, direction, schedule);
  const level = shape === "level";
  const actual = cell("actual");
  const guard = (x: string) => (level ? `IF(${actual}="","",IFERROR(${x},""))` : `IFERROR(${x},"")`);
  const show = (name: Exclude<Measure, "targetToDate">) => {
    const e = m[name];
    return e ? guard(render(e, cell)) : null;
  };
  return {
    targetToDate: level ? render(m.targetToDate, cell) : `IFERROR(${render(m.targetToDate, cell)},0)`,
    achievement: show("achievement"),
    pace: show("pace"),
    forecast: show("forecast"),
    gap: show("gap"),
    runRate: show("runRate"),
    status: show("status"),
  };
}

/** The status word of a basis (pace, or achievement for a level) by the workbook's thresholds. */
export function statusFormula(t: (x: Text) => string): (basis: string) => string {
  return (basis) =>
    `IF(${basis}="","",IF(${basis}>=${N.thresholdGood},"${t(L.onTrack)}",IF(${basis}>=${N.thresholdWarn},"${t(L.watch)}","${t(L.behind)}")))`;
}

/** The status column's colours: the fill follows the word statusFormula wrote. */
export function statusColours(t: (x: Text) => string, at: Rect): ConditionalFormatSpec {
  const top = rectA1(rect(at.row, at.col), false).replace(/^([A-Z]+)/, "$$$1");
  return {
    rect: at,
    rules: [
      { formula: `${top}="${t(L.onTrack)}"`, fill: "good" },
      { formula: `${top}="${t(L.watch)}"`, fill: "warn" },
      { formula: `${top}="${t(L.behind)}"`, fill: "bad" },
    ],
  };
}

/** Writes the row at the next free row of `s` and returns its index. */
export function kpiRow(s: SheetBuilder, row: KpiRow, status: (basis: string) => string): number {
  const r = s.row;
  const a1 = (col: number) => rectA1(rect(r, col), false);
  const cells: Record<string, string> = {
    target: a1(COL.target),
    actual: a1(COL.actual),
    elapsed: N.daysElapsed,
    total: N.workdaysTotal,
    remaining: N.daysRemaining,
  };
  if (row.dueShare) cells.dueShare = row.dueShare;
  for (const [m, col] of Object.entries(measureCol)) cells[m] = a1(col);
  const schedule = row.dueShare ? "lead" : "workdays";
  const f = measureFormulas(row.shape, row.direction, (name) => cells[name] ?? name, schedule);
  const show = (x: string | null, fmt: NumberFormat) => (x === null ? null : formula(x, fmt));
  s.line([
    text(row.name),
    text(row.tier),
    formula(row.target, row.format),
    formula(f.targetToDate, row.shape === "level" ? row.format : shareFormat(row.format)),
    formula(row.actual, row.format),
    show(f.achievement, "percent"),
    show(f.pace, "percent"),
    show(f.forecast, row.format),
    show(f.gap, row.format),
    show(f.runRate, shareFormat(row.format)),
    f.status === null ? null : formula(status(f.status)),
  ]);
  return r;
}
