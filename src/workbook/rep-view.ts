// The Dashboard's rep picker: one input cell (REP_VIEW) that turns the Dashboard into one rep's view
// for a 1on1 — the rep's targets and actuals in the KPI table, the funnel and the periods — and back
// to the team's when cleared. Every figure that changes reads `teamOrRep`, so a blank picker leaves
// the team's formulas exactly as they are.
import type { Text } from "../domain/i18n";
import { quoteSheet, rectA1 } from "./a1";
import { formula, input, label, rect, type SheetBuilder } from "./grid";
import { N } from "./names";
import type { NamedRangeSpec, Rect } from "./spec";

/** Where the Reps sheet keeps a rep's rows: `perRep` rows a rep (the KGI, then every KPI). */
export interface RepsLayout {
  sheetName: string;
  first: number;
  perRep: number;
  /** Rows written (every rep's), at least one. */
  rows: number;
}

const RV = {
  picker: { ja: "担当者（1on1）", en: "Rep (1on1)" },
  team: {
    ja: "チーム全体を表示中。担当者を選ぶと、このシート全体がその担当者の目標と実績になります。",
    en: "Showing the team. Pick a rep to turn this whole sheet into the rep's targets and actuals.",
  },
  rep: {
    ja: "この担当者の目標と実績を表示中（セルを空にするとチーム全体）。",
    en: "Showing this rep's targets and actuals (clear the cell for the team).",
  },
  unknown: {
    ja: "チームにいない名前です。一覧から選んでください。",
    en: "Not a rep of the team: pick one from the list.",
  },
  help: { ja: "チームの担当者名を選んでください", en: "Pick a rep of the team" },
} satisfies Record<string, Text>;

/** A text as a formula's string literal. */
const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The picker's row: the input (blank: the team), the rep's place in the team (REP_INDEX: #N/A for a
 * name not in the team, so that no INDEX ever reads a whole column) and a line saying what is shown.
 * Names compare with "=", which ignores case as a criterion does (the plan refuses names that differ
 * only by case) and reads no wildcards; the comparison is an array, so it sits in ARRAYFORMULA, which
 * the xlsx writer spells SUMPRODUCT (log-checks.ts does the same).
 */
export function repPickerRow(s: SheetBuilder, t: (x: Text) => string, names: NamedRangeSpec[]): number {
  const r = s.row;
  s.line([
    label(t(RV.picker)),
    input(""),
    formula(`IF(${N.repView}="","",ARRAYFORMULA(MATCH(1,(${N.teamNames}=${N.repView})*1,0)))`, "integer"),
    {
      formula: `IF(${N.repView}="",${literal(t(RV.team))},IF(ISNA(${N.repIndex}),${literal(t(RV.unknown))},${literal(t(RV.rep))}))`,
      style: "note",
    },
  ]);
  names.push(
    { name: N.repView, sheet: "dashboard", rect: rect(r, 1) },
    { name: N.repIndex, sheet: "dashboard", rect: rect(r, 2) },
  );
  s.spec.validations.push({
    rect: rect(r, 1),
    rule: { kind: "listFromNamedRange", name: N.teamNames },
    help: t(RV.help),
  });
  return r;
}

/** The team's figure, or the rep's when a rep is picked. */
export const teamOrRep = (team: string, rep: string) => `IF(${N.repView}="",${team},${rep})`;

/** A whole column of rows on another sheet, e.g. `'Reps'!$C$4:$C$27`. */
function span(sheetName: string, r: Rect): string {
  return `${quoteSheet(sheetName)}!${rectA1(r)}`;
}

/** The picked rep's cell in a column of one cell per rep, given as each rep's cell (team order). */
export function pickedOf(cells: readonly string[]): string {
  const first = cells[0] ?? "";
  const last = cells[cells.length - 1] ?? first;
  const bare = last.slice(last.lastIndexOf("!") + 1);
  return `INDEX(${first}:${bare},${N.repIndex})`;
}

/** Row `k` of the picked rep's block on the Reps sheet (0: the KGI, then KPIs), column `col`. */
export function pickedRepsCell(reps: RepsLayout, col: number, k: number): string {
  const column = span(reps.sheetName, rect(reps.first, col, reps.rows, 1));
  return `INDEX(${column},(${N.repIndex}-1)*${reps.perRep}+${k + 1})`;
}
