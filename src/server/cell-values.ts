// How spec cells become what Range.setValues takes. setValues reads strings as if typed, so text
// that would turn into a formula, a number or a date is escaped with an apostrophe (BRIEF §3.5).
import type { CellSpec, CellStyle, NumberFormat } from "../workbook/spec";

export type SheetValue = string | number | boolean;

const LOOKS_PARSED =
  /^[=+\-@']|^\s*[-+]?[\d.,]+\s*%?\s*$|^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?\s*$|^\s*(true|false)\s*$/i;

export function escapeText(s: string): string {
  return LOOKS_PARSED.test(s) ? `'${s}` : s;
}

export function sheetValue(c: CellSpec | null): SheetValue {
  if (!c) return "";
  if (c.formula !== undefined) return `=${c.formula}`;
  const v = c.value;
  if (v === null || v === undefined) return "";
  if (typeof v !== "string") return v;
  // An ISO date in a date cell is typed as a date, which every locale of Sheets reads the same.
  if (c.format === "date" && /^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return escapeText(v);
}

export const numberFormatPattern: Record<NumberFormat, string> = {
  integer: "#,##0",
  decimal: "#,##0.00",
  percent: "0.0%",
  currency: "#,##0",
  date: "yyyy-mm-dd",
  text: "@",
};

interface Look {
  background: string | null;
  color: string;
  weight: "bold" | "normal";
  style: "italic" | "normal";
}

const plain: Look = { background: null, color: "#202124", weight: "normal", style: "normal" };

export const looks: Record<CellStyle, Look> = {
  title: { ...plain, weight: "bold", color: "#1a237e" },
  header: { ...plain, background: "#eceff1", weight: "bold" },
  section: { ...plain, weight: "bold", color: "#37474f" },
  label: plain,
  input: { ...plain, background: "#e3f2fd", color: "#0d47a1" },
  formula: plain,
  archived: { ...plain, background: "#f5f5f5", color: "#757575", style: "italic" },
  note: { ...plain, color: "#757575", style: "italic" },
};

export const look = (c: CellSpec | null): Look => (c?.style ? looks[c.style] : plain);

export const fills = { good: "#c8e6c9", warn: "#ffe0b2", bad: "#ffcdd2" } as const;
