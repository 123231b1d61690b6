// Exported workbooks recalculated by LibreOffice (BRIEF §4): every template in both languages, plus
// a plan of formula-looking names, converted in ONE soffice run. No cell may show an error, the named
// ranges must hold the domain's numbers, and typed text must come back unchanged.
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { planFunnel } from "../../src/domain/funnel";
import type { Locale } from "../../src/domain/i18n";
import type { Plan } from "../../src/domain/plan";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";
import { samplePlan } from "../fixtures/plans";
import { errorCells, namedValue, readWorkbook, recalculate, shown } from "../support/libreoffice";
import { runMain, tempDir, trickyPlan, typeIntoActuals, writePlan } from "./helpers";

const FAR_ROWS = 37;

interface Case {
  label: string;
  plan: Plan;
  file: string;
  recalculated: string;
}

const cases: Case[] = [];
const workbooks = new Map<string, ExcelJS.Workbook>();
let seconds = 0;

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-in-");
  const plans: [string, Plan][] = templateIds.flatMap((id) =>
    (["ja", "en"] as Locale[]).map((locale): [string, Plan] => [`${id}-${locale}`, templatePlan(id, locale)]),
  );
  plans.push(["tricky-names", trickyPlan(templatePlan("new_business", "en"))]);
  for (const [label, plan] of plans) {
    const planPath = await writePlan(dir, plan, `${label}.json`);
    const file = join(dir, `${label}.xlsx`);
    const r = await runMain(["export", planPath, "--out", file]);
    if (r.code !== 0) throw new Error(`export ${label} failed (${r.code}): ${r.stderr}`);
    cases.push({ label, plan, file, recalculated: "" });
  }
  // A workbook regenerated with --update after a user typed actuals and added a sheet of their own.
  const sample = samplePlan();
  const planPath = await writePlan(dir, sample, "updated.json");
  const file = join(dir, "updated.xlsx");
  expect((await runMain(["export", planPath, "--out", file])).code).toBe(0);
  await typeIntoActuals(
    file,
    [
      {
        Date: new Date(Date.UTC(2026, 3, 6)),
        Rep: "Sato",
        Calls: 40,
        Appointments: 5,
        Meetings: 2,
        Notes: "=1+1",
      },
      {
        Date: new Date(Date.UTC(2026, 3, 7)),
        Rep: "Suzuki",
        Calls: 30,
        Deals: 1,
        "Annual revenue (JPY)": 900_000,
      },
    ],
    (wb) => {
      const memo = wb.addWorksheet("Memo");
      memo.getCell("A1").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
      memo.getCell("B1").value = "=SUM(A1)";
    },
  );
  const next = structuredClone(sample);
  next.streams[0]!.stages[1]!.name = "Appts";
  next.streams[0]!.stages[1]!.rate = 0.125;
  next.streams[0]!.stages.splice(2, 1);
  await writePlan(dir, next, "updated.json");
  const updated = await runMain(["export", planPath, "--out", file, "--update"]);
  if (updated.code !== 0) throw new Error(`export --update failed: ${updated.stderr}`);
  cases.push({ label: "updated", plan: next, file, recalculated: "" });

  // An open log: two typed rows, then rows typed 2,000 rows below the last of them, far past the
  // rows the workbook was written with; every one counts on the Dashboard.
  const openPath = await writePlan(dir, sample, "open.json");
  const open = join(dir, "open.xlsx");
  expect((await runMain(["export", openPath, "--out", open])).code).toBe(0);
  const owb = await readWorkbook(open);
  const log = owb.getWorksheet("Actuals")!;
  const typed = [2, 3, ...Array.from({ length: FAR_ROWS }, (_, i) => 3 + 2_000 + i)];
  for (const r of typed) {
    log.getCell(r, 1).value = new Date(Date.UTC(2026, 3, 6));
    log.getCell(r, 2).value = "Sato";
    log.getCell(r, 3).value = 1;
    log.getCell(r, 7).value = 1_000;
  }
  await owb.xlsx.writeFile(open);
  cases.push({ label: "open", plan: sample, file: open, recalculated: "" });

  const started = Date.now();
  const out = await recalculate(cases.map((c) => c.file));
  seconds = (Date.now() - started) / 1000;
  cases.forEach((c, i) => {
    c.recalculated = out[i] as string;
  });
  for (const c of cases) workbooks.set(c.label, await readWorkbook(c.recalculated));
}, 300_000);

