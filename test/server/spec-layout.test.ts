// The writer lays the workbook's spec into the spreadsheet exactly: what each cell holds (formula or
// value), its number format, fill, font colour, weight and style; each column's width; the frozen
// panes; and on the logs, our header and the number format of every row below it. Generate through
// dist/Code.js over the fakes, read back cell by cell against the spec of the same plan (what the
// spec says is judged by the workbook's own tests; this judges the laying of it).
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../../src/workbook/build";
import { lookOf, numberFormatPattern } from "../../src/workbook/look";
import type { CellSpec, SheetSpec } from "../../src/workbook/spec";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";

const plan = samplePlan();

const generations = [
  { runs: 1, when: "first Generate" },
  { runs: 2, when: "generated again" },
];

function generated(runs: number) {
  const a = addon({ locale: "en" });
  const before = a.fake.spreadsheet.sheetNames();
  // Generated once, or twice: a regeneration rewrites our sheets in place, leaving nothing of before
  // (no doubled chart, protection or rule).
  for (let run = 0; run < runs; run++) {
    const r = a.call("kpiGenerate", plan);
    expect(r.ok, JSON.stringify(r.error)).toBe(true);
  }
  const spec = buildWorkbook(plan, { foreignSheetNames: before });
  const ss = a.fake.globals.SpreadsheetApp.getActive();
  const sheetOf = (s: SheetSpec) => {
    const sheet = ss.getSheetByName(s.name);
    if (!sheet) throw new Error(`no sheet ${s.name}`);
    return sheet;
  };
  return { spec, sheetOf };
}

const pattern = (c: CellSpec | null) => (c?.format ? numberFormatPattern[c.format] : "General");
// The formula engine drops the quotes a plain sheet name does not need ('Trends'!A1 reads Trends!A1).
const unquoted = (f: string) => f.replace(/'([A-Za-z_][A-Za-z0-9_]*)'!/g, "$1!");
/** What a cell holds as written: a formula with its "=", else its value. */
const written = (c: CellSpec | null) =>
  c?.formula !== undefined ? unquoted(`=${c.formula}`) : (c?.value ?? "");

