// Every template as a user makes it (`kpi-designer template ID --locale ja`, then `export`),
// recalculated by LibreOffice — the engine that shares none of our code, ROUNDUP included — in ONE
// soffice run, and its Targets sheet compared with the numbers worked out by hand
// (test/fixtures/template-literals/): funnel, per rep, per rep per working day, per month, lead time.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { type Plan, parsePlan } from "../../src/domain/plan";
import { templateIds } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";
import type { WorkbookSpec } from "../../src/workbook/spec";
import {
  CUMULATIVE_DAYS,
  TEMPLATE_LITERALS,
  WORKING_DAYS,
  WORKING_DAYS_TOTAL,
} from "../fixtures/template-literals";
import { errorCells, namedValue, readWorkbook, recalculate, shown } from "../support/libreoffice";
import { literalPart, readTargets, targetsSheet } from "../support/targets-literal";
import { runMain, tempDir } from "./helpers";

interface Exported {
  spec: WorkbookSpec;
  plan: Plan;
  book: ExcelJS.Workbook;
}

const exported = new Map<string, Exported>();

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-literals-");
  const files: string[] = [];
  const made: [string, Omit<Exported, "book">][] = [];
  for (const { id } of TEMPLATE_LITERALS) {
    const printed = await runMain(["template", id, "--locale", "ja"]);
    if (printed.code !== 0) throw new Error(`template ${id} failed: ${printed.stderr}`);
    const planPath = join(dir, `${id}.json`);
    await writeFile(planPath, printed.stdout);
    const file = join(dir, `${id}.xlsx`);
    const r = await runMain(["export", planPath, "--out", file]);
    if (r.code !== 0) throw new Error(`export ${id} failed: ${r.stderr}`);
    // The plan as the file holds it, for where the cells are (the numbers come from LibreOffice).
    const parsed = parsePlan(JSON.parse(printed.stdout));
    if (!parsed.ok) throw new Error(`template ${id} printed an invalid plan`);
    files.push(file);
    made.push([id, { plan: parsed.plan, spec: buildWorkbook(parsed.plan) }]);
  }
  const out = await recalculate(files);
  for (const [i, [id, x]] of made.entries()) {
    exported.set(id, { ...x, book: await readWorkbook(out[i] as string) });
  }
}, 300_000);

describe("template literals in LibreOffice", () => {
  it("every built-in template is exported and recalculated in one soffice run", () => {
    expect([...exported.keys()]).toEqual([...templateIds]);
  });

  it.each(TEMPLATE_LITERALS.map((t) => [t.id, t] as const))(
    "%s (ja): Targets equal the hand table",
    (id, want) => {
      const x = exported.get(id);
      if (!x) throw new Error(`${id} was not exported`);
      const sheet = targetsSheet(x.spec);
      const ws = x.book.getWorksheet(sheet.name);
      if (!ws) throw new Error(`no sheet ${sheet.name} in ${id}`);
      expect(
        errorCells(x.book).filter((e) => e.startsWith(`${sheet.name}!`)),
        "error cells on Targets",
      ).toEqual([]);
      const got = readTargets(
        id,
        x.spec,
        x.plan,
        (row, col) => shown(ws.getCell(row + 1, col + 1)),
        (name) => namedValue(x.book, name),
      );
      expect(got.workdaysTotal, "working days in FY2026, Japanese holidays").toBe(WORKING_DAYS_TOTAL);
      expect(got.workingDays, "working days per month").toEqual(WORKING_DAYS);
      expect(got.cumulativeDays, "cumulative working days").toEqual(CUMULATIVE_DAYS);
      expect(literalPart(got)).toEqual(want);
    },
  );
});
