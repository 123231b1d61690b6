// The seeds' cautions in the words a sales team reads, in both languages: how many KPIs (one KPI,
// not "1 KPIs"), which stream a missing partner is missing from (or the whole plan, for a manual
// KPI), and the direction of a KPI whose name says which way is better.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/domain/i18n";
import { type LintFinding, lintPlan } from "../../src/domain/lint";
import { partners } from "../../src/domain/lint/helpers";
import { type Kpi, type Plan, parsePlan } from "../../src/domain/plan";
import { templatePlan } from "../../src/domain/templates";

/** A template plan, edited, that still passes parsePlan (the lint takes only those). */
function plan(id: string, locale: Locale, edit: (p: Plan) => void = () => {}): Plan {
  const p = structuredClone(templatePlan(id, locale));
  edit(p);
  const parsed = parsePlan(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return p;
}

function kpi(p: Plan, id: string): Kpi {
  const k = p.kpis.find((x) => x.id === id);
  if (!k) throw new Error(`no KPI ${id}`);
  return k;
}

const keep = (p: Plan, ...ids: string[]) => {
  p.kpis = p.kpis.filter((k) => ids.includes(k.id));
};

const findings = (p: Plan, ruleId: string): LintFinding[] => lintPlan(p).filter((f) => f.ruleId === ruleId);

/** A manual activity KPI: no stream, so its partners are any KPI of the plan. */
const emails = (locale: Locale): Kpi => ({
  id: "emails",
  name: locale === "ja" ? "メール送信数" : "Emails sent",
  tier: "activity",
  direction: "higher",
  frequency: "daily",
  source: { manual: true, target: 20, unit: locale === "ja" ? "件" : "count" },
  definition: "-",
  reason: "-",
});

describe("kpi-count, in English", () => {
  it("says six KPIs are too many, and to keep 3 to 5", () => {
    const p = plan("new_business", "en", (q) => {
      q.kpis.push({ ...structuredClone(kpi(q, "meetings")), id: "meetings_2", name: "Meetings online" });
    });
    const [f] = findings(p, "kpi-count");
    expect(f?.message.en).toBe("The plan has 6 KPIs; with so many, reps lose sight of what matters.");
    expect(f?.hint.en).toBe(
      "Keep the 3 to 5 that matter most; review them regularly and drop those that do not lead to results.",
    );
  });

  it('says "1 KPI" and "2 KPIs"', () => {
    const tail = ": it will be hard to see which stage of the funnel is stuck.";
    const one = plan("new_business", "en", (q) => keep(q, "won"));
    expect(findings(one, "kpi-count")[0]?.message.en).toBe(`The plan has only 1 KPI${tail}`);
    const two = plan("new_business", "en", (q) => keep(q, "won", "win_rate"));
    expect(findings(two, "kpi-count")[0]?.message.en).toBe(`The plan has only 2 KPIs${tail}`);
  });
});

describe("kpi-controllable, a name like margin or price", () => {
  it("says why and how to fix it, in both languages", () => {
    const en = findings(
      plan("new_business", "en", (q) => {
        kpi(q, "won").name = "Gross margin";
      }),
      "kpi-controllable",
    );
    expect(en[0]?.message.en).toBe(
      'KPI "Gross margin" looks like margin, profit or price, which reps cannot move by their own actions.',
    );
    // The seed's example, then how to say the reps do control it.
    expect(en[0]?.hint.en).toBe(
      "A product's profit margin, for example, is not something a rep controls. Replace it with something reps improve by their own actions, such as visits or win rate. If your reps do control it, set controllable to true.",
    );
    const ja = findings(
      plan("new_business", "ja", (q) => {
        kpi(q, "won").name = "粗利率";
      }),
      "kpi-controllable",
    );
    expect(ja[0]?.message.ja).toBe(
      "KPI「粗利率」は、利益率や価格のように担当者が自分の行動だけでは動かしにくい指標に見えます。",
    );
    expect(ja[0]?.hint.ja).toBe(
      "たとえば「商品の利益率」は担当者がコントロールできないため、KPIには向きません。訪問件数や成約率など、担当者が自らの行動で改善できる指標に置き換えてください。担当者が動かせる指標であれば controllable を true にしてください。",
    );
  });
});

describe("activity-needs-outcome names where the result is missing", () => {
  // account_sales with its new-business deals KPI turned into that stream's appointments: an
  // activity KPI of the second stream ("new") with nothing after it in that stream. The existing
  // customers' visits keep their upsell rate.
  const appointments = (locale: Locale) =>
    plan("account_sales", locale, (q) => {
      const k = kpi(q, "new_won");
      k.source = { stream: "new", stage: "appointments" };
      k.tier = "activity";
      k.name = locale === "ja" ? "新規アポ獲得数" : "New business appointments";
    });

  it("the KPI's own stream, which is not the plan's first", () => {
    const en = findings(appointments("en"), "activity-needs-outcome");
    expect(en).toMatchObject([{ path: "kpis[4]" }]);
    expect(en[0]?.message.en).toBe(
      'Activity KPI "New business appointments" has no conversion or outcome KPI in the same stream ("New business"). Activity alone can end in "we made 100 visits and closed nothing".',
    );
    const ja = findings(appointments("ja"), "activity-needs-outcome");
    expect(ja[0]?.message.ja).toBe(
      "行動量のKPI「新規アポ獲得数」に対応する転換率や成果のKPIが、同じストリーム「新規開拓」にありません。行動量だけを目標にすると「100件訪問したけれど、成約はゼロ」という事態にもなりかねません。",
    );
  });

  it("the whole plan, for a manual KPI", () => {
    const alone = (locale: Locale) =>
      plan("inside_sales_minimal", locale, (q) => {
        q.kpis.push(emails(locale));
        keep(q, "calls", "emails");
      });
    const en = findings(alone("en"), "activity-needs-outcome");
    expect(en.map((f) => f.path)).toEqual(["kpis[0]", "kpis[1]"]);
    expect(en[1]?.message.en).toBe(
      'Activity KPI "Emails sent" has no conversion or outcome KPI in the plan. Activity alone can end in "we made 100 visits and closed nothing".',
    );
    const ja = findings(alone("ja"), "activity-needs-outcome");
    expect(ja[1]?.message.ja).toBe(
      "行動量のKPI「メール送信数」に対応する転換率や成果のKPIが、計画にありません。行動量だけを目標にすると「100件訪問したけれど、成約はゼロ」という事態にもなりかねません。",
    );
  });
});

describe("quantity-needs-quality names where the conversion rate is missing", () => {
  it("the KPI's stream", () => {
    const edit = (q: Plan) => keep(q, "appointments", "won", "lead_time"); // no win rate
    const en = findings(plan("new_business", "en", edit), "quantity-needs-quality");
    expect(en[0]?.message.en).toBe(
      'No conversion-rate KPI checks the quality of activity KPI "Appointments set" in stream "New business". Counting alone turns the KPI into the goal — e.g. 100 low-quality calls just to hit "100 calls".',
    );
    const ja = findings(plan("new_business", "ja", edit), "quantity-needs-quality");
    expect(ja[0]?.message.ja).toBe(
      "行動量のKPI「アポイント獲得数」の質を確かめる転換率のKPIが、同じストリーム「新規開拓」にありません。数だけを追うとKPIが目的化し、たとえば「架電数100件」を達成するために質の低いアプローチを重ねることになりかねません。",
    );
  });

  it("the whole plan, for a manual KPI", () => {
    // calls, appointments (an outcome), emails: results, but no conversion rate anywhere.
    const edit = (locale: Locale) => (q: Plan) => {
      q.kpis.push(emails(locale));
      keep(q, "calls", "appointments", "emails");
    };
    const en = findings(plan("inside_sales_minimal", "en", edit("en")), "quantity-needs-quality");
    expect(en.map((f) => f.path)).toEqual(["kpis[0]", "kpis[2]"]);
    expect(en[1]?.message.en).toBe(
      'No conversion-rate KPI checks the quality of activity KPI "Emails sent" in the plan. Counting alone turns the KPI into the goal — e.g. 100 low-quality calls just to hit "100 calls".',
    );
    const ja = findings(plan("inside_sales_minimal", "ja", edit("ja")), "quantity-needs-quality");
    expect(ja[1]?.message.ja).toBe(
      "行動量のKPI「メール送信数」の質を確かめる転換率のKPIが、計画にありません。数だけを追うとKPIが目的化し、たとえば「架電数100件」を達成するために質の低いアプローチを重ねることになりかねません。",
    );
  });
});

describe("kpi-direction", () => {
  it("says a funnel count is higher-is-better, in both languages", () => {
    const edit = (q: Plan) => {
      kpi(q, "calls").direction = "lower";
    };
    const [en] = findings(plan("inside_sales_minimal", "en", edit), "kpi-direction");
    expect(en?.message.en).toBe(
      'KPI "Calls made" is a funnel count or conversion rate, so higher is better, but its direction is "lower".',
    );
    expect(en?.hint.en).toBe('Set direction to "higher".');
    const [ja] = findings(plan("inside_sales_minimal", "ja", edit), "kpi-direction");
    expect(ja?.message.ja).toBe(
      'KPI「架電数」はファネルの件数または転換率なので高いほど良い指標ですが、direction が "lower"（低いほど良い）になっています。',
    );
    expect(ja?.hint.ja).toBe('direction を "higher" にしてください。');
  });

  it("says a repeat rate looks higher-is-better, in both languages", () => {
    const edit = (q: Plan) => {
      kpi(q, "repeat_rate").direction = "lower";
    };
    const [en] = findings(plan("account_sales", "en", edit), "kpi-direction");
    expect(en?.message.en).toBe(
      'KPI "Repeat rate" looks like repeat rate or satisfaction, where higher is better, but its direction is "lower".',
    );
    expect(en?.hint.en).toBe('Set direction to "higher"; if lower really is better, rename it to say so.');
    const [ja] = findings(plan("account_sales", "ja", edit), "kpi-direction");
    expect(ja?.message.ja).toBe(
      'KPI「リピート率」はリピート率や顧客満足度のように高いほど良い指標に見えますが、direction が "lower"（低いほど良い）になっています。',
    );
    expect(ja?.hint.ja).toBe(
      'direction を "higher" にしてください。低いほど良い指標であれば、そう分かる名前に変えてください。',
    );
  });

  it("lets a lower-is-better name win over a higher-is-better word in it (churn of repeat customers)", () => {
    // "churn" says lower is better, and the KPI is "lower": right, though "repeat" is in the name.
    for (const [locale, name] of [
      ["en", "Churn of repeat customers"],
      ["ja", "リピート顧客の解約率"],
    ] as const) {
      const p = plan("account_sales", locale, (q) => {
        kpi(q, "churn_rate").name = name;
      });
      expect(findings(p, "kpi-direction")).toEqual([]);
    }
  });
});

describe("partners", () => {
  it("never counts the KPI as its own partner", () => {
    // new_business: appointments and meetings are the two activity KPIs of stream "new".
    const p = plan("new_business", "en");
    expect(partners(p, kpi(p, "appointments"), ["activity"]).map((k) => k.id)).toEqual(["meetings"]);
  });
});
