// The KPI Tree sheet (tree.ts) cell by cell for a plan written here: KGI, KFS, the KPIs grouped by tier
// in funnel order (activity, conversion, outcome; the plan's order within a tier), where each is
// measured and its live target, its SMART findings, the plan-wide findings, then each stream's
// reverse funnel. Words come from the labels; the layout and what goes where are the rules.
import { describe, expect, it } from "vitest";
import type { LintFinding } from "../../src/domain/lint";
import type { Plan } from "../../src/domain/plan";
import type { Kpi } from "../../src/domain/plan-schema";
import { L } from "../../src/workbook/labels";
import type { CellSpec } from "../../src/workbook/spec";
import { buildTree } from "../../src/workbook/tree";
import { samplePlan } from "../fixtures/plans";

function plan(): Plan {
  const p = samplePlan();
  // Outcome first in the plan, a manual KPI in money summed, one in percent averaged.
  const [calls, rate, deals] = p.kpis as [Kpi, Kpi, Kpi];
  const nps: Kpi = {
    id: "nps",
    name: "NPS",
    tier: "outcome",
    direction: "higher",
    frequency: "monthly",
    definition: "Promoters − detractors",
    source: { manual: true, target: 0.4, unit: "%", aggregate: "average" },
  };
  const spend: Kpi = {
    id: "spend",
    name: "Ad spend",
    tier: "activity",
    direction: "lower",
    frequency: "weekly",
    source: { manual: true, target: 500_000, aggregate: "sum" },
  };
  p.kpis = [deals, nps, rate, calls, spend];
  p.kfs.push({ name: "Fast follow-up", note: "within a day" });
  return p;
}

const finding = (path: string, severity: LintFinding["severity"], en: string): LintFinding => ({
  ruleId: "test",
  severity,
  path,
  message: { ja: en, en },
  hint: { ja: "", en: "" },
});
const FINDINGS = [
  finding("kpis[1].definition", "warning", "Vague"),
  finding("kpis[1]", "error", "No owner"),
  finding("kpis[10]", "info", "Not this one"),
  finding("kgi.target", "info", "Ambitious"),
];

/** Each row as what a person reads: text as written, formulas as "=…", empty cells dropped at the end. */
function rows(p: Plan) {
  const s = buildTree(p, FINDINGS, "KPI Tree");
  const show = (c: CellSpec | null) => (c === null ? null : c.formula ? `=${c.formula}` : (c.value ?? null));
  return {
    sheet: s.spec,
    lines: s.cells.map((r) => {
      const out = r.map(show);
      while (out.length && out[out.length - 1] === null) out.pop();
      return out;
    }),
  };
}

describe("the KPI Tree", () => {
  const en = (x: { en: string }) => x.en;

  it("KGI and KFS on top", () => {
    const { lines } = rows(plan());
    expect(lines.slice(0, 7)).toEqual([
      ["FY2026 inside sales"],
      [en(L.kgi), "Annual revenue", "=KGI_TARGET", "JPY"],
      [],
      [en(L.kfs)],
      [null, "Call lists kept clean", ""],
      [null, "Fast follow-up", "within a day"],
      [],
    ]);
  });

  it("the KPIs by tier in funnel order, each with where it is measured, its target and findings", () => {
    const { lines } = rows(plan());
    const start = lines.findIndex((l) => l[0] === en(L.kpis));
    expect(lines[start + 1]).toEqual(
      [L.tier, L.kpi, L.source, L.target, L.direction, L.frequency, L.definition, L.lint].map(en),
    );
    const ok = en(L.lintOk);
    expect(lines.slice(start + 2, start + 7)).toEqual([
      ["Activity", "Calls", "New business: Calls", "=REQ_new_biz_calls", "Higher is better", "Daily", "", ok],
      ["Activity", "Ad spend", "Manual (period total)", "=TARGET_spend", "Lower is better", "Weekly", "", ok],
      [
        "Conversion",
        "Meeting conversion",
        `New business: Appointments → ${en(L.rate)}`,
        "=RATE_new_biz_appointments",
        "Higher is better",
        "Weekly",
        "",
        ok,
      ],
      [
        "Outcome",
        "Deals",
        "New business: Deals",
        "=REQ_new_biz_deals",
        "Higher is better",
        "Monthly",
        "",
        ok,
      ],
      // kpis[1]: both its findings, in order, marked by severity; kpis[10] is no one's here.
      [
        "Outcome",
        "NPS",
        "Manual (%, average)",
        "=TARGET_nps",
        "Higher is better",
        "Monthly",
        "Promoters − detractors",
        "⚠ Vague\n✖ No owner",
      ],
    ]);
    // The plan's own findings follow, in the last column (kpis[10], no KPI of this plan, nowhere).
    expect(lines.slice(start + 7, start + 9)).toEqual([
      [null, null, null, null, null, null, null, "ℹ Ambitious"],
      [],
    ]);
  });

  it("each stream's reverse funnel: the rate to the next stage (none for the last) and what is required", () => {
    const { lines } = rows(plan());
    const start = lines.findIndex((l) => l[0] === `${en(L.funnelTree)} — New business`);
    expect(lines.slice(start + 1, start + 7)).toEqual([
      [en(L.stage), en(L.rate), en(L.required)],
      ["Calls", "=RATE_new_biz_calls", "=REQ_new_biz_calls"],
      ["Appointments", "=RATE_new_biz_appointments", "=REQ_new_biz_appointments"],
      ["Meetings", "=RATE_new_biz_meetings", "=REQ_new_biz_meetings"],
      ["Deals", null, "=REQ_new_biz_deals"],
      [],
    ]);
    expect(start + 7).toBe(lines.length);
  });

  it("formats follow what each target is (a manual total with no unit: a plain number); the header row stays in view", () => {
    const { sheet } = rows(plan());
    const formats = sheet.cells
      .flat()
      .filter((c) => c?.formula)
      .map((c) => `${c?.formula} ${c?.format}`);
    expect(formats).toEqual(
      expect.arrayContaining([
        "KGI_TARGET currency",
        "REQ_new_biz_calls integer",
        "RATE_new_biz_appointments percent",
        "TARGET_nps percent",
        "TARGET_spend decimal",
      ]),
    );
    expect(sheet.frozenRows).toBe(1);
  });
});
