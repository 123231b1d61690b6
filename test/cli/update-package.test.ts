// `export --update` on workbooks a team made with other tools (issue 22): openpyxl and LibreOffice
// files (test/fixtures/xlsx, made by make.py) with charts on two sheets, a cell comment, validation,
// a defined name, an image and formulas over our named ranges and sheets. Two updates with the plan
// changed between them, and rows typed into our Actuals in between as an application saves them:
// every part of the team's is byte for byte what it was, the shared styles only grew, the rows are
// kept, a new column lands right of every column, and LibreOffice computes the team's formulas and
// our named ranges without an error.
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { readWorkbook } from "../../src/cli/workbook-file";
import { sheetValues } from "../../src/cli/xlsx-reader";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { errorCells, recalculate } from "../support/libreoffice";
import { partsOf, sheetParts, styleItems, typeRows } from "../support/xlsx-parts";
import { runMain, tempDir, writePlan } from "./helpers";

const FIXTURES = ["openpyxl-ours", "libreoffice-ours", "openpyxl-theirs", "libreoffice-theirs"] as const;
const here = (name: string) => join(import.meta.dirname, "../fixtures/xlsx", name);

/** The second plan: Calls renamed Dials, a Demos stage added between Appointments and Meetings. */
function changed(plan: Plan): Plan {
  const next = structuredClone(plan);
  const stages = (next.streams[0] as Plan["streams"][number]).stages;
  (stages[0] as { name: string }).name = "Dials";
  stages.splice(2, 0, { id: "demos", name: "Demos", rate: 0.9 });
  return next;
}

// 2026-04-01 and 2026-04-02 as the serial numbers a spreadsheet stores.
const TYPED = [
  [46113, "Sato", 40, 4, 2, 1, 1_000_000, "first"],
  [46114, "Suzuki", 30, 3, 1, 0, null, "second"],
];

interface Run {
  fixture: string;
  original: Map<string, Buffer>;
  first: Map<string, Buffer>;
  second: Map<string, Buffer>;
  path: string;
  /** Our sheet names (both plans keep them), and the header of Actuals after the first update. */
  ours: Set<string>;
  headerBefore: string[];
}
const runs: Run[] = [];
const recalculated: ExcelJS.Workbook[] = [];

beforeAll(async () => {
  const dir = await tempDir("kpi-update-package-");
  const plan = JSON.parse(await readFile(here("plan.json"), "utf8")) as Plan;
  const planFile = await writePlan(dir, plan, "plan.json");
  const nextFile = await writePlan(dir, changed(plan), "next.json");
  const ours = new Set(buildWorkbook(plan).sheets.map((s) => s.name));
  for (const fixture of FIXTURES) {
    const path = join(dir, `${fixture}.xlsx`);
    await copyFile(here(`${fixture}.xlsx`), path);
    const original = await partsOf(path);
    const a = await runMain(["export", planFile, "--out", path, "--update"]);
    expect(a.code, a.stderr).toBe(0);
    const first = await partsOf(path);
    const wb = (await readWorkbook(path)) as ExcelJS.Workbook;
    const headerBefore = (sheetValues(wb.getWorksheet("Actuals") as ExcelJS.Worksheet)[0] ?? []).map(String);
    await typeRows(path, "Actuals", 2, TYPED);
    const b = await runMain(["export", nextFile, "--out", path, "--update"]);
    expect(b.code, b.stderr).toBe(0);
    runs.push({ fixture, original, first, second: await partsOf(path), path, ours, headerBefore });
  }
  for (const p of await recalculate(runs.map((r) => r.path)))
    recalculated.push((await readWorkbook(p)) as ExcelJS.Workbook);
}, 300_000);

/** The parts an update may change: the workbook part and its relationships, content types, styles. */
const SHARED = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
]);

/** The team's parts: everything but the shared ones and our sheets' parts (and the calculation chain). */
function teamParts(parts: Map<string, Buffer>, ours: Set<string>): string[] {
  const oursParts = new Set(
    [...sheetParts(parts)].filter(([name]) => ours.has(name)).map(([, part]) => part),
  );
  return [...parts.keys()].filter((p) => !SHARED.has(p) && !oursParts.has(p) && p !== "xl/calcChain.xml");
}

