// Capacity: how many grid cells the generated sheets take (Google Sheets counts every cell of every
// sheet's grid against its 10-million-cell limit, empty or not), and a formula for them fitted to
// plans of many sizes.
import { type Plan, planPeriods } from "../../domain/plan";
import { templatePlan } from "../../domain/templates";
import { buildWorkbook } from "../../workbook/build";
import type { SheetSpec, WorkbookSpec } from "../../workbook/spec";

/** The grid the Apps Script writer sizes a sheet to (src/server/writer.ts fitSize). */
export function sheetGrid(s: SheetSpec): { rows: number; cols: number } {
  return {
    rows: Math.max(1, s.cells.length, s.frozenRows + 1),
    cols: Math.max(1, s.cells[0]?.length ?? 1, s.frozenColumns + 1),
  };
}

/** Grid cells per sheet key (tree, dashboard, reps, trends, targets, actuals, assumptions, review, meta). */
export function gridCells(spec: WorkbookSpec): Record<string, number> {
  return Object.fromEntries(
    spec.sheets.map((s) => {
      const g = sheetGrid(s);
      return [s.key, g.rows * g.cols];
    }),
  );
}

/** The inside-sales template with `reps` reps, `kpis` KPIs (manual ones added) and extra stages. */
export function sizedPlan(reps: number, granularity: "month" | "week", kpis: number, extraStages = 0): Plan {
  const base = templatePlan("inside_sales", "en");
  const plan: Plan = { ...base, period: { ...base.period, granularity } };
  plan.team = Array.from({ length: reps }, (_, i) => ({ name: `Rep ${i + 1}` }));
  const [first, ...rest] = base.streams;
  if (first && extraStages > 0) {
    const pre = Array.from({ length: extraStages }, (_, i) => ({
      id: `pre_${i}`,
      name: `Pre ${i + 1}`,
      rate: 0.5,
    }));
    plan.streams = [{ ...first, stages: [...pre, ...first.stages] }, ...rest];
  }
  const extra = Array.from({ length: Math.max(0, kpis - base.kpis.length) }, (_, i) => ({
    id: `manual_${i}`,
    name: `Manual KPI ${i + 1}`,
    tier: "outcome" as const,
    direction: "higher" as const,
    frequency: "monthly" as const,
    source: { manual: true as const, target: 100, unit: "count" },
    definition: "Counted from the CRM",
    reason: "Leads to the KGI",
  }));
  plan.kpis = [...base.kpis, ...extra].slice(0, kpis);
  return plan;
}

const stagesOf = (plan: Plan) => plan.streams.reduce((n, s) => n + s.stages.length, 0);

/**
 * The terms of the model, in order. Targets is a rows × columns grid: reps and periods × stages;
 * Reps a row per rep and KPI (reps × KPIs); Trends metrics (from stages and manual KPIs) × periods.
 */
export const TERMS = [
  "1",
  "reps",
  "periods",
  "kpis",
  "stages",
  "reps×stages",
  "periods×stages",
  "reps×kpis",
  "periods×manualKpis",
] as const;

export interface CapacityFit {
  /** Grid cells of every sheet but Actuals ≈ Σ coefficient × term. */
  otherSheets: Record<(typeof TERMS)[number], number>;
  /** Largest |fitted − counted| over the plans fitted, in cells. */
  maxError: number;
  /** Plans the fit was made over. */
  plans: number;
  /** Points people ask about, counted (not fitted): every sheet but Actuals, and Actuals. */
  points: {
    reps: number;
    periods: number;
    kpis: number;
    stages: number;
    otherCells: number;
    actualsCells: number;
  }[];
}

function terms(reps: number, periods: number, kpis: number, stages: number, manual: number): number[] {
  return [1, reps, periods, kpis, stages, reps * stages, periods * stages, reps * kpis, periods * manual];
}

/** Least squares by the normal equations (a handful of terms, well-spread integer points). */
function leastSquares(x: number[][], y: number[]): number[] {
  const n = x[0]?.length ?? 0;
  const a = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) =>
      x.reduce((s, row, k) => s + (row[i] as number) * (j < n ? (row[j] as number) : (y[k] as number)), 0),
    ),
  );
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]?.[c] as number) > Math.abs(a[p]?.[c] as number)) p = r;
    [a[c], a[p]] = [a[p] as number[], a[c] as number[]];
    const pivot = a[c] as number[];
    if (pivot[c] === 0) throw new Error("capacity fit: the plans do not determine every term");
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = a[r] as number[];
      const f = (row[c] as number) / (pivot[c] as number);
      for (let j = c; j <= n; j++) row[j] = (row[j] as number) - f * (pivot[j] as number);
    }
  }
  return a.map((row, i) => (row[n] as number) / (row[i] as number));
}

/**
 * Counts the grid of the generated workbook (no log rows) for plans across reps, periods, KPIs
 * and stages, and fits every sheet but Actuals to TERMS. Actuals is (capacity + 1) × columns.
 */
export function fitCapacity(quick: boolean): CapacityFit {
  const reps = quick ? [1, 5, 20] : [1, 5, 50, 200, 1000];
  const xs: number[][] = [];
  const ys: number[] = [];
  const points: CapacityFit["points"] = [];
  for (const r of reps) {
    for (const granularity of ["month", "week"] as const) {
      for (const kpis of [3, 5, 8]) {
        for (const extraStages of [0, 2]) {
          const plan = sizedPlan(r, granularity, kpis, extraStages);
          const cells = gridCells(buildWorkbook(plan));
          const other = Object.entries(cells).reduce((n, [k, v]) => (k === "actuals" ? n : n + v), 0);
          const periods = planPeriods(plan).length;
          const stages = stagesOf(plan);
          const manual = plan.kpis.filter((k) => "manual" in k.source).length;
          xs.push(terms(r, periods, plan.kpis.length, stages, manual));
          ys.push(other);
          if (granularity === "week" && extraStages === 0 && (kpis === 5 || r >= 200))
            points.push({
              reps: r,
              periods,
              kpis: plan.kpis.length,
              stages,
              otherCells: other,
              actualsCells: cells.actuals ?? 0,
            });
        }
      }
    }
  }
  const coef = leastSquares(xs, ys);
  const fitted = (x: number[]) => x.reduce((s, v, i) => s + v * (coef[i] as number), 0);
  const maxError = Math.max(...xs.map((x, i) => Math.abs(fitted(x) - (ys[i] as number))));
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    otherSheets: Object.fromEntries(
      TERMS.map((t, i) => [t, round(coef[i] as number)]),
    ) as CapacityFit["otherSheets"],
    maxError: round(maxError),
    plans: xs.length,
    points,
  };
}

/** "a + b × reps + …" with the fitted coefficients. */
export function formatFit(fit: CapacityFit): string {
  return TERMS.map((t) => [t, fit.otherSheets[t]] as const)
    .filter(([, c]) => c !== 0)
    .map(([t, c]) => (t === "1" ? `${c}` : `${c} × ${t}`))
    .join(" + ")
    .replace(/\+ -/g, "− ");
}
