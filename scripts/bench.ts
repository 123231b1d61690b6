// npm run bench [-- --json] [-- --quick]: measured speed and size (BRIEF §3.7).
import { statSync } from "node:fs";
import path from "node:path";
import { templatePlan } from "../src/domain/templates";
import { benchFunctions } from "../src/local/bench/functions";
import { benchGeneration } from "../src/local/bench/generation";
import { benchRecalc } from "../src/local/bench/recalc";

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
const recalc = quick ? benchRecalc(plan, [500], 5_000) : benchRecalc(plan, [10_000, 50_000, 100_000]);
log("custom functions…");
const functions = benchFunctions(dist, quick ? 1_000 : 10_000);
const bundle = {
  codeBytes: statSync(path.join(dist, "Code.js")).size,
  sidebarBytes: statSync(path.join(dist, "Sidebar.html")).size,
};
const result = { generation, functions, recalc, bundle };

if (json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  console.log("\nGeneration (Apps Script writer into the call-counting fakes)");
  console.table(generation);
  console.log(
    "Recalculation (HyperFormula; load = compute everything, edit = change one actual and read the dashboard;\n" +
      "bounded = SUMIFS over the log as generated, padded = over a large fixed area like whole columns)",
  );
  console.table(recalc);
  console.log(
    `Custom functions: KPI_REQUIRED_CALLS over ${functions.rows} rows in ${functions.ms} ms (through dist/Code.js)`,
  );
  console.log(
    `Bundle: dist/Code.js ${kb(bundle.codeBytes)} (budget 250 KB), dist/Sidebar.html ${kb(bundle.sidebarBytes)} (budget 250 KB)`,
  );
}
