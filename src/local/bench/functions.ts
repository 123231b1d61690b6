// Custom functions as Sheets calls them: one call over a 10,000-row range through the built bundle.
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { requiredCounts } from "../../domain/funnel";

const require = createRequire(import.meta.url);

export interface FunctionsResult {
  rows: number;
  ms: number;
}

export function benchFunctions(distDir: string, rows = 10_000): FunctionsResult {
  const gas = require("gas-local") as {
    require(
      folder: string,
      globals: object,
      options?: { filter?: (f: string) => boolean },
    ): Record<string, unknown>;
  };
  const ctx = gas.require(
    distDir,
    { SpreadsheetApp: { getActive: () => ({ getSpreadsheetTimeZone: () => "Asia/Tokyo" }) } },
    { filter: (f) => path.basename(f) === "Code.js" },
  );
  // Varied rows, rates among them whose quotients are whole in decimal but not in binary (0.07).
  const rates = [0.07, 0.1, 0.25, 0.3, 0.5, 0.8, 1];
  const rate = (i: number, k: number) => rates[(i * (k + 3) + k) % rates.length] as number;
  const goals = Array.from({ length: rows }, (_, i) => [1_000_000 * (1 + (i % 200)) + (i % 7) * 70_000]);
  const sizes = Array.from({ length: rows }, (_, i) => [250_000 + 10_000 * (i % 13)]);
  const win = goals.map((_, i) => [rate(i, 0)]);
  const meeting = goals.map((_, i) => [rate(i, 1)]);
  const appointment = goals.map((_, i) => [rate(i, 2)]);
  const fn = ctx.KPI_REQUIRED_CALLS as (...a: unknown[]) => unknown[][];
  const t0 = performance.now();
  const out = fn(goals, sizes, win, meeting, appointment);
  const ms = performance.now() - t0;
  if (!Array.isArray(out) || out.length !== rows)
    throw new Error("KPI_REQUIRED_CALLS did not return one row per input row");
  // Every result against the domain's funnel (stage rounding), top of the funnel first.
  out.forEach((row, i) => {
    const want = requiredCounts({
      kgiTarget: goals[i]?.[0] as number,
      share: 1,
      dealValue: sizes[i]?.[0] as number,
      rates: [appointment[i]?.[0], meeting[i]?.[0], win[i]?.[0]] as number[],
    })[0];
    if (!Array.isArray(row) || row.length !== 1 || row[0] !== want)
      throw new Error(`KPI_REQUIRED_CALLS row ${i + 1}: got ${JSON.stringify(row)}, the domain says ${want}`);
  });
  return { rows, ms: Math.round(ms * 10) / 10 };
}
