// The warehouse path through an engine that shares none of our code (issue 20): seeded raw events are
// aggregated by the DuckDB query, its rows pasted into the exported workbook's Actuals, and LibreOffice
// recalculates the Dashboard, Reps and Trends to the numbers the same events give when aggregated in
// plain TypeScript (test/support/event-log.ts) at the same grain — per day in Tokyo for a Japanese
// plan, per ISO week for a weekly English one (as-of at a period's end, a Sunday).
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { eventsLog } from "../../src/cli/events-log";
import type { Plan } from "../../src/domain/plan";
import type { LogValue } from "../../src/domain/status/log-entries";
import type { StatusReport } from "../../src/domain/status/report";
import { templatePlan } from "../../src/domain/templates";
import type { CellValue } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { aggregateEvents, eventsCsv, randomEvents } from "../support/event-log";
import { errorCells, readWorkbook, recalculate, shownRows } from "../support/libreoffice";
import { dashboardAgrees, reportFor, repsAgree, trendsAgree } from "../support/status-compare";
import { actualsSheet, runMain, tempDir, writePlan } from "./helpers";

const CASES = [
  { id: "inside_sales", locale: "ja", grain: "day", zone: "Asia/Tokyo", seed: 21, asOf: "2026-07-15" },
  { id: "saas", locale: "en", grain: "week", zone: "UTC", seed: 22, asOf: "2026-07-26" },
] as const;

const cell = (v: LogValue): ExcelJS.CellValue =>
  v.kind === "blank"
    ? null
    : v.kind === "date"
      ? new Date(`${v.date}T00:00:00Z`)
      : v.kind === "text"
        ? v.text
        : v.value;

interface Case {
  plan: Plan;
  file: string;
  /** What the events aggregated in TypeScript give, as status computes it from the rows. */
  expected: StatusReport;
}
const cases: Case[] = [];
const recalculated: ExcelJS.Workbook[] = [];

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-events-");
  for (const c of CASES) {
    const plan = templatePlan(c.id, c.locale);
    if (c.grain === "week") plan.period.granularity = "week";
    const events = randomEvents(plan, c.seed, 6_000);
    const csv = join(dir, `${c.id}-events.csv`);
    await writeFile(csv, eventsCsv(events));
    const read = await eventsLog(csv, plan, { source: csv, grain: c.grain, timeZone: c.zone });
    if (!read.ok) throw new Error(read.why.en);
    const file = join(dir, `${c.id}.xlsx`);
    const r = await runMain(["export", await writePlan(dir, plan, `${c.id}.json`), "--out", file]);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = actualsSheet(wb);
    // The query's rows pasted under the header, as a team pastes an extract.
    read.log.rows.forEach((row, i) => {
      row.forEach((v, j) => {
        ws.getCell(i + 2, j + 1).value = cell(v);
      });
    });
    const spec = buildWorkbook(plan);
    const asOfCell = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
    const dashboard = spec.sheets.find((s) => s.key === "dashboard")?.name as string;
    if (!asOfCell) throw new Error("no as-of");
    wb.getWorksheet(dashboard)!.getCell(asOfCell.row + 1, asOfCell.col + 1).value = new Date(
      `${c.asOf}T00:00:00Z`,
    );
    await wb.xlsx.writeFile(file);
    const rows: CellValue[][] = aggregateEvents(plan, events, c.grain, c.zone);
    cases.push({ plan, file, expected: reportFor(plan, rows, c.asOf, ws.name) });
  }
  for (const path of await recalculate(cases.map((c) => c.file))) recalculated.push(await readWorkbook(path));
}, 300_000);

describe("raw events → DuckDB → the workbook in LibreOffice", () => {
  it.each(CASES.map((c, i) => [c.id, c.grain, i] as const))(
    "%s per %s: the Dashboard, Reps and Trends are the events aggregated in TypeScript",
    (_id, _grain, i) => {
      const c = cases[i] as Case;
      const wb = recalculated[i] as ExcelJS.Workbook;
      expect(errorCells(wb)).toEqual([]);
      const spec = buildWorkbook(c.plan);
      const sheetOf = (key: string) => spec.sheets.find((s) => s.key === key)?.name as string;
      expect(c.expected.kgi.actual).toBeGreaterThan(0);
      dashboardAgrees(c.plan, spec, shownRows(wb, sheetOf("dashboard")), c.expected, 9);
      repsAgree(shownRows(wb, sheetOf("reps")), c.expected, 9);
      trendsAgree(c.plan, shownRows(wb, sheetOf("trends")), c.expected, 9);
    },
  );
});
