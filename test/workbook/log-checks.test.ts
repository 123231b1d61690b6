// The Dashboard's table of what it cannot count in the log (log-checks.ts; BRIEF §3.5: what cannot be
// counted is shown, never dropped), computed in HyperFormula over a small Actuals log with one fault of
// each kind, against a hand tally: how many entries each column leaves out, and the first of them.
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { pick } from "../../src/domain/i18n";
import { cellA1 } from "../../src/workbook/a1";
import { L } from "../../src/workbook/labels";
import { FIRST_PLACE_MAX_REPS, logChecks } from "../../src/workbook/log-checks";
import { CHECKED_COLUMNS } from "../fixtures/checked-columns";
import { sheetsConfig } from "../support/hyperformula";
import { cellContent } from "../support/spec-engine";

const columns = CHECKED_COLUMNS;

// The period is April 2026. Sheet rows as numbered in Sheets (the header is row 1):
const ACTUALS = [
  ["Date", "Rep", "Calls", "NPS", "Old", "Notes"],
  ["=DATE(2026,4,1)", "佐藤", 10, 0.5, "x", null], // 2: all counted (an archived column is not checked)
  ["=DATE(2026,5,1)", "佐藤", 5, 0.4, null, "the day after the end"], // 3
  ["yesterday", "鈴木", 0, null, null, "a date that is text; no calls is a count"], // 4
  ["=DATE(2026,4,2)", "山田", "ten", 1.5, null, null], // 5: not on the team; calls as text; 150%
  ["=DATE(2026,4,3)", null, -2, 0.2, null, null], // 6: no rep on a dated row; a negative count
  ["=DATE(2026,4,30)+TIME(9,15,0)", "鈴木", 4, null, null, "the last day, with a time"], // 7
  ["=DATE(2026,3,31)", "鈴木", 3, null, null, "the day before the start"], // 8
];

/**
 * The check rows placed on a sheet "Dash" from row 4 (0-based), with the team's names in A1:A2 and
 * each one's rows logged beside them, as the Dashboard has them; the values of every check cell.
 */
function checks(team: string[]) {
  const t = (x: { ja: string; en: string }) => pick(x, "en");
  const firstRow = team.length + 2;
  const names = team.map((_, i) => `Dash!${cellA1(i, 0, true)}`);
  const rowsLogged = team.length ? `Dash!$B$1:$B$${team.length}` : "Dash!$B$1";
  const rows = logChecks(t, "Actuals", columns, { names, rowsLogged }, (r, c) => cellA1(r, c), firstRow);
  const dash = [
    ...team.map((name, i) => [name, `=COUNTIFS(Actuals!$B:$B,A${i + 1})`]),
    [],
    [],
    ...rows.map((r) => r.cells.map(cellContent)),
  ];
  const hf = HyperFormula.buildFromSheets({ Actuals: ACTUALS, Dash: dash }, sheetsConfig);
  hf.addNamedExpression("PERIOD_START", "=DATE(2026,4,1)");
  hf.addNamedExpression("PERIOD_END", "=DATE(2026,4,30)");
  const sheet = hf.getSheetId("Dash") as number;
  const cells = rows.map((_, i) =>
    [0, 1, 2, 3, 4].map((col) => hf.getCellValue({ sheet, row: firstRow + i, col })),
  );
  return { rows, cells };
}

// Each test computes the checks itself: a table built while the file loads is, to Stryker, no test's.
describe("what the Dashboard cannot count in the log", () => {
  const team = ["佐藤", "鈴木"];

  it("one row per column of ours that can hold a fault: date, rep, each number; not notes or archived", () => {
    const { rows, cells } = checks(team);
    expect(cells.map((c) => c[0])).toEqual(["Date", "Rep", "Calls", "NPS"]);
    expect(rows.map((r) => r.count)).toEqual(["B5", "B6", "B7", "B8"]);
  });

  it("counts each column's entries left out, and says where the first one is", () => {
    const { cells } = checks(team);
    // Date: 7 entries, 4 in April (04-01, 04-02, 04-03, 04-30 9:15) → 3 (rows 3 May 1, 4 text, 8 March).
    // Rep: 6 names, 5 on the team's rows (佐藤 2, 鈴木 3) → 1 (山田), + 1 dated row with no rep (6).
    // Calls: 7 entries, 6 numbers (0 among them), one below 0 → 2 (row 5's text, row 6's −2).
    // NPS: 4 entries, all numbers, none below 0, one above 100% → 1 (row 5).
    expect(cells.map((c) => c.slice(1, 4))).toEqual([
      [3, "Actuals!A3", 3],
      [2, "Actuals!B5", 5],
      [2, "Actuals!C5", 5],
      [1, "Actuals!D5", 5],
    ]);
    // Why, per column: a percent column also refuses above 100%.
    expect(cells.map((c) => c[4])).toEqual([
      L.checkDate.en,
      L.checkRep.en,
      L.checkNumber.en,
      L.checkPercent.en,
    ]);
  });

  it(`a team of more than ${FIRST_PLACE_MAX_REPS} gets the count of reps not on the team, not its first place`, () => {
    const big = ["佐藤", "鈴木", ...Array.from({ length: FIRST_PLACE_MAX_REPS - 1 }, (_, i) => `rep${i}`)];
    const { cells: wide } = checks(big);
    expect(wide[1]?.slice(1, 4)).toEqual([2, "", null]);
    // Up to the limit, the first place is searched.
    const { cells: limit } = checks(big.slice(0, FIRST_PLACE_MAX_REPS));
    expect(limit[1]?.slice(1, 4)).toEqual([2, "Actuals!B5", 5]);
  });
});
