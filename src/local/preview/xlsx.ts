// The preview's workbook as .xlsx, as it is now (what the add-on wrote plus what the user typed):
// each cell's formula (through xlsxFormula, with its computed result cached) or value, number formats,
// fills, bold, column widths, frozen panes, named ranges, hidden sheets. Conditional colours, data
// validation and charts are not carried over; `kpi-designer export` writes those from the plan.
import type ExcelJS from "exceljs";
import { newWorkbook, PIXELS_PER_CHAR, xlsxFormula } from "../../cli/xlsx-writer";
import { columnLetters, parseRangeA1, qualifiedA1 } from "../apps-script/a1";
import { EPOCH_MS, isDate, timeOf, utcToSerial } from "../apps-script/dates";
import type { SpreadsheetInspector } from "../apps-script/index";

const DAY_MS = 86_400_000;
const ERROR_VALUE = /^#(REF!|NAME\?|VALUE!|DIV\/0!|N\/A|NUM!|NULL!|ERROR!)$/;

/** exceljs stores dates as their UTC wall clock: the cell's date, read in the sheet's time zone. */
function excelDate(d: Date, timeZone: string): Date {
  return new Date(EPOCH_MS + Math.round(utcToSerial(timeOf(d), timeZone) * DAY_MS));
}

function plainValue(v: unknown, timeZone: string): ExcelJS.CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (isDate(v)) return excelDate(v, timeZone);
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** Builds the workbook synchronously (a snapshot); the caller serializes it. */
export function previewWorkbook(insp: SpreadsheetInspector): ExcelJS.Workbook {
  const wb = newWorkbook();
  const tz = insp.timeZone;
  // Array formulas read as many rows as the largest sheet has (the log, in practice).
  const arrayRows = Math.max(2_001, ...insp.sheetNames().map((n) => insp.sheet(n).maxRows));
  for (const name of insp.sheetNames()) {
    const info = insp.sheet(name);
    const ws = wb.addWorksheet(name);
    if (info.lastRow > 0 && info.lastColumn > 0) {
      const a1 = `A1:${columnLetters(info.lastColumn)}${info.lastRow}`;
      const values = insp.sheetValues(name, a1);
      const formulas = insp.sheetFormulas(name, a1);
      const formats = insp.numberFormats(name, a1);
      const fills = insp.backgrounds(name, a1);
      const weights = insp.fontWeights(name, a1);
      values.forEach((row, r) => {
        row.forEach((v, c) => {
          const formula = formulas[r]?.[c] ?? "";
          const format = formats[r]?.[c] ?? "General";
          const fill = (fills[r]?.[c] ?? "#ffffff").toLowerCase();
          const bold = weights[r]?.[c] === "bold";
          const empty = formula === "" && (v === "" || v === null || v === undefined);
          if (empty && format === "General" && fill === "#ffffff" && !bold) return;
          const cell = ws.getCell(r + 1, c + 1);
          if (formula) {
            const result = plainValue(v, tz);
            const cached = typeof result === "string" && ERROR_VALUE.test(result) ? null : result;
            cell.value = {
              formula: xlsxFormula(formula.replace(/^=/, ""), arrayRows),
              ...(cached === null ? {} : { result: cached }),
            } as ExcelJS.CellFormulaValue;
          } else {
            cell.value = plainValue(v, tz); // text stays text: exceljs never reads "=..." as a formula
          }
          if (format !== "General") cell.numFmt = format;
          if (/^#[0-9a-f]{6}$/.test(fill) && fill !== "#ffffff") {
            cell.fill = {
              type: "pattern",
              pattern: "solid",
              fgColor: { argb: `FF${fill.slice(1).toUpperCase()}` },
            };
          }
          if (bold) cell.font = { bold: true };
        });
      });
    }
    for (const [col, px] of Object.entries(info.columnWidths as Record<string, number>)) {
      ws.getColumn(Number(col)).width = Math.round((px / PIXELS_PER_CHAR) * 100) / 100;
    }
    if (info.frozenRows > 0 || info.frozenColumns > 0) {
      ws.views = [{ state: "frozen", xSplit: info.frozenColumns, ySplit: info.frozenRows }];
    }
    if (info.hidden) ws.state = "hidden";
  }
  for (const [name, where] of Object.entries(insp.namedRanges())) {
    const bang = where.lastIndexOf("!");
    const sheet = where.slice(0, bang);
    const info = insp.sheet(sheet);
    const rect = parseRangeA1(where.slice(bang + 1), info.maxRows, info.maxColumns);
    if (rect) wb.definedNames.add(qualifiedA1(sheet, rect), name);
  }
  return wb;
}

export async function previewXlsx(insp: SpreadsheetInspector): Promise<Buffer> {
  const wb = previewWorkbook(insp);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