describe("the writer lays each sheet's spec", () => {
  it.each(generations)(
    "every cell of the sheets that are not logs: content, format and look; widths; frozen panes ($when)",
    ({ runs }) => {
      const { spec, sheetOf } = generated(runs);
      const sheets = spec.sheets.filter((s) => !s.log);
      expect(sheets.length).toBeGreaterThan(4);
      for (const s of sheets) {
        const sheet = sheetOf(s);
        const rows = s.cells.length;
        const cols = s.cells[0]?.length ?? 1;
        const grid = sheet.getRange(1, 1, rows, cols);
        const formulas = grid.getFormulas();
        const shown = grid.getDisplayValues();
        const values = grid.getValues();
        const at = <T>(m: T[][], r: number, c: number) => m[r]?.[c];
        const cell = (r: number, c: number) => {
          const f = at(formulas, r, c);
          if (f) return unquoted(f);
          const v = at(values, r, c);
          // A date reads as the date cell shows it (the spec writes it as its ISO date).
          return Object.prototype.toString.call(v) === "[object Date]" ? at(shown, r, c) : v;
        };
        const want = s.cells.map((row) => row.map(written));
        const got = s.cells.map((row, r) => row.map((_, c) => cell(r, c)));
        expect(got, s.name).toEqual(want);
        expect(grid.getNumberFormats(), s.name).toEqual(s.cells.map((row) => row.map(pattern)));
        const looks = s.cells.map((row) => row.map((c) => lookOf(c?.style)));
        expect(grid.getBackgrounds(), s.name).toEqual(
          looks.map((r) => r.map((l) => l.background ?? "#ffffff")),
        );
        expect(grid.getFontColors(), s.name).toEqual(looks.map((r) => r.map((l) => l.color)));
        expect(grid.getFontWeights(), s.name).toEqual(
          looks.map((r) => r.map((l) => (l.bold ? "bold" : "normal"))),
        );
        expect(grid.getFontStyles(), s.name).toEqual(
          looks.map((r) => r.map((l) => (l.italic ? "italic" : "normal"))),
        );
        const widths = s.columnWidths
          .slice(0, sheet.getMaxColumns())
          .map((_, i) => sheet.getColumnWidth(i + 1));
        expect(widths, s.name).toEqual(s.columnWidths.slice(0, sheet.getMaxColumns()));
        expect([sheet.getFrozenRows(), sheet.getFrozenColumns()], s.name).toEqual([
          s.frozenRows,
          s.frozenColumns,
        ]);
      }
    },
  );

  it.each(generations)(
    "the logs: our header, the format of every row below it per column, widths and frozen panes ($when)",
    ({ runs }) => {
      const { spec, sheetOf } = generated(runs);
      const logs = spec.sheets.filter((s) => s.log);
      expect(logs.map((s) => s.key).sort()).toEqual(["actuals", "review"]);
      for (const s of logs) {
        const sheet = sheetOf(s);
        const header = s.cells[0] ?? [];
        const top = sheet.getRange(1, 1, 1, header.length);
        expect(top.getValues()[0], s.name).toEqual(header.map(written));
        expect(top.getFontWeights()[0], s.name).toEqual(
          header.map((c) => (lookOf(c?.style).bold ? "bold" : "normal")),
        );
        // Every row the sheet has below the header takes its column's format, the last one too.
        const last = sheet.getMaxRows();
        expect(last).toBeGreaterThanOrEqual(2);
        // A column with no format of ours (the rep's) keeps whatever the team set: not compared.
        const ours = (list: (string | null | undefined)[]) => list.filter((_, c) => s.log?.columnFormats[c]);
        const formats = (row: number) =>
          ours(sheet.getRange(row, 1, 1, header.length).getNumberFormats()[0] ?? []);
        const want = ours(s.log?.columnFormats.map((f) => (f ? numberFormatPattern[f] : null)) ?? []);
        expect(want.length).toBeGreaterThan(1);
        expect(formats(2), s.name).toEqual(want);
        expect(formats(last), s.name).toEqual(want);
        const widths = header.map((_, i) => sheet.getColumnWidth(i + 1));
        expect(widths, s.name).toEqual(s.columnWidths.slice(0, header.length));
        expect([sheet.getFrozenRows(), sheet.getFrozenColumns()], s.name).toEqual([
          s.frozenRows,
          s.frozenColumns,
        ]);
      }
    },
  );

  it.each(generations)(
    "equal neighbouring widths share one call, as do neighbouring log columns of one format ($when)",
    ({ runs }) => {
      const a = addon({ locale: "en" });
      const plan = samplePlan();
      if (runs > 1) expect(a.call("kpiGenerate", plan).ok).toBe(true);
      a.fake.log.reset();
      expect(a.call("kpiGenerate", plan).ok).toBe(true);
      const spec = buildWorkbook(plan, { foreignSheetNames: [] });
      // A run of equal widths: 120 120 90 120 is three. A log generated again sets only the widths of
      // columns new to it (none here).
      const runsOf = (w: number[]) => w.filter((x, i) => x !== w[i + 1]).length;
      const calls = spec.sheets
        .filter((s) => runs === 1 || !s.log)
        .reduce((n, s) => n + runsOf(s.columnWidths), 0);
      expect(calls).toBeGreaterThan(spec.sheets.length);
      expect(a.fake.log.count("Sheet.setColumnWidths")).toBe(calls);
      // A log's body formats: one call per run of neighbouring columns of the same format.
      const formatRuns = spec.sheets.reduce((n, s) => {
        const f = s.log?.columnFormats ?? [];
        return n + f.filter((x, i) => x && x !== f[i - 1]).length;
      }, 0);
      expect(formatRuns).toBeGreaterThan(2);
      expect(a.fake.log.count("Range.setNumberFormat")).toBe(formatRuns);
    },
  );
});
