// Every template's Targets sheet computed by HyperFormula and compared with numbers worked out by
// hand (test/fixtures/template-literals/): the funnel, per rep, per rep per working day, per month and
// the lead-time cells. The sheet's formulas are rendered from the same expression tree the domain
// evaluates, so comparing the two checks nothing about the rules; these literals do.
import { describe, expect, it } from "vitest";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { buildWorkbook } from "../../src/workbook/build";
import type { WorkbookSpec } from "../../src/workbook/spec";
import {
  CUMULATIVE_DAYS,
  TEMPLATE_LITERALS,
  WORKING_DAYS,
  WORKING_DAYS_TOTAL,
} from "../fixtures/template-literals";
import { loadSpec, named } from "../support/spec-engine";
import { literalPart, readTargets } from "../support/targets-literal";

/**
 * Assumptions and Targets only (as levers-block.test.ts): the cells read here depend on nothing else,
 * and HyperFormula loads the two in a fraction of the whole workbook's time.
 */
function assumptionsAndTargets(spec: WorkbookSpec): WorkbookSpec {
  const keep = new Set(["assumptions", "targets"]);
  return {
    ...spec,
    sheets: spec.sheets.filter((s) => keep.has(s.key)),
    namedRanges: spec.namedRanges.filter((n) => keep.has(n.sheet)),
  };
}

describe("template literals in HyperFormula", () => {
  it("every built-in template has a hand-worked table", () => {
    expect(TEMPLATE_LITERALS.map((t) => t.id)).toEqual([...templateIds]);
  });

  it.each(TEMPLATE_LITERALS.map((t) => [t.id, t] as const))(
    "%s (ja): Targets equal the hand table",
    (id, want) => {
      const plan = templatePlan(id, "ja");
      const spec = buildWorkbook(plan);
      const { hf, sheet } = loadSpec(assumptionsAndTargets(spec));
      try {
        const targets = sheet("targets");
        const got = readTargets(
          id,
          spec,
          plan,
          (row, col) => hf.getCellValue({ sheet: targets, row, col }),
          (name) => named(hf, name),
        );
        expect(got.workdaysTotal, "working days in FY2026, Japanese holidays").toBe(WORKING_DAYS_TOTAL);
        expect(got.workingDays, "working days per month").toEqual(WORKING_DAYS);
        expect(got.cumulativeDays, "cumulative working days").toEqual(CUMULATIVE_DAYS);
        expect(literalPart(got)).toEqual(want);
      } finally {
        hf.destroy();
      }
    },
  );
});
