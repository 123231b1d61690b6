// The entries the Dashboard cannot count (log-checks.ts), highlighted where they are in Actuals:
// one colour rule per column of ours, evaluated per cell. Other sheets' names are reached through
// INDIRECT, which Sheets requires in a colour rule and Excel and LibreOffice accept. Every rule of
// ours carries N("KPI Designer") so that a regeneration replaces ours and keeps the team's own.
import { columnLetter } from "./a1";
import type { ActualsColumn } from "./actuals-columns";
import { rect } from "./grid";
import { offDates } from "./log-refs";
import { N } from "./names";
import type { ConditionalFormatSpec } from "./spec";

/** In every rule of ours: how a writer tells them from the team's own rules on the same sheet. */
export const OUR_RULE_MARK = 'N("KPI Designer")';

const ours = (condition: string) => `AND(${OUR_RULE_MARK}=0,${condition})`;

/** The colour rules of the log's columns; `rows`: the body rows they cover (from row 2). */
export function logHighlights(columns: readonly ActualsColumn[], rows: number): ConditionalFormatSpec[] {
  const at = (key: string) => columns.findIndex((c) => c.key === key);
  const cell = (i: number) => `${columnLetter(i)}2`;
  const out: ConditionalFormatSpec[] = [];
  const add = (i: number, condition: string) =>
    out.push({ rect: rect(1, i, rows, 1), rules: [{ formula: ours(condition), fill: "warn" }] });
  const date = at("date");
  const rep = at("rep");
  if (date >= 0) {
    const d = cell(date);
    // A timestamp on the last day (2027/03/31 9:15) is inside, as the Dashboard counts it.
    add(
      date,
      `${d}<>"",OR(NOT(ISNUMBER(${d})),${offDates(d, `INDIRECT("${N.periodStart}")`, `INDIRECT("${N.periodEnd}")`).join(",")})`,
    );
  }
  if (rep >= 0) {
    const b = cell(rep);
    const exact = `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${b},"~","~~"),"*","~*"),"?","~?")`;
    const stranger = `AND(${b}<>"",COUNTIF(INDIRECT("${N.teamNames}"),${exact})=0)`;
    add(rep, date >= 0 ? `OR(${stranger},AND(${b}="",${cell(date)}<>""))` : stranger);
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
    const v = cell(i);
    const over = c.format === "percent" ? `,AND(ISNUMBER(${v}),${v}>1)` : "";
    add(i, `OR(AND(${v}<>"",NOT(ISNUMBER(${v}))),AND(ISNUMBER(${v}),${v}<0)${over})`);
  });
  return out;
}
