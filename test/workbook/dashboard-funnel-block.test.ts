// The Dashboard's funnel table and the block under it (dashboard-funnel.ts), computed in HyperFormula
// with the plan's numbers typed in as names and a one-row log, against BRIEF §3.8 by hand: actual ÷
// planned per stage, the bottleneck (the lowest below 1, ties to the earlier stage), the deals and KGI
// it costs, the remedies for its kind of rate; nothing flagged when every stage is at plan or nothing
// is logged; the table's title, headers, chart and flags' labels, and a second stream's block.
import { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { pick } from "../../src/domain/i18n";
import { playbookRow } from "../../src/domain/playbook";
import { rateKindOf } from "../../src/domain/stage-kinds";
import { planColumns } from "../../src/workbook/actuals-columns";
import { buildFunnels } from "../../src/workbook/dashboard-funnel";
import { SheetBuilder } from "../../src/workbook/grid";
import { L } from "../../src/workbook/labels";
import { logRefs } from "../../src/workbook/log-refs";
import { samplePlan } from "../fixtures/plans";
import { sheetsConfig } from "../support/hyperformula";
import { cellContent } from "../support/spec-engine";

const plan = samplePlan(); // Calls → Appointments → Meetings → Deals (stream new_biz)
const STAGES = ["calls", "appointments", "meetings", "deals"];

/** The plan's numbers as the Targets and Assumptions sheets would name them, typed by hand. */
const PLANNED = {
  required: [400, 40, 20, 5],
  rates: [0.1, 0.5, 0.25],
  dealValue: 1_000_000,
};

/** The funnel computed over a log of one April entry with these stage counts. */
function funnel(counts: number[], planned = PLANNED) {
  const columns = planColumns(plan);
  const s = new SheetBuilder("dashboard", "Dash");
  const { bottlenecks, funnels } = buildFunnels(s, plan, logRefs("Actuals", columns), "currency", null);
  const row = columns.map((c) => {
    if (c.key === "date") return "=DATE(2026,4,10)";
    if (c.key === "rep") return "Alice";
    const stage = STAGES.findIndex((id) => c.key === `stage:new_biz.${id}`);
    return stage >= 0 ? (counts[stage] ?? null) : null;
  });
  const hf = HyperFormula.buildFromSheets(
    {
      Dash: s.cells.map((line) => line.map(cellContent)),
      Actuals: [columns.map((c) => c.header), ...(counts.length ? [row] : [])],
    },
    sheetsConfig,
  );
  const named: Record<string, number | string> = {
    PERIOD_START: "DATE(2026,4,1)",
    AS_OF: "DATE(2026,4,30)",
    DEAL_VALUE_new_biz: planned.dealValue,
  };
  STAGES.forEach((id, k) => {
    named[`REQ_new_biz_${id}`] = planned.required[k] as number;
    if (k < 3) named[`RATE_new_biz_${id}`] = planned.rates[k] as number;
  });
  for (const [name, value] of Object.entries(named)) hf.addNamedExpression(name, `=${value}`);
  const sheet = hf.getSheetId("Dash") as number;
  const at = (p: { row: number; col: number }) => {
    const v = hf.getCellValue({ sheet, row: p.row, col: p.col });
    return typeof v === "number" ? Number(v.toPrecision(12)) : v;
  };
  const block = funnels[0];
  if (!block) throw new Error("no funnel");
  const first = bottlenecks[0]?.row as number;
  return {
    // Per stage: required, actual, planned rate, actual rate, actual ÷ planned.
    table: STAGES.map((_, k) => [1, 2, 3, 4, 5].map((col) => at({ row: first + k, col }))),
    flags: bottlenecks.map(at),
    stage: at(block.stage),
    deals: at(block.deals),
    kgi: at(block.kgi),
    remedies: block.remedies.map(at),
  };
}

const remediesOf = (stage: string) =>
  playbookRow(rateKindOf(plan, "new_biz", stage) ?? "other").remedies.map((r) => pick(r, "en"));
const FLAG = L.bottleneckFlag.en;

describe("the Dashboard's funnel and its bottleneck", () => {
  it("flags the stage furthest below plan and what it costs", () => {
    // 300 calls, 24 appointments, 12 meetings, 2 deals: rates 0.08, 0.5, 1/6 against 0.1, 0.5, 0.25,
    // so actual ÷ planned 0.8, 1, 2/3: Meetings. It costs 5 required deals × (1 − 2/3) = 5/3 deals,
    // × ¥1,000,000.
    const f = funnel([300, 24, 12, 2]);
    expect(f.table).toEqual([
      [400, 300, 0.1, 0.08, 0.8],
      [40, 24, 0.5, 0.5, 1],
      [20, 12, 0.25, 0.166666666667, 0.666666666667],
      [5, 2, null, null, null],
    ]);
    expect(f.flags).toEqual(["", "", FLAG]);
    expect(f.stage).toBe("Meetings");
    expect(f.deals).toBe(1.66666666667);
    expect(f.kgi).toBe(1_666_666.66667);
    const want = remediesOf("meetings");
    expect(f.remedies.slice(0, want.length)).toEqual(want);
    expect(f.remedies.slice(want.length).every((r) => r === "")).toBe(true);
  });

  it("on a tie, the earlier stage; its own remedies", () => {
    // Planned 0.5 at calls and at appointments: 100 → 40 → 16 is 0.4 twice, 0.8 of plan each; 16 → 4
    // meetings → deals is 0.25, at plan. Calls is flagged: 5 × (1 − 0.8) = 1 deal, ¥1,000,000.
    const f = funnel([100, 40, 16, 4], { ...PLANNED, rates: [0.5, 0.5, 0.25] });
    expect(f.table.map((r) => r[4])).toEqual([0.8, 0.8, 1, null]);
    expect(f.flags).toEqual([FLAG, "", ""]);
    expect(f.stage).toBe("Calls");
    expect([f.deals, f.kgi]).toEqual([1, 1_000_000]);
    expect(f.remedies.slice(0, remediesOf("calls").length)).toEqual(remediesOf("calls"));
    expect(remediesOf("calls")).not.toEqual(remediesOf("meetings"));
  });

  it("flags nothing when every stage is at or above plan: the block is blank", () => {
    // 100 → 10 → 5 → 2: 0.1, 0.5, 0.4 against 0.1, 0.5, 0.25: 1, 1, 1.6.
    const f = funnel([100, 10, 5, 2]);
    expect(f.table.map((r) => r[4]).slice(0, 3)).toEqual([1, 1, 1.6]);
    expect(f.flags).toEqual(["", "", ""]);
    expect([f.stage, f.deals, f.kgi]).toEqual(["", "", ""]);
    expect(f.remedies.every((r) => r === "")).toBe(true);
  });

  it("flags nothing before anything is logged", () => {
    const f = funnel([]);
    expect(f.table.map((r) => r.slice(1, 5))).toEqual([
      [0, 0.1, "", ""],
      [0, 0.5, "", ""],
      [0, 0.25, "", ""],
      [0, null, null, null],
    ]);
    expect(f.flags).toEqual(["", "", ""]);
    expect(f.stage).toBe("");
  });
});

describe("the funnel table's layout", () => {
  it("titles the stream's table, heads its columns, charts required vs actual beside it", () => {
    const s = new SheetBuilder("dashboard", "Dash");
    const { bottlenecks, funnels } = buildFunnels(
      s,
      plan,
      logRefs("Actuals", planColumns(plan)),
      "currency",
      null,
    );
    const first = bottlenecks[0]?.row as number;
    const values = (row: number) => (s.cells[row] ?? []).map((c) => c?.value ?? null);
    // Row 0 the section, row 1 the headers, rows 2–5 the four stages.
    expect(first).toBe(2);
    expect(s.cells[0]?.[0]).toEqual({
      value: "Funnel: planned vs actual conversion — New business",
      style: "section",
    });
    expect(values(1)).toEqual([
      "Stage",
      "Required",
      "Actual",
      "Planned rate",
      "Actual rate",
      "Actual ÷ planned",
      "Bottleneck",
    ]);
    expect(s.cells[1]?.every((c) => c?.style === "header")).toBe(true);
    expect([2, 3, 4, 5].map((r) => values(r)[0])).toEqual(["Calls", "Appointments", "Meetings", "Deals"]);
    // The chart reads the header row and the four stages' name, required and actual (3 columns), and
    // sits from the header row at column M.
    expect(s.spec.charts).toEqual([
      {
        kind: "bar",
        title: "Funnel: required vs actual — New business",
        data: { row: 1, col: 0, rows: 5, cols: 3 },
        anchor: { row: 1, col: 12 },
      },
    ]);
    // One stream: a flag names its stage alone.
    expect(bottlenecks.map((b) => b.label)).toEqual(["Calls", "Appointments", "Meetings"]);
    // The remedies' label on their first row only.
    const remedyRows = funnels[0]?.remedies.map((r) => r.row) ?? [];
    expect(remedyRows.length).toBeGreaterThan(1);
    expect(remedyRows.map((r) => s.cells[r]?.[0]?.value ?? null)).toEqual([
      "What to do (playbook)",
      ...remedyRows.slice(1).map(() => null),
    ]);
  });

  it("with two streams: each flag says its stream, each block reads its own funnel", () => {
    const two = structuredClone(plan);
    two.kpis = [];
    (two.streams[0] as (typeof two.streams)[number]).share = 0.5;
    two.streams.push({
      id: "renewals",
      name: "Renewals",
      share: 0.5,
      dealValue: 300_000,
      stages: [
        { id: "calls", name: "Renewal calls", rate: 0.5 },
        { id: "deals", name: "Renewed" },
      ],
    });
    const columns = planColumns(two);
    const s = new SheetBuilder("dashboard", "Dash");
    const { bottlenecks, funnels } = buildFunnels(s, two, logRefs("Actuals", columns), "currency", null);
    expect(bottlenecks.map((b) => b.label)).toEqual([
      "New business: Calls",
      "New business: Appointments",
      "New business: Meetings",
      "Renewals: Renewal calls",
    ]);
    expect(s.spec.charts.map((c) => c.title)).toEqual([
      "Funnel: required vs actual — New business",
      "Funnel: required vs actual — Renewals",
    ]);
    // Renewals: 10 calls required at 0.5 → 5 renewals; logged 10 calls → 3 renewed, 0.3 ÷ 0.5 = 0.6 of
    // plan. It costs 5 × (1 − 0.6) = 2 renewals × ¥300,000 = ¥600,000.
    const entry = columns.map((c) =>
      c.key === "date"
        ? "=DATE(2026,4,10)"
        : c.key === "rep"
          ? "Alice"
          : c.key === "stage:renewals.calls"
            ? 10
            : c.key === "stage:renewals.deals"
              ? 3
              : null,
    );
    const hf = HyperFormula.buildFromSheets(
      { Dash: s.cells.map((line) => line.map(cellContent)), Actuals: [columns.map((c) => c.header), entry] },
      sheetsConfig,
    );
    const named: Record<string, string | number> = {
      PERIOD_START: "DATE(2026,4,1)",
      AS_OF: "DATE(2026,4,30)",
      DEAL_VALUE_new_biz: 1_000_000,
      DEAL_VALUE_renewals: 300_000,
      REQ_renewals_calls: 10,
      REQ_renewals_deals: 5,
      RATE_renewals_calls: 0.5,
    };
    STAGES.forEach((id, k) => {
      named[`REQ_new_biz_${id}`] = PLANNED.required[k] as number;
      if (k < 3) named[`RATE_new_biz_${id}`] = PLANNED.rates[k] as number;
    });
    for (const [name, value] of Object.entries(named)) hf.addNamedExpression(name, `=${value}`);
    const sheet = hf.getSheetId("Dash") as number;
    const at = (p: { row: number; col: number }) => hf.getCellValue({ sheet, row: p.row, col: p.col });
    const renewals = funnels[1];
    if (!renewals) throw new Error("no second funnel");
    expect(renewals.stream).toBe("renewals");
    expect(at(renewals.stage)).toBe("Renewal calls");
    expect(at(renewals.deals)).toBeCloseTo(2, 9);
    expect(at(renewals.kgi)).toBeCloseTo(600_000, 3);
    // Nothing logged for new business: its block is blank.
    expect(at((funnels[0] as (typeof funnels)[number]).stage)).toBe("");
  });
});
