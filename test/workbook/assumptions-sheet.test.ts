// The Assumptions sheet (assumptions.ts): every input a formula reads, under its name, with the plan's
// value; the periods' start, end and working days as the sheet computes them (HyperFormula, over the
// Assumptions sheet alone) against a hand count; a lead time and its check only where a stream has one.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { L } from "../../src/workbook/labels";
import { N } from "../../src/workbook/names";
import { samplePlan } from "../fixtures/plans";
import { loadSpec, named, reachedFrom, serial } from "../support/spec-engine";

function assumptions(plan: Plan) {
  const spec = reachedFrom(buildWorkbook(plan), ["assumptions"]);
  const { hf } = loadSpec(spec);
  const value = (name: string) => named(hf, name);
  const sheet = spec.sheets.find((s) => s.key === "assumptions");
  const rectOf = (name: string) => spec.namedRanges.find((n) => n.name === name)?.rect;
  return { spec, hf, value, sheet, rectOf };
}

describe("the Assumptions sheet's inputs", () => {
  it("each input under its name, with the plan's value", () => {
    const plan = samplePlan();
    plan.calendar = { workdays: [1, 2, 3, 4, 5, 6], holidays: [] };
    plan.thresholds = { good: 0.95, warn: 0.7 };
    plan.kpis.push({
      id: "nps",
      name: "NPS",
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 40, aggregate: "average", unit: "pt" },
    });
    const a = assumptions(plan);
    expect(a.value(N.kgiTarget)).toBe(120_000_000);
    expect(a.value(N.periodStart)).toBe(serial("2026-04-01"));
    expect(a.value(N.periodEnd)).toBe(serial("2027-03-31"));
    expect(a.value(N.weekendMask)).toBe("0000001");
    expect([a.value(N.thresholdGood), a.value(N.thresholdWarn)]).toEqual([0.95, 0.7]);
    expect([a.value(N.share("new_biz")), a.value(N.dealValue("new_biz"))]).toEqual([1, 1_000_000]);
    expect(["calls", "appointments", "meetings"].map((s) => a.value(N.rate("new_biz", s)))).toEqual([
      0.1, 0.5, 0.25,
    ]);
    // The last stage has no rate, so no name.
    expect(a.rectOf(N.rate("new_biz", "deals"))).toBeUndefined();
    expect(a.value(N.manualTarget("nps"))).toBe(40);
    // The team, three rows; weights 1, 1, 2.
    expect(a.rectOf(N.teamNames)?.rows).toBe(3);
    expect(a.rectOf(N.teamWeights)?.rows).toBe(3);
    // Holidays: none in the plan, twenty rows to add some, typed as dates.
    expect(a.rectOf(N.holidays)?.rows).toBe(20);
    // No lead time anywhere: no column for it.
    expect(a.rectOf(N.leadTime("new_biz"))).toBeUndefined();
    expect(a.sheet?.validations.some((v) => v.help === L.leadTimeHelp.en)).toBe(false);
  });

  it("the periods: monthly from the start, the last cut at the plan's end; working days by hand", () => {
    const plan = samplePlan();
    plan.period = { start: "2026-04-01", end: "2026-06-15", granularity: "month" };
    plan.calendar = { workdays: [1, 2, 3, 4, 5], holidays: ["2026-05-04", "2026-05-05", "2026-05-06"] };
    plan.seasonality = undefined;
    const a = assumptions(plan);
    const at = a.rectOf(N.periodWeights);
    if (!at) throw new Error("no periods");
    const sheet = a.hf.getSheetId(a.sheet?.name ?? "") as number;
    const rows = [0, 1, 2].map((i) =>
      [0, 1, 2].map((col) => a.hf.getCellValue({ sheet, row: at.row + i, col })),
    );
    // April 1–30: 22 weekdays; May 1–31: 21 weekdays less three holidays, 18; June 1–15: 11.
    expect(rows).toEqual([
      [serial("2026-04-01"), serial("2026-04-30"), 22],
      [serial("2026-05-01"), serial("2026-05-31"), 18],
      [serial("2026-06-01"), serial("2026-06-15"), 11],
    ]);
    expect(a.value(N.workdaysTotal)).toBe(51);
    // The plan's three holidays and twenty rows to add more.
    expect(a.rectOf(N.holidays)?.rows).toBe(23);
    // Without seasonality a period weighs its working days.
    expect([0, 1, 2].map((i) => a.hf.getCellValue({ sheet, row: at.row + i, col: 3 }))).toEqual([22, 18, 11]);
  });

  it("weekly periods end on Sunday, the last on the plan's end; seasonality weights are typed in", () => {
    const plan = samplePlan();
    // Wednesday 2026-04-01 to Monday 2026-04-13: the first week from Wednesday, the last a single
    // Monday (a period starting on the last day still has its one working day).
    plan.period = { start: "2026-04-01", end: "2026-04-13", granularity: "week" };
    plan.calendar = { workdays: [1, 2, 3, 4, 5], holidays: [] };
    plan.seasonality = [1, 2, 1.5];
    const a = assumptions(plan);
    const at = a.rectOf(N.periodWeights);
    if (!at) throw new Error("no periods");
    const sheet = a.hf.getSheetId(a.sheet?.name ?? "") as number;
    const rows = [0, 1, 2].map((i) =>
      [0, 1, 2, 3].map((col) => a.hf.getCellValue({ sheet, row: at.row + i, col })),
    );
    expect(rows).toEqual([
      [serial("2026-04-01"), serial("2026-04-05"), 3, 1],
      [serial("2026-04-06"), serial("2026-04-12"), 5, 2],
      [serial("2026-04-13"), serial("2026-04-13"), 1, 1.5],
    ]);
  });

  it("a stream's lead time: its column, its name and a check that it is not negative", () => {
    const plan = samplePlan();
    (plan.streams[0] as Plan["streams"][number]).leadTimeDays = 45;
    const a = assumptions(plan);
    expect(a.value(N.leadTime("new_biz"))).toBe(45);
    const r = a.rectOf(N.leadTime("new_biz"));
    expect(a.sheet?.validations.find((v) => v.rect.row === r?.row && v.rect.col === r?.col)?.rule).toEqual({
      kind: "numberAtLeast",
      min: 0,
    });
    expect(a.sheet?.validations.find((v) => v.rect.row === r?.row && v.rect.col === r?.col)?.help).toBe(
      L.leadTimeHelp.en,
    );
  });
});
