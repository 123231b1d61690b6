// Manual KPIs recalculated by LibreOffice from an exported xlsx: a level is the average of the values
// entered (a blank row is not a zero), a total is summed against a target for the whole period.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { expect, it } from "vitest";
import { templatePlan } from "../../src/domain/templates";
import { readWorkbook, recalculate, shown } from "../support/libreoffice";
import { runMain, tempDir, writePlan } from "./helpers";

it("saas (en): churn % averaged, lower is better; New MRR summed with pace and run rate", async () => {
  const dir = await tempDir("kpi-lo-manual-");
  const plan = templatePlan("saas", "en");
  const file = join(dir, "saas.xlsx");
  expect((await runMain(["export", await writePlan(dir, plan, "saas.json"), "--out", file])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const actuals = wb.getWorksheet("Actuals") as ExcelJS.Worksheet;
  const header = actuals.getRow(1).values as unknown[];
  // Each manual KPI's header says its unit; the churn column holds fractions shown as percent.
  const column = (name: string) =>
    header.findIndex((h) => typeof h === "string" && h.startsWith(`${name} (`));
  const [churn, mrr] = [column("Churn rate"), column("New MRR")];
  expect(header[churn]).toBe("Churn rate (%)");
  const log: [number, string, number | null, number][] = [
    [6, "Alex", 0.01, 5000], // 1%, as a percent cell holds it
    [7, "Sam", 0.04, 3000],
    [8, "Sam", null, 1000],
    [9, "Alex", 2.5, 0], // 2.5 meaning 2.5%? ambiguous: flagged and left out
  ];
  log.forEach(([day, rep, c, m], i) => {
    actuals.getCell(i + 2, 1).value = new Date(Date.UTC(2026, 3, day));
    actuals.getCell(i + 2, 2).value = rep;
    if (c !== null) actuals.getCell(i + 2, churn).value = c;
    actuals.getCell(i + 2, mrr).value = m;
  });
  (wb.getWorksheet("Dashboard") as ExcelJS.Worksheet).getCell("B2").value = new Date(Date.UTC(2026, 3, 30));
  await wb.xlsx.writeFile(file);
  const [out] = await recalculate([file]);
  const dash = (await readWorkbook(out as string)).getWorksheet("Dashboard") as ExcelJS.Worksheet;
  const rowOf = (name: string) => {
    let found: unknown[] = [];
    dash.eachRow((r) => {
      if (r.getCell(1).value === name) found = Array.from({ length: 11 }, (_, c) => shown(r.getCell(c + 1)));
    });
    return found;
  };
  // Churn: (1% + 4%) ÷ 2 = 2.5% against 2%, lower is better: 1 + (2 − 2.5) ÷ 2 = 75%, 0.5 points
  // over. The 2.5 typed without % is left out (and flagged), so 2%, 0.02 and "2%" all mean one thing.
  const c = rowOf("Churn rate");
  expect([c[0], c[1], c[6], c[7], c[9], c[10]]).toEqual([
    "Churn rate",
    "Outcome",
    null,
    null,
    null,
    "✖ Behind",
  ]);
  for (const [at, want] of [
    [2, 0.02],
    [3, 0.02],
    [4, 0.025],
    [5, 0.75],
    [8, 0.005],
  ] as const)
    expect(c[at], `column ${at}`).toBeCloseTo(want, 12);
  // New MRR: 9,000 of 100,000 for the year; pace and forecast over the working days of April.
  const m = rowOf("New MRR");
  expect(m.slice(0, 3)).toEqual(["New MRR", "Outcome", 100_000]);
  expect(m[4]).toBe(9000);
  expect(m[5]).toBeCloseTo(0.09, 12);
  expect(m[8]).toBe(91_000);
  // The checks table counts the ambiguous churn entry.
  let flagged: unknown = null;
  dash.eachRow((r) => {
    if (r.getCell(1).value === "Churn rate (%)" || shown(r.getCell(1)) === "Churn rate (%)")
      flagged = [shown(r.getCell(2)), shown(r.getCell(3))];
  });
  expect(flagged).toEqual([1, `Actuals!${String.fromCharCode(65 + churn - 1)}5`]);
  expect(typeof m[6]).toBe("number");
  expect(typeof m[9]).toBe("number");
  // No LTV entered yet: blank, not 0 and not an error.
  expect(
    rowOf("LTV (customer lifetime value)")
      .slice(4)
      .every((v) => v === null || v === undefined || v === ""),
  ).toBe(true);
}, 300_000);
