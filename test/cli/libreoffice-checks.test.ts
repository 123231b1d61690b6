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
  // The colour rules of Actuals, each evaluated as a plain formula on every typed row (LibreOffice
  // does not export what a colour rule decided): "Flags"!X{r} is the rule of column X on row r.
  const rules = buildWorkbook(samplePlan()).sheets.find((x) => x.key === "actuals")!.conditionalFormats;
  const flags = typed.addWorksheet("Flags");
  for (const cf of rules) {
    const col = cf.rect.col;
    for (let r = 2; r <= MIXED.length + 1; r++) {
      const f = (cf.rules[0]?.formula ?? "").replace(/\b([A-Z])2\b/g, `Actuals!$1${r}`);
      flags.getCell(r, col + 1).value = { formula: `IF(${f},1,0)` } as ExcelJS.CellFormulaValue;
    }
  }
  await typed.xlsx.writeFile(file);
  const [out] = await recalculate([file]);
  wb = await readWorkbook(out as string);
}, 300_000);

describe("the Dashboard's checks, in LibreOffice", () => {
  it("highlights exactly the entries it does not count (the colour rules, evaluated)", () => {
    const flags = wb.getWorksheet("Flags")!;
    const lit: string[] = [];
    flags.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        if (shown(cell) === 1) lit.push(`${String.fromCharCode(64 + c)}${r}`);
      }),
    );
    // By hand (test/fixtures/mixed-log.ts): the 8 entries of the checks table.
    expect(lit.sort()).toEqual(["A4", "A7", "B5", "B8", "C3", "C6", "D3", "G6"]);
  });

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
