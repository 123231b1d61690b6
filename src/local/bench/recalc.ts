// Recalculation: the generated workbook in HyperFormula with Actuals logs of growing size, for the
// layout we ship (the Dashboard reads the log by whole columns, so every row counts) and, to compare,
// the same formulas bounded to the rows the log holds (what we shipped before: faster to compute in
// HyperFormula, but rows past the bound were not counted).
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
  layout: "whole" | "bounded";
  /** Rows the formulas read: the log sheet's grid (whole columns, as an engine bounds them) or the log's rows. */
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

/** The same workbook with every whole-column reference to the log bounded to its header and `rows` rows. */
export function bounded(spec: WorkbookSpec, rows: number): WorkbookSpec {
  const bound = (f: string) => f.replace(/!\$([A-Z]+):\$([A-Z]+)/g, `!$$$1$$1:$$$2$$${rows + 1}`);
  return {
    ...spec,
    sheets: spec.sheets.map((sh) => ({
      ...sh,
      cells: sh.cells.map((row) => row.map((c) => (c?.formula ? { ...c, formula: bound(c.formula) } : c))),
    })),
  };
}

export function benchRecalc(plan: Plan, rowCounts: readonly number[]): RecalcResult[] {
  const results: RecalcResult[] = [];
  for (const rows of rowCounts) {
    const base = buildWorkbook(plan, { existingActuals: syntheticActuals(plan, rows) });
    let reference: string | null = null;
    for (const layout of ["whole", "bounded"] as const) {
      const spec = layout === "whole" ? base : bounded(base, rows);
      const t0 = performance.now();
      const { hf, sheet } = loadSpec(spec, { maxRows: rows * 2 + 10_000 });
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
      const rangeRows =
        layout === "whole" ? (spec.sheets.find((x) => x.key === "actuals")?.cells.length ?? 0) : rows;
      results.push({ rows, layout, rangeRows, loadMs: Math.round(t1 - t0), editMs: Math.round(t2 - t1) });
      hf.destroy();
    }
  }
  return results;
}
