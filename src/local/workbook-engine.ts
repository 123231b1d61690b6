// Loads a WorkbookSpec into HyperFormula (rounding as Sheets): the tests, the benchmark and the local
// preview compute the generated formulas with it.
import type { ConfigParams, HyperFormula, RawCellContent } from "hyperformula";
import { dayNumber } from "../domain/calendar-dates";
import { sheetRectA1 } from "../workbook/a1";
import type { CellSpec, WorkbookSpec } from "../workbook/spec";
import { sheetsEngine } from "./apps-script/hyperformula-engine";

/** Days from 1899-12-30, the serial number spreadsheets store a date as. */
export const serial = (iso: string) => dayNumber(iso) + 25569;

export function cellContent(c: CellSpec | null): RawCellContent {
  if (!c) return null;
  if (c.formula !== undefined) return `=${c.formula}`;
  const v = c.value;
  if (typeof v === "string") {
    if (c.format === "date" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return serial(v);
    return `'${v}`; // text, never parsed
  }
  return v ?? null;
}

export function loadSpec(
  spec: WorkbookSpec,
  config: Partial<ConfigParams> = {},
  /** Sheets of the team's own beside ours (a connected source): name → content. */
  foreign: Record<string, RawCellContent[][]> = {},
): { hf: HyperFormula; sheet: (key: string) => number } {
  const sheets: Record<string, RawCellContent[][]> = { ...foreign };
  for (const s of spec.sheets) sheets[s.name] = s.cells.map((row) => row.map(cellContent));
  const hf = sheetsEngine({}, config) as HyperFormula;
  hf.suspendEvaluation();
  for (const s of spec.sheets) hf.addSheet(s.name);
  for (const name of Object.keys(foreign)) hf.addSheet(name);
  for (const n of spec.namedRanges) {
    const sheet = spec.sheets.find((s) => s.key === n.sheet);
    if (!sheet) throw new Error(`named range ${n.name} on missing sheet ${n.sheet}`);
    hf.addNamedExpression(n.name, `=${sheetRectA1(sheet.name, n.rect)}`);
  }
  for (const name of [...spec.sheets.map((s) => s.name), ...Object.keys(foreign)]) {
    hf.setSheetContent(hf.getSheetId(name) as number, sheets[name] ?? []);
  }
  hf.resumeEvaluation();
  const sheet = (key: string) => {
    const s = spec.sheets.find((x) => x.key === key);
    if (!s) throw new Error(`no sheet ${key}`);
    return hf.getSheetId(s.name) as number;
  };
  return { hf, sheet };
}

/** The value of a named range's first cell. */
export function named(hf: HyperFormula, name: string): unknown {
  const v = hf.getNamedExpressionValue(name);
  return Array.isArray(v) ? v[0]?.[0] : v;
}
