// Lead time recalculated by LibreOffice, the engine that shares none of our code: the hand-worked
// plan of test/domain/lead-time.test.ts (as-of pinned to 2026-04-30) and the new-business template
// (60 days, Japanese holidays) exported to xlsx show no error cell, and every stage's per-period
// targets plus its pipeline needed at the start add up to its required total.
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { addSpec, newWorkbook } from "../../src/cli/xlsx-writer";
import type { Plan } from "../../src/domain/plan";
import { planTargets } from "../../src/domain/targets";
import { templatePlan } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";
import { COL } from "../../src/workbook/kpi-row";
import { L } from "../../src/workbook/labels";
import { N } from "../../src/workbook/names";
import type { CellSpec, WorkbookSpec } from "../../src/workbook/spec";
import { stageColumns } from "../../src/workbook/targets-sheet";
import { leadPlan } from "../fixtures/lead-time";
import { errorCells, namedValue, readWorkbook, recalculate, shown } from "../support/libreoffice";
import { runMain, tempDir, writePlan } from "./helpers";

const AS_OF = "2026-04-30";
const books = new Map<string, ExcelJS.Workbook>();
const nb = templatePlan("new_business", "ja");

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-lead-");
  // The hand-worked plan, as-of typed into the Dashboard.
  const spec = buildWorkbook(leadPlan());
  const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  const dashboard = spec.sheets.find((s) => s.key === "dashboard");
  if (!at || !dashboard) throw new Error("no AS_OF");
  (dashboard.cells[at.row] as unknown[])[at.col] = { value: AS_OF, format: "date", style: "input" };
  const wb = newWorkbook();
  addSpec(wb, spec);
  const hand = join(dir, "hand.xlsx");
  await wb.xlsx.writeFile(hand);
  // The template through the command line, as a user exports it.
  const template = join(dir, "new-business.xlsx");
  const r = await runMain(["export", await writePlan(dir, nb), "--out", template]);
  if (r.code !== 0) throw new Error(`export failed: ${r.stderr}`);
  const out = await recalculate([hand, template]);
  books.set("hand", await readWorkbook(out[0] as string));
  books.set("template", await readWorkbook(out[1] as string));
}, 300_000);

const textOf = (c: CellSpec | null | undefined) => (typeof c?.value === "string" ? c.value : undefined);

/** Rows (0-based) of the per-period table on the Targets sheet, found by its section label. */
function periodRows(spec: WorkbookSpec, plan: Plan): number[] {
  const sheet = spec.sheets.find((s) => s.key === "targets");
  const section = sheet?.cells.findIndex((r) => textOf(r[0]) === L.perPeriod[plan.locale]) ?? -1;
  return planTargets(plan).periods.map((_, i) => section + 2 + i);
}

function stageColumn(wb: ExcelJS.Workbook, plan: Plan, j: number): number[] {
  const ws = wb.getWorksheet(plan.locale === "ja" ? "目標" : "Targets");
  if (!ws) throw new Error("no Targets sheet");
  return periodRows(buildWorkbook(plan), plan).map((r) => shown(ws.getCell(r + 1, 4 + j + 1)) as number);
}

describe("lead time in LibreOffice", () => {
  it("no error cell in either workbook", () => {
    expect(errorCells(books.get("hand") as ExcelJS.Workbook)).toEqual([]);
    expect(errorCells(books.get("template") as ExcelJS.Workbook)).toEqual([]);
  });

  it("the hand-worked plan: pipeline at the start, shifted months, the Dashboard's targets to date", () => {
    const wb = books.get("hand") as ExcelJS.Workbook;
    const plan = leadPlan();
    expect(namedValue(wb, N.pipeline("new", "leads"))).toBe(66);
    expect(namedValue(wb, N.pipeline("new", "meetings"))).toBe(17);
    expect(stageColumn(wb, plan, 0)).toEqual([33, 34, 33, 34, 34, 33, 34, 33, 34, 32, 0, 0]);
    expect(stageColumn(wb, plan, 1).slice(0, 2)).toEqual([16, 17]);
    const ws = wb.getWorksheet("Dashboard");
    const rowOf = (name: string) => {
      let found = -1;
      ws?.eachRow((row, r) => {
        if (found < 0 && shown(row.getCell(1)) === name) found = r;
      });
      return found;
    };
    const at = (name: string, col: number) => shown(ws?.getCell(rowOf(name), col + 1) as ExcelJS.Cell);
    expect(at("Leads", COL.target)).toBe(334);
    expect(at("Leads", COL.toDate) as number).toBeCloseTo(32.630137, 5); // 400 × 90 ÷ 365 − 66
    expect(at("Meetings", COL.toDate) as number).toBeCloseTo(15.876712, 5); // 200 × 60 ÷ 365 − 17
  });

  it("every stage: targets per period + pipeline needed at the start = the required total", () => {
    for (const [key, plan] of [
      ["hand", leadPlan()],
      ["template", nb],
    ] as const) {
      const wb = books.get(key) as ExcelJS.Workbook;
      const ahead = new Set(
        plan.streams.flatMap((st) =>
          (st.leadTimeDays ?? 0) > 0 ? st.stages.slice(0, -1).map((g) => g.id) : [],
        ),
      );
      stageColumns(plan).forEach((c, j) => {
        const required = namedValue(wb, N.required(c.streamId, c.stageId)) as number;
        const pipeline = ahead.has(c.stageId)
          ? (namedValue(wb, N.pipeline(c.streamId, c.stageId)) as number)
          : 0;
        const column = stageColumn(wb, plan, j);
        const months = column.reduce((a, b) => a + b, 0);
        // And LibreOffice agrees with the domain, cell by cell.
        const domain = planTargets(plan).stages.find(
          (s) => s.streamId === c.streamId && s.stageId === c.stageId,
        );
        expect(column, `${key} ${c.stageId}`).toEqual(domain?.perPeriod);
        expect(pipeline, `${key} ${c.stageId}`).toBe(domain?.pipelineAtStart);
        expect(pipeline + months, `${key} ${c.stageId}`).toBe(required);
        if (ahead.has(c.stageId)) expect(pipeline, `${key} ${c.stageId}`).toBeGreaterThan(0);
      });
    }
  });
});
