// The Targets sheet with a 60-day lead time computed by a real engine (HyperFormula): the hand-worked
// numbers of test/domain/lead-time.test.ts. Each test builds and computes the workbook itself, so that
// under mutation testing the sheets' code is reached inside the test that judges it (a workbook built
// while a file loads is, to Stryker, no test's). Random plans: lead-time-sheet.test.ts.
import { describe, expect, it } from "vitest";
import { buildWorkbook } from "../../src/workbook/build";
import { COL } from "../../src/workbook/kpi-row";
import { L } from "../../src/workbook/labels";
import { N } from "../../src/workbook/names";
import { REPS_COL } from "../../src/workbook/reps-sheet";
import { leadPlan } from "../fixtures/lead-time";
import { loadSpec, named, serial } from "../support/spec-engine";
import { tables, textOf } from "../support/targets-tables";

/** The lead plan's workbook computed as of 2026-04-30. */
function load() {
  const plan = leadPlan();
  const spec = buildWorkbook(plan);
  const { hf, sheet } = loadSpec(spec);
  const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!at) throw new Error("no as-of");
  hf.setCellContents({ sheet: sheet("dashboard"), row: at.row, col: at.col }, serial("2026-04-30"));
  const { periods, reps, stageCol } = tables(spec, plan);
  const id = sheet("targets");
  const value = (row: number, col: number, on = id) => hf.getCellValue({ sheet: on, row, col });
  const column = (stage: number) => periods.map((r) => value(r, stageCol(stage)));
  return { spec, hf, sheet, reps, stageCol, value, column };
}

describe("Targets with a 60-day lead time, in HyperFormula, by hand", () => {
  it("the pipeline needed at the start (leads 66, meetings 17), the periods' and the reps' targets", () => {
    const { spec, hf, column, reps, value, stageCol } = load();
    expect(named(hf, N.required("new", "leads"))).toBe(400);
    expect(named(hf, N.pipeline("new", "leads"))).toBe(66);
    expect(named(hf, N.pipeline("new", "meetings"))).toBe(17);
    expect(spec.namedRanges.some((n) => n.name === N.pipeline("new", "won"))).toBe(false);
    // The per-period targets, shifted, and their sum; per rep, the activity in the plan.
    expect(column(0)).toEqual([33, 34, 33, 34, 34, 33, 34, 33, 34, 32, 0, 0]);
    expect(column(1).slice(0, 2)).toEqual([16, 17]);
    expect(column(1).at(-1)).toBe(0);
    expect(column(2)[0]).toBe(9);
    const sum = (xs: unknown[]) => xs.reduce<number>((a, b) => a + (b as number), 0);
    expect(66 + sum(column(0))).toBe(400);
    expect(17 + sum(column(1))).toBe(200);
    expect(sum(column(2))).toBe(100);
    expect(reps.map((r) => value(r, stageCol(0)))).toEqual([84, 250]);
    expect(reps.map((r) => value(r, stageCol(1)))).toEqual([46, 137]);
    expect(reps.map((r) => value(r, stageCol(2)))).toEqual([25, 75]);
  });

  it("the Dashboard: a stage's target is the activity in the plan, to date by the shifted schedule", () => {
    const { spec, sheet, value } = load();
    const dash = spec.sheets.find((s) => s.key === "dashboard");
    const d = sheet("dashboard");
    const rowOf = (name: string) => dash?.cells.findIndex((r) => textOf(r[0]) === name) ?? -1;
    // As of 2026-04-30: 400 × 90 ÷ 365 − 66 and 200 × 60 ÷ 365 − 17 (the domain test's hand figures).
    expect(value(rowOf("Leads"), COL.target, d)).toBe(334);
    expect(value(rowOf("Leads"), COL.toDate, d)).toBeCloseTo(32.630137, 5);
    expect(value(rowOf("Meetings"), COL.target, d)).toBe(183);
    expect(value(rowOf("Meetings"), COL.toDate, d)).toBeCloseTo(15.876712, 5);
    expect(value(rowOf("Won"), COL.toDate, d)).toBeCloseTo(8.219178, 5);
  });

  it("the labels say what the section is", () => {
    const spec = buildWorkbook(leadPlan());
    const targets = spec.sheets.find((s) => s.key === "targets");
    const texts = targets?.cells.flat().map(textOf) ?? [];
    expect(texts).toContain(L.pipelineAtStart.en);
    expect(texts).toContain(L.leadSection.en);
    expect(texts).toContain(L.leadNote.en);
    // Each lead stage's helper column beside the per-period table says whose weight it is.
    expect(texts).toContain(`Leads: ${L.weightDueAhead.en}`);
  });
});

describe("the Reps sheet with a 60-day lead time", () => {
  it("a rep's stage target to date follows the shifted schedule too, in proportion to the rep's target", () => {
    const { spec, sheet, value } = load();
    const reps = spec.sheets.find((s) => s.key === "reps");
    const r = sheet("reps");
    const rows = (name: string) =>
      (reps?.cells ?? []).flatMap((row, i) => (textOf(row[REPS_COL.kpi]) === name ? [i] : []));
    // The team's Leads to date is 400 × 90 ÷ 365 − 66 of its 334 (above); each rep's is that share of
    // the rep's target: 84 × (400 × 90 ÷ 365 − 66) ÷ 334 and 250 × the same.
    const share = ((400 * 90) / 365 - 66) / 334;
    const leads = rows("Leads");
    expect(leads).toHaveLength(2);
    expect(leads.map((i) => value(i, REPS_COL.target, r))).toEqual([84, 250]);
    expect(value(leads[0] as number, REPS_COL.toDate, r)).toBeCloseTo(84 * share, 6);
    expect(value(leads[1] as number, REPS_COL.toDate, r)).toBeCloseTo(250 * share, 6);
  });
});
