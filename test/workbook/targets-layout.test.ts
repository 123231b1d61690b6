// The Targets sheet's layout (targets-sheet.ts), from the built spec: its sections and headers, the
// stage columns named by stream when there are several, the last stage without a rate, the period
// table's total (HyperFormula: the KGI again), the title row frozen and every cell protected.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { L } from "../../src/workbook/labels";
import type { CellSpec, SheetSpec } from "../../src/workbook/spec";
import { stageColumns } from "../../src/workbook/targets-sheet";
import { leadPlan } from "../fixtures/lead-time";
import { samplePlan } from "../fixtures/plans";
import { loadSpec, reachedFrom } from "../support/spec-engine";

const value = (c: CellSpec | null | undefined) => c?.value ?? null;
const rowOf = (s: SheetSpec, first: string) => s.cells.findIndex((r) => value(r[0]) === first);
function targets(plan: Plan) {
  const spec = buildWorkbook(plan);
  const s = spec.sheets.find((x) => x.key === "targets");
  if (!s) throw new Error("no Targets");
  return { spec, s };
}

function twoStreams(): Plan {
  const plan = samplePlan();
  (plan.streams[0] as Plan["streams"][number]).share = 0.6;
  plan.streams.push({
    id: "up",
    name: "Upsell",
    share: 0.4,
    dealValue: 400_000,
    stages: [
      { id: "offers", name: "Offers", rate: 0.2 },
      { id: "won", name: "Won" },
    ],
  });
  return plan;
}

describe("the Targets sheet's layout", () => {
  it("stage columns: by stage name, prefixed by the stream's when there are several", () => {
    expect(stageColumns(samplePlan()).map((c) => c.name)).toEqual([
      "Calls",
      "Appointments",
      "Meetings",
      "Deals",
    ]);
    expect(stageColumns(twoStreams()).map((c) => [c.streamId, c.stageId, c.name])).toEqual([
      ["new_biz", "calls", "New business: Calls"],
      ["new_biz", "appointments", "New business: Appointments"],
      ["new_biz", "meetings", "New business: Meetings"],
      ["new_biz", "deals", "New business: Deals"],
      ["up", "offers", "Upsell: Offers"],
      ["up", "won", "Upsell: Won"],
    ]);
  });

  it("title, the split rule, each section with its headers; the last stage has no rate", () => {
    const { s } = targets(samplePlan());
    expect(s.cells[0]?.[0]).toEqual({ value: "FY2026 inside sales", style: "title" });
    expect(s.cells[1]?.[0]).toEqual({ value: L.splitRule.en, style: "note" });
    const team = rowOf(s, L.teamTotals.en);
    expect(s.cells[team + 1]?.slice(0, 5).map(value)).toEqual([
      "Stream",
      "Stage",
      "Rate to next stage",
      "Required",
      null,
    ]);
    expect(s.cells[team + 2]?.slice(0, 2).map(value)).toEqual(["New business", "Calls"]);
    expect(s.cells[team + 5]?.[2] ?? null).toBeNull(); // Deals
    expect(s.cells[team + 4]?.[2]?.formula).toBe("RATE_new_biz_meetings");
    const stages = ["Calls", "Appointments", "Meetings", "Deals"];
    const perRep = rowOf(s, L.perRep.en);
    expect(s.cells[perRep + 1]?.slice(0, 8).map(value)).toEqual([
      "Rep",
      "Weight",
      "Cumulative weight",
      "Annual revenue",
      ...stages,
    ]);
    const perDay = rowOf(s, L.perRepPerDay.en);
    expect(s.cells[perDay + 1]?.slice(0, 8).map(value)).toEqual([
      "Rep",
      null,
      null,
      "Annual revenue",
      ...stages,
    ]);
    const perPeriod = rowOf(s, L.perPeriod.en);
    expect(s.cells[perPeriod + 1]?.slice(0, 8).map(value)).toEqual([
      "Start",
      "Weight",
      "Cumulative weight",
      "Annual revenue",
      ...stages,
    ]);
    expect(s.frozenRows).toBe(1);
    // Every cell of ours, the four fixed columns and one per stage, protected as formulas.
    expect(s.protections).toEqual([
      { rect: { row: 0, col: 0, rows: s.cells.length, cols: 8 }, description: "KPI Designer: formulas" },
    ]);
  });

  it("the period table's total is the KGI again", () => {
    const { spec, s } = targets(samplePlan());
    const total = rowOf(s, L.total.en);
    expect(total).toBeGreaterThan(rowOf(s, L.perPeriod.en));
    const { hf, sheet } = loadSpec(reachedFrom(spec, ["targets"]));
    expect(hf.getCellValue({ sheet: sheet("targets"), row: total, col: 3 })).toBe(120_000_000);
  });

  it("with a lead time, the helper columns beside the period table are protected too", () => {
    // Leads → Meetings → Won, a 60-day lead time: two lead stages (Won is the deals), so 4 + 3 + 2.
    const { s } = targets(leadPlan());
    expect(s.protections[0]?.rect.cols).toBe(9);
  });
});
