// The KPIs a template offers but does not pick (seed: KPIの数は絞る — 3–5 picked), completed from the
// seeds: each lints clean when added, and says what it counts and why it moves the goal.
import { describe, expect, it } from "vitest";
import { locales } from "../../src/domain/i18n";
import { lintPlan } from "../../src/domain/lint";
import { parsePlan } from "../../src/domain/plan";
import { STARTING_POINT, templateIds, templateKpiChoices, templatePlan } from "../../src/domain/templates";

/** The ids of the KPIs a template offers but does not pick. */
const extrasOf = (id: string) =>
  templateKpiChoices(id)
    .filter((k) => !k.picked)
    .map((k) => k.id);

describe.each(templateIds.flatMap((id) => locales.map((locale) => [id, locale] as const)))(
  "template %s (%s)",
  (id, locale) => {
    const plan = templatePlan(id, locale);
    it("offers its other KPIs one by one without a lint finding but the count", () => {
      for (const extra of extrasOf(id)) {
        const withIt = templatePlan(id, locale, { extraKpis: [extra] });
        const parsed = parsePlan(withIt);
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
        expect(withIt.kpis.map((k) => k.id)).toEqual([...plan.kpis.map((k) => k.id), extra]);
        const findings = lintPlan(withIt).filter((f) => f.severity !== "info" && f.ruleId !== "kpi-count");
        expect(findings, extra).toEqual([]);
        const added = withIt.kpis.at(-1);
        expect(added?.definition, extra).toContain(STARTING_POINT[locale]);
        expect(added?.reason?.trim(), extra).toBeTruthy();
      }
    });
  },
);

describe("KPIs offered to add", () => {
  it("each template picks 3–5 and offers the rest (ids by reading the seeds)", () => {
    const offered = Object.fromEntries(templateIds.map((id) => [id, extrasOf(id)]));
    expect(offered).toEqual({
      new_business: ["deal_size"],
      account_sales: ["satisfaction", "not_contacted", "deal_size"],
      inside_sales: ["emails", "reply_rate", "nurturing_rate", "attendance_rate", "meeting_quality"],
      saas: [],
      manufacturing: ["delivery_satisfaction"],
      real_estate: ["inquiry_contract_rate", "deal_size"],
      inside_sales_minimal: [],
    });
    for (const id of templateIds) {
      const picked = templateKpiChoices(id).filter((k) => k.picked);
      expect(picked.map((k) => k.id)).toEqual(templatePlan(id, "en").kpis.map((k) => k.id));
    }
  });

  it("inside sales: emails and the reply rate, nurturing, and the checks of a team paid per result", () => {
    const all = templatePlan("inside_sales", "ja", { extraKpis: extrasOf("inside_sales") });
    const k = (id: string) => all.kpis.find((x) => x.id === id);
    expect(k("emails")).toMatchObject({ name: "メール送信数", tier: "activity", direction: "higher" });
    expect(k("reply_rate")).toMatchObject({ name: "メール返信率", tier: "conversion" });
    expect(k("nurturing_rate")).toMatchObject({ name: "リードナーチャリング率", tier: "conversion" });
    expect(k("attendance_rate")?.name).toBe("アポ後の出席率");
    expect(k("meeting_quality")?.name).toContain("商談の質");
    for (const id of ["reply_rate", "nurturing_rate", "attendance_rate", "meeting_quality"]) {
      expect(k(id)?.source).toMatchObject({ manual: true, unit: "%", aggregate: "average" });
    }
  });

  it("account sales: satisfaction (higher) and customers not contacted in 90 days (lower)", () => {
    const all = templatePlan("account_sales", "en", { extraKpis: extrasOf("account_sales") });
    const k = (id: string) => all.kpis.find((x) => x.id === id);
    expect(k("satisfaction")).toMatchObject({ direction: "higher", source: { manual: true, unit: "%" } });
    expect(k("not_contacted")).toMatchObject({
      name: "Customers not contacted in 90 days",
      direction: "lower",
      source: { manual: true, aggregate: "average" },
    });
  });

  it("manufacturing: delivery satisfaction; real estate: inquiry → contract rate", () => {
    const m = templatePlan("manufacturing", "ja", { extraKpis: ["delivery_satisfaction"] });
    expect(m.kpis.at(-1)).toMatchObject({ name: "納品満足度", direction: "higher" });
    const r = templatePlan("real_estate", "en", { extraKpis: ["inquiry_contract_rate"] });
    const [toViewing, toContract] = (r.streams[0]?.stages ?? []).map((s) => s.rate);
    // The plan's own rates: 30% of inquiries to viewings × 25% of viewings to contracts = 7.5%.
    expect([toViewing, toContract]).toEqual([0.3, 0.25]);
    expect(r.kpis.at(-1)?.source).toMatchObject({ manual: true, target: 7.5, unit: "%" });
  });

  it("average deal value is a KPI where a deal value matters", () => {
    for (const id of ["new_business", "account_sales", "real_estate"]) {
      const plan = templatePlan(id, "ja", { extraKpis: ["deal_size"] });
      expect(plan.kpis.at(-1)?.source, id).toMatchObject({ manual: true, unit: "JPY", aggregate: "average" });
    }
    expect(templatePlan("manufacturing", "ja").kpis.map((k) => k.id)).toContain("deal_size");
  });

  it("refuses a KPI the template does not offer, naming those it does", () => {
    expect(() => templatePlan("real_estate", "ja", { extraKpis: ["emails"] })).toThrow(
      /offers no extra KPI emails.*inquiry_contract_rate, deal_size/,
    );
    // A picked KPI is already in: asking for it again is a mistake too.
    expect(() => templatePlan("saas", "en", { extraKpis: ["ltv"] })).toThrow(/\(none\)/);
  });

  it("names every KPI it refuses, comma-separated, in both languages", () => {
    const ask = () => templatePlan("real_estate", "ja", { extraKpis: ["emails", "fax"] });
    expect(ask).toThrow("offers no extra KPI emails, fax.");
    expect(ask).toThrow("追加できるKPI emails, fax はありません");
  });
});
