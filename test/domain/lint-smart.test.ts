// The SMART rules' words, in both languages: what a sales team reads in the check. A manual KPI is
// called one ("手入力の" / "Manual "), a funnel KPI is not; each kind of KPI gets its own example of a
// definition; and the boundaries of the rules' numbers.
import { describe, expect, it } from "vitest";
import type { Locale } from "../../src/domain/i18n";
import { type LintFinding, lintPlan } from "../../src/domain/lint";
import { type Kpi, type Plan, parsePlan } from "../../src/domain/plan";
import { templatePlan } from "../../src/domain/templates";

/** A template plan, edited, that still passes parsePlan (the lint takes only those). */
function plan(id: string, locale: Locale, edit: (p: Plan) => void): Plan {
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

const findings = (p: Plan, ruleId: string): LintFinding[] => lintPlan(p).filter((f) => f.ruleId === ruleId);

/** new_business with no definition on a stage count, a rate and the manual lead time. */
const undefinedKpis = (locale: Locale) =>
  plan("new_business", locale, (p) => {
    delete kpi(p, "appointments").definition; // kpis[0], a stage count
    delete kpi(p, "win_rate").definition; // kpis[2], a rate
    delete kpi(p, "lead_time").definition; // kpis[4], manual
  });

describe("smart-specific: the message names the kind of KPI, the hint gives an example of its kind", () => {
  it("in English", () => {
    const found = findings(undefinedKpis("en"), "smart-specific");
    const tail =
      "has no definition: each rep may count it differently, so it is neither specific nor measurable.";
    expect(found.map((f) => f.message.en)).toEqual([
      `KPI "Appointments set" ${tail}`,
      `KPI "Win rate" ${tail}`,
      `Manual KPI "Lead time from first meeting to contract" ${tail}`,
    ]);
    const hint = (example: string) =>
      `Write in definition (the KPI's "Definition") what is counted and when (e.g. ${example}).`;
    expect(found.map((f) => f.hint.en)).toEqual([
      hint('"appointments = appointments booked for a date"'),
      hint('"meeting rate = appointments that became a meeting held ÷ appointments booked"'),
      hint('"churn = customers lost this month ÷ customers at the start of the month"'),
    ]);
  });

  it("in Japanese", () => {
    const found = findings(undefinedKpis("ja"), "smart-specific");
    const tail =
      "に定義がありません。何をどう数えるのかが担当者ごとにぶれ、具体的（S）にも計測可能（M）にもなりません。";
    expect(found.map((f) => f.message.ja)).toEqual([
      `KPI「アポイント獲得数」${tail}`,
      `KPI「成約率」${tail}`,
      `手入力のKPI「初回商談から成約までのリードタイム」${tail}`,
    ]);
    const hint = (example: string) =>
      `definition（KPIの「定義」）に、何を・いつ1件と数えるのかを書いてください（例：${example}）。`;
    expect(found.map((f) => f.hint.ja)).toEqual([
      hint("「アポ獲得数＝商談日時が確定したアポイントの件数」"),
      hint("「商談化率＝実際に商談を行ったアポイント ÷ 獲得したアポイント」"),
      hint("「解約率＝その月に解約した社数 ÷ 月初の契約社数」"),
    ]);
  });
});

describe("smart-measurable", () => {
  it("takes a blank unit for none", () => {
    const p = plan("saas", "en", (q) => {
      (kpi(q, "churn_rate").source as { unit?: string }).unit = "  ";
    });
    expect(findings(p, "smart-measurable")).toMatchObject([{ path: "kpis[3].source.unit" }]);
  });

  it("says why a target of 0 is no target for a higher-is-better KPI, and how to fix it", () => {
    const edit = (q: Plan) => {
      (kpi(q, "new_mrr").source as { target: number }).target = 0;
    };
    const [en] = findings(plan("saas", "en", edit), "smart-measurable");
    expect(en?.message.en).toBe(
      'KPI "New MRR" has a target of 0: for a higher-is-better KPI, doing nothing meets it.',
    );
    expect(en?.hint.en).toBe(
      'Put the number to reach in source.target; if less is better, set direction to "lower".',
    );
    const [ja] = findings(plan("saas", "ja", edit), "smart-measurable");
    expect(ja?.message.ja).toBe(
      "KPI「新規MRR」の目標値が0です。「高いほど良い」指標では、何もしなくても達成になってしまいます。",
    );
    expect(ja?.hint.ja).toBe(
      '達成したい数値を source.target に入れてください。少ないほど良い指標なら direction を "lower" にします。',
    );
  });
});

describe("smart-achievable at the capacity", () => {
  // inside_sales_minimal over one week, Mon 1 – Fri 5 June 2026 (5 working days, no holiday in an
  // English plan), a goal of 100,000 at 10,000 a deal: 10 deals ÷ 0.25 = 40 meetings ÷ 0.8 = 50
  // appointments ÷ 0.05 = 1,000 calls; two reps make 500 each, 500 ÷ 5 = 100 calls a working day.
  const week = (capacity: number) =>
    plan("inside_sales_minimal", "en", (p) => {
      p.period = { start: "2026-06-01", end: "2026-06-05", granularity: "week" };
      p.kgi.target = 100_000;
      p.team = [{ name: "Alex" }, { name: "Sam" }];
      kpi(p, "calls").capacityPerDay = capacity;
    });

  it("is quiet when the need equals what a rep can do", () => {
    expect(findings(week(100), "smart-achievable")).toEqual([]);
  });

  it("warns one below it, naming the first of the busiest reps", () => {
    const found = findings(week(99), "smart-achievable");
    expect(found).toMatchObject([{ path: "kpis[0].capacityPerDay" }]);
    expect(found[0]?.message.en).toBe(
      'KPI "Calls made" needs 100 a working day from Alex, above the 99 a day one rep can do.',
    );
  });
});

describe("smart-relevant", () => {
  const noReason = (locale: Locale) =>
    plan("saas", locale, (p) => {
      delete kpi(p, "demos").reason; // kpis[0], a stage count
      delete kpi(p, "ltv").reason; // kpis[4], manual
    });

  it("in English: a manual KPI is called one, and only a funnel KPI's hint has the example", () => {
    const found = findings(noReason("en"), "smart-relevant");
    expect(found.map((f) => f.message.en)).toEqual([
      'KPI "Demos held" does not say how it leads to the goal (New ARR for the year).',
      'Manual KPI "LTV (customer lifetime value)" does not say how it leads to the goal (New ARR for the year).',
    ]);
    const hint = (example: string) =>
      `In reason (the KPI's "How it moves the goal"), say in one sentence how improving this KPI moves the goal${example}. If you cannot, consider dropping it.`;
    expect(found.map((f) => f.hint.en)).toEqual([
      hint(' (e.g. "more calls bring more appointments, and the deals the goal needs")'),
      hint(""),
    ]);
  });

  it("in Japanese", () => {
    const found = findings(noReason("ja"), "smart-relevant");
    expect(found.map((f) => f.message.ja)).toEqual([
      "KPI「デモ・商談実施数」が、KGI（年間新規ARR）にどうつながるのかが書かれていません。",
      "手入力のKPI「LTV（顧客生涯価値）」が、KGI（年間新規ARR）にどうつながるのかが書かれていません。",
    ]);
    const hint = (example: string) =>
      `reason（KPIの「KGIとのつながり」）に、このKPIが改善するとKGIがどう動くのかを1文で書いてください${example}。説明できない場合は、KPIから外すことも検討しましょう。`;
    expect(found.map((f) => f.hint.ja)).toEqual([
      hint("（例：「架電数が増えるほどアポが増え、逆算した受注件数に届く」）"),
      hint(""),
    ]);
  });

  it("says a stream with no share of the goal moves nothing, in both languages", () => {
    const edit = (p: Plan) => {
      (p.streams[0] as { share: number }).share = 1;
      (p.streams[1] as { share: number }).share = 0;
    };
    // account_sales: kpis[4] (new deals won) follows the second stream, "new".
    const [en] = findings(plan("account_sales", "en", edit), "smart-relevant");
    expect(en?.message.en).toBe(
      'KPI "New deals won" follows stream "New business", whose share of the goal is 0: it does not move the goal.',
    );
    expect(en?.hint.en).toBe("Give the stream a share of the goal, or tie the KPI to another stream.");
    const [ja] = findings(plan("account_sales", "ja", edit), "smart-relevant");
    expect(ja?.message.ja).toBe(
      "KPI「新規受注件数」のストリーム「新規開拓」は売上の配分（share）が0のため、KGIに寄与しません。",
    );
    expect(ja?.hint.ja).toBe("ストリームに share を配分するか、KPIを別のストリームに付け替えてください。");
  });
});
