// The warehouse path against its plain-TypeScript reading (issue 20): seeded raw events aggregated by
// the DuckDB query are the rows test/support/event-log.ts aggregates by hand, and `status --events`
// reports what `status --actuals` reports on those rows written as a CSV. `npm test` runs 20,000
// events; `npm run test:scale` 1,000,000 (SCALE=1).
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { eventsLog } from "../../src/cli/events-log";
import type { Plan } from "../../src/domain/plan";
import type { LogValue } from "../../src/domain/status/log-entries";
import { templatePlan } from "../../src/domain/templates";
import { type CellValue, planColumns } from "../../src/workbook/actuals";
import { runMain, tempDir, writePlan } from "../cli/helpers";
import { aggregateEvents, eventsCsv, randomEvents } from "../support/event-log";

const EVENTS = process.env.SCALE ? 1_000_000 : 20_000;

const CASES = [
  // A Japanese plan with manual KPIs, per day in Tokyo; an English one per ISO week in New York.
  { id: "inside_sales", locale: "ja", grain: "day", zone: "Asia/Tokyo", seed: 5, asOf: "2026-09-30" },
  { id: "saas", locale: "en", grain: "week", zone: "America/New_York", seed: 9, asOf: "" },
] as const;

const csvCell = (v: CellValue) =>
  v === null ? "" : typeof v === "string" && /[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : String(v);

/**
 * The rows as a warehouse exports them: under the query's column names, the Actuals' named ranges
 * (ACT_DATE, ACT_REP, ACT_<stream>_<stage>, ACT_KGI, ACT_KPI_<id>), which status maps as our own.
 */
function actualsCsv(plan: Plan, rows: readonly CellValue[][]): string {
  const columns = planColumns(plan);
  const kept = columns.flatMap((c, i) => (c.key === "notes" ? [] : [i]));
  const header = kept.map((i) => columns[i]?.rangeName ?? "");
  return `${[header.join(","), ...rows.map((r) => kept.map((i) => csvCell(r[i] ?? null)).join(","))].join("\n")}\n`;
}

const asCell = (v: LogValue): CellValue =>
  v.kind === "blank"
    ? null
    : v.kind === "date"
      ? v.date
      : v.kind === "text"
        ? v.text
        : v.kind === "number"
          ? v.value
          : v.value;

/** Equal, numbers to 12 significant digits (DuckDB and TypeScript add a day's values in their own order). */
function close(a: unknown, b: unknown, path = "$"): void {
  if (typeof a === "number" && typeof b === "number") {
    expect(Math.abs(a - b), `${path}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));
    return;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    expect(Object.keys(a), path).toEqual(Object.keys(b));
    for (const k of Object.keys(a))
      close((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    return;
  }
  expect(a, path).toEqual(b);
}

interface Prepared {
  plan: Plan;
  planFile: string;
  events: string;
  expected: CellValue[][];
  actuals: string;
}
const prepared: Prepared[] = [];

beforeAll(async () => {
  const dir = await tempDir("kpi-events-status-");
  for (const c of CASES) {
    const plan = templatePlan(c.id, c.locale);
    if (c.grain === "week") plan.period.granularity = "week";
    const events = randomEvents(plan, c.seed, EVENTS);
    const expected = aggregateEvents(plan, events, c.grain, c.zone);
    const file = join(dir, `${c.id}-events.csv`);
    await writeFile(file, eventsCsv(events));
    const actuals = join(dir, `${c.id}-actuals.csv`);
    await writeFile(actuals, actualsCsv(plan, expected));
    prepared.push({
      plan,
      planFile: await writePlan(dir, plan, `${c.id}.json`),
      events: file,
      expected,
      actuals,
    });
  }
}, 600_000);

describe.each(CASES.map((c, i) => [c.id, c.grain, c.zone, i] as const))(
  "%s per %s in %s",
  (_id, grain, zone, i) => {
    it("DuckDB's rows are the events aggregated in TypeScript", async () => {
      const p = prepared[i] as Prepared;
      const read = await eventsLog(p.events, p.plan, { source: p.events, grain, timeZone: zone });
      if (!read.ok) throw new Error(read.why.en);
      // The query's rows lack only Notes (the last column of Actuals).
      const rows = read.log.rows.map((r) => [...r.map(asCell), null]);
      expect(rows.length).toBe(p.expected.length);
      expect(rows.length).toBeGreaterThan(100);
      close(rows, p.expected);
      // Events of a stage the plan does not have were there, and are told.
      expect(read.said.join("\n")).toMatch(/events in the period match no stage or manual KPI of the plan/);
    }, 300_000);

    it("status --events reports what status --actuals reports on the aggregated CSV", async () => {
      const p = prepared[i] as Prepared;
      // Weekly: an as-of at a period's end, a Sunday (a week bucket is dated its Monday).
      const asOf = CASES[i]?.asOf || "2026-09-27";
      const fromEvents = await runMain([
        "status",
        p.planFile,
        "--events",
        p.events,
        "--grain",
        grain,
        "--time-zone",
        zone,
        "--as-of",
        asOf,
        "--json",
      ]);
      expect(fromEvents.code, fromEvents.stderr).toBe(0);
      const fromActuals = await runMain([
        "status",
        p.planFile,
        "--actuals",
        p.actuals,
        "--as-of",
        asOf,
        "--json",
      ]);
      expect(fromActuals.code, fromActuals.stderr).toBe(0);
      const a = JSON.parse(fromEvents.stdout);
      const b = JSON.parse(fromActuals.stdout);
      // The events' log is named by its file, the CSV's by its own: the unreadable cells differ only there.
      const cells = (r: { unreadable: { cell: string }[] }) =>
        r.unreadable.map((u) => u.cell.replace(/^.*!/, ""));
      expect(cells(a).length).toBeGreaterThan(0);
      close({ ...a, unreadable: cells(a) }, { ...b, unreadable: cells(b) });
      expect(a.kgi.actual).toBeGreaterThan(0);
    }, 300_000);
  },
);
