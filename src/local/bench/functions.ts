// Custom functions as Sheets calls them: one call over a 10,000-row range through the built bundle.
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";

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
  const goals = Array.from({ length: rows }, (_, i) => [1_000_000 * (1 + (i % 200))]);
  const sizes = Array.from({ length: rows }, () => [250_000]);
  const fn = ctx.KPI_REQUIRED_CALLS as (...a: unknown[]) => unknown[][];
  const t0 = performance.now();
  const out = fn(goals, sizes, 0.25, 0.5, 0.1);
  const ms = performance.now() - t0;
  if (!Array.isArray(out) || out.length !== rows)
    throw new Error("KPI_REQUIRED_CALLS did not return one row per input row");
  return { rows, ms: Math.round(ms * 10) / 10 };
}
