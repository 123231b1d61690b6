// The Dashboard's rep picker (rep-view.ts) in HyperFormula against a hand tally: the picked rep's place
// in the team (a name matched exactly, case aside; none for a stranger), the line saying what is
// shown, and the cells a picked view reads — a rep's cell in a column of one per rep, and a row of the
// rep's block on the Reps sheet.
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { pick } from "../../src/domain/i18n";
import { SheetBuilder } from "../../src/workbook/grid";
import { pickedOf, pickedRepsCell, repPickerRow, teamOrRep } from "../../src/workbook/rep-view";
import type { NamedRangeSpec } from "../../src/workbook/spec";
import { sheetsConfig } from "../support/hyperformula";
import { cellContent } from "../support/spec-engine";

const TEAM = ["Sato", "S*o", "Suzuki"];

/** The picker row with `picked` typed in, plus formulas reading through it; their values. */
function picked(picked: string, reads: string[], locale: "en" | "ja" = "en") {
  const s = new SheetBuilder("dashboard", "Dash");
  const names: NamedRangeSpec[] = [];
  const r = repPickerRow(s, (x) => pick(x, locale), names);
  const dash = s.cells.map((line) => line.map(cellContent));
  (dash[r] as unknown[])[1] = picked;
  const hf = HyperFormula.buildFromSheets(
    {
      Dash: dash,
      Team: TEAM.map((n, i) => [n, (i + 1) * 100]),
      // Reps: two rows a rep (the KGI, then one KPI), from row 3; targets in column B.
      Reps: [
        ["Rep", "Target"],
        [],
        ["Sato", 10],
        ["Sato", 11],
        ["S*o", 20],
        ["S*o", 21],
        ["Suzuki", 30],
        ["Suzuki", 31],
      ],
      Calc: [reads.map((f) => `=${f}`)],
    },
    sheetsConfig,
  );
  const at = (n: string) => names.find((x) => x.name === n)?.rect;
  for (const n of ["REP_VIEW", "REP_INDEX"]) {
    const rect = at(n);
    if (!rect) throw new Error(`no ${n}`);
    hf.addNamedExpression(n, `=Dash!$${String.fromCharCode(65 + rect.col)}$${rect.row + 1}`);
  }
  hf.addNamedExpression("TEAM_NAMES", "=Team!$A$1:$A$3");
  const dashId = hf.getSheetId("Dash") as number;
  const calc = hf.getSheetId("Calc") as number;
  return {
    index: hf.getCellValue({ sheet: dashId, row: r, col: 2 }),
    line: hf.getCellValue({ sheet: dashId, row: r, col: 3 }),
    reads: reads.map((_, col) => hf.getCellValue({ sheet: calc, row: 0, col })),
    validation: s.spec.validations[0],
  };
}

// Each rep's figure in Team!B1:B3 (100, 200, 300); the team's 600.
const PER_REP = ["Team!$B$1", "Team!$B$2", "Team!$B$3"];
const figure = teamOrRep("600", pickedOf(PER_REP));
const repsLayout = { sheetName: "Reps", first: 2, perRep: 2, rows: 6 };

describe("the rep picker", () => {
  it("blank: the team's figures, and a line saying so", () => {
    const p = picked("", [figure]);
    expect(p.index).toBe("");
    expect(p.reads).toEqual([600]);
    expect(p.line).toMatch(/^Showing the team/);
  });

  it("a rep: the rep's place in the team, the rep's figures and the rep's block on Reps", () => {
    const p = picked("Suzuki", [figure, pickedRepsCell(repsLayout, 1, 0), pickedRepsCell(repsLayout, 1, 1)]);
    expect(p.index).toBe(3);
    expect(p.reads).toEqual([300, 30, 31]);
    expect(p.line).toMatch(/^Showing this rep's/);
  });

  it("names are matched exactly: * is no wildcard, letter case aside", () => {
    expect(picked("S*o", [figure]).reads).toEqual([200]);
    expect(picked("sato", [figure]).index).toBe(1);
  });

  it("a name not in the team: said so, and no one's figures", () => {
    const p = picked("Tanaka", [figure]);
    expect(p.line).toBe("Not a rep of the team: pick one from the list.");
    expect(typeof p.reads[0]).toBe("object"); // #N/A: no rep's number shown
  });

  it("the input offers the team's names, with help in the plan's language", () => {
    expect(picked("", []).validation).toMatchObject({
      rect: { row: 0, col: 1 },
      rule: { kind: "listFromNamedRange", name: "TEAM_NAMES" },
      help: "Pick a rep of the team",
    });
    const ja = picked("", [], "ja");
    expect(ja.validation?.help).toBe("チームの担当者名を選んでください");
    expect(ja.line).toMatch(/^チーム全体を表示中/);
  });

  it("a single rep's column reads that rep's one cell", () => {
    expect(pickedOf(["Team!$B$2"])).toBe("INDEX(Team!$B$2:$B$2,REP_INDEX)");
  });
});
