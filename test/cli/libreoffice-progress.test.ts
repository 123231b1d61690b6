// The Reps and Trends sheets recalculated by LibreOffice, the engine that shares none of our code:
// the exported xlsx of a small plan with a hand-made log (test/fixtures/progress-log.ts), as-of pinned
// to 2026-05-15, shows the hand-calculated numbers, the trend's plain fallback (SPARKLINE is
// Google Sheets' only) and what moved most; and a workbook exported before Reps and Trends existed
// gets both from `export --update`, computing without an error. One soffice run for all of them.
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { addSpec, newWorkbook } from "../../src/cli/xlsx-writer";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { REPS_COL } from "../../src/workbook/reps-sheet";
import { TRENDS_COL } from "../../src/workbook/trends-sheet";
import {
  existingLog,
  type LogRow,
  progressPlan,
  REP_LOG,
  repRowsAt20260515,
  TREND_LOG,
  trendsAt20260515,
} from "../fixtures/progress-log";
import { errorCells, readWorkbook, recalculate, shown } from "../support/libreoffice";
import { readXlsx, runMain, tempDir, writePlan } from "./helpers";

const AS_OF = "2026-05-15";
const books = new Map<string, ExcelJS.Workbook>();
let updatedNames: string[] = [];

/** The workbook of `plan` with `rows` in Actuals and the Dashboard's as-of date typed in. */
async function exported(dir: string, name: string, plan: Plan, rows: readonly LogRow[]): Promise<string> {
  const spec = buildWorkbook(plan, { existingActuals: existingLog(plan, rows) });
  const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  const dashboard = spec.sheets.find((s) => s.key === "dashboard");
  if (!at || !dashboard) throw new Error("no AS_OF");
  (dashboard.cells[at.row] as unknown[])[at.col] = { value: AS_OF, format: "date", style: "input" };
  const wb = newWorkbook();
  addSpec(wb, spec);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-progress-");
  const files = [
    await exported(dir, "reps", progressPlan(), REP_LOG),
    await exported(dir, "trends", progressPlan(), TREND_LOG),
  ];
  // A workbook of the version before Reps and Trends: exported, then both sheets and their lines
  // on the data sheet taken out. `export --update` must bring them back.
  const plan = progressPlan();
  const planPath = await writePlan(dir, plan);
  const old = join(dir, "old.xlsx");
  const first = await runMain(["export", planPath, "--out", old]);
  if (first.code !== 0) throw new Error(`export failed: ${first.stderr}`);
  const wb = await readXlsx(old);
  for (const name of ["Reps", "Trends"]) wb.removeWorksheet(wb.getWorksheet(name)?.id ?? -1);
  const data = wb.getWorksheet("KPI Designer Data");
  for (let r = data?.rowCount ?? 0; r >= 1; r--) {
    const head = String(data?.getCell(r, 1).value ?? "");
    if (head === "sheet:reps" || head === "sheet:trends") data?.spliceRows(r, 1);
  }
  await wb.xlsx.writeFile(old);
  const updated = await runMain(["export", planPath, "--out", old, "--update"]);
  if (updated.code !== 0) throw new Error(`export --update failed: ${updated.stderr}`);
  updatedNames = (await readXlsx(old)).worksheets.map((w) => w.name);
  files.push(old);
  const out = await recalculate(files);
  for (const [i, key] of ["reps", "trends", "old"].entries())
    books.set(key, await readWorkbook(out[i] as string));
}, 300_000);

/** Every row of a sheet as LibreOffice shows it. */
function rowsOf(wb: ExcelJS.Workbook, sheet: string): unknown[][] {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    rows[r - 1] = Array.from({ length: ws.columnCount }, (_, c) => shown(row.getCell(c + 1)));
  });
  return rows.map((r) => r ?? []);
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;
function close(got: unknown, want: number | null, what: string) {
  if (want === null) {
    expect(blank(got), `${what}: ${JSON.stringify(got)}`).toBe(true);
    return;
  }
  expect(typeof got, `${what}: ${JSON.stringify(got)}`).toBe("number");
  expect(Math.abs((got as number) - want), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(
    1e-9 * Math.max(1, Math.abs(want)),
  );
}

describe("Reps and Trends in LibreOffice", () => {
  it("Reps: every rep's target, to date, actual, achievement, pace and status, by hand", () => {
    const wb = books.get("reps") as ExcelJS.Workbook;
    expect(errorCells(wb)).toEqual([]);
    const rows = rowsOf(wb, "Reps");
    const first = rows.findIndex((r) => r[0] === "Rep") + 1;
    const want = repRowsAt20260515();
    const got = rows.slice(first, first + want.length);
    expect(got.map((r) => [r[REPS_COL.rep], r[REPS_COL.kpi]])).toEqual(want.map((w) => [w.rep, w.kpi]));
    want.forEach((w, i) => {
      const row = got[i] as unknown[];
      const what = `${w.rep} / ${w.kpi}`;
      close(row[REPS_COL.target], w.target, `${what} target`);
      close(row[REPS_COL.toDate], w.toDate, `${what} to date`);
      close(row[REPS_COL.actual], w.actual, `${what} actual`);
      close(row[REPS_COL.achievement], w.achievement, `${what} achievement`);
      close(row[REPS_COL.pace], w.pace, `${what} pace`);
      expect(row[REPS_COL.status] ?? "", `${what} status`).toBe(w.status);
    });
  });

  it("Trends: per period targets, actuals through as-of, % of plan, the text trend and what moved most", () => {
    const wb = books.get("trends") as ExcelJS.Workbook;
    expect(errorCells(wb)).toEqual([]);
    const rows = rowsOf(wb, "Trends");
    const row = (name: string, figure: string) => {
      const r = rows.find((x) => x[0] === name && x[1] === figure);
      if (!r) throw new Error(`no row ${name} / ${figure}`);
      return r;
    };
    const P = TRENDS_COL.firstPeriod;
    for (const m of trendsAt20260515()) {
      const rate = m.name.includes("rate");
      const [t, a] = rate ? ["Planned rate", "Actual rate"] : ["Target", "Actual"];
      for (const [i, w] of m.target.entries()) close(row(m.name, t)[P + i], w, `${m.name} target ${i}`);
      for (const [i, w] of m.actual.entries()) close(row(m.name, a)[P + i], w, `${m.name} actual ${i}`);
      for (const [i, w] of m.ofPlan.entries()) close(row(m.name, "% of plan")[P + i], w, `${m.name} % ${i}`);
      expect(row(m.name, a)[TRENDS_COL.trend], `${m.name} trend`).toBe(m.trend);
    }
    expect(rows.find((r) => r[0] === "Moved most since the last period")?.[1]).toBe(
      "Appointment rate: 101% → 44% of plan",
    );
  });

  it("export --update adds Reps and Trends after the Dashboard to a workbook made before them", () => {
    expect(updatedNames.slice(0, 5)).toEqual(["KPI Tree", "Dashboard", "Reps", "Trends", "Targets"]);
    const wb = books.get("old") as ExcelJS.Workbook;
    expect(errorCells(wb)).toEqual([]);
    const reps = rowsOf(wb, "Reps");
    expect(reps.filter((r) => r[REPS_COL.kpi] === "KGI: Revenue").map((r) => r[0])).toEqual([
      "Sato",
      "Ito*",
      "Ito",
    ]);
  });
});
