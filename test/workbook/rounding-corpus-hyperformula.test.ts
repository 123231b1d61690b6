// The rounding corpus (test/fixtures/rounding-corpus.ts) through the workbook's own formulas, as
// src/domain/formula.ts renders the funnel's rules, in the HyperFormula engine of the local preview.
// HyperFormula's ROUNDUP is ours (src/local/apps-script/hyperformula-engine.ts replaces its plain
// ceiling), so this proves the formula's shape and that engine, not what Google Sheets computes: see
// test/cli/libreoffice-rounding.test.ts for an engine that is not ours.
import { describe, expect, it } from "vitest";
import { sheetsEngine } from "../../src/local/apps-script/hyperformula-engine";
import { mismatches, roundingCorpus } from "../fixtures/rounding-corpus";
import { dealsFormula, stageFormula } from "../support/funnel-formula";

const corpus = roundingCorpus();

describe("the workbook's formulas round every case of the corpus as a spreadsheet does", () => {
  it("renders the rules as the plain spreadsheet formulas they are", () => {
    expect(stageFormula(2)).toBe("=ROUNDUP(A2/B2,0)");
    expect(dealsFormula(2)).toBe("=ROUNDUP(A2*C2/B2,0)");
  });

  it("evaluates both rules on all cases in one engine", () => {
    const rows = corpus.map((c, i) => [
      Number(c.numerator),
      Number(c.rate),
      1,
      stageFormula(i + 1),
      dealsFormula(i + 1),
    ]);
    const hf = sheetsEngine({ Corpus: rows });
    const at = (i: number, col: number) => hf.getCellValue({ sheet: 0, row: i, col });
    expect(mismatches(corpus, (_, i) => at(i, 3))).toEqual([]);
    expect(mismatches(corpus, (_, i) => at(i, 4))).toEqual([]);
    hf.destroy();
  });
});
