// A deal list connected as a source (issue 19), in an exported xlsx recalculated by LibreOffice (the
// engine that shares none of our code): each stage and the KGI per month equal the hand tally in
// test/fixtures/deal-list.ts, and the Dashboard, Reps and Trends equal what `status --deals` reads
// from the same rows. The same in HyperFormula: test/workbook/source-deals.test.ts.
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { addSpec, newWorkbook } from "../../src/cli/xlsx-writer";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import type { ConnectedSource } from "../../src/workbook/source";
import type { WorkbookSpec } from "../../src/workbook/spec";
import {
  DEAL_AS_OF,
  DEAL_HEADER,
  DEAL_ROWS,
  DEAL_TALLY,
  PHASE_ONLY_HEADER,
  PHASE_ONLY_ROWS,
} from "../fixtures/deal-list";
import { jaPlan } from "../fixtures/plans";
import { DEAL_SHEET, type DealRow, dealConnection, dealReport, trendsMonths } from "../support/deal-connect";
import { errorCells, readWorkbook, recalculate, shownRows } from "../support/libreoffice";
import { dashboardAgrees, repsAgree, trendsAgree } from "../support/status-compare";
import { tempDir } from "./helpers";

const plan: Plan = jaPlan();

interface Book {
  spec: WorkbookSpec;
  source: ConnectedSource;
  rows: DealRow[];
  wb?: ExcelJS.Workbook;
}

/** The workbook with the deal list as a sheet of the team's own, the as-of date typed in. */
async function exported(
  dir: string,
  name: string,
  header: string[],
  rows: DealRow[],
): Promise<[string, Book]> {
  const source = dealConnection(plan, rows, header);
  const spec = buildWorkbook(plan, { foreignSheetNames: [DEAL_SHEET], source });
  const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  const dashboard = spec.sheets.find((s) => s.key === "dashboard");
  if (!at || !dashboard) throw new Error("no AS_OF");
  (dashboard.cells[at.row] as unknown[])[at.col] = { value: DEAL_AS_OF, format: "date", style: "input" };
  const wb = newWorkbook();
  const list = wb.addWorksheet(DEAL_SHEET);
  list.addRow(header);
  for (const r of rows)
    list.addRow(
      r.map((v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v)),
    );
  addSpec(wb, spec);
  const file = join(dir, `${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return [file, { spec, source, rows }];
}

const books: Book[] = [];

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-deals-");
  const made = [
    await exported(dir, "full", DEAL_HEADER, DEAL_ROWS),
    await exported(dir, "phase-only", PHASE_ONLY_HEADER, PHASE_ONLY_ROWS),
  ];
  const out = await recalculate(made.map(([file]) => file));
  for (const [i, [, book]] of made.entries())
    books.push({ ...book, wb: await readWorkbook(out[i] as string) });
}, 300_000);

function valuesOf(book: Book, key: string): unknown[][] {
  const name = book.spec.sheets.find((s) => s.key === key)?.name as string;
  return shownRows(book.wb as ExcelJS.Workbook, name);
}

describe("a deal list counted by LibreOffice", () => {
  it("every stage and the KGI per month as the hand tally, and the sheets as status --deals, with no error cells", () => {
    const book = books[0] as Book;
    expect(errorCells(book.wb as ExcelJS.Workbook)).toEqual([]);
    const m = trendsMonths(plan, valuesOf(book, "trends"));
    expect([m.calls, m.appointments, m.meetings, m.deals, m.kgi]).toEqual([
      [0, 0, 0],
      DEAL_TALLY.appointments,
      DEAL_TALLY.meetings,
      DEAL_TALLY.deals,
      DEAL_TALLY.kgi,
    ]);
    const r = dealReport(plan, book.rows, book.source, DEAL_AS_OF);
    dashboardAgrees(plan, book.spec, valuesOf(book, "dashboard"), r);
    repsAgree(valuesOf(book, "reps"), r);
    trendsAgree(plan, valuesOf(book, "trends"), r);
  });

  it("a list with only the current phase: lost deals in the first stage only, as status --deals", () => {
    const book = books[1] as Book;
    expect(errorCells(book.wb as ExcelJS.Workbook)).toEqual([]);
    const m = trendsMonths(plan, valuesOf(book, "trends"));
    expect([m.appointments, m.meetings, m.deals, m.kgi]).toEqual([
      [2, 1, 2],
      [1, 1, 0],
      [1, 0, 0],
      [1_200_000, 0, 0],
    ]);
    dashboardAgrees(
      plan,
      book.spec,
      valuesOf(book, "dashboard"),
      dealReport(plan, book.rows, book.source, DEAL_AS_OF),
    );
  });
});
