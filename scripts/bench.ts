// npm run bench [-- --json] [-- --quick]: measured speed and size (BRIEF §3.7).
import { statSync } from "node:fs";
import path from "node:path";
import { templatePlan } from "../src/domain/templates";
import { fitCapacity, formatFit } from "../src/local/bench/capacity";
import { benchFunctions } from "../src/local/bench/functions";
import { benchGeneration } from "../src/local/bench/generation";
import { calibration, TEAMS } from "../src/local/bench/hit-calibration";
import { benchRecalc } from "../src/local/bench/recalc";
import { benchWarehouse } from "../src/local/bench/warehouse";

const root = path.resolve(import.meta.dirname, "..");
const dist = path.join(root, "dist");
const json = process.argv.includes("--json");
const quick = process.argv.includes("--quick");
const log = (s: string) => {
  if (!json) process.stderr.write(`${s}\n`);
};

log("generation…");
const generation = benchGeneration(quick);
log("recalculation…");
const plan = templatePlan("inside_sales", "en");
const recalc = quick ? benchRecalc(plan, [500]) : benchRecalc(plan, [10_000, 50_000, 100_000]);
log("custom functions…");
const functions = benchFunctions(dist, quick ? 1_000 : 10_000);
const bundle = {
  codeBytes: statSync(path.join(dist, "Code.js")).size,
  sidebarBytes: statSync(path.join(dist, "Sidebar.html")).size,
};
log("capacity…");
const capacity = fitCapacity(quick);
// BRIEF §4: dist/Code.js and each sidebar HTML at most 250 KB.
const BUDGET_BYTES = 250 * 1024;
for (const [file, bytes] of [
  ["dist/Code.js", bundle.codeBytes],
  ["dist/Sidebar.html", bundle.sidebarBytes],
] as const) {
  if (bytes > BUDGET_BYTES) {
    process.stderr.write(`${file} is ${bytes} bytes, over the budget of ${BUDGET_BYTES} (250 KB)\n`);
    process.exitCode = 1;
  }
}
log("the chance of reaching the KGI on simulated teams…");
const teams = quick ? 2_000 : 20_000;
const hitCalibration = {
  all: calibration({ ...TEAMS, teams }),
  // The first three working weeks only: what the few days elapsed do to it.
  early: calibration({ ...TEAMS, teams, elapsed: [5, 20] }),
};
log("the warehouse path: raw events aggregated in DuckDB…");
const warehouse = await benchWarehouse(plan, quick ? [100_000] : [1_000_000, 10_000_000]);
const result = { generation, functions, recalc, bundle, capacity, hitCalibration, warehouse };

if (json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log("\nGeneration (Apps Script writer into the call-counting fakes)");
  console.table(
    generation.map(({ gridCells, ...g }) => ({ ...g, ratio: Math.round(g.naiveCalls / g.calls) })),
  );
  console.log("Grid cells per sheet (rows × columns as written, empty or not; Google's limit is 10,000,000)");
  console.table(
    generation.map((g) => ({
      reps: g.reps,
      periods: g.periods,
      kpis: g.kpis,
      logRows: g.logRows,
      ...g.gridCells,
    })),
  );
  console.log(
    "Recalculation (HyperFormula; load = compute everything, edit = change one actual and read the dashboard;\n" +
      "whole = the shipped layout, SUMIFS over the log's whole columns (every row counts); bounded = the same over the rows the log holds)",
  );
  console.table(recalc);
  console.log(
    `Custom functions: KPI_REQUIRED_CALLS over ${functions.rows} rows in ${functions.ms} ms (through dist/Code.js; every result equals the domain's)`,
  );
  console.log(
    `\nCapacity: every sheet but Actuals ≈ ${formatFit(capacity)} grid cells\n` +
      `(least squares over ${capacity.plans} generated plans, largest error ${capacity.maxError} cells); ` +
      "Actuals = (log capacity + 1) × columns. Counted points (no log rows):",
  );
  console.table(capacity.points);
  for (const [name, c] of Object.entries(hitCalibration)) {
    const brier = Object.entries(c.brier).map(([k, v]) => `${k} ${v.toFixed(4)}`);
    console.log(
      `\nThe chance of reaching the KGI (${name}: ${c.teams} simulated teams, base rate ${c.baseRate.toFixed(3)}; Brier ${brier.join(", ")})`,
    );
    console.table(
      c.bins.map((b) => ({
        predicted: `${b.from.toFixed(1)}–${(b.from + 0.1).toFixed(1)}`,
        teams: b.teams,
        meanPrediction: Number(b.meanPrediction.toFixed(3)),
        reached: Number(b.reached.toFixed(3)),
      })),
    );
  }
  console.log(
    "\nThe warehouse path (issue 20): a Parquet file of raw events by 200 reps over the plan's year, aggregated by\n" +
      "the `kpi-designer sql --dialect duckdb` query in embedded DuckDB (2 threads) into the Actuals log",
  );
  console.table(warehouse);
  console.log(
    `Bundle: dist/Code.js ${kb(bundle.codeBytes)} (budget ${kb(BUDGET_BYTES)}), dist/Sidebar.html ${kb(bundle.sidebarBytes)} (budget ${kb(BUDGET_BYTES)})`,
  );
}
