// The Dashboard's checks of what it cannot count, computed by LibreOffice from an exported xlsx: the
// same mixed block as the Sheets fakes' test, the same counts and first places, worked out by hand in
// test/fixtures/mixed-log.ts. The first place is an array computation: Sheets' ARRAYFORMULA is
// written as SUMPRODUCT in the xlsx, and this is where that is proven.
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { isoToDate } from "../../src/cli/xlsx-writer";
import { buildWorkbook } from "../../src/workbook/build";
import { EXPECTED_CHECKS, MIXED } from "../fixtures/mixed-log";
import { samplePlan } from "../fixtures/plans";
import { errorCells, namedValue, readWorkbook, recalculate, shown } from "../support/libreoffice";
import { runMain, tempDir, writePlan } from "./helpers";

let wb: ExcelJS.Workbook;

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-checks-");
  const planPath = await writePlan(dir, samplePlan());
  const file = join(dir, "checks.xlsx");
  expect((await runMain(["export", planPath, "--out", file])).code).toBe(0);
  const typed = await readWorkbook(file);
  const log = typed.getWorksheet("Actuals")!;
  for (const [r, row] of MIXED.entries()) {
    for (const [c, v] of row.entries()) {
      // What a person types: ISO dates become dates, everything else stays as typed.
      const date = typeof v === "string" && c === 0 ? isoToDate(v) : null;
      log.getCell(r + 2, c + 1).value = date ?? (v as ExcelJS.CellValue);
    }
  }
  await typed.xlsx.writeFile(file);
  const [out] = await recalculate([file]);
  wb = await readWorkbook(out as string);
}, 300_000);

describe("the Dashboard's checks, in LibreOffice", () => {
  it("counts and places every entry it cannot count, and leaves them out of the totals", () => {
    expect(errorCells(wb)).toEqual([]);
    const spec = buildWorkbook(samplePlan());
    const dashboard = wb.getWorksheet(spec.sheets.find((s) => s.key === "dashboard")!.name)!;
    const rows: unknown[][] = [];
    dashboard.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = [1, 2, 3].map((c) => shown(row.getCell(c)));
    });
    const title = rows.findIndex((r) => r?.[0] === "Entries not counted (Actuals)");
    expect(title).toBeGreaterThan(0);
    const table = rows
      .slice(title + 2, title + 2 + EXPECTED_CHECKS.length)
      .map((r) => (r ?? []).map((v) => (v === null || v === undefined ? "" : v)));
    expect(table).toEqual(EXPECTED_CHECKS);
    expect(rows.flat()).toContain("Entries not counted: 8 (see Entries not counted, below)");
    expect(namedValue(wb, "KPI_ACTUAL_calls")).toBe(52);
    expect(namedValue(wb, "KGI_ACTUAL")).toBe(1_000_000);
  });
});
