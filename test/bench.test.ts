// A smoke run of the benchmark (never a timing assertion): the JSON has the shape of BRIEF §3.7.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

it("npm run bench -- --json --quick prints the benchmark JSON", () => {
  const root = path.resolve(import.meta.dirname, "..");
  const r = spawnSync("npm", ["run", "--silent", "bench", "--", "--json", "--quick"], {
    cwd: root,
    encoding: "utf8",
  });
  expect(r.status, r.stderr).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.generation[0]).toMatchObject({ reps: 5, periods: 12, kpis: 5 });
  for (const key of ["cells", "calls", "roundTrips", "firstRoundTrips", "naiveCalls", "ms"])
    expect(typeof out.generation[0][key]).toBe("number");
  // Read everything, then write (issue 21): a few round trips, however large the plan and its log.
  for (const g of out.generation) {
    expect(g.firstRoundTrips).toBeLessThanOrEqual(5);
    expect(g.roundTrips).toBeLessThanOrEqual(5);
  }
  expect(out.generation[0].naiveCalls).toBeGreaterThan(out.generation[0].calls);
  // Calls stay flat while a cell-by-cell writer's grow: twice the reps and a 2,000-row log add no
  // call (the log is left in place), and the cell-by-cell count grows with the reps.
  const [smallest, largest] = [out.generation[0], out.generation.at(-1)];
  expect(largest.logRows).toBeGreaterThan(0);
  expect(largest.reps).toBeGreaterThan(smallest.reps);
  expect(Math.abs(largest.calls - smallest.calls)).toBeLessThanOrEqual(5);
  expect(largest.naiveCalls).toBeGreaterThan(smallest.naiveCalls);
  // Grid cells per generated sheet, and their total; Actuals holds the log's capacity.
  for (const g of out.generation) {
    const { total, ...sheets } = g.gridCells;
    expect(Object.keys(sheets).sort()).toEqual(
      ["actuals", "assumptions", "dashboard", "meta", "reps", "review", "targets", "trends", "tree"].sort(),
    );
    expect(total).toBe(Object.values(sheets as Record<string, number>).reduce((a, b) => a + b, 0));
    expect(sheets.actuals).toBeGreaterThan(g.logRows);
  }
  // The capacity model names every term, KPIs and stages included, and fits the plans it counted.
  expect(Object.keys(out.capacity.otherSheets)).toEqual(
    expect.arrayContaining(["1", "reps", "periods", "kpis", "stages"]),
  );
  expect(out.capacity.plans).toBeGreaterThan(Object.keys(out.capacity.otherSheets).length);
  expect(out.capacity.maxError).toBeLessThan(100);
  expect(out.functions).toMatchObject({ rows: 1000 });
  expect(out.recalc.map((x: { layout: string }) => x.layout)).toEqual(["whole", "bounded"]);
  // The warehouse path (issue 20): 100,000 events by 200 reps aggregated per day and per week; a
  // day's rows are at most one per rep per day of the year, a week's fewer.
  expect(out.warehouse.map((w: { grain: string }) => w.grain)).toEqual(["day", "week"]);
  for (const w of out.warehouse) {
    expect(w).toMatchObject({ events: 100_000, reps: 200 });
    for (const key of ["parquetBytes", "writeMs", "queryMs", "peakRssMB", "rows", "cells"])
      expect(typeof w[key]).toBe("number");
  }
  const [day, week] = out.warehouse;
  expect(day.rows).toBeLessThanOrEqual(200 * 366);
  expect(week.rows).toBeLessThan(day.rows);
  expect(week.rows).toBeGreaterThanOrEqual(200 * 50);
  expect(out.bundle.codeBytes).toBeGreaterThan(10_000);
  expect(out.bundle.sidebarBytes).toBeGreaterThan(1_000);
}, 180_000);