describe.each(FIXTURES.map((f, i) => [f, i] as const))("export --update on %s", (_f, i) => {
  it("leaves every part of the team's byte for byte, after both updates", () => {
    const r = runs[i] as Run;
    const theirs = teamParts(r.original, r.ours);
    // Their sheets, charts, drawings, images, comments: all there to compare.
    expect(theirs.filter((p) => /charts\/chart\d+\.xml$/.test(p))).toHaveLength(2);
    expect(theirs.some((p) => /media\/image\d+\.png$/.test(p))).toBe(true);
    expect(theirs.some((p) => /comment/.test(p))).toBe(true);
    for (const after of [r.first, r.second]) {
      const changedParts = theirs.filter((p) => !after.get(p)?.equals(r.original.get(p) as Buffer));
      expect(changedParts).toEqual([]);
    }
  });

  it("only appends to the shared styles: every index of the team's keeps its meaning", () => {
    const r = runs[i] as Run;
    const before = r.original.get("xl/styles.xml")?.toString("utf8") ?? "";
    const after = r.second.get("xl/styles.xml")?.toString("utf8") ?? "";
    for (const [section, item] of [
      ["numFmts", "numFmt"],
      ["fonts", "font"],
      ["fills", "fill"],
      ["borders", "border"],
      ["cellXfs", "xf"],
      ["dxfs", "dxf"],
    ] as const) {
      const had = styleItems(before, section, item);
      expect(styleItems(after, section, item).slice(0, had.length), section).toEqual(had);
    }
    expect(styleItems(after, "cellXfs", "xf").length).toBeGreaterThan(
      styleItems(before, "cellXfs", "xf").length,
    );
  });

  it("keeps the typed rows; the new stage's column goes right of every column, none moves", async () => {
    const r = runs[i] as Run;
    const wb = (await readWorkbook(r.path)) as ExcelJS.Workbook;
    const [header = [], ...rows] = sheetValues(wb.getWorksheet("Actuals") as ExcelJS.Worksheet);
    const h = header.map(String);
    // Each column of the first update is where it was (Calls renamed Dials in place), Demos after them.
    expect(h.slice(0, r.headerBefore.length)).toEqual(
      r.headerBefore.map((x) => (x === "Calls" ? "Dials" : x)),
    );
    expect(h.indexOf("Demos")).toBe(r.headerBefore.length);
    const typed = rows.filter((row) => row.some((v) => v !== null && v !== ""));
    expect(typed.map((row) => [row[1], row[2], row[h.indexOf("Notes")]])).toEqual([
      ["Sato", 40, "first"],
      ["Suzuki", 30, "second"],
    ]);
  });

  it("LibreOffice computes our named ranges and the team's formulas over them, without an error", () => {
    const r = runs[i] as Run;
    const wb = recalculated[i] as ExcelJS.Workbook;
    expect(errorCells(wb)).toEqual([]);
    const trend = wb.getWorksheet("Trend") as ExcelJS.Worksheet;
    // The team's own name over their own sheet: 4 + 6 + 5 + 8 + 7.
    expect(trend.getCell("B8").result ?? trend.getCell("B8").value).toBe(30);
    if (!r.fixture.endsWith("-ours")) return;
    const report = wb.getWorksheet("Team report") as ExcelJS.Worksheet;
    const shown = (a: string) => {
      const c = report.getCell(a);
      return c.result ?? c.value;
    };
    expect(shown("B8")).toBe(120_000_000); // =KGI_TARGET
    expect(shown("B10")).toBe(1_000_000); // =SUM(ACT_KGI): the typed revenue
    expect(shown("B11")).toBe(2); // =COUNTA(Actuals!A:A)-1: the two typed rows
    expect(shown("B12")).toBe(70); // =SUM(Actuals!C:C): 40 + 30, still the calls column
    // 120,000,000 ÷ 1,000,000 = 120 deals; ÷ 0.25 = 480 meetings; ÷ 0.9 = 533.3 → 534 demos;
    // ÷ 0.5 = 1,068 appointments; ÷ 0.1 = 10,680 calls (stage rounding).
    expect(shown("B9")).toBe(10_680); // =REQ_new_biz_calls
  });
});