describe("exported workbooks recalculated by LibreOffice", () => {
  it("converts every workbook in one soffice run", () => {
    expect(cases).toHaveLength(templateIds.length * 2 + 3);
    expect(seconds).toBeGreaterThan(0);
  });

  it.each(templateIds.flatMap((id) => [`${id}-ja`, `${id}-en`]).concat("tricky-names", "updated"))(
    "%s: no error cells, named ranges hold the domain's numbers",
    (label) => {
      const c = cases.find((x) => x.label === label)!;
      const wb = workbooks.get(label)!;
      const spec = buildWorkbook(c.plan);
      const extra = label === "updated" ? ["Memo"] : [];
      expect(wb.worksheets.map((w) => w.name)).toEqual([...spec.sheets.map((s) => s.name), ...extra]);
      expect(errorCells(wb)).toEqual([]);
      expect(namedValue(wb, "KGI_TARGET")).toBe(c.plan.kgi.target);
      for (const stream of planFunnel(c.plan)) {
        for (const stage of stream.stages) {
          expect(namedValue(wb, `REQ_${stream.id}_${stage.id}`), `${stream.id}.${stage.id}`).toBe(
            stage.required,
          );
        }
      }
      // Formulas were computed by LibreOffice, not left empty: working days of a year are ~240.
      expect(namedValue(wb, "WORKDAYS_TOTAL")).toBeGreaterThan(200);
    },
  );

  it("computes a workbook regenerated with --update: the user's sheet and the typed actuals feed it", () => {
    const wb = workbooks.get("updated")!;
    const memo = wb.getWorksheet("Memo")!;
    expect(shown(memo.getCell("A1"))).toBe(2);
    expect(memo.getCell("B1").value).toBe("=SUM(A1)");
    const actuals = wb.getWorksheet("Actuals")!;
    expect(actuals.getRow(1).values).toEqual([
      undefined,
      "Date",
      "Rep",
      "Calls",
      "Appts",
      "[archived] Meetings",
      "Deals",
      "Annual revenue (JPY)",
      "Notes",
    ]);
    expect(actuals.getCell("E2").value).toBe(2);
    expect(actuals.getCell("H2").value).toBe("=1+1");
    // The new funnel: 120 deals ÷ 0.125 (appointments now convert straight to deals).
    expect(namedValue(wb, "REQ_new_biz_appointments")).toBe(960);
  });

  it("counts rows typed 2,000 rows below the last typed row, with no error cells", () => {
    const wb = workbooks.get("open")!;
    expect(errorCells(wb)).toEqual([]);
    // By hand: 2 rows near the top and 37 far below, one call each, all Sato's.
    expect(namedValue(wb, "KPI_ACTUAL_calls")).toBe(2 + FAR_ROWS);
    expect(namedValue(wb, "KGI_ACTUAL")).toBe((2 + FAR_ROWS) * 1_000);
    const spec = buildWorkbook(samplePlan());
    const dashboard = wb.getWorksheet(spec.sheets.find((x) => x.key === "dashboard")!.name)!;
    const repRows: [unknown, unknown][] = [];
    dashboard.eachRow((row) => {
      repRows.push([shown(row.getCell(1)), shown(row.getCell(4))]);
    });
    // Sato's row in the rep ranking holds every row's KGI; Suzuki's none.
    expect(repRows).toContainEqual(["Sato", (2 + FAR_ROWS) * 1_000]);
    expect(repRows).toContainEqual(["Suzuki", 0]);
  });

  it("keeps typed text as text: formula-looking names are unchanged after recalculation", () => {
    const c = cases.find((x) => x.label === "tricky-names")!;
    const wb = workbooks.get("tricky-names")!;
    const spec = buildWorkbook(c.plan);
    let checked = 0;
    for (const sheet of spec.sheets) {
      const ws = wb.getWorksheet(sheet.name)!;
      sheet.cells.forEach((row, r) => {
        row.forEach((cell, col) => {
          if (!cell || typeof cell.value !== "string" || cell.value === "" || cell.format === "date") return;
          const x = ws.getCell(r + 1, col + 1);
          expect(x.formula, `${sheet.name} R${r + 1}C${col + 1}`).toBeFalsy();
          expect(shown(x), `${sheet.name} R${r + 1}C${col + 1}`).toBe(cell.value);
          checked++;
        });
      });
    }
    expect(checked).toBeGreaterThan(50);
  });
});
