// How spec cells become what Range.setValues takes. setValues reads strings as if typed, so text
// that would turn into a formula, a number, a date or an error is escaped with an apostrophe (BRIEF
// §3.5), but for plain-text cells, whose format (written first) keeps any text as it is.
import type { CellSpec } from "../workbook/spec";

export type SheetValue = string | number | boolean;

/**
 * Text Sheets may read as something else. What it parses is wider than any list we could keep
 * ("1e3", "9:30", "$100", "Jan 5", full-width "１２３", by locale), and an apostrophe before text it
 * would have kept changes nothing, so: a first character that starts a formula, an error or an
 * escape (= + - @ # '), any digit, or a boolean word.
 */
const MAY_BE_PARSED = /^[=+\-@#']|[0-9０-９]|^\s*(true|false)\s*$/i;

export function escapeText(s: string): string {
  return MAY_BE_PARSED.test(s) ? `'${s}` : s;
}

export function sheetValue(c: CellSpec | null): SheetValue {
  if (!c) return "";
  if (c.formula !== undefined) return `=${c.formula}`;
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (typeof v !== "string") return v;
  // An ISO date in a date cell is typed as a date, which every locale of Sheets reads the same.
  if (c.format === "date" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  // A plain-text cell (formatted before its value is written) keeps what it is given as it is.
  if (c.format === "text") return v;
  return escapeText(v);
}

export { fills, numberFormatPattern } from "../workbook/look";
