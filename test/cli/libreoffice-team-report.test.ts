// `export --update` keeps the team's own report working (BRIEF §3.5), proven by LibreOffice, the
// engine that shares none of our code: a sheet of theirs that reads our sheets through the
// published handles, a SUMIFS over Actuals columns, a named range and INDEX/MATCH still recalculates
// without an error cell after an update that renames a stage, removes one, adds a KPI and a rep,
// and each figure still means the same. (FILTER is left out: LibreOffice 7.4 has none.)
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { revisedPlan, samplePlan } from "../fixtures/plans";
import { errorCells, readWorkbook, recalculate, shown } from "../support/libreoffice";
import { runMain, tempDir, typeIntoActuals, writePlan } from "./helpers";

const REPORT = [
  "KPI_ACTUAL_calls",
  "KPI_ACHIEVEMENT_calls",
  'SUMIFS(Actuals!C2:C2001,Actuals!B2:B2001,"Sato")',
  "SUM(ACT_new_biz_calls)",
  "SUM(ACT_new_biz_meetings)",
  "KGI_TARGET",
  "KPI_ACTUAL_deals",
  'INDEX(Actuals!A2:H2001,MATCH("Suzuki",Actuals!B2:B2001,0),3)',
  "KGI_ACTUAL",
];

/** By hand: 40 + 35 calls; 9,600 calls for 120 deals; Sato's 40; 2 + 1 meetings; 1 deal; ¥1M. */
const EXPECTED = [75, 75 / 9600, 40, 75, 3, 120_000_000, 1, 35, 1_000_000];

let updated: ExcelJS.Workbook;
let before: ExcelJS.Workbook;

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-report-");
  const planPath = await writePlan(dir, samplePlan());
  const first = join(dir, "first.xlsx");
  const file = join(dir, "team.xlsx");
  expect((await runMain(["export", planPath, "--out", file])).code).toBe(0);
  await typeIntoActuals(
    file,
    [
      {
        Date: new Date(Date.UTC(2026, 3, 1)),
        Rep: "Sato",
        Calls: 40,
        Appointments: 4,
        Meetings: 2,
        Deals: 1,
        "Annual revenue (JPY)": 1_000_000,
      },
      {
        Date: new Date(Date.UTC(2026, 3, 2)),
        Rep: "Suzuki",
        Calls: 35,
        Appointments: 3,
        Meetings: 1,
        Deals: 0,
      },
    ],
    (wb) => {
      const report = wb.addWorksheet("Team report");
      REPORT.forEach((formula, i) => {
        report.getCell(i + 1, 1).value = { formula } as ExcelJS.CellFormulaValue;
      });
      wb.getWorksheet("Review Log")!.addRow([
        "2026-04-30",
        "Calls",
        10,
        75,
        0.5,
        "",
        "focus on appointments",
      ]);
    },
  );
  await copyFile(file, first);
  await writePlan(dir, revisedPlan());
  const r = await runMain(["export", planPath, "--out", file, "--update"]);
  expect(r.code, r.stderr).toBe(0);
  const [a, b] = await recalculate([first, file]);
  before = await readWorkbook(a as string);
  updated = await readWorkbook(b as string);
}, 300_000);

const column = (wb: ExcelJS.Workbook) =>
  REPORT.map((_, i) => shown(wb.getWorksheet("Team report")!.getCell(i + 1, 1)));

describe("export --update keeps the team's own report, recalculated by LibreOffice", () => {
  it("computes the report before the update: the figures by hand", () => {
    expect(column(before)).toEqual(EXPECTED);
  });

  it("after the update: no error cell anywhere, and every figure still means the same", () => {
    expect(errorCells(updated)).toEqual([]);
    const got = column(updated);
    expect(got).toHaveLength(EXPECTED.length);
    got.forEach((v, i) => {
      expect(v, REPORT[i]).toBeCloseTo(EXPECTED[i] as number, 9);
    });
    const formulas = REPORT.map((_, i) => updated.getWorksheet("Team report")!.getCell(i + 1, 1).formula);
    expect(formulas).toEqual(REPORT);
  });

  it("keeps the recorded review and gives the added KPI its handles", () => {
    const review = updated.getWorksheet("Review Log")!;
    expect(review.getCell("G2").value).toBe("focus on appointments");
    const names = updated.definedNames as unknown as { model: { name: string }[] };
    const list = names.model.map((n) => n.name);
    expect(list).toEqual(expect.arrayContaining(["KPI_ACTUAL_nps", "KPI_ACHIEVEMENT_nps", "ACT_KPI_nps"]));
  });
});
