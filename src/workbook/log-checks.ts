// What the Dashboard cannot count in the Actuals log, live (BRIEF §3.5: what cannot be counted is
// shown, never dropped): per column of ours, how many entries are left out and why, and the first
// of them (Actuals!C7). Counts are plain COUNTA/COUNT/COUNTIF(S) over whole columns; the first place
// needs the column as an array, so it sits in ARRAYFORMULA, which the xlsx writer spells SUMPRODUCT
// (Excel and LibreOffice evaluate arrays there; of a single value it is that value).
import { columnLetter, quoteSheet, wholeColumn } from "./a1";
import type { ActualsColumn } from "./actuals-columns";
import { formula, header, text } from "./grid";
import { L } from "./labels";
import { offDates, onDates } from "./log-refs";
import { N } from "./names";
import type { CellSpec } from "./spec";

type T = (x: { ja: string; en: string }) => string;

/** Teams up to this size get the first place of a row whose rep is not on the team. */
export const FIRST_PLACE_MAX_REPS = 20;

export interface CheckRow {
  cells: (CellSpec | null)[];
  /** The formula of the entries not counted, for the summary line. */
  count: string;
}

/**
 * The check rows for a log laid out in `columns` on sheet `sheetName`. `repNames`: the cells holding
 * each rep's name (on the Dashboard), `repRows`: the range of each rep's rows logged, summed.
 */
export function logChecks(
  t: T,
  sheetName: string,
  columns: readonly ActualsColumn[],
  team: { names: readonly string[]; rowsLogged: string },
  at: (row: number, col: number) => string,
  firstRow: number,
): CheckRow[] {
  const q = quoteSheet(sheetName);
  const ref = (i: number) => wholeColumn(sheetName, i);
  const head = (i: number) => `${q}!$${columnLetter(i)}$1`;
  const indexOf = (key: string) => columns.findIndex((c) => c.key === key);
  const date = indexOf("date");
  const rep = indexOf("rep");
  // Non-empty cells below the header (the header is text, so COUNTA counts it once).
  const entries = (i: number) => `(COUNTA(${ref(i)})-1)`;
  const below = (i: number) => `(${ref(i)}<>"")*(${ref(i)}<>${head(i)})`;
  // Searched only when there is something to find: the array costs a pass over the whole column.
  const first = (count: string, condition: string) =>
    `IF(${count}=0,"",IFERROR(ARRAYFORMULA(MATCH(1,(${condition}>0)*1,0)),""))`;
  const rows: CheckRow[] = [];
  const row = (i: number, count: string, condition: string | null, why: string): void => {
    const r = firstRow + rows.length;
    rows.push({
      count: at(r, 1),
      cells: [
        formula(head(i)),
        formula(count, "integer"),
        formula(
          `IF(${at(r, 3)}="","","${sheetName.replace(/"/g, '""')}!"&ADDRESS(${at(r, 3)},COLUMN(${ref(i)}),4))`,
        ),
        condition === null ? null : formula(first(at(r, 1), condition), "integer"),
        text(why, "note"),
      ],
    });
  };
  if (date >= 0) {
    const d = ref(date);
    row(
      date,
      // A timestamp on the last day (2027/03/31 9:15) is inside: before the day after the end.
      `${entries(date)}-COUNTIFS(${onDates(d, N.periodStart, N.periodEnd)})`,
      `${below(date)}*((1-ISNUMBER(${d}))+ISNUMBER(${d})*(${offDates(d, N.periodStart, N.periodEnd)
        .map((c) => `(${c})`)
        .join("+")}))`,
      t(L.checkDate),
    );
  }
  if (rep >= 0 && date >= 0) {
    const b = ref(rep);
    const d = ref(date);
    // Not on the team: compared with each name exactly (<> knows no wildcards), letter case aside;
    // or no rep at all on a dated row. The search is a pass over the column per rep, so a large
    // team gets the count only (the cells are highlighted in Actuals all the same).
    const others = team.names.map((n) => `(${b}<>${n})`).join("*");
    row(
      rep,
      `${entries(rep)}-SUM(${team.rowsLogged})+COUNTIFS(${d},"<>",${b},"")`,
      team.names.length <= FIRST_PLACE_MAX_REPS
        ? `(${below(rep)}*${others || "1"}+(${b}="")*${below(date)})`
        : null,
      t(L.checkRep),
    );
  }
  columns.forEach((c, i) => {
    if (
      !c.rangeName ||
      c.key.startsWith("archived:") ||
      c.format === "date" ||
      c.format === "text" ||
      c.key === "rep"
    )
      return;
    const v = ref(i);
    // A percent column holds fractions: above 1 (100%) is ambiguous ("2.5" for 2.5%?), so flagged.
    const percent = c.format === "percent";
    row(
      i,
      `${entries(i)}-COUNT(${v})+COUNTIF(${v},"<0")${percent ? `+COUNTIF(${v},">1")` : ""}`,
      `${below(i)}*((1-ISNUMBER(${v}))+ISNUMBER(${v})*((${v}<0)${percent ? `+(${v}>1)` : ""}))`,
      t(percent ? L.checkPercent : L.checkNumber),
    );
  });
  return rows;
}

/** The header of the checks table (Column | Entries | First at | Row | Why). */
export function checksHeader(t: T): CellSpec[] {
  return [L.checkColumn, L.checkCount, L.checkFirst, L.checkRow, L.checkWhy].map((h) => header(t(h)));
}
