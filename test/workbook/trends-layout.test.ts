// The Trends sheet's layout, from the built spec (no engine: its figures are trends-hand's): the
// metrics in funnel order with manual KPIs last, three rows each, named by stream when there are
// several; each row's label and number format; the heading rows, the note, what is frozen.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { L } from "../../src/workbook/labels";
import type { CellSpec, SheetSpec } from "../../src/workbook/spec";
import { TRENDS_COL } from "../../src/workbook/trends-sheet";
import { progressPlan } from "../fixtures/progress-log";

function trends(plan: Plan): SheetSpec {
  const s = buildWorkbook(plan).sheets.find((x) => x.key === "trends");
  if (!s) throw new Error("no Trends sheet");
  return s;
}
const value = (c: CellSpec | null | undefined) => c?.value ?? null;
const FIGURES = [L.target.en, L.actual.en, L.ofPlan.en, L.plannedRate.en, L.actualRate.en];
/** [metric, figure, the first period's format] of each metric row. */
const metricRows = (s: SheetSpec) => {
  const head = s.cells.findIndex((r) => value(r[0]) === L.metric.en);
  return s.cells
    .slice(head + 4)
    .filter((r) => FIGURES.includes(value(r[1]) as string))
    .map((r) => [value(r[0]), value(r[1]), r[TRENDS_COL.firstPeriod]?.format ?? null]);
};

