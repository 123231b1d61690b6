// Measured actions survive `export --update` and compute in LibreOffice, the engine that shares none
// of our code: the Review Log is rebuilt from its values, so each action row's before / after / change
// formulas are rendered again from its metric key and date; LibreOffice 7.4 then computes them
// (EDATE, NETWORKDAYS.INTL over WEEKEND_MASK and HOLIDAYS, SUMIFS, COUNTIFS) equal to the hand
// calculation below, with no error cell.
//
// The sample plan (en: no holidays; Mon–Fri), monthly from 2026-04-01. April: 220 calls, 11
// appointments (5%); 1–15 May: 240 calls, 24 appointments (10%). Actions dated 30 April; as of
// 15 May. April has 22 working days, 1–15 May 11.
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { samplePlan } from "../fixtures/plans";
import { errorCells, readWorkbook, recalculate, shown } from "../support/libreoffice";
import { definedNames, readXlsx, runMain, tempDir, typeIntoActuals, writePlan } from "./helpers";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (iso: string, rep: string, calls: number, appts: number) => ({
  Date: day(iso),
  Rep: rep,
  Calls: calls,
  Appointments: appts,
});

/** An action row as the Review Log holds it after a review: the effect columns hold stale values. */
const action = (text: string, name: string, key: string): ExcelJS.CellValue[] => [
  day("2026-04-30"),
  name,
  null,
  null,
  null,
  "Calls",
  text,
  "Sato",
  999,
  999,
  999,
  key,
];

/** Sets the Dashboard's as-of date (its =TODAY() otherwise) of a file. */
async function pinAsOf(path: string, iso: string): Promise<void> {
  const wb = await readXlsx(path);
  const [where] = definedNames(wb).get("AS_OF") ?? [];
  const m = /^'?(.*?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(where ?? "");
  if (!m) throw new Error(`AS_OF: ${where}`);
  const ws = wb.getWorksheet(m[1] as string);
  if (!ws) throw new Error(`AS_OF: no sheet ${m[1]}`);
  ws.getCell(`${m[2]}${m[3]}`).value = day(iso);
  await wb.xlsx.writeFile(path);
}

let log: ExcelJS.Worksheet;
let errors: string[];

beforeAll(async () => {
  const dir = await tempDir("kpi-lo-actions-");
  const planPath = await writePlan(dir, samplePlan());
  const file = join(dir, "team.xlsx");
  expect((await runMain(["export", planPath, "--out", file])).code).toBe(0);
  await typeIntoActuals(
    file,
    [
      entry("2026-04-10", "Sato", 100, 5),
      entry("2026-04-20", "Suzuki", 100, 5),
      entry("2026-04-30", "Sato", 20, 1),
      entry("2026-05-01", "Sato", 40, 4),
      entry("2026-05-15", "Suzuki", 200, 20),
      entry("2026-05-18", "Takahashi", 100, 0),
    ],
    (wb) => {
      const review = wb.getWorksheet("Review Log");
      review?.addRow(action("Rework the call script", "Calls → Appointments rate", "rate:new_biz.calls"));
      review?.addRow(action("=SUM(A1)", "Calls", "stage:new_biz.calls"));
    },
  );
  const r = await runMain(["export", planPath, "--out", file, "--update"]);
  expect(r.code, r.stderr).toBe(0);
  await pinAsOf(file, "2026-05-15");
  const [done] = await recalculate([file]);
  const wb = await readWorkbook(done as string);
  log = wb.getWorksheet("Review Log") as ExcelJS.Worksheet;
  errors = errorCells(wb);
}, 300_000);

describe("actions in the xlsx after export --update, computed by LibreOffice", () => {
  it("has no error cell", () => {
    expect(errors).toEqual([]);
  });

  it("the appointment rate: 11 ÷ 220 = 5% before, 24 ÷ 240 = 10% after (18 May is after as-of), +5 points", () => {
    const [before, after, change] = ["I2", "J2", "K2"].map((a) => shown(log.getCell(a)) as number);
    expect(before).toBeCloseTo(0.05, 12);
    expect(after).toBeCloseTo(0.1, 12);
    expect(change).toBeCloseTo(0.05, 12);
  });

  it("calls per working day: 220 ÷ 22 = 10 before, 240 ÷ 11 after", () => {
    const [before, after, change] = ["I3", "J3", "K3"].map((a) => shown(log.getCell(a)) as number);
    expect(before).toBeCloseTo(10, 12);
    expect(after).toBeCloseTo(240 / 11, 12);
    expect(change).toBeCloseTo(240 / 11 - 10, 12);
  });

  it("keeps the rows' text as text", () => {
    expect(log.getCell("G3").value).toBe("=SUM(A1)");
    expect(log.getCell("L2").value).toBe("rate:new_biz.calls");
  });
});
