// Keys that differ only by letter case are one key: ids become named ranges and sheet keys, and
// Sheets, Excel and LibreOffice treat "Calls" and "calls" as one name. The id pattern admits lowercase
// only, so parsePlan refuses "Calls" as an id before any rule runs (plan-bounds/, "a capital
// letter"); these tests hold the rules that span fields to the same standard on their own, so that a
// wider pattern later could not let "Calls" beside "calls" through.
import { describe, expect, it } from "vitest";
import { type Plan, planRuleIssues } from "../../src/domain/plan";
import { clashes } from "../../src/domain/plan-keys";
import { samplePlan } from "../fixtures/plans";

const CASE = "but for letter case, which spreadsheets ignore";

function issues(edit: (p: Plan) => void): [string, string][] {
  const plan = samplePlan();
  edit(plan);
  return planRuleIssues(plan).map((i) => [i.path, i.message.en]);
}

function secondStream(plan: Plan, id: string, stages = ["leads", "deals"]): void {
  (plan.streams[0] as { share: number }).share = 0.5;
  plan.streams.push({
    id,
    name: "Referral",
    share: 0.5,
    dealValue: 1_000_000,
    stages: stages.map((s, i) => ({
      id: s,
      name: `Stage ${i}`,
      ...(i < stages.length - 1 ? { rate: 0.5 } : {}),
    })),
  });
}

describe("ids that differ only by case", () => {
  it("finds equal values ignoring case, each with the earlier one", () => {
    expect(clashes(["calls", "deals", "Calls", "CALLS", "Deals", "visits"])).toEqual([
      [2, 0],
      [3, 0],
      [4, 1],
    ]);
    expect(clashes(["a", "b"])).toEqual([]);
  });

  it("refuses stream ids New_biz beside new_biz, naming the one it clashes with", () => {
    expect(issues((p) => secondStream(p, "New_biz"))).toEqual([
      ["streams[1].id", `duplicate stream id "New_biz" (same as "new_biz" ${CASE})`],
    ]);
  });

  it("refuses stage ids Calls beside calls in one stream", () => {
    expect(
      issues((p) => {
        (p.streams[0]?.stages[2] as { id: string }).id = "Calls";
      }),
    ).toEqual([
      ["streams[0].stages[2].id", `duplicate stage id "Calls" in this stream (same as "calls" ${CASE})`],
    ]);
  });

  it("refuses KPI ids Deals beside deals", () => {
    expect(
      issues((p) => {
        (p.kpis[1] as { id: string }).id = "Deals";
      }),
    ).toEqual([["kpis[2].id", `duplicate KPI id "deals" (same as "Deals" ${CASE})`]]);
  });

  it("refuses stream and stage ids that join into one name but for case (REQ_a_b_c twice)", () => {
    const found = issues((p) => {
      secondStream(p, "A_b", ["c", "d"]);
      secondStream(p, "a", ["B_c", "d"]);
      for (const s of p.streams) s.share = 1 / 3;
    });
    expect(found).toEqual([
      ["streams[2].stages[0].id", 'stream and stage ids make the name "a_B_c" twice (REQ_a_B_c); rename one'],
    ]);
  });

  it("refuses a manual KPI whose Actuals column would be a stage's but for case", () => {
    const found = issues((p) => {
      secondStream(p, "kpi", ["leads", "Nps"]);
      p.kpis.push({
        id: "nps",
        name: "NPS",
        tier: "outcome",
        direction: "higher",
        frequency: "monthly",
        source: { manual: true, target: 40 },
      });
    });
    expect(found.map(([path]) => path)).toEqual(["kpis[3].id"]);
    expect(found[0]?.[1]).toContain('(ACT_KPI_nps) and of stage "Nps" of stream "kpi" (ACT_kpi_Nps)');
  });

  it("says so in Japanese too", () => {
    const plan = samplePlan();
    secondStream(plan, "New_biz");
    expect(planRuleIssues(plan)[0]?.message.ja).toBe(
      "ストリームID「New_biz」が重複しています（「new_biz」と大文字・小文字だけが違います。スプレッドシートは大文字・小文字を区別しません）",
    );
  });
});
