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
  const [churn, mrr] = [header.indexOf("Churn rate"), header.indexOf("New MRR")];
  const log: [number, string, number | null, number][] = [
    [6, "Alex", 1, 5000],
    [7, "Sam", 4, 3000],
    [8, "Sam", null, 1000],
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
  // Churn: (1 + 4) ÷ 2 = 2.5 against 2, lower is better: 1 + (2 − 2.5) ÷ 2 = 75%, 0.5 over.
  expect(rowOf("Churn rate")).toEqual([
    "Churn rate",
    "Outcome",
    2,
    2,
    2.5,
    0.75,
    null,
    null,
    0.5,
    null,
    "✖ Behind",
  ]);
  // New MRR: 9,000 of 100,000 for the year; pace and forecast over the working days of April.
  const m = rowOf("New MRR");
  expect(m.slice(0, 3)).toEqual(["New MRR", "Outcome", 100_000]);
  expect(m[4]).toBe(9000);
  expect(m[5]).toBeCloseTo(0.09, 12);
  expect(m[8]).toBe(91_000);
  expect(typeof m[6]).toBe("number");
  expect(typeof m[9]).toBe("number");
  // No LTV entered yet: blank, not 0 and not an error.
  expect(
    rowOf("LTV (customer lifetime value)")
      .slice(4)
      .every((v) => v === null || v === undefined || v === ""),
  ).toBe(true);
}, 300_000);
