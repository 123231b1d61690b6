// Generation: the Apps Script writer of dist/Code.js into the call-counting fakes, for plans of
// growing size, beside what a cell-by-cell writer of the same spec would call.
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { planPeriods } from "../../domain/plan";
import { buildWorkbook } from "../../workbook/build";
import type { CellSpec, WorkbookSpec } from "../../workbook/spec";
import { createAppsScriptGlobals } from "../apps-script";
import { gridCells, sizedPlan } from "./capacity";
import { syntheticActuals } from "./recalc";

const require = createRequire(import.meta.url);

export interface GenerationResult {
  reps: number;
  periods: number;
  kpis: number;
  cells: number;
  calls: number;
  /**
   * Round trips to Google's servers of that run (call-kinds.ts: the first call, then each read after
   * a write), and of the first Generate into an empty spreadsheet.
   */
  roundTrips: number;
  firstRoundTrips: number;
  naiveCalls: number;
  ms: number;
  /** Rows in the Actuals log when generating. */
  logRows: number;
  /** Grid cells (rows × columns, empty or not) of each generated sheet, by sheet key, and their total. */
  gridCells: Record<string, number>;
}

/**
 * What a writer that sets one cell at a time would call for the same spec: for every non-empty
 * cell a getRange and a setValue or setFormula, plus one setter per formatted property (number
 * format, background, font colour, weight, style); everything else (sheets, names, validation,
 * rules, charts) as many calls as ours makes.
 */
export function naiveCalls(spec: WorkbookSpec, ourCalls: number, ourCellCalls: number): number {
  let perCell = 0;
  for (const c of writtenCells(spec)) perCell += 2 + (c.format ? 1 : 0) + (c.style ? 4 : 0);
  return ourCalls - ourCellCalls + perCell;
}

/**
 * The non-empty cells a writer lays down: all of them, but for a log (Actuals, Review Log) only its
 * header, since regeneration works in place and leaves the rows the team typed untouched.
 */
export function writtenCells(spec: WorkbookSpec): CellSpec[] {
  return spec.sheets.flatMap((s) => (s.log ? s.cells.slice(0, 1) : s.cells).flat().filter((c) => c !== null));
}

export function benchGeneration(quick: boolean): GenerationResult[] {
  const gas = require("gas-local") as {
    require(
      folder: string,
      globals: object,
      options?: { filter?: (f: string) => boolean },
    ): Record<string, unknown>;
  };
  const dist = path.resolve(import.meta.dirname, "../../../dist");
  const sizes: [number, "month" | "week", number, number][] = quick
    ? [
        [5, "month", 5, 0],
        [10, "month", 5, 2_000],
      ]
    : [
        [5, "month", 5, 0],
        [50, "week", 5, 5_000],
        [200, "week", 8, 20_000],
      ];
  return sizes.map(([reps, granularity, kpis, rows]) => {
    const plan = sizedPlan(reps, granularity, kpis);
    const fake = createAppsScriptGlobals({ locale: "en" });
    const ctx = gas.require(dist, fake.globals, { filter: (f) => path.basename(f) === "Code.js" });
    fake.bindRealm(ctx);
    const generate = ctx.kpiGenerate as (p: unknown) => { ok: boolean; error?: unknown };
    fake.log.reset();
    if (!generate(plan).ok) throw new Error("first generate failed");
    const firstRoundTrips = fake.log.spreadsheetRoundTrips();
    if (rows) {
      const log = syntheticActuals(plan, rows);
      fake.spreadsheet.write(
        "Actuals",
        "A2",
        log.rows.map((r) => r.map((v) => v ?? "")),
      );
    }
    fake.log.reset();
    const t0 = performance.now();
    const r = generate(plan);
    const ms = performance.now() - t0;
    if (!r.ok) throw new Error(`generate failed: ${JSON.stringify(r.error)}`);
    const calls = fake.log.spreadsheetCalls();
    const roundTrips = fake.log.spreadsheetRoundTrips();
    const cellCalls = fake.log.count(
      /^Range\.set(Values|NumberFormats|Backgrounds|FontColors|FontWeights|FontStyles)$/,
    );
    const spec = buildWorkbook(plan, { existingActuals: rows ? syntheticActuals(plan, rows) : null });
    const cells = writtenCells(spec).length;
    // The grid as the fakes hold it after writing, sheet by sheet; it must be the spec's.
    const fromSpec = gridCells(spec);
    const grid: Record<string, number> = {};
    for (const sh of spec.sheets) {
      const got = fake.spreadsheet.sheet(sh.name);
      grid[sh.key] = got.maxRows * got.maxColumns;
      if (grid[sh.key] !== fromSpec[sh.key])
        throw new Error(`${sh.name}: ${grid[sh.key]} grid cells written, the spec sizes ${fromSpec[sh.key]}`);
    }
    grid.total = Object.values(grid).reduce((a, b) => a + b, 0);
    return {
      reps,
      periods: planPeriods(plan).length,
      kpis: plan.kpis.length,
      cells,
      calls,
      roundTrips,
      firstRoundTrips,
      naiveCalls: naiveCalls(spec, calls, cellCalls),
      ms: Math.round(ms),
      logRows: rows,
      gridCells: grid,
    };
  });
}
