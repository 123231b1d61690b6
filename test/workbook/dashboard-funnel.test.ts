// The Dashboard's bottleneck (BRIEF §3.8), computed by HyperFormula over hand-made logs: the lowest
// actual ÷ planned below 1 is flagged (none when every stage is at or above plan; a tie goes to the
// earlier stage), and under the funnel what it costs against plan and the playbook's remedies of its
// kind, in the plan's language. Expected numbers are worked out by hand in each case.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/domain/i18n";
import type { Plan } from "../../src/domain/plan";
import { playbookRow, type RateKind } from "../../src/domain/playbook";
import { templatePlan } from "../../src/domain/templates";
import { planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import type { DashboardLayout } from "../../src/workbook/dashboard";
import { N } from "../../src/workbook/names";
import { loadSpec, serial } from "../support/spec-engine";

/** One log row a stage count per `stream.stage`, all on the plan's first day. */
function dashboard(plan: Plan, counts: Record<string, number>) {
  const columns = planColumns(plan);
  const row = columns.map((c) => {
    if (c.key === "date") return plan.period.start;
    if (c.key === "rep") return plan.team[0]?.name ?? "";
    if (c.key.startsWith("stage:")) return counts[c.key.slice(6)] ?? null;
    return null;
  });
  const spec = buildWorkbook(plan, {
    existingActuals: { columns: columns.map((c) => ({ key: c.key, header: c.header })), rows: [row] },
  });
  const { hf, sheet } = loadSpec(spec);
  const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!at) throw new Error("no AS_OF");
  hf.setCellContents({ sheet: sheet("dashboard"), row: at.row, col: at.col }, serial("2026-04-30"));
  const values = hf.getSheetValues(sheet("dashboard"));
  hf.destroy();
  const layout = spec.dashboard as DashboardLayout;
  const cell = (p: { row: number; col: number }) => values[p.row]?.[p.col];
  const flagged = layout.bottlenecks.filter((b) => !blank(cell(b))).map((b) => b.label);
  const block = (stream: string) => {
    const f = layout.funnels.find((x) => x.stream === stream);
    if (!f) throw new Error(`no funnel block for ${stream}`);
    return {
      stage: cell(f.stage),
      deals: cell(f.deals),
      kgi: cell(f.kgi),
      remedies: f.remedies.map(cell),
    };
  };
  return { flagged, block };
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;
const close = (a: unknown, b: number) => {
  expect(typeof a).toBe("number");
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
};
const remediesOf = (kind: RateKind, locale: Locale) => playbookRow(kind).remedies.map((r) => r[locale]);
const NO_BLOCK = { stage: "", deals: "", kgi: "", remedies: ["", "", ""] };

describe("the bottleneck of the minimal inside-sales funnel (calls 5% → appointments 80% → meetings 25% → deals)", () => {
  // Required deals: ⌈¥120,000,000 ÷ ¥1,000,000⌉ = 120 ($1,200,000 ÷ $10,000 in en).
  it.each([
    ["en", 10_000],
    ["ja", 1_000_000],
  ] as const)("one stage below plan (%s): flagged, costed and its remedies shown", (locale, dealValue) => {
    const plan = templatePlan("inside_sales_minimal", locale);
    // calls → appointments 50/1000 = 5% (÷ 5% = 1, at plan); appointments → meetings 30/50 = 60%
    // (÷ 80% = 0.75); meetings → deals 9/30 = 30% (÷ 25% = 1.2). The bottleneck: appointments, 0.75.
    const { flagged, block } = dashboard(plan, {
      "outbound.calls": 1000,
      "outbound.appointments": 50,
      "outbound.meetings": 30,
      "outbound.deals": 9,
    });
    const stage = plan.streams[0]?.stages[1]?.name;
    expect(flagged).toEqual([stage]);
    const got = block("outbound");
    expect(got.stage).toBe(stage);
    close(got.deals, 30); // 120 × (1 − 0.75)
    close(got.kgi, 30 * dealValue);
    // Appointments → meetings is the meeting conversion rate (商談化率).
    expect(got.remedies).toEqual(remediesOf("meeting_rate", locale));
  });

  it("every stage above plan: no flag, no cost, no remedies (the lowest, 1.04, is not a bottleneck)", () => {
    // 60/1000 = 6% (÷ 5% = 1.2); 50/60 (÷ 80% ≈ 1.04); 15/50 = 30% (÷ 25% = 1.2).
    const { flagged, block } = dashboard(templatePlan("inside_sales_minimal", "en"), {
      "outbound.calls": 1000,
      "outbound.appointments": 60,
      "outbound.meetings": 50,
      "outbound.deals": 15,
    });
    expect(flagged).toEqual([]);
    expect(block("outbound")).toEqual(NO_BLOCK);
  });

  it("every stage exactly at plan: no flag (a ratio of 1 is not below plan)", () => {
    // 50/1000 = 5%, 40/50 = 80%, 10/40 = 25%: each ratio 1.
    const { flagged, block } = dashboard(templatePlan("inside_sales_minimal", "en"), {
      "outbound.calls": 1000,
      "outbound.appointments": 50,
      "outbound.meetings": 40,
      "outbound.deals": 10,
    });
    expect(flagged).toEqual([]);
    expect(block("outbound")).toEqual(NO_BLOCK);
  });

  it("a tie goes to the earlier stage", () => {
    // Rates a binary fraction holds exactly, so the two ratios are the same number in every engine:
    // 50% → 50% → 25%. Log 1024 → 256 → 64 → 16: 25% ÷ 50% = 0.5, 25% ÷ 50% = 0.5, 25% ÷ 25% = 1.
    const base = templatePlan("inside_sales_minimal", "en");
    const rates = [0.5, 0.5, 0.25];
    const plan: Plan = {
      ...base,
      streams: base.streams.map((s) => ({
        ...s,
        stages: s.stages.map((g, i) => (rates[i] === undefined ? g : { ...g, rate: rates[i] })),
      })),
    };
    const { flagged, block } = dashboard(plan, {
      "outbound.calls": 1024,
      "outbound.appointments": 256,
      "outbound.meetings": 64,
      "outbound.deals": 16,
    });
    expect(flagged).toEqual(["Calls"]);
    const got = block("outbound");
    expect(got.stage).toBe("Calls");
    close(got.deals, 60); // 120 × (1 − 0.5)
    close(got.kgi, 600_000); // 60 × $10,000
    expect(got.remedies).toEqual(remediesOf("appointment_rate", "en"));
  });
});

describe("two streams, one with no data (account sales, en)", () => {
  it("flags and costs the stream with data; the other stays blank", () => {
    // Existing customers: $1,200,000 × 60% ÷ $8,000 = 90 deals. Visits → proposals 20/100 = 20%
    // (÷ 25% = 0.8); proposals → upsell deals 10/20 = 50% (÷ 40% = 1.25). The bottleneck: visits.
    const plan = templatePlan("account_sales", "en");
    const { flagged, block } = dashboard(plan, {
      "existing.visits": 100,
      "existing.proposals": 20,
      "existing.won": 10,
    });
    const existing = plan.streams[0];
    expect(flagged).toEqual([`${existing?.name}: ${existing?.stages[0]?.name}`]);
    const got = block("existing");
    expect(got.stage).toBe(existing?.stages[0]?.name);
    close(got.deals, 18); // 90 × (1 − 0.8)
    close(got.kgi, 144_000); // 18 × $8,000
    // Visits → proposals: the rate of contacts that lead to a proposal.
    expect(got.remedies).toEqual(remediesOf("proposal_rate", "en"));
    expect(block("new")).toEqual(NO_BLOCK);
  });
});
