// How the generated sheets look, as data: every writer (Apps Script, xlsx) draws the same.
import type { CellStyle, NumberFormat } from "./spec";

/**
 * Number format patterns, in the syntax Sheets, Excel and LibreOffice share.
 *
 * tenths is "#,##0.0", always one decimal ("12.0"), not "#,##0.#": the optional digit drops the
 * decimal point of a whole number in our Apps Script fake (src/local/apps-script/number-format.ts
 * renders 12 as "12") and in LibreOffice (checked: soffice's CSV export "as shown" gives "12"), but
 * Excel keeps it ("12."), and so does Google Sheets as far as we know; a fixed decimal reads the same
 * everywhere.
 */
export const numberFormatPattern: Record<NumberFormat, string> = {
  integer: "#,##0",
  tenths: "#,##0.0",
  decimal: "#,##0.00",
  percent: "0.0%",
  currency: "#,##0",
  date: "yyyy-mm-dd",
  text: "@",
};

export interface Look {
  /** "#rrggbb", or null for none. */
  background: string | null;
  color: string;
  bold: boolean;
  italic: boolean;
  /** Font size in points; null keeps the default. */
  size: number | null;
}

const plain: Look = { background: null, color: "#202124", bold: false, italic: false, size: null };

export const looks: Record<CellStyle, Look> = {
  title: { ...plain, bold: true, color: "#1a237e", size: 14 },
  header: { ...plain, background: "#eceff1", bold: true },
  section: { ...plain, bold: true, color: "#37474f", size: 12 },
  label: plain,
  // Inputs stand out: users change these cells, and everything else follows.
  input: { ...plain, background: "#ddebf7", color: "#1155cc" },
  formula: plain,
  archived: { ...plain, background: "#f5f5f5", color: "#757575", italic: true },
  note: { ...plain, color: "#757575", italic: true },
};

export const lookOf = (style: CellStyle | undefined): Look => (style ? looks[style] : plain);

/** Achievement colours of the conditional formats. */
export const fills = { good: "#c8e6c9", warn: "#ffe0b2", bad: "#ffcdd2" } as const;
