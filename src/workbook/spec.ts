// A workbook as pure data: what every writer (Apps Script, xlsx, the local preview) lays down.
// Writers translate this; they decide nothing.

import type { Locale } from "../domain/i18n";
import type { DashboardLayout } from "./dashboard";
import type { LeverCells } from "./levers-block";

export type SheetKey =
  | "tree"
  | "assumptions"
  | "targets"
  | "actuals"
  | "dashboard"
  | "reps"
  | "trends"
  | "review"
  | "meta";

export type CellStyle =
  | "title"
  | "header"
  | "section"
  | "label"
  /** An input the user may change: named, visibly styled. */
  | "input"
  | "formula"
  | "archived"
  | "note";

/**
 * integer: a count, whole. tenths: a fraction of a count (a target to date), one decimal. decimal:
 * two decimals. percent: a fraction shown as percent. currency: money, whole units of the currency.
 */
export type NumberFormat = "integer" | "tenths" | "decimal" | "percent" | "date" | "currency" | "text";

/**
 * One cell. Exactly one of `value` and `formula`. A string `value` is TEXT, never parsed: a name
 * typed as "=SUM(A1)" stays those characters (BRIEF §3.5). `formula` is written without "=".
 */
export interface CellSpec {
  value?: string | number | boolean | null;
  formula?: string;
  format?: NumberFormat;
  style?: CellStyle;
}

/** Rectangles are 0-based here; writers convert to A1 or to 1-based Apps Script ranges. */
export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type ValidationRule =
  | { kind: "dateBetween"; from: string; to: string }
  | { kind: "listFromNamedRange"; name: string }
  | { kind: "numberAtLeast"; min: number };

export interface ValidationSpec {
  rect: Rect;
  rule: ValidationRule;
  /** Shown to the user on bad input. */
  help: string;
}

/** Colour of a cell by a formula that refers to the rect's top-left cell (relative). */
export interface ConditionalFormatSpec {
  rect: Rect;
  rules: { formula: string; fill: "good" | "warn" | "bad" }[];
}

export interface ChartSpec {
  kind: "column" | "bar";
  title: string;
  /** Category labels in the first column, one series per following column, header row first. */
  data: Rect;
  /** Where the chart's top-left corner sits. */
  anchor: { row: number; col: number };
}

export interface ProtectionSpec {
  rect: Rect;
  description: string;
}

export interface SheetSpec {
  key: SheetKey;
  name: string;
  /** Dense rows from A1; null leaves a cell empty. */
  cells: (CellSpec | null)[][];
  columnWidths: number[];
  frozenRows: number;
  frozenColumns: number;
  validations: ValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  charts: ChartSpec[];
  /** Formula areas: warning-only protection where the writer supports it. */
  protections: ProtectionSpec[];
  hidden: boolean;
  /**
   * A log the team types into (Actuals, Review Log): the rows below the header are theirs. A writer
   * that works in place writes only the header and the columns' properties, and keeps every row.
   */
  log?: LogLayout;
}

/** How an existing log changes shape (BRIEF §3.5: regeneration works in place). */
export interface LogLayout {
  /** Columns new to the existing log, ascending: an in-place writer inserts a column at each. */
  insertedColumns: number[];
  /** The team's own columns: never written, header included. */
  teamColumns: number[];
  /** The number format of each column's values (null: left as the team set it). */
  columnFormats: (NumberFormat | null)[];
}

export interface NamedRangeSpec {
  name: string;
  sheet: SheetKey;
  rect: Rect;
}

export interface WorkbookSpec {
  locale: Locale;
  sheets: SheetSpec[];
  namedRanges: NamedRangeSpec[];
  /** Where the dashboard keeps each KPI, for review snapshots. */
  dashboard: DashboardLayout;
  /** Where Targets keeps each lever's row (columns: LEVER_COL of levers-block.ts). */
  levers: LeverCells[];
}
