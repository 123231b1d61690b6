// Recalculation: the generated workbook in HyperFormula with Actuals logs of growing size, for the
// layout we generate (SUMIFS over named ranges bounded to the log) and for whole-column ranges.
import { performance } from "node:perf_hooks";
import { addDays } from "../../domain/calendar-dates";
import type { Plan } from "../../domain/plan";
import { planTargets } from "../../domain/targets";
import { type ExistingActuals, planColumns } from "../../workbook/actuals";
import { buildWorkbook } from "../../workbook/build";
import { N } from "../../workbook/names";
import type { WorkbookSpec } from "../../workbook/spec";
import { loadSpec, serial } from "../workbook-engine";

export interface RecalcResult {
  rows: number;
  layout: "bounded" | "padded";
  /** Rows the log's ranges cover: the log's capacity (bounded) or a fixed large area (padded). */
  rangeRows: number;
  /** Load and compute every formula once. */
  loadMs: number;
  /** Change one actual, recompute what depends on it. */
  editMs: number;
}

/**
 * A plausible log: one row per rep per working day, the top stage near each rep's daily target and
 * each later stage converting near its planned rate; the KGI value is deals × deal value.
 */
export function syntheticActuals(plan: Plan, rows: number): ExistingActuals {
  const columns = planColumns(plan);
  const targets = planTargets(plan);
  let seed = 7;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return 0.7 + (seed % 1000) / 2000; // 0.7 … 1.2
  };
  const out: ExistingActuals["rows"] = [];
  let day = 0;
  for (let i = 0; i < rows; i++) {
    const r = i % plan.team.length;
    if (r === 0 && i > 0) day++;
    const date = addDays(plan.period.start, Math.floor(day / 5) * 7 + (day % 5)); // weekdays only
    const counts = new Map<string, number>();
    let value = 0;
    for (const st of plan.streams) {
      const top = targets.stages.find((s) => s.streamId === st.id)?.perRepPerWorkingDay[r] ?? 1;
      let n = Math.round(top * noise());
      st.stages.forEach((sg, k) => {
        counts.set(`stage:${st.id}.${sg.id}`, n);
        if (k === st.stages.length - 1) value += n * st.dealValue;
        n = Math.round(n * (sg.rate ?? 1) * noise() + (noise() > 1.1 ? 1 : 0));
      });
    }
    out.push(
      columns.map((c) => {
        if (c.key === "date") return date;
        if (c.key === "rep") return plan.team[r]?.name ?? "";
        if (c.key === "kgi") return value;
        if (c.key === "notes") return i % 50 === 0 ? "follow up" : null;
        return counts.get(c.key) ?? null;
      }),
    );
  }
  return { columns: columns.map((c) => ({ key: c.key, header: c.header })), rows: out };
}

/**
 * The "whole column" alternative. A real whole column (1,048,576 rows) runs HyperFormula out of
 * memory on this machine, which is itself an answer; 200,000 rows shows how the cost grows.
 */
export const PADDED_ROWS = 200_000;

/** The same workbook with the log's named ranges over `rows` rows, whatever the log holds. */
export function padded(spec: WorkbookSpec, rows: number): WorkbookSpec {
  return {
    ...spec,
    namedRanges: spec.namedRanges.map((n) =>
      n.sheet === "actuals" ? { ...n, rect: { ...n.rect, row: 1, rows } } : n,
    ),
  };
}

export function benchRecalc(
  plan: Plan,
  rowCounts: readonly number[],
  paddedRows = PADDED_ROWS,
): RecalcResult[] {
  const results: RecalcResult[] = [];
  for (const rows of rowCounts) {
    const base = buildWorkbook(plan, { existingActuals: syntheticActuals(plan, rows) });
    let reference: string | null = null;
    for (const layout of ["bounded", "padded"] as const) {
      const spec = layout === "bounded" ? base : padded(base, paddedRows);
      const t0 = performance.now();
      const { hf, sheet } = loadSpec(spec, { maxRows: paddedRows + 2 });
      // Pin the as-of date so every run computes the same thing.
      const asOf = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
      if (asOf)
        hf.setCellContents(
          { sheet: sheet("dashboard"), row: asOf.row, col: asOf.col },
          serial(addDays(plan.period.start, 200)),
        );
      const dashboard = JSON.stringify(hf.getSheetValues(sheet("dashboard")));
      const t1 = performance.now();
      hf.setCellContents({ sheet: sheet("actuals"), row: 1, col: 2 }, 999);
      hf.getSheetValues(sheet("dashboard"));
      const t2 = performance.now();
      // Both layouts must compute the same dashboard, or the comparison means nothing.
      if (reference === null) reference = dashboard;
      else if (dashboard !== reference)
        throw new Error(`the ${layout} layout computes a different dashboard`);
      if (dashboard.includes('"type":"')) throw new Error(`the ${layout} layout has error cells`);
      const rangeRows = spec.namedRanges.find((n) => n.name === N.actualsDate)?.rect.rows ?? 0;
      results.push({ rows, layout, rangeRows, loadMs: Math.round(t1 - t0), editMs: Math.round(t2 - t1) });
      hf.destroy();
    }
  }
  return results;
}
