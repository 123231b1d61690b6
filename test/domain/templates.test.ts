import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planFunnel } from "../../src/domain/funnel";
import { locales } from "../../src/domain/i18n";
import { hasErrors, lintPlan } from "../../src/domain/lint";
import { ID_PATTERN, type Plan, parsePlan } from "../../src/domain/plan";
import {
  oneYearFrom,
  STARTING_POINT,
  templateIds,
  templateKpiChoices,
  templatePlan,
  templateSpec,
  templates,
  YEN_PER_DOLLAR,
} from "../../src/domain/templates";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const every = templateIds.flatMap((id) => locales.map((locale) => [id, locale] as const));

type Leaf = [path: string, value: unknown];

function leaves(value: unknown, path = "", out: Leaf[] = []): Leaf[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      leaves(v, `${path}[${i}]`, out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value).sort()) {
      leaves((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key, out);
    }
  } else out.push([path, value]);
  return out;
}

/** Amounts of money: yen in ja plans, dollars in en plans. */
function isMoney(plan: Plan, path: string): boolean {
  const currency = (unit: string | undefined) => unit === "JPY" || unit === "USD";
  if (path === "kgi.target") return currency(plan.kgi.unit);
  if (/^streams\[\d+\]\.dealValue$/.test(path)) return true;
  const manual = /^kpis\[(\d+)\]\.source\.target$/.exec(path);
  if (!manual) return false;
  const source = plan.kpis[Number(manual[1])]?.source;
  return source !== undefined && "manual" in source && currency(source.unit);
}

const SAME_IN_BOTH = new Set([
  "id",
  "stream",
  "stage",
  "rateFrom",
  "tier",
  "direction",
  "frequency",
  "granularity",
]);

describe("template list", () => {
  it("has the seven templates, each once", () => {
    expect([...templateIds].sort()).toEqual(
      [
        "account_sales",
        "inside_sales",
        "inside_sales_minimal",
        "manufacturing",
        "new_business",
        "real_estate",
        "saas",
      ].sort(),
    );
    expect(templates.map((t) => t.id)).toEqual(templateIds);
  });

  it("groups them by style, industry and the minimal set", () => {
    const kind = Object.fromEntries(templates.map((t) => [t.id, t.kind]));
    expect(kind).toEqual({
      new_business: "style",
      account_sales: "style",
      inside_sales: "style",
      saas: "industry",
      manufacturing: "industry",
      real_estate: "industry",
      inside_sales_minimal: "minimal",
    });
  });

  it("titles and descriptions exist in Japanese and English", () => {
    for (const t of templates) {
      for (const text of [t.title, t.description]) {
        expect(text.ja).toMatch(JAPANESE);
        expect(text.en.trim()).not.toBe("");
        expect(text.en).not.toMatch(JAPANESE);
      }
    }
  });

  it("names the seed's Japanese titles", () => {
    const title = (id: string) => templates.find((t) => t.id === id)?.title.ja;
    expect(title("new_business")).toContain("新規開拓営業");
    expect(title("account_sales")).toContain("ルート営業");
    expect(title("inside_sales")).toContain("インサイドセールス");
    expect(title("saas")).toContain("SaaS");
    expect(title("manufacturing")).toContain("製造業");
    expect(title("real_estate")).toContain("不動産");
  });
});

