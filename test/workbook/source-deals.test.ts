// A deal list connected as a source (issue 19), computed by HyperFormula: the Dashboard, Reps and
// Trends count each deal in every stage up to the furthest it reached, by each stage's date (else its
// created date), and won amounts as the KGI on the won date — equal to the hand tally in
// test/fixtures/deal-list.ts and to what `status --deals` reads from the same rows; a deal typed
// after connecting counts with no regeneration. LibreOffice: test/cli/libreoffice-deals.test.ts.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import type { ConnectedSource } from "../../src/workbook/source";
import {
  DEAL_AS_OF,
  DEAL_HEADER,
  DEAL_ROWS,
  DEAL_TALLY,
  PHASE_ONLY_HEADER,
  PHASE_ONLY_ROWS,
} from "../fixtures/deal-list";
import { jaPlan } from "../fixtures/plans";
import {
  DEAL_SHEET,
  type DealRow,
  dealCells,
  dealConnection,
  dealReport,
  trendsMonths,
} from "../support/deal-connect";
import { loadSpec, serial } from "../support/spec-engine";
import { dashboardAgrees, repsAgree, trendsAgree } from "../support/status-compare";

function generated(plan: Plan, source: ConnectedSource, rows: DealRow[], header = DEAL_HEADER) {
  const spec = buildWorkbook(plan, { foreignSheetNames: [DEAL_SHEET], source });
  const { hf, sheet } = loadSpec(spec, {}, { [DEAL_SHEET]: [header, ...dealCells(rows)] });
  const asOf = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!asOf) throw new Error("no as-of");
  hf.setCellContents({ sheet: sheet("dashboard"), row: asOf.row, col: asOf.col }, serial(DEAL_AS_OF));
  return { spec, hf, sheet, list: hf.getSheetId(DEAL_SHEET) as number };
}

describe("a deal list connected as a source, in HyperFormula", () => {
  const plan = jaPlan();

  it("counts each deal up to the furthest stage it reached and the won amounts, as the hand tally and status --deals", () => {
    const source = dealConnection(plan, DEAL_ROWS);
    const { spec, hf, sheet, list } = generated(plan, source, DEAL_ROWS);
    const m = trendsMonths(plan, hf.getSheetValues(sheet("trends")));
    expect(m.appointments).toEqual(DEAL_TALLY.appointments);
    expect(m.meetings).toEqual(DEAL_TALLY.meetings);
    expect(m.deals).toEqual(DEAL_TALLY.deals);
    expect(m.kgi).toEqual(DEAL_TALLY.kgi);
    // The list knows アポ onward: 架電 gets nothing from it.
    expect(m.calls).toEqual([0, 0, 0]);
    const r = dealReport(plan, DEAL_ROWS, source, DEAL_AS_OF);
    for (const [name, want] of Object.entries(DEAL_TALLY.reps)) {
      const rep = r.reps.find((x) => x.name === name);
      expect(rep?.kgi.actual, name).toBe(want.kgi);
      expect(rep?.kpis.find((k) => k.id === "deals")?.actual, name).toBe(want.deals);
    }
    dashboardAgrees(plan, spec, hf.getSheetValues(sheet("dashboard")), r);
    repsAgree(hf.getSheetValues(sheet("reps")), r);
    trendsAgree(plan, hf.getSheetValues(sheet("trends")), r);

    // A new deal typed below, won in June with its meeting the same week: every stage and the KGI move.
    const added: DealRow = ["G社", "鈴木", "2026-06-02", "受注", "受注", "2026-06-05", "2026-06-25", 700_000];
    hf.setCellContents({ sheet: list, row: DEAL_ROWS.length + 1, col: 0 }, dealCells([added]));
    const after = trendsMonths(plan, hf.getSheetValues(sheet("trends")));
    expect([after.appointments?.[2], after.meetings?.[2], after.deals?.[2], after.kgi?.[2]]).toEqual([
      DEAL_TALLY.appointments[2] + 1,
      DEAL_TALLY.meetings[2] + 1,
      DEAL_TALLY.deals[2] + 1,
      DEAL_TALLY.kgi[2] + 700_000,
    ]);
    dashboardAgrees(
      plan,
      spec,
      hf.getSheetValues(sheet("dashboard")),
      dealReport(plan, [...DEAL_ROWS, added], source, DEAL_AS_OF),
    );
    hf.destroy();
  });

  it("reads a list with only the current phase: a lost deal counts in the first stage only", () => {
    // The hand tally of PHASE_ONLY_ROWS is written beside them in the fixture.
    const [header, rows] = [PHASE_ONLY_HEADER, PHASE_ONLY_ROWS];
    const source = dealConnection(plan, rows, header);
    const { spec, hf, sheet } = generated(plan, source, rows, header);
    const m = trendsMonths(plan, hf.getSheetValues(sheet("trends")));
    expect(m.appointments).toEqual([2, 1, 2]);
    expect(m.meetings).toEqual([1, 1, 0]);
    expect(m.deals).toEqual([1, 0, 0]);
    expect(m.kgi).toEqual([1_200_000, 0, 0]);
    dashboardAgrees(
      plan,
      spec,
      hf.getSheetValues(sheet("dashboard")),
      dealReport(plan, rows, source, DEAL_AS_OF),
    );
    hf.destroy();
  });
});
