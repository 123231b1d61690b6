// Lays a WorkbookSpec into the spreadsheet with batched calls: one call per property per sheet
// (values, formats, colours, fonts), one per rule set. The number of calls does not grow with reps,
// periods or rows.

import { midnightInZone } from "../domain/calendar-dates";
import { fills, lookOf, numberFormatPattern } from "../workbook/look";
import type { Rect, SheetSpec, WorkbookSpec } from "../workbook/spec";
import { sheetValue } from "./cell-values";
import { markOwned } from "./ownership";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function range(sheet: Sheet, r: Rect) {
  return sheet.getRange(r.row + 1, r.col + 1, r.rows, r.cols);
}

/** Makes the sheet exactly rows × cols (at least 1 × 1). */
function fitSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  else if (cols < maxCols) sheet.deleteColumns(cols + 1, maxCols - cols);
}

export function writeSheet(ss: Spreadsheet, spec: SheetSpec, tempName: string, index: number): Sheet {
  const sheet = ss.insertSheet(tempName, index);
  // Sheets refuses to freeze every row or column: keep one more than the frozen ones.
  const rows = Math.max(1, spec.cells.length, spec.frozenRows + 1);
  const cols = Math.max(1, spec.cells[0]?.length ?? 1, spec.frozenColumns + 1);
  fitSize(sheet, rows, cols);
  const grid = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const cell = spec.cells[r]?.[c] ?? null;
      // Written by decorateSheet, once the sheet it names has its final name.
      return cell?.namesSheet ? { ...cell, formula: undefined } : cell;
    }),
  );
  const block = sheet.getRange(1, 1, rows, cols);
  block.setValues(grid.map((r) => r.map(sheetValue)));
  block.setNumberFormats(
    grid.map((r) => r.map((c) => (c?.format ? numberFormatPattern[c.format] : "General"))),
  );
  const looks = grid.map((r) => r.map((c) => lookOf(c?.style)));
  block.setBackgrounds(looks.map((r) => r.map((l) => l.background as string)));
  block.setFontColors(looks.map((r) => r.map((l) => l.color)));
  block.setFontWeights(looks.map((r) => r.map((l) => (l.bold ? "bold" : "normal"))));
  block.setFontStyles(looks.map((r) => r.map((l) => (l.italic ? "italic" : "normal"))));

  // Equal neighbouring widths share one call.
  let start = 0;
  spec.columnWidths.forEach((w, i) => {
    const next = spec.columnWidths[i + 1];
    if (next !== w) {
      if (i + 1 <= cols) sheet.setColumnWidths(start + 1, Math.min(i + 1, cols) - start, w);
      start = i + 1;
    }
  });
  if (spec.frozenRows) sheet.setFrozenRows(spec.frozenRows);
  if (spec.frozenColumns) sheet.setFrozenColumns(spec.frozenColumns);
  markOwned(sheet, spec.key);
  return sheet;
}

/** Validation, conditional colours, charts and protection: after every sheet and name exists. */
export function decorateSheet(ss: Spreadsheet, sheet: Sheet, spec: SheetSpec): void {
  spec.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell?.namesSheet && cell.formula) sheet.getRange(r + 1, c + 1).setFormula(`=${cell.formula}`);
    });
  });
  for (const v of spec.validations) {
    const b = SpreadsheetApp.newDataValidation().setAllowInvalid(true).setHelpText(v.help);
    const rule = v.rule;
    if (rule.kind === "dateBetween") {
      // Dates as the spreadsheet's own midnight: the script's time zone may be another.
      const zone = ss.getSpreadsheetTimeZone();
      b.requireDateBetween(midnightInZone(rule.from, zone), midnightInZone(rule.to, zone));
    } else if (rule.kind === "numberAtLeast") b.requireNumberGreaterThanOrEqualTo(rule.min);
    else {
      const target = ss.getRangeByName(rule.name);
      if (!target) continue;
      b.requireValueInRange(target, true);
    }
    range(sheet, v.rect).setDataValidation(b.build());
  }
  if (spec.conditionalFormats.length) {
    const rules = spec.conditionalFormats.flatMap((cf) =>
      cf.rules.map((r) =>
        SpreadsheetApp.newConditionalFormatRule()
          .whenFormulaSatisfied(`=${r.formula}`)
          .setBackground(fills[r.fill])
          .setRanges([range(sheet, cf.rect)])
          .build(),
      ),
    );
    sheet.setConditionalFormatRules(rules);
  }
  for (const c of spec.charts) {
    const chart = sheet
      .newChart()
      .setChartType(c.kind === "bar" ? Charts.ChartType.BAR : Charts.ChartType.COLUMN)
      .addRange(range(sheet, c.data))
      .setPosition(c.anchor.row + 1, c.anchor.col + 1, 0, 0)
      .setOption("title", c.title)
      .build();
    sheet.insertChart(chart);
  }
  for (const p of spec.protections)
    range(sheet, p.rect).protect().setWarningOnly(true).setDescription(p.description);
  if (spec.hidden) sheet.hideSheet();
}

export function writeNamedRanges(ss: Spreadsheet, spec: WorkbookSpec, sheets: Map<string, Sheet>): void {
  // One call per name: names grow with stages and KPIs, never with reps, periods or rows.
  for (const n of spec.namedRanges) {
    const sheet = sheets.get(n.sheet);
    if (sheet) ss.setNamedRange(n.name, range(sheet, n.rect));
  }
}
