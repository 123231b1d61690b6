// The Dashboard's warning that the Actuals log has outgrown the rows it reads. The ACT_* ranges are
// bounded on purpose (docs/benchmarks.md: bounded ranges recalculate faster than whole columns), so
// rows typed or pasted below them are not counted until the next generation widens them. One cell
// says so, in the plan's language, with a formula every engine computes (Sheets, Excel, LibreOffice).
import type { Plan } from "../domain/plan";
import { columnLetter, quoteSheet, rectA1 } from "./a1";
import { rect } from "./grid";
import { N } from "./names";
import type { CellSpec, ConditionalFormatSpec } from "./spec";

/** Share of the rows read at which the dashboard says the log is nearly full. */
export const NEARLY_FULL = 0.9;

/** Text and numbers joined with &, in the plan's language. */
const inLocale = (plan: Plan, parts: { ja: string[]; en: string[] }) =>
  (plan.locale === "ja" ? parts.ja : parts.en).join("&");

const str = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The status formula. `dateCol` (0-based) is the log's date column, read whole ('Actuals'!A:A):
 * spreadsheets shift it when columns are inserted, as they move ACT_DATE. Rows past the range are
 * the dates in the column, less the header, less those inside ACT_DATE.
 */
export function logStatusFormula(plan: Plan, actualsSheet: string, dateCol: number): string {
  const column = `${quoteSheet(actualsSheet)}!${columnLetter(dateCol)}:${columnLetter(dateCol)}`;
  const read = `ROWS(${N.actualsDate})`;
  const inside = `COUNTA(${N.actualsDate})`;
  const beyond = `(COUNTA(${column})-(${inside}+1))`; // +1: the header row
  const over = inLocale(plan, {
    ja: [
      str("実績が"),
      read,
      str("行を超えています（"),
      beyond,
      str(
        "行が集計されていません）— KPIウィザードで「シートを作成」をやり直す（または export --update）と範囲が広がります",
      ),
    ],
    en: [
      str("The log has more rows than the dashboard reads ("),
      read,
      str("): "),
      beyond,
      `IF(${beyond}=1,${str(" row")},${str(" rows")})`,
      str(" not counted — generate again (wizard or export --update) to extend it"),
    ],
  });
  const nearly = inLocale(plan, {
    ja: [
      str("実績が集計範囲の"),
      inside,
      str("/"),
      read,
      str(
        "行に達しています — まもなく「シートを作成」をやり直して（または export --update で）範囲を広げてください",
      ),
    ],
    en: [
      str("The log is nearly full: "),
      inside,
      str(" of "),
      read,
      str(" rows read — generate again soon to extend it"),
    ],
  });
  return `IF(${beyond}>0,${over},IF(${inside}>=${NEARLY_FULL}*${read},${nearly},""))`;
}

/** The status cell and its colour (amber whenever it says anything), for a given Dashboard cell. */
export function logStatus(
  plan: Plan,
  actualsSheet: string,
  dateCol: number,
  at: { row: number; col: number },
): { cell: CellSpec; format: ConditionalFormatSpec } {
  return {
    cell: { formula: logStatusFormula(plan, actualsSheet, dateCol), style: "formula" },
    format: {
      rect: rect(at.row, at.col),
      rules: [{ formula: `${rectA1(rect(at.row, at.col), false)}<>""`, fill: "warn" }],
    },
  };
}
