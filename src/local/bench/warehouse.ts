// The warehouse path measured (issue 20): a seeded raw event table of N events by 200 reps over the
// plan's year, written as Parquet by DuckDB, then the `kpi-designer sql --dialect duckdb` query over the
// file — its time, the process's peak resident memory while it runs (DuckDB's own memory included)
// and the rows it returns: the Actuals log a spreadsheet then holds instead of the events.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { Plan } from "../../domain/plan";
import { renderQuery } from "../../warehouse/dialects";
import { eventsQuery, type Grain } from "../../warehouse/events-query";

export interface WarehouseRun {
  events: number;
  reps: number;
  grain: Grain;
  parquetBytes: number;
  /** Writing the events (generation included): a warehouse's load, not ours. */
  writeMs: number;
  queryMs: number;
  peakRssMB: number;
  rows: number;
  /** The rows × the Actuals' columns: the cells the aggregated log takes in the spreadsheet. */
  cells: number;
}

const REPS = 200;

/** The plan with a team of 200 (events come from all of them). */
export function warehousePlan(base: Plan): Plan {
  return { ...base, team: Array.from({ length: REPS }, (_, i) => ({ name: `Rep ${i + 1}` })) };
}

/** N events over the period by every rep, stages as a funnel has them, amounts on won deals. */
function eventsSql(plan: Plan, events: number, file: string): string {
  const stream = plan.streams[0];
  if (!stream) throw new Error("the plan has no stream");
  const stages = stream.stages.map((s) => s.id);
  // A geometric funnel: each stage a quarter as frequent as the one before.
  const weights = stages.map((_, k) => 0.25 ** k);
  const total = weights.reduce((a, b) => a + b, 0);
  let at = 0;
  const when = stages.map((id, k) => {
    at += (weights[k] as number) / total;
    return `WHEN u < ${at.toFixed(6)} THEN '${id}'`;
  });
  const start = Date.parse(`${plan.period.start}T00:00:00Z`) / 1000;
  const span = Date.parse(`${plan.period.end}T00:00:00Z`) / 1000 + 86_400 - start;
  return `COPY (
  SELECT to_timestamp(${start} + hash(i * 4) % ${span}) AS event_time,
    'Rep ' || CAST(hash(i * 4 + 1) % ${REPS} + 1 AS VARCHAR) AS rep,
    '${stream.id}' AS stream,
    CASE ${when.join(" ")} ELSE '${stages[0]}' END AS stage,
    CASE WHEN u >= ${(1 - (weights.at(-1) as number) / total).toFixed(6)} THEN CAST(${stream.dealValue} AS DOUBLE) END AS amount
  FROM (SELECT i, (hash(i * 4 + 2) % 1000000) / 1000000.0 AS u FROM range(${events}) t(i))
) TO '${file}' (FORMAT parquet)`;
}

/** Samples the resident set while `work` runs; its peak in MB. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; peakMB: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, peakMB: Math.round(peak / 1e6) };
  } finally {
    clearInterval(timer);
  }
}

export async function benchWarehouse(
  base: Plan,
  sizes: readonly number[],
  grains: readonly Grain[] = ["day", "week"],
): Promise<WarehouseRun[]> {
  const plan = warehousePlan(base);
  const dir = mkdtempSync(path.join(tmpdir(), "kpi-bench-events-"));
  const runs: WarehouseRun[] = [];
  try {
    for (const events of sizes) {
      const file = path.join(dir, `events-${events}.parquet`);
      const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
      const db = await instance.connect();
      const t0 = performance.now();
      await db.run(eventsSql(plan, events, file));
      const writeMs = Math.round(performance.now() - t0);
      db.closeSync();
      instance.closeSync();
      for (const grain of grains) {
        // A fresh database for each query: nothing cached from writing the file or the query before.
        const fresh = await DuckDBInstance.create(":memory:", { threads: "2" });
        const conn = await fresh.connect();
        const query = eventsQuery(plan, { source: file, grain, timeZone: "Asia/Tokyo" });
        const t1 = performance.now();
        const { value: rows, peakMB } = await peakRss(
          async () => (await conn.runAndReadAll(renderQuery(query, "duckdb"))).currentRowCount,
        );
        const queryMs = Math.round(performance.now() - t1);
        conn.closeSync();
        fresh.closeSync();
        runs.push({
          events,
          reps: REPS,
          grain,
          parquetBytes: statSync(file).size,
          writeMs,
          queryMs,
          peakRssMB: peakMB,
          rows,
          // Actuals: the header row and the rows, by the query's columns and Notes.
          cells: (rows + 1) * (query.output.length + 1),
        });
      }
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return runs;
}
