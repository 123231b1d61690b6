import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/domain/i18n";
import {
  DEFAULT_CAPACITY_PER_DAY,
  hasErrors,
  type LintFinding,
  type LintOptions,
  lintPlan,
  lintRules,
} from "../../src/domain/lint";
import { type Kpi, type Plan, parsePlan } from "../../src/domain/plan";
import { templateIds, templatePlan } from "../../src/domain/templates";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** A template plan to edit. */
function base(id: string, locale: Locale = "ja"): Plan {
  return structuredClone(templatePlan(id, locale));
}

/** The runner takes plans that passed parsePlan: make sure every test plan does. */
function valid(plan: Plan): Plan {
  const result = parsePlan(plan);
  expect(result.ok ? [] : result.issues).toEqual([]);
  return plan;
}

function findingsOf(plan: Plan, ruleId: string, options?: LintOptions): LintFinding[] {
  return lintPlan(valid(plan), options).filter((f) => f.ruleId === ruleId);
}

function kpi(plan: Plan, id: string): Kpi {
  const k = plan.kpis.find((x) => x.id === id);
  if (!k) throw new Error(`no KPI ${id}`);
  return k;
}

function without(plan: Plan, ...ids: string[]): Plan {
  plan.kpis = plan.kpis.filter((k) => !ids.includes(k.id));
  return plan;
}

/** One plan per rule that triggers it, in either language. */
const triggers: Record<string, (locale: Locale) => Plan> = {
  "kpi-none": (l) => {
    const p = base("new_business", l);
    p.kpis = [];
    return p;
  },
  "kpi-count": (l) => without(base("new_business", l), "meetings", "won", "lead_time"),
  "period-working-days": (l) => {
    const p = base("new_business", l);
    p.period = { start: "2026-04-04", end: "2026-04-05", granularity: "week" }; // a weekend
    return p;
  },
  "smart-specific": (l) => {
    const p = base("new_business", l);
    delete kpi(p, "lead_time").definition;
    return p;
  },
  "smart-measurable": (l) => {
    const p = base("saas", l);
    delete (kpi(p, "churn_rate").source as { unit?: string }).unit;
    return p;
  },
  "smart-achievable": (l) => {
    const p = base("inside_sales_minimal", l);
    kpi(p, "calls").capacityPerDay = 10;
    return p;
  },
  "smart-achievable-history": (l) => {
    const p = base("new_business", l);
    (p.streams[0]?.stages[2] as { historyRate?: number }).historyRate = 0.1;
    return p;
  },
  "smart-relevant": (l) => {
    const p = base("saas", l);
    delete kpi(p, "ltv").reason;
    return p;
  },
  "smart-time-bound": (l) => {
    const p = base("new_business", l);
    p.period = { start: "2026-04-06", end: "2026-04-26", granularity: "week" }; // three weeks
    return p;
  },
  "kpi-controllable": (l) => {
    const p = base("manufacturing", l);
    kpi(p, "deal_size").controllable = false;
    return p;
  },
  "activity-needs-outcome": (l) => without(base("account_sales", l), "upsell_rate"),
  "quantity-needs-quality": (l) => without(base("new_business", l), "win_rate"),
  "kpi-direction": (l) => {
    const p = base("saas", l);
    kpi(p, "churn_rate").direction = "higher";
    return p;
  },
};

describe("the rule table", () => {
  it("has kebab-case, unique ids and bilingual titles", () => {
    const ids = lintRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of lintRules) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(["error", "warning", "info"]).toContain(rule.severity);
      expect(rule.title.ja).toMatch(JAPANESE);
      expect(rule.title.en.trim()).not.toBe("");
      expect(rule.title.en).not.toMatch(JAPANESE);
    }
  });

  it("covers the five SMART criteria and the seeds' cautions", () => {
    expect(lintRules.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        "smart-specific",
        "smart-measurable",
        "smart-achievable",
        "smart-relevant",
        "smart-time-bound",
        "kpi-none",
        "kpi-count",
        "kpi-controllable",
        "activity-needs-outcome",
        "quantity-needs-quality",
        "kpi-direction",
      ]),
    );
  });

  it("has a triggering plan in these tests for every rule", () => {
    expect(Object.keys(triggers).sort()).toEqual(lintRules.map((r) => r.id).sort());
  });
});

