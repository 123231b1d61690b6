// One row of the dashboard's KPI table, rendered from the measures of src/domain/kpi-progress.ts so
// that the sheet and the TypeScript cannot disagree. Errors (a zero divisor) show as blank; a level
// with no actual yet stays blank, because engines disagree on "" in arithmetic.
import { render } from "../domain/formula";
import { type Measure, measures, type Shape } from "../domain/kpi-progress";
import type { Direction } from "../domain/plan-schema";
import { rectA1 } from "./a1";
import { formula, rect, type SheetBuilder, text } from "./grid";
import { N } from "./names";
import type { NumberFormat } from "./spec";
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
  for (const [m, col] of Object.entries(measureCol)) cells[m] = a1(col);
  const cell = (name: string) => cells[name] ?? name;
  const m = measures(row.shape, row.direction);
  const level = row.shape === "level";
  const guard = (x: string, otherwise = '""') =>
    level ? `IF(${cells.actual}="","",IFERROR(${x},${otherwise}))` : `IFERROR(${x},${otherwise})`;
  const show = (name: Exclude<Measure, "status">, fmt: NumberFormat) => {
    const e = m[name];
    return e ? formula(guard(render(e, cell)), fmt) : null;
  };
  s.line([
    text(row.name),
    text(row.tier),
    formula(row.target, row.format),
    level
      ? formula(render(m.targetToDate, cell), row.format)
      : formula(`IFERROR(${render(m.targetToDate, cell)},0)`, shareFormat(row.format)),
    formula(row.actual, row.format),
    show("achievement", "percent"),
    show("pace", "percent"),
    show("forecast", row.format),
    show("gap", row.format),
    show("runRate", shareFormat(row.format)),
    m.status ? formula(status(guard(render(m.status, cell)))) : null,
  ]);
  return r;
}
