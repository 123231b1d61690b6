// Every row counts for the right rep in LibreOffice too, the engine that shares none of our code:
// random teams whose names are full of * ? ~ < > = ' " and spaces, random rows (with decoy names on
// no team), exported, typed into the xlsx, recalculated in one soffice run. Each rep's row on the
// Dashboard shows exactly that rep's own actuals, and no cell shows an error.
import { join } from "node:path";
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { samplePlan } from "../fixtures/plans";
import { expectedByRep, logRows, teamNames } from "../fixtures/rep-names";
import { errorCells, readWorkbook, recalculate, shown } from "../support/libreoffice";
import { runMain, tempDir, writePlan } from "./helpers";

interface Case {
  plan: Plan;
  team: string[];
  rows: { rep: string; kgi: number }[];
  file: string;
  wb?: ExcelJS.Workbook;
}

const cases: Case[] = fc
  .sample(
    teamNames.chain((team) => fc.tuple(fc.constant(team), logRows(team))),
    { numRuns: 8, seed: 14 },
  )
  .map(([team, rows]) => {
    const plan = samplePlan();
    plan.team = team.map((name) => ({ name }));
    return { plan, team, rows, file: "" };
  });

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-reps-");
  for (const [i, c] of cases.entries()) {
    const planPath = await writePlan(dir, c.plan, `team-${i}.json`);
    c.file = join(dir, `team-${i}.xlsx`);
    const r = await runMain(["export", planPath, "--out", c.file]);
    if (r.code !== 0) throw new Error(`export ${JSON.stringify(c.team)} failed: ${r.stderr}`);
    const wb = await readWorkbook(c.file);
    const log = wb.getWorksheet("Actuals")!;
    c.rows.forEach((row, n) => {
      log.getCell(n + 2, 1).value = new Date(Date.UTC(2026, 3, 1));
      log.getCell(n + 2, 2).value = row.rep; // a string cell: the exact text
      log.getCell(n + 2, 7).value = row.kgi;
    });
    await wb.xlsx.writeFile(c.file);
  }
  const out = await recalculate(cases.map((c) => c.file));
  for (const [i, c] of cases.entries()) c.wb = await readWorkbook(out[i] as string);
}, 300_000);

describe("each rep's row shows exactly that rep's actuals, in LibreOffice", () => {
  it.each(cases.map((c, i) => [i, JSON.stringify(c.team)] as const))("team %i: %s", (i) => {
    const c = cases[i] as Case;
    const wb = c.wb as ExcelJS.Workbook;
    expect(errorCells(wb)).toEqual([]);
    const spec = buildWorkbook(c.plan);
    const dashboard = wb.getWorksheet(spec.sheets.find((s) => s.key === "dashboard")!.name)!;
    const shownRows: [unknown, unknown][] = [];
    dashboard.eachRow((row) => {
      shownRows.push([shown(row.getCell(1)), shown(row.getCell(4))]);
    });
    for (const [name, want] of expectedByRep(c.team, c.rows)) {
      const got = shownRows.filter(([n]) => n === name).map(([, v]) => v);
      expect(got, JSON.stringify(name)).toContain(want);
    }
  });
});