describe.each(lintRules.map((r) => [r.id, r] as const))("rule %s", (id, rule) => {
  for (const locale of ["ja", "en"] as const) {
    it(`reports with a field path and a fix, in Japanese and English (${locale} plan)`, () => {
      const plan = triggers[id]?.(locale) as Plan;
      const found = findingsOf(plan, id);
      expect(found.length).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.severity).toBe(rule.severity);
        expect(f.path).toMatch(/^(kpis|period|streams)(\[\d+\])?(\.[a-zA-Z]+(\[\d+\])?)*$/);
        expectPathInPlan(plan, f.path);
        for (const text of [f.message, f.hint]) {
          expect(text.ja.trim()).not.toBe("");
          expect(text.en.trim()).not.toBe("");
          expect(text.ja).not.toBe(text.en);
          expect(text.ja).toMatch(/[\u3040-\u30ff]/); // kana: written in Japanese, not just names
        }
        if (locale === "en") {
          expect(f.message.en).not.toMatch(JAPANESE);
          expect(f.hint.en).not.toMatch(JAPANESE);
        }
      }
    });
  }
});

/** Every segment of the path but the last exists in the plan (the last may be the missing field). */
function expectPathInPlan(plan: Plan, path: string) {
  const parts = path.split(/\.|(?=\[)/).map((p) => (p.startsWith("[") ? Number(p.slice(1, -1)) : p));
  let at: unknown = plan;
  for (const part of parts.slice(0, -1)) {
    at = (at as Record<string | number, unknown>)[part];
    expect(at, path).toBeTypeOf("object");
  }
}

describe("kpi-none", () => {
  it("is an error when there are no KPIs", () => {
    const found = findingsOf(triggers["kpi-none"]?.("ja") as Plan, "kpi-none");
    expect(found).toMatchObject([{ ruleId: "kpi-none", severity: "error", path: "kpis" }]);
  });
  it("is quiet when there are KPIs", () => {
    expect(findingsOf(base("inside_sales_minimal"), "kpi-none")).toEqual([]);
  });
});

describe("kpi-count", () => {
  it("warns about fewer than 3 KPIs", () => {
    const found = findingsOf(triggers["kpi-count"]?.("ja") as Plan, "kpi-count");
    expect(found).toMatchObject([{ severity: "warning", path: "kpis" }]);
    expect(found[0]?.message.ja).toContain("2個");
  });
  it("warns about more than 5 KPIs", () => {
    const p = base("new_business");
    p.kpis.push({ ...structuredClone(kpi(p, "meetings")), id: "meetings_2", name: "商談数（オンライン）" });
    const found = findingsOf(p, "kpi-count");
    expect(found).toMatchObject([{ severity: "warning", path: "kpis" }]);
    expect(found[0]?.message.ja).toContain("6個");
    expect(found[0]?.hint.ja).toContain("3〜5個");
  });
  it("is quiet for 3 and 5 KPIs, and leaves 0 to kpi-none", () => {
    expect(findingsOf(base("inside_sales_minimal"), "kpi-count")).toEqual([]);
    expect(findingsOf(base("new_business"), "kpi-count")).toEqual([]);
    expect(findingsOf(triggers["kpi-none"]?.("ja") as Plan, "kpi-count")).toEqual([]);
  });
});

describe("period-working-days", () => {
  it("is an error when the period has no working day", () => {
    const p = triggers["period-working-days"]?.("ja") as Plan;
    expect(findingsOf(p, "period-working-days")).toMatchObject([{ severity: "error", path: "period" }]);
    expect(hasErrors(lintPlan(p))).toBe(true);
  });
  it("counts the plan's own workdays", () => {
    const p = triggers["period-working-days"]?.("ja") as Plan;
    p.calendar = { workdays: [6, 7] };
    expect(findingsOf(p, "period-working-days")).toEqual([]);
  });
});

describe("smart-specific", () => {
  it("warns about a manual KPI with no definition", () => {
    const found = findingsOf(triggers["smart-specific"]?.("ja") as Plan, "smart-specific");
    expect(found).toMatchObject([{ severity: "warning", path: "kpis[4].definition" }]);
  });
  it("treats a blank definition as none", () => {
    const p = base("new_business");
    kpi(p, "lead_time").definition = "  ";
    expect(findingsOf(p, "smart-specific")).toMatchObject([{ path: "kpis[4].definition" }]);
  });
  // The walkthrough: every KPI's definition empty and the SMART check said "no errors or warnings".
  // A stage names what is counted but not when one counts (booked or held?), so a funnel KPI with
  // no definition is neither specific nor measurable either.
  it("warns about a stage KPI and a rate KPI without a definition, at each one's definition", () => {
    const p = base("new_business"); // kpis: appointments, meetings, win_rate, won, lead_time
    delete kpi(p, "appointments").definition; // kpis[0], a stage count
    kpi(p, "win_rate").definition = ""; // kpis[2], a rate: empty counts as missing
    const found = findingsOf(p, "smart-specific");
    // Catches a rule still limited to manual KPIs (it finds nothing here) and one that reports the
    // KPI rather than its definition field (path kpis[0]).
    expect(found).toMatchObject([
      { severity: "warning", path: "kpis[0].definition" },
      { severity: "warning", path: "kpis[2].definition" },
    ]);
    // Names the KPI, in both languages, and says how to fix it.
    expect(found[0]?.message.ja).toContain("「アポイント獲得数」");
    expect(found[0]?.hint.ja).toContain("definition");
    expect(found[0]?.hint.en).toContain("definition");
  });
  it("is quiet for every KPI with a definition (a filled one does not warn)", () => {
    // Catches a rule that warns on every KPI, or reads the wrong field.
    expect(findingsOf(base("new_business"), "smart-specific")).toEqual([]);
    const p = base("new_business");
    delete kpi(p, "appointments").definition;
    kpi(p, "appointments").definition = "Booked for a date";
    expect(findingsOf(p, "smart-specific")).toEqual([]);
  });
  it("warns about every KPI of a plan whose definitions are all empty, as the walkthrough's was", () => {
    const p = base("inside_sales_minimal", "en");
    for (const k of p.kpis) k.definition = "";
    // Three KPIs, three warnings: calls, appointments, meeting_rate.
    expect(findingsOf(p, "smart-specific").map((f) => f.path)).toEqual([
      "kpis[0].definition",
      "kpis[1].definition",
      "kpis[2].definition",
    ]);
  });
});

describe("smart-measurable", () => {
  it("warns about a manual KPI without a unit", () => {
    const found = findingsOf(triggers["smart-measurable"]?.("ja") as Plan, "smart-measurable");
    expect(found).toMatchObject([{ severity: "warning", path: "kpis[3].source.unit" }]);
  });
  it("warns about a higher-is-better target of 0", () => {
    const p = base("saas");
    (kpi(p, "new_mrr").source as { target: number }).target = 0;
    expect(findingsOf(p, "smart-measurable")).toMatchObject([{ path: "kpis[2].source.target" }]);
  });
  it("accepts a lower-is-better target of 0 (zero churn)", () => {
    const p = base("saas");
    (kpi(p, "churn_rate").source as { target: number }).target = 0;
    expect(findingsOf(p, "smart-measurable")).toEqual([]);
  });
});

describe("smart-achievable", () => {
  it("warns when a rep must do more a day than the KPI's capacity", () => {
    const found = findingsOf(triggers["smart-achievable"]?.("ja") as Plan, "smart-achievable");
    expect(found).toMatchObject([{ severity: "warning", path: "kpis[0].capacityPerDay" }]);
    expect(found[0]?.message.ja).toContain("17件");
    expect(found[0]?.message.en).toContain("10 a day");
  });
  it("uses the option's capacity when the KPI gives none", () => {
    const p = base("inside_sales_minimal");
    delete kpi(p, "calls").capacityPerDay;
    expect(findingsOf(p, "smart-achievable", { capacityPerDay: 10 })).toMatchObject([
      { path: "kpis[0].capacityPerDay" },
    ]);
    expect(findingsOf(p, "smart-achievable", { capacityPerDay: 20 })).toEqual([]);
  });
  it(`defaults to ${DEFAULT_CAPACITY_PER_DAY} a day`, () => {
    const p = base("inside_sales_minimal");
    delete kpi(p, "calls").capacityPerDay;
    expect(findingsOf(p, "smart-achievable")).toEqual([]);
    p.kgi.target *= 5; // 85 calls a rep a day
    const found = findingsOf(p, "smart-achievable");
    expect(found).toMatchObject([{ path: "kpis[0].capacityPerDay" }]);
    expect(found[0]?.message.ja).toContain(`${DEFAULT_CAPACITY_PER_DAY}件`);
  });
  it("names the busiest rep", () => {
    const p = triggers["smart-achievable"]?.("ja") as Plan;
    p.team = [{ name: "佐藤" }, { name: "鈴木", weight: 3 }];
    expect(findingsOf(p, "smart-achievable")[0]?.message.ja).toContain("「鈴木」");
  });
  it("is quiet for the templates' activity", () => {
    expect(findingsOf(base("inside_sales_minimal"), "smart-achievable")).toEqual([]);
  });
});

describe("smart-achievable-history", () => {
  it("warns about a planned rate far above the team's history", () => {
    const found = findingsOf(
      triggers["smart-achievable-history"]?.("ja") as Plan,
      "smart-achievable-history",
    );
    expect(found).toMatchObject([{ severity: "warning", path: "streams[0].stages[2].rate" }]);
    expect(found[0]?.message.ja).toContain("2.5倍");
    expect(found[0]?.message.en).toContain("25%");
  });
  it("accepts a rate up to 1.5× the history, and no history at all", () => {
    const p = base("new_business");
    (p.streams[0]?.stages[2] as { historyRate?: number }).historyRate = 0.2;
    (p.streams[0]?.stages[0] as { historyRate?: number }).historyRate = 0.2; // rate 0.3 = 1.5×
    expect(findingsOf(p, "smart-achievable-history")).toEqual([]);
    expect(findingsOf(base("new_business"), "smart-achievable-history")).toEqual([]);
  });
});

describe("smart-relevant", () => {
  it("warns about a manual KPI that does not say why it matters", () => {
    const found = findingsOf(triggers["smart-relevant"]?.("ja") as Plan, "smart-relevant");
    expect(found).toMatchObject([{ severity: "warning", path: "kpis[4].reason" }]);
  });
  it("warns about a KPI on a stream with no share of the goal", () => {
    const p = base("account_sales");
    (p.streams[0] as { share: number }).share = 1;
    (p.streams[1] as { share: number }).share = 0;
    expect(findingsOf(p, "smart-relevant")).toMatchObject([{ path: "kpis[4].source.stream" }]);
  });
  it("warns about a stage KPI and a rate KPI without a reason, at each one's reason", () => {
    const p = base("saas"); // kpis: demos, trial_conversion, new_mrr, churn_rate, ltv
    delete kpi(p, "demos").reason; // kpis[0], a stage count
    kpi(p, "trial_conversion").reason = "   "; // kpis[1], a rate: blank counts as missing
    const found = findingsOf(p, "smart-relevant");
    // Catches a rule still limited to manual KPIs (it finds nothing here), one that takes a blank
    // reason for a reason (it misses kpis[1]), and one that reports the stream (source.stream).
    expect(found).toMatchObject([
      { severity: "warning", path: "kpis[0].reason" },
      { severity: "warning", path: "kpis[1].reason" },
    ]);
    expect(found[0]?.message.en).toContain(p.kgi.name);
    expect(found[0]?.hint.ja).toContain("reason");
  });
  it("is quiet for stream KPIs and manual KPIs with a reason", () => {
    // Catches a rule that warns whatever the reason says.
    expect(findingsOf(base("saas"), "smart-relevant")).toEqual([]);
  });
  it("warns about every KPI of a plan whose reasons are all empty", () => {
    const p = base("inside_sales_minimal", "en");
    for (const k of p.kpis) delete k.reason;
    expect(findingsOf(p, "smart-relevant").map((f) => f.path)).toEqual([
      "kpis[0].reason",
      "kpis[1].reason",
      "kpis[2].reason",
    ]);
  });
});

describe("smart-time-bound", () => {
  it("warns about monthly KPIs in a three-week plan", () => {
    const found = findingsOf(triggers["smart-time-bound"]?.("ja") as Plan, "smart-time-bound");
    expect(found.map((f) => f.path)).toEqual(["kpis[2].frequency", "kpis[3].frequency", "kpis[4].frequency"]);
    expect(found[0]?.severity).toBe("warning");
    expect(found[0]?.message.ja).toContain("21日間");
  });
  it("warns about weekly KPIs in a plan shorter than a week", () => {
    const p = base("inside_sales_minimal");
    p.period = { start: "2026-04-06", end: "2026-04-10", granularity: "week" };
    expect(findingsOf(p, "smart-time-bound").map((f) => f.path)).toEqual([
      "kpis[1].frequency",
      "kpis[2].frequency",
    ]);
  });
  it("is quiet when every KPI fits in the period", () => {
    const p = base("new_business");
    p.period = { start: "2026-04-01", end: "2026-04-28", granularity: "week" };
    expect(findingsOf(p, "smart-time-bound")).toEqual([]);
  });
});

describe("kpi-controllable", () => {
  it("warns about a KPI marked not controllable, with the seed's example", () => {
    const found = findingsOf(triggers["kpi-controllable"]?.("ja") as Plan, "kpi-controllable");
    expect(found).toMatchObject([{ severity: "warning", path: "kpis[3].controllable" }]);
    expect(found[0]?.hint.ja).toContain("商品の利益率");
    expect(found[0]?.hint.ja).toContain("コントロールできない");
  });
  it.each([
    ["粗利率", "ja", "meetings"],
    ["商品の利益率", "ja", "won"],
    ["値引き率", "ja", "win_rate"],
    ["Gross margin", "en", "won"],
    ["Average price", "en", "win_rate"],
    ["Profit per deal", "en", "meetings"],
  ] as const)("warns about a KPI of any tier named like margin or price: %s", (name, locale, id) => {
    const p = base("new_business", locale);
    kpi(p, id).name = name;
    const index = p.kpis.findIndex((k) => k.id === id);
    expect(findingsOf(p, "kpi-controllable")).toMatchObject([{ path: `kpis[${index}].name` }]);
  });
  it.each([
    ["平均単価", "ja"],
    ["商談単価（平均受注額）", "ja"],
    ["Unit price", "en"],
    ["Average deal size", "en"],
  ] as const)("leaves deal size alone, which the seeds recommend as a KPI: %s", (name, locale) => {
    const p = base("new_business", locale);
    kpi(p, "won").name = name;
    expect(findingsOf(p, "kpi-controllable")).toEqual([]);
  });
  it("trusts controllable: true", () => {
    const p = base("new_business");
    kpi(p, "meetings").name = "粗利率";
    kpi(p, "meetings").controllable = true;
    expect(findingsOf(p, "kpi-controllable")).toEqual([]);
    expect(findingsOf(base("manufacturing"), "kpi-controllable")).toEqual([]);
  });
});

describe("activity-needs-outcome", () => {
  it("warns about visits with no result in their stream (訪問件数だけ設定しても…)", () => {
    const found = findingsOf(triggers["activity-needs-outcome"]?.("ja") as Plan, "activity-needs-outcome");
    expect(found).toMatchObject([{ severity: "warning", path: "kpis[0]" }]);
    expect(found[0]?.message.ja).toContain("成約はゼロ");
  });
  it("does not count results of another stream or manual KPIs as partners", () => {
    const p = without(base("new_business"), "win_rate", "won");
    expect(findingsOf(p, "activity-needs-outcome").map((f) => f.path)).toEqual(["kpis[0]", "kpis[1]"]);
  });
  it("pairs a manual activity KPI with any result in the plan", () => {
    const p = base("inside_sales_minimal");
    p.kpis.push({
      id: "emails",
      name: "メール送信数",
      tier: "activity",
      direction: "higher",
      frequency: "daily",
      source: { manual: true, target: 20, unit: "件" },
      definition: "1日あたりのメール送信数",
      reason: "アポ獲得の母数を増やす",
    });
    expect(findingsOf(p, "activity-needs-outcome")).toEqual([]);
    const alone = without(p, "appointments", "meeting_rate");
    expect(findingsOf(alone, "activity-needs-outcome").map((f) => f.path)).toEqual(["kpis[0]", "kpis[1]"]);
  });
  it("is quiet when activity has a partner", () => {
    expect(findingsOf(base("account_sales"), "activity-needs-outcome")).toEqual([]);
  });
});

describe("quantity-needs-quality", () => {
  it("notes activity with results but no conversion rate (KPIが目的化)", () => {
    const found = findingsOf(triggers["quantity-needs-quality"]?.("ja") as Plan, "quantity-needs-quality");
    expect(found).toMatchObject([
      { severity: "info", path: "kpis[0]" },
      { severity: "info", path: "kpis[1]" },
    ]);
    expect(found[0]?.message.ja).toContain("目的化");
    expect(found[0]?.message.ja).toContain("架電数100件");
  });
  it("says nothing when activity-needs-outcome already does", () => {
    const p = triggers["activity-needs-outcome"]?.("ja") as Plan;
    expect(findingsOf(p, "quantity-needs-quality")).toEqual([]);
  });
  it("is quiet when a conversion KPI checks the quality", () => {
    expect(findingsOf(base("new_business"), "quantity-needs-quality")).toEqual([]);
  });
});

describe("kpi-direction", () => {
  it("warns about churn with direction higher", () => {
    for (const locale of ["ja", "en"] as const) {
      const found = findingsOf(triggers["kpi-direction"]?.(locale) as Plan, "kpi-direction");
      expect(found).toMatchObject([{ severity: "warning", path: "kpis[3].direction" }]);
    }
  });
  it("warns about lead time with direction higher", () => {
    const p = base("new_business", "en");
    kpi(p, "lead_time").direction = "higher";
    expect(findingsOf(p, "kpi-direction")).toMatchObject([{ path: "kpis[4].direction" }]);
  });
  it("warns about a conversion rate or a funnel count with direction lower", () => {
    const p = base("inside_sales_minimal");
    kpi(p, "meeting_rate").direction = "lower";
    kpi(p, "calls").direction = "lower";
    expect(findingsOf(p, "kpi-direction").map((f) => f.path)).toEqual([
      "kpis[0].direction",
      "kpis[2].direction",
    ]);
  });
  it("warns about repeat rate with direction lower", () => {
    const p = base("account_sales");
    kpi(p, "repeat_rate").direction = "lower";
    expect(findingsOf(p, "kpi-direction")).toMatchObject([{ path: "kpis[2].direction" }]);
  });
  it("leaves manual activity counts alone, whatever their name", () => {
    const p = base("account_sales");
    p.kpis.push({
      id: "churn_calls",
      name: "解約防止フォロー件数",
      tier: "activity",
      direction: "higher",
      frequency: "weekly",
      source: { manual: true, target: 10, unit: "件" },
      definition: "解約の兆しがある顧客へのフォロー件数",
      reason: "解約を防ぎ既存売上を守る",
    });
    expect(findingsOf(p, "kpi-direction")).toEqual([]);
  });
});

describe("lintPlan", () => {
  it("lists errors first, then warnings, then info", () => {
    const p = triggers["period-working-days"]?.("ja") as Plan;
    const found = lintPlan(valid(without(p, "win_rate")));
    const ranks = found.map((f) => ["error", "warning", "info"].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(found[0]?.severity).toBe("error");
    expect(found.some((f) => f.severity === "info")).toBe(true);
  });

  it("hasErrors is true only with an error", () => {
    expect(hasErrors([])).toBe(false);
    expect(hasErrors(lintPlan(triggers["quantity-needs-quality"]?.("ja") as Plan))).toBe(false);
    expect(hasErrors(lintPlan(triggers["kpi-none"]?.("ja") as Plan))).toBe(true);
  });

  it("does not change the plan", () => {
    const p = base("account_sales");
    const before = structuredClone(p);
    lintPlan(p);
    expect(p).toEqual(before);
  });

  it("never throws and always names an existing place, for any subset of a template's KPIs", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...templateIds),
        fc.constantFrom("ja" as const, "en" as const),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
        (id, locale, keep, capacity) => {
          const p = base(id, locale);
          p.kpis = p.kpis.filter((_, i) => keep[i]);
          for (const f of lintPlan(valid(p), capacity === undefined ? {} : { capacityPerDay: capacity })) {
            expectPathInPlan(p, f.path);
            expect(lintRules.find((r) => r.id === f.ruleId)?.severity).toBe(f.severity);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
