// The Targets sheet's layout (targets-sheet.ts), from the built spec: its sections and headers, the
// stage columns named by stream when there are several, the last stage without a rate, the period
// table's total (HyperFormula: the KGI again), the title row frozen and every cell protected.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { L } from "../../src/workbook/labels";
import { N } from "../../src/workbook/names";
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

  it("without a lead time the sheet ends at the period table's total", () => {
    const { s } = targets(samplePlan());
    expect(s.cells.length).toBe(rowOf(s, L.total.en) + 1);
  });

  it("a lead time shifts its own stream's stage only, when another stream has a stage of the same id", () => {
    // New business: calls → … → deals, no lead time; Upsell: calls → won, 30 days ahead. Stage
    // columns: 4–7 New business, 8–9 Upsell.
    const plan = samplePlan();
    (plan.streams[0] as Plan["streams"][number]).share = 0.5;
    plan.streams.push({
      id: "up",
      name: "Upsell",
      share: 0.5,
      dealValue: 200_000,
      leadTimeDays: 30,
      stages: [
        { id: "calls", name: "Calls", rate: 0.2 },
        { id: "won", name: "Won" },
      ],
    });
    const { s } = targets(plan);
    const first = (s.cells[rowOf(s, L.perPeriod.en) + 2] ?? []).map((c) => c?.formula ?? "");
    expect(first[4]).toContain(N.required("new_biz", "calls"));
    expect(first[4]).not.toContain(N.required("up", "calls"));
    expect(first[8]).toContain(N.required("up", "calls"));
  });

  it("column widths: the per-day guide in words fits (wider in English), one column a stage", () => {
    // "1 every 21 working days" is about 160 px; 約21稼働日に1件 about 120. The KGI's column is at
    // least 140 either way. Four fixed columns, then the four stages.
    const en = targets(samplePlan()).s.columnWidths;
    expect(en.slice(3)).toEqual([170, 170, 170, 170, 170]);
    const plan = samplePlan();
    plan.locale = "ja";
    const ja = targets(plan).s.columnWidths;
    expect(ja.slice(3)).toEqual([140, 120, 120, 120, 120]);
    expect(en.slice(0, 3)).toHaveLength(3);
  });

  it("with a lead time, the helper columns beside the period table are protected too", () => {
    // Leads → Meetings → Won, a 60-day lead time: two lead stages (Won is the deals), so 4 + 3 + 2.
    const { s } = targets(leadPlan());
    expect(s.protections[0]?.rect.cols).toBe(9);
  });
});