describe("the Trends sheet's layout", () => {
  it("three rows a metric — target, actual, % of plan — each in the metric's format", () => {
    // progressPlan: KGI in JPY; Calls → Appointments → Deals; Proposals sent (件, summed) and
    // Customer NPS (no unit, averaged).
    const rows = metricRows(trends(progressPlan()));
    expect(rows).toEqual([
      ["KGI: Revenue", "Target", "currency"],
      ["KGI: Revenue", "Actual", "currency"],
      ["KGI: Revenue", "% of plan", "percent"],
      ["Calls", "Target", "integer"],
      ["Calls", "Actual", "integer"],
      ["Calls", "% of plan", "percent"],
      ["Appointment rate", "Planned rate", "percent"],
      ["Appointment rate", "Actual rate", "percent"],
      ["Appointment rate", "% of plan", "percent"],
      ["Appointments", "Target", "integer"],
      ["Appointments", "Actual", "integer"],
      ["Appointments", "% of plan", "percent"],
      ["Appointments → Deals rate", "Planned rate", "percent"],
      ["Appointments → Deals rate", "Actual rate", "percent"],
      ["Appointments → Deals rate", "% of plan", "percent"],
      ["Deals", "Target", "integer"],
      ["Deals", "Actual", "integer"],
      ["Deals", "% of plan", "percent"],
      // A period's share of a count's target need not be whole: one decimal; its actual is whole.
      ["Proposals sent", "Target", "tenths"],
      ["Proposals sent", "Actual", "integer"],
      ["Proposals sent", "% of plan", "percent"],
      ["Customer NPS", "Target", "decimal"],
      ["Customer NPS", "Actual", "decimal"],
      ["Customer NPS", "% of plan", "percent"],
    ]);
  });

  it("a manual KPI's target is in tenths only when it is a count summed over the period (not money)", () => {
    const plan = progressPlan();
    plan.kpis = [
      {
        id: "pipeline",
        name: "Pipeline added",
        tier: "outcome",
        direction: "higher",
        frequency: "monthly",
        source: { manual: true, target: 3_000_000, unit: "円", aggregate: "sum" },
      },
      {
        id: "headcount",
        name: "Active accounts",
        tier: "outcome",
        direction: "higher",
        frequency: "monthly",
        source: { manual: true, target: 40, unit: "件", aggregate: "average" },
      },
    ];
    const targets = metricRows(trends(plan)).filter((r) => r[1] === L.target.en);
    // Money summed stays money; a count averaged is a level, whose average need not be whole.
    expect(targets.slice(-2)).toEqual([
      ["Pipeline added", "Target", "currency"],
      ["Active accounts", "Target", "decimal"],
    ]);
  });

  it("a rate KPI names its own stream's rate only, when another stream has a stage of the same id", () => {
    const plan = progressPlan();
    (plan.streams[0] as Plan["streams"][number]).share = 0.5;
    plan.streams.push({
      id: "up",
      name: "Upsell",
      share: 0.5,
      dealValue: 200_000,
      stages: [
        { id: "calls", name: "Calls", rate: 0.2 },
        { id: "won", name: "Won" },
      ],
    });
    const names = [...new Set(metricRows(trends(plan)).map((r) => r[0]))];
    expect(names).toContain("Appointment rate");
    expect(names).toContain("Upsell: Calls → Won rate");
    expect(names.filter((n) => n === "Appointment rate")).toHaveLength(1);
  });

  it("the sentence on what moved most reads the table's rows, 8 to 31, and nothing below", () => {
    // Title, the sentence, as-of, the header (rows 1–4); end, working days, elapsed (5–7); then eight
    // metrics of three rows: KGI, Calls, Appointment rate, Appointments, Appointments → Deals rate,
    // Deals, Proposals sent, Customer NPS — rows 8 to 31.
    const f = trends(progressPlan()).cells[1]?.[1]?.formula ?? "";
    const ranges = [...new Set(f.match(/\$[A-Z]+\$\d+:\$[A-Z]+\$\d+/g))].sort();
    expect(ranges).toEqual(["$A$8:$A$31", "$D$8:$D$31", "$E$8:$E$31", "$F$8:$F$31"]);
  });

  it("one column width for each of the six label columns and each period", () => {
    // progressPlan: a quarter by month, three periods.
    expect(trends(progressPlan()).columnWidths).toHaveLength(6 + 3);
  });

  it("with two streams, a stage and a rate no KPI names say their stream", () => {
    const plan = progressPlan();
    plan.kpis = [];
    (plan.streams[0] as Plan["streams"][number]).share = 0.5;
    plan.streams.push({
      id: "up",
      name: "Upsell",
      share: 0.5,
      dealValue: 200_000,
      stages: [
        { id: "offers", name: "Offers", rate: 0.2 },
        { id: "won", name: "Won" },
      ],
    });
    const names = [...new Set(metricRows(trends(plan)).map((r) => r[0]))];
    expect(names).toEqual([
      "KGI: Revenue",
      "New business: Calls",
      "New business: Calls → Appointments rate",
      "New business: Appointments",
      "New business: Appointments → Deals rate",
      "New business: Deals",
      "Upsell: Offers",
      "Upsell: Offers → Won rate",
      "Upsell: Won",
    ]);
  });

  it("the title, the heading rows, the note at the end in column B, the header and column A frozen", () => {
    const s = trends(progressPlan());
    expect(s.cells[0]?.[0]).toEqual({ value: "Q1 new business", style: "title" });
    expect(value(s.cells[1]?.[0])).toBe(L.movedMost.en);
    expect([value(s.cells[2]?.[0]), value(s.cells[2]?.[2])]).toEqual([L.asOf.en, L.periodNow.en]);
    expect(s.cells[2]?.[1]?.formula).toBe("AS_OF");
    const head = s.cells[3] ?? [];
    expect(head.slice(0, 6).map(value)).toEqual([
      "Metric",
      "Figure",
      "Trend",
      "Last period",
      "This period",
      "Moved",
    ]);
    expect(head.slice(0, 6).every((c) => c?.style === "header")).toBe(true);
    // Then the periods' end, working days and working days elapsed.
    expect([4, 5, 6].map((r) => value(s.cells[r]?.[0]))).toEqual([
      L.end.en,
      L.workingDays.en,
      L.elapsedInPeriod.en,
    ]);
    // After the table, the note, in column B.
    const note = s.cells.findIndex((r) => value(r[1]) === L.trendsNote.en);
    expect(s.cells[note]?.[0] ?? null).toBeNull();
    expect(s.cells[note]?.[1]).toEqual({ value: L.trendsNote.en, style: "note" });
    const lastMetric = s.cells.map((r) => value(r[1])).lastIndexOf(L.ofPlan.en);
    expect(note).toBe(lastMetric + 2);
    expect([s.frozenRows, s.frozenColumns]).toEqual([4, 1]);
  });
});
