// `status --json` and the exported workbook recalculated by LibreOffice (the engine that shares none
// of our code) show the same numbers (BRIEF §3.8): plans from templates in both languages, a noisy
// log typed into Actuals as a team would (dates as dates, text where numbers belong, unknown reps, a
// name in other letter case, negatives), the Dashboard's as-of date typed over TODAY() — the Levers
// block on Targets too (test/support/levers-compare.ts); and once more with the Dashboard's rep picker
// set, where LibreOffice computes that rep's view (test/support/rep-view-compare.ts).
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { addDays, isIsoDate } from "../../src/domain/calendar-dates";
import type { Plan } from "../../src/domain/plan";
import type { StatusReport } from "../../src/domain/status/report";
import { templatePlan } from "../../src/domain/templates";
import { type CellValue, planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { leversAgree } from "../support/levers-compare";
import { errorCells, readWorkbook, recalculate, shownRows } from "../support/libreoffice";
import { repViewAgrees } from "../support/rep-view-compare";
import { dashboardAgrees, noisyLog, reportFor, repsAgree, trendsAgree } from "../support/status-compare";
import { actualsSheet, runMain, tempDir, writePlan } from "./helpers";

const CASES = [
  { id: "inside_sales", locale: "ja", seed: 7, days: 40, asOfDay: 29 },
  { id: "saas", locale: "en", seed: 11, days: 25, asOfDay: 60 },
  { id: "account_sales", locale: "en", seed: 3, days: 12, asOfDay: 8 },
] as const;

interface Case {
  plan: Plan;
  file: string;
  report: StatusReport;
  /** What status reports for the same rows read in TypeScript, without the file. */
  direct: StatusReport;
  rows: CellValue[][];
}

const cases: Case[] = [];
const recalculated: ExcelJS.Workbook[] = [];
/** The first case again with the Dashboard's rep picker set to its second rep. */
const PICKED = 1;
let picked: ExcelJS.Workbook;

const toCell = (v: CellValue, date: boolean): ExcelJS.CellValue =>
  date && typeof v === "string" && isIsoDate(v) ? new Date(`${v}T00:00:00Z`) : v;

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-status-");
  for (const c of CASES) {
    const plan = templatePlan(c.id, c.locale);
    const file = join(dir, `${c.id}-${c.locale}.xlsx`);
    const r = await runMain(["export", await writePlan(dir, plan, `${c.id}.json`), "--out", file]);
    expect(r.code, r.stderr).toBe(0);
    const rows = noisyLog(plan, c.seed, c.days);
    const asOf = addDays(plan.period.start, c.asOfDay);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = actualsSheet(wb);
    const keys = planColumns(plan).map((col) => col.key);
    rows.forEach((row, i) => {
      row.forEach((v, j) => {
        if (v !== null) ws.getCell(i + 2, j + 1).value = toCell(v, keys[j] === "date");
      });
    });
    const spec = buildWorkbook(plan);
    const asOfCell = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
    const dashboard = spec.sheets.find((s) => s.key === "dashboard")?.name as string;
    if (!asOfCell) throw new Error("no as-of");
    wb.getWorksheet(dashboard)!.getCell(asOfCell.row + 1, asOfCell.col + 1).value = new Date(
      `${asOf}T00:00:00Z`,
    );
    await wb.xlsx.writeFile(file);
    const s = await runMain(["status", file, "--as-of", asOf, "--json"]);
    expect(s.code, s.stderr).toBe(0);
    cases.push({
      plan,
      file,
      rows,
      report: JSON.parse(s.stdout),
      direct: reportFor(plan, rows, asOf, ws.name),
    });
  }
  const first = cases[0] as Case;
  const spec = buildWorkbook(first.plan);
  const pickAt = spec.namedRanges.find((n) => n.name === N.repView)?.rect;
  if (!pickAt) throw new Error("no rep picker");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(first.file);
  const dashboard = spec.sheets.find((s) => s.key === "dashboard")?.name as string;
  wb.getWorksheet(dashboard)!.getCell(pickAt.row + 1, pickAt.col + 1).value = first.plan.team[PICKED]?.name;
  const pickedFile = join(dir, "picked.xlsx");
  await wb.xlsx.writeFile(pickedFile);
  const paths = await recalculate([...cases.map((c) => c.file), pickedFile]);
  for (const path of paths.slice(0, -1)) recalculated.push(await readWorkbook(path));
  picked = await readWorkbook(paths[paths.length - 1] as string);
}, 300_000);

const valuesOf = shownRows;

describe("status and LibreOffice", () => {
  it("status reads the file as the rows were typed: the same report as from the rows themselves", () => {
    for (const c of cases) expect(c.report).toEqual(JSON.parse(JSON.stringify(c.direct)));
    // The noise is there to be told: every case has entries that cannot be counted.
    for (const c of cases) expect(c.report.unreadable.length).toBeGreaterThan(0);
  });

  it.each(CASES.map((c, i) => [c.id, c.locale, i] as const))(
    "%s (%s): the Dashboard, Reps, Trends and the Levers on Targets LibreOffice computes are the report",
    (_id, _locale, i) => {
      const c = cases[i] as Case;
      const wb = recalculated[i] as ExcelJS.Workbook;
      expect(errorCells(wb)).toEqual([]);
      const spec = buildWorkbook(c.plan);
      const dashboard = spec.sheets.find((s) => s.key === "dashboard")?.name as string;
      // LibreOffice sums in its own order: equal to 9 significant digits.
      dashboardAgrees(c.plan, spec, valuesOf(wb, dashboard), c.report, 9);
      const sheetOf = (key: string) => spec.sheets.find((s) => s.key === key)?.name as string;
      repsAgree(valuesOf(wb, sheetOf("reps")), c.report, 9);
      trendsAgree(c.plan, valuesOf(wb, sheetOf("trends")), c.report, 9);
      // The levers status reports for the plan, each lever's formulas recalculated by LibreOffice.
      expect(c.report.levers.length).toBeGreaterThan(0);
      leversAgree(spec, valuesOf(wb, sheetOf("targets")), c.report.levers, 9);
    },
  );

  it("with a rep picked on the Dashboard, LibreOffice computes that rep's view", () => {
    const c = cases[0] as Case;
    expect(errorCells(picked)).toEqual([]);
    const spec = buildWorkbook(c.plan);
    const dashboard = spec.sheets.find((s) => s.key === "dashboard")?.name as string;
    repViewAgrees(c.plan, spec, valuesOf(picked, dashboard), c.report, c.rows, PICKED, 9);
  });
});
