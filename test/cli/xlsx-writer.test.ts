// The xlsx writer translates a WorkbookSpec and decides nothing: values, text, dates, formats,
// styles, sizes, validation, colour rules, names and the hidden sheet, read back through a file.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { cellValue, specToWorkbook, writeWorkbookFile, xlsxFormula } from "../../src/cli/xlsx-writer";
import { templatePlan } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";
import type { SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { definedNames, readXlsx, runMain, TRICKY, tempDir, trickyPlan, writePlan } from "./helpers";

function sheet(partial: Partial<SheetSpec>): SheetSpec {
  return {
    key: "tree",
    name: "Sheet",
    cells: [],
    columnWidths: [],
    frozenRows: 0,
    frozenColumns: 0,
    validations: [],
    conditionalFormats: [],
    charts: [],
    protections: [],
    hidden: false,
    ...partial,
  };
}

/** A spec of just these sheets (the rest of a real spec's fields, whatever they are, kept). */
function specOf(sheets: SheetSpec[]): WorkbookSpec {
  return { ...buildWorkbook(templatePlan("saas", "en")), sheets, namedRanges: [] };
}

async function roundTrip(spec: WorkbookSpec): Promise<ExcelJS.Workbook> {
  const path = join(await tempDir(), "spec.xlsx");
  await writeWorkbookFile(specToWorkbook(spec), path);
  return readXlsx(path);
}

describe("xlsx writer", () => {
  it("writes text as text, never as a formula", async () => {
    const texts = [...TRICKY, "'quoted", "=", "2026-13-45", "<script>x</script>"];
    const wb = await roundTrip(
      specOf([sheet({ cells: texts.map((value) => [{ value }, { value, format: "text" }]) })]),
    );
    const ws = wb.getWorksheet("Sheet")!;
    texts.forEach((t, r) => {
      for (const col of [1, 2]) {
        const cell = ws.getCell(r + 1, col);
        expect(cell.type, t).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(t);
        expect(cell.formula).toBeFalsy();
      }
    });
  });

  it("writes formulas without '=', dates as dates and numbers with their formats", async () => {
    const wb = await roundTrip(
      specOf([
        sheet({
          cells: [
            [
              { value: 1234.5, format: "integer" },
              { value: 2.5, format: "decimal" },
              { value: 0.25, format: "percent" },
            ],
            [
              { value: 9e6, format: "currency" },
              { value: "2026-04-01", format: "date" },
              { value: "x", format: "text" },
            ],
            [
              { formula: "SUM(A1:C1)", format: "decimal" },
              { value: "2026-02-30", format: "date" },
              { value: true },
            ],
          ],
        }),
      ]),
    );
    const ws = wb.getWorksheet("Sheet")!;
    expect(["A1", "B1", "C1", "A2", "B2", "C2"].map((a) => ws.getCell(a).numFmt)).toEqual([
      "#,##0",
      "#,##0.00",
      "0.0%",
      "#,##0",
      "yyyy-mm-dd",
      "@",
    ]);
    expect(ws.getCell("B2").value).toEqual(new Date(Date.UTC(2026, 3, 1)));
    expect(ws.getCell("A3").formula).toBe("SUM(A1:C1)");
    expect(ws.getCell("B3").value).toBe("2026-02-30"); // not a real date: kept as typed
    expect(ws.getCell("C3").value).toBe(true);
  });

  it("spells NETWORKDAYS.INTL for both Excel (_xlfn.) and LibreOffice, leaving string literals alone", () => {
    expect(xlsxFormula('IF(A1>0,NETWORKDAYS.INTL(A1,MIN(B1,C1),"0000011",H),"NETWORKDAYS.INTL(")')).toBe(
      'IF(A1>0,IFERROR(_xlfn.NETWORKDAYS.INTL(A1,MIN(B1,C1),"0000011",H),NETWORKDAYS.INTL(A1,MIN(B1,C1),"0000011",H)),"NETWORKDAYS.INTL(")',
    );
    expect(xlsxFormula('SUMIFS(ACT_KGI,ACT_DATE,">="&PERIOD_START)')).toBe(
      'SUMIFS(ACT_KGI,ACT_DATE,">="&PERIOD_START)',
    );
    expect(cellValue({ value: "=SUM(A1)" })).toBe("=SUM(A1)");
    expect(cellValue({ formula: "A1+1" })).toEqual({ formula: "A1+1" });
  });

  it("lays down styles, widths, frozen panes, validation, colour rules, names and the hidden data sheet", async () => {
    const plan = templatePlan("saas", "ja");
    const spec = buildWorkbook(plan);
    const wb = await roundTrip(spec);
    expect(wb.worksheets.map((w) => w.name)).toEqual(spec.sheets.map((s) => s.name));
    for (const s of spec.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      expect(ws.state, s.name).toBe(s.hidden ? "hidden" : "visible");
      s.columnWidths.forEach((px, i) => {
        expect(ws.getColumn(i + 1).width).toBeCloseTo(px / 7, 1);
      });
      const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
      if (s.frozenRows || s.frozenColumns) {
        expect(view).toMatchObject({ state: "frozen", xSplit: s.frozenColumns, ySplit: s.frozenRows });
      }
    }
    const assumptions = spec.sheets.find((s) => s.key === "assumptions")!;
    const ws = wb.getWorksheet(assumptions.name)!;
    // The title, then an input: bold and larger; light blue with a blue font.
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    const input = ws.getCell("B6");
    expect(input.value).toBe(plan.kgi.target);
    expect(input.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(input.font?.color?.argb).toBe("FF1155CC");

    // Validation on the Actuals: warnings with the help text, never a rejection.
    const actualsSpec = spec.sheets.find((s) => s.key === "actuals")!;
    const actuals = wb.getWorksheet(actualsSpec.name)!;
    const dv = (actuals as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    expect(dv.A2).toMatchObject({
      type: "date",
      operator: "between",
      showErrorMessage: true,
      errorStyle: "warning",
      error: "期間内の日付を入力してください",
    });
    expect((dv.A2!.formulae as Date[]).map((d) => d.toISOString().slice(0, 10))).toEqual([
      plan.period.start,
      plan.period.end,
    ]);
    expect(dv.B2).toMatchObject({ type: "list", formulae: ["TEAM_NAMES"], errorStyle: "warning" });
    expect(dv.C2).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formulae: [0] });
    expect(dv.A2001).toBeDefined();

    // Colour rules on the Dashboard's status column.
    const dashSpec = spec.sheets.find((s) => s.key === "dashboard")!;
    const cf = (
      wb.getWorksheet(dashSpec.name) as unknown as {
        conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
      }
    ).conditionalFormattings;
    expect(cf).toHaveLength(dashSpec.conditionalFormats.length);
    const rules = cf[0]!.rules as {
      type: string;
      formulae: string[];
      style: { fill: { bgColor: { argb: string } } };
    }[];
    expect(rules.map((r) => [r.type, r.formulae[0], r.style.fill.bgColor.argb])).toEqual(
      dashSpec.conditionalFormats[0]!.rules.map((r) => [
        "expression",
        r.formula,
        { good: "FFC8E6C9", warn: "FFFFE0B2", bad: "FFFFCDD2" }[r.fill],
      ]),
    );

    // Named ranges over Japanese sheet names, quoted.
    const names = definedNames(wb);
    expect(names.get("KGI_TARGET")).toEqual([`'${assumptions.name}'!$B$6`]);
    expect(names.size).toBe(spec.namedRanges.length);
  });

  it("gives each log column its number format as a column style, so a row typed later takes it", async () => {
    const plan = templatePlan("saas", "en");
    const spec = buildWorkbook(plan);
    const wb = await roundTrip(spec);
    const actualsSpec = spec.sheets.find((s) => s.key === "actuals")!;
    const actuals = wb.getWorksheet(actualsSpec.name)!;
    const header = actualsSpec.cells[0]!.map((c) => String(c?.value ?? ""));
    const col = (h: string) => header.indexOf(h) + 1;
    const kgi = header.findIndex((h) => h.startsWith(plan.kgi.name)) + 1;
    expect(kgi).toBeGreaterThan(2);
    // Read back from the file: the columns' own styles, independent of any written cell.
    expect(actuals.getColumn(col("Date")).numFmt).toBe("yyyy-mm-dd");
    expect(actuals.getColumn(kgi).numFmt).toBe("#,##0");
    expect(actuals.getColumn(col("Rep")).numFmt).toBeUndefined();
    // A cell typed 3,000 rows down, far below every written row, takes its column's format.
    const typed = actuals.getCell(3_000, kgi);
    typed.value = 500_000;
    expect(typed.numFmt).toBe("#,##0");
    // The header stays text.
    expect(actuals.getCell(1, kgi).value).toBe(header[kgi - 1]);
  });

  it("exports a plan of formula-looking names as text, every cell equal to the plan's text", async () => {
    const dir = await tempDir();
    const plan = trickyPlan(templatePlan("saas", "en"));
    const out = join(dir, "tricky.xlsx");
    const r = await runMain(["export", await writePlan(dir, plan), "--out", out]);
    expect(r.code, r.stderr).toBe(0);
    const wb = await readXlsx(out);
    const spec = buildWorkbook(plan);
    const typed = new Set([plan.title, plan.kgi.name, ...plan.team.map((m) => m.name)]);
    const seen = new Set<string>();
    let checked = 0;
    for (const s of spec.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      s.cells.forEach((row, ri) => {
        row.forEach((c, ci) => {
          if (!c || typeof c.value !== "string" || c.format === "date") return;
          const cell = ws.getCell(ri + 1, ci + 1);
          expect(cell.type, `${s.name} R${ri + 1}C${ci + 1}`).toBe(ExcelJS.ValueType.String);
          expect(cell.value).toBe(c.value);
          if (typed.has(c.value)) seen.add(c.value);
          checked++;
        });
      });
      // No formula anywhere carries typed text.
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type !== ExcelJS.ValueType.Formula) return;
          for (const t of ["HYPERLINK", "SUM(A1)", "+81", "<b>", "@"]) expect(cell.formula).not.toContain(t);
        }),
      );
    }
    expect(checked).toBeGreaterThan(50);
    expect(seen).toEqual(typed);
  });
});
