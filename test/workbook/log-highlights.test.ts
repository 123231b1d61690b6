// The colour rules that mark, in Actuals, the entries the Dashboard cannot count (log-highlights.ts),
// evaluated cell by cell in HyperFormula over a small log with one fault of each kind, against a hand
// list — the same faults the Dashboard's checks count (log-checks.test.ts). A rule's relative A2 is
// moved to each row as Sheets does; INDIRECT("NAME") (which Sheets requires in a colour rule) is read
// as NAME, since HyperFormula's INDIRECT does not resolve names.
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { columnLetter } from "../../src/workbook/a1";
import { logHighlights, OUR_RULE_MARK } from "../../src/workbook/log-highlights";
import { CHECKED_COLUMNS } from "../fixtures/checked-columns";
import { sheetsConfig } from "../support/hyperformula";

const columns = CHECKED_COLUMNS;

// April 2026; the team is 佐藤 and 鈴木. Rows as Sheets numbers them.
const ACTUALS = [
  ["Date", "Rep", "Calls", "NPS", "Old", "Notes"],
  ["=DATE(2026,4,1)", "佐藤", 10, 0.5, "x", "n"], // 2
  ["=DATE(2026,5,1)", "佐藤", 5, 1, null, null], // 3: the day after the end; 100% is fine
  ["yesterday", "鈴木", 0, null, null, null], // 4: a date that is text
  ["=DATE(2026,4,2)", "山田", "ten", 1.5, null, null], // 5: not on the team; text; above 100%
  ["=DATE(2026,4,3)", null, -2, 0.2, null, null], // 6: no rep on a dated row; negative
  ["=DATE(2026,4,30)+TIME(9,15,0)", "鈴木", 4, null, null, null], // 7: the last day, with a time
  ["=DATE(2026,3,31)", "S*", 3, -0.1, null, null], // 8: the day before; "S*" is no one's name
  [null, null, null, null, null, "a note alone"], // 9: nothing to count, nothing marked
];

/** The cells each rule marks, as A1 addresses, over rows 2–9. */
function marked(): string[] {
  const rules = logHighlights(columns, ACTUALS.length - 1);
  const probes = rules.flatMap((r) =>
    r.rules.map((rule) => {
      expect(rule.formula).toContain(OUR_RULE_MARK);
      expect(r.rect).toMatchObject({ row: 1, rows: ACTUALS.length - 1, cols: 1 });
      return { col: r.rect.col, formula: rule.formula.replace(/INDIRECT\("([A-Z_]+)"\)/g, "$1") };
    }),
  );
  const rows = Array.from({ length: ACTUALS.length - 1 }, (_, i) => i + 2);
  const calc = rows.map((row) =>
    probes.map(
      (p) =>
        `=${p.formula.replace(/\b([A-Z]{1,2})2\b/g, (_, letters: string) => `Actuals!${letters}${row}`)}`,
    ),
  );
  const hf = HyperFormula.buildFromSheets(
    { Actuals: ACTUALS, Team: [["佐藤"], ["鈴木"]], Calc: calc },
    sheetsConfig,
  );
  hf.addNamedExpression("PERIOD_START", "=DATE(2026,4,1)");
  hf.addNamedExpression("PERIOD_END", "=DATE(2026,4,30)");
  hf.addNamedExpression("TEAM_NAMES", "=Team!$A$1:$A$2");
  const sheet = hf.getSheetId("Calc") as number;
  return rows.flatMap((row, i) =>
    probes.flatMap((p, j) => {
      const v = hf.getCellValue({ sheet, row: i, col: j });
      if (typeof v !== "boolean") throw new Error(`rule of ${columnLetter(p.col)}${row}: ${String(v)}`);
      return v ? [`${columnLetter(p.col)}${row}`] : [];
    }),
  );
}

describe("the entries marked in Actuals", () => {
  it("one rule per column that can hold a fault: date, rep and each number, not notes or archived", () => {
    expect(logHighlights(columns, 10).map((r) => columnLetter(r.rect.col))).toEqual(["A", "B", "C", "D"]);
  });

  it("marks exactly what the Dashboard does not count", () => {
    expect(marked().sort()).toEqual(
      [
        "A3", // May 1
        "A4", // text
        "A8", // March 31
        "B5", // 山田
        "B6", // a dated row with no rep
        "B8", // "S*" is not 佐藤 or 鈴木
        "C5", // text
        "C6", // negative
        "D5", // above 100%
        "D8", // negative
      ].sort(),
    );
  });

  it("without a date column, a blank rep is not marked", () => {
    const noDate = columns.filter((c) => c.key !== "date");
    const rep = logHighlights(noDate, 10)[0];
    expect(rep?.rules[0]?.formula).not.toContain('A2=""');
    expect(rep?.rules[0]?.formula).toContain('COUNTIF(INDIRECT("TEAM_NAMES")');
  });
});