describe.each(every)("template %s (%s)", (id, locale) => {
  const plan = templatePlan(id, locale);

  it("is a valid plan file", () => {
    const result = parsePlan(plan);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(plan.locale).toBe(locale);
  });

  it("lints with no errors and no warnings", () => {
    const findings = lintPlan(plan);
    expect(hasErrors(findings)).toBe(false);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("has 3–5 KPIs mixing activity, conversion and outcome tiers", () => {
    expect(plan.kpis.length).toBeGreaterThanOrEqual(3);
    expect(plan.kpis.length).toBeLessThanOrEqual(5);
    expect(new Set(plan.kpis.map((k) => k.tier))).toEqual(new Set(["activity", "conversion", "outcome"]));
  });

  it("uses ids of the plan format and a team of 3–5 reps", () => {
    const ids = [
      ...plan.streams.map((s) => s.id),
      ...plan.streams.flatMap((s) => s.stages.map((st) => st.id)),
      ...plan.kpis.map((k) => k.id),
    ];
    for (const i of ids) expect(i).toMatch(ID_PATTERN);
    expect(plan.team.length).toBeGreaterThanOrEqual(3);
    expect(plan.team.length).toBeLessThanOrEqual(5);
  });

  it("runs 12 months from 2026-04-01 by month, with KFS", () => {
    expect(plan.period).toEqual({ start: "2026-04-01", end: "2027-03-31", granularity: "month" });
    expect(plan.kfs.length).toBeGreaterThan(0);
  });

  it("says in every KPI definition that its numbers are starting points", () => {
    for (const kpi of plan.kpis) {
      expect(kpi.definition).toContain(STARTING_POINT[locale]);
      if (locale === "en") expect(kpi.definition).not.toMatch(JAPANESE);
    }
  });

  it("gives every manual KPI a unit, a definition and a reason", () => {
    for (const kpi of plan.kpis) {
      if (!("manual" in kpi.source)) continue;
      expect(kpi.source.unit?.trim()).toBeTruthy();
      expect(kpi.reason?.trim()).toBeTruthy();
    }
  });

  it("keeps its money in the locale's currency", () => {
    expect(plan.kgi.unit).toBe(locale === "ja" ? "JPY" : "USD");
  });
});

/** The ids of the KPIs a template offers but does not pick. */
const extrasOf = (id: string) =>
  templateKpiChoices(id)
    .filter((k) => !k.picked)
    .map((k) => k.id);

describe.each(templateIds)("template %s in ja and en", (id) => {
  // With every KPI it offers, so that the ones to add are checked alike.
  const ja = templatePlan(id, "ja", { extraKpis: extrasOf(id) });
  const en = templatePlan(id, "en", { extraKpis: extrasOf(id) });

  it("has the same structure and numbers; only text differs (money: yen ÷ 100 = dollars)", () => {
    const a = leaves(ja);
    const b = leaves(en);
    expect(a.map(([p]) => p)).toEqual(b.map(([p]) => p));
    a.forEach(([path, va], i) => {
      const vb = (b[i] as Leaf)[1];
      const key = path.replace(/^.*\./, "");
      if (typeof va === "number") {
        expect(isMoney(ja, path), path).toBe(isMoney(en, path));
        if (isMoney(ja, path)) expect(va).toBe((vb as number) * YEN_PER_DOLLAR);
        else expect(va, path).toBe(vb);
      } else if (typeof va === "string") {
        expect(typeof vb).toBe("string");
        if (SAME_IN_BOTH.has(key)) expect(va, path).toBe(vb);
        expect((vb as string).trim(), path).not.toBe("");
        expect(vb as string, path).not.toMatch(JAPANESE);
      } else expect(va, path).toBe(vb);
    });
  });

  it("differs in its names", () => {
    expect(ja.title).not.toBe(en.title);
    expect(ja.kgi.name).not.toBe(en.kgi.name);
    ja.kpis.forEach((k, i) => {
      expect(k.name).not.toBe(en.kpis[i]?.name);
    });
    ja.streams.forEach((s, i) => {
      s.stages.forEach((st, j) => {
        expect(st.name).not.toBe(en.streams[i]?.stages[j]?.name);
      });
    });
  });

  it("needs the same work in the funnel in both currencies", () => {
    const counts = (p: Plan) => planFunnel(p).map((s) => s.stages.map((st) => st.required));
    expect(counts(ja)).toEqual(counts(en));
  });
});

describe("template contents", () => {
  it("the minimal set is exactly calls, appointments and meeting conversion rate", () => {
    const ja = templatePlan("inside_sales_minimal", "ja");
    expect(ja.kpis.map((k) => k.name)).toEqual(["架電数", "アポ獲得数", "商談化率"]);
    expect(ja.kpis.map((k) => [k.id, k.tier, k.source])).toEqual([
      ["calls", "activity", { stream: "outbound", stage: "calls" }],
      ["appointments", "outcome", { stream: "outbound", stage: "appointments" }],
      ["meeting_rate", "conversion", { stream: "outbound", rateFrom: "appointments" }],
    ]);
    expect(templatePlan("inside_sales_minimal", "en").kpis).toHaveLength(3);
  });

  it("inside sales runs calls → connects → appointments → meetings → deals", () => {
    const plan = templatePlan("inside_sales", "ja");
    expect(plan.streams[0]?.stages.map((s) => s.id)).toEqual([
      "calls",
      "connects",
      "appointments",
      "meetings",
      "deals",
    ]);
  });

  it("account sales has an existing-customer stream and a new-business stream", () => {
    const plan = templatePlan("account_sales", "ja");
    expect(plan.streams.map((s) => [s.id, s.share])).toEqual([
      ["existing", 0.6],
      ["new", 0.4],
    ]);
    expect(plan.kpis.map((k) => k.id)).toEqual(
      expect.arrayContaining(["visits", "upsell_rate", "repeat_rate", "churn_rate"]),
    );
  });

  it("some templates have two streams whose shares add up to 1", () => {
    const two = templateIds.filter((id) => templatePlan(id, "ja").streams.length === 2);
    expect(two.length).toBeGreaterThanOrEqual(2);
    for (const id of two) {
      const sum = templatePlan(id, "ja").streams.reduce((s, st) => s + st.share, 0);
      expect(Math.abs(sum - 1)).toBeLessThanOrEqual(1e-9);
    }
  });

  it("SaaS tracks MRR, trial conversion, churn and LTV; churn is lower-is-better", () => {
    const plan = templatePlan("saas", "ja");
    expect(plan.kpis.map((k) => k.id)).toEqual(
      expect.arrayContaining(["new_mrr", "trial_conversion", "churn_rate", "ltv"]),
    );
    expect(plan.kpis.find((k) => k.id === "churn_rate")?.direction).toBe("lower");
  });

  it("manufacturing tracks quotes, order value and repeat rate", () => {
    const ids = templatePlan("manufacturing", "ja").kpis.map((k) => k.id);
    expect(ids).toEqual(expect.arrayContaining(["quotes", "order_value", "repeat_rate"]));
  });

  it("real estate runs inquiries → viewings → contracts and tracks the referral rate", () => {
    const plan = templatePlan("real_estate", "ja");
    expect(plan.streams[0]?.stages.map((s) => s.id)).toEqual(["inquiries", "viewings", "contracts"]);
    expect(plan.kpis.map((k) => k.id)).toContain("referral_rate");
  });

  it("a ¥120,000,000 goal for the style templates in ja, $1,200,000 in en", () => {
    for (const id of ["new_business", "account_sales", "inside_sales", "inside_sales_minimal"]) {
      expect(templatePlan(id, "ja").kgi).toMatchObject({ target: 120_000_000, unit: "JPY" });
      expect(templatePlan(id, "en").kgi).toMatchObject({ target: 1_200_000, unit: "USD" });
    }
  });
});

describe("templatePlan", () => {
  it("starts the 12 months on the given date", () => {
    expect(templatePlan("saas", "en", { start: "2026-10-01" }).period).toEqual({
      start: "2026-10-01",
      end: "2027-09-30",
      granularity: "month",
    });
    expect(oneYearFrom("2027-01-01")).toBe("2027-12-31");
    expect(oneYearFrom("2028-02-29")).toBe("2029-02-28");
  });

  it("refuses a start that is not a real date", () => {
    expect(() => templatePlan("saas", "ja", { start: "2026-02-30" })).toThrow(/YYYY-MM-DD/);
    expect(() => templatePlan("saas", "ja", { start: "April" })).toThrow(/YYYY-MM-DD/);
  });

  it("names the valid templates when the id is unknown", () => {
    expect(() => templatePlan("retail", "ja")).toThrow(/Unknown template "retail"/);
    for (const id of templateIds) expect(() => templatePlan("retail", "en")).toThrow(id);
    expect(() => templateSpec("nope")).toThrow(/new_business/);
    // the valid ids listed comma-separated
    expect(() => templateSpec("nope")).toThrow(/Valid templates: [a-z_]+, [a-z_]+, /);
  });

  it("refuses an unknown locale", () => {
    expect(() => templatePlan("saas", "fr" as "en")).toThrow(/locale/);
  });

  it("returns a fresh plan every time", () => {
    const a = templatePlan("new_business", "ja");
    a.kpis.pop();
    (a.team[0] as { name: string }).name = "changed";
    const b = templatePlan("new_business", "ja");
    expect(b.kpis).toHaveLength(5);
    expect(b.team[0]?.name).not.toBe("changed");
  });

  it("gives valid plans that lint without errors for any start date", () => {
    const day = 86_400_000;
    const start = fc
      .integer({ min: Date.UTC(2020, 0, 1) / day, max: Date.UTC(2048, 11, 31) / day })
      .map((d) => new Date(d * day).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom(...templateIds), fc.constantFrom(...locales), start, (id, locale, s) => {
        const plan = templatePlan(id, locale, { start: s });
        const parsed = parsePlan(plan);
        expect(parsed.ok ? [] : parsed.issues).toEqual([]);
        expect(hasErrors(lintPlan(plan))).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
