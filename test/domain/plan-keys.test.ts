// Keys that differ only by letter case are one key: ids become named ranges and sheet keys, and
// Sheets, Excel and LibreOffice treat "Calls" and "calls" as one name. The id pattern admits lowercase
// only, so parsePlan refuses "Calls" as an id before any rule runs (plan-bounds/, "a capital
// letter"); these tests hold the rules that span fields to the same standard on their own, so that a
// wider pattern later could not let "Calls" beside "calls" through.
import { describe, expect, it } from "vitest";
import { type Plan, parsePlan, planRuleIssues } from "../../src/domain/plan";
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

describe("letter case as the command line folds it", () => {
  it("keeps stage names Maße and MASSE apart: their headers lowercase to maße and masse", () => {
    // cli/log-reader.ts finds a stage's Actuals column by its header lowercased. ß upper-cases to
    // SS, so the two would be one name upper-cased; lowercased, as the reader compares, they are two.
    expect(
      issues((p) => {
        (p.streams[0]?.stages[1] as { name: string }).name = "Maße";
        (p.streams[0]?.stages[2] as { name: string }).name = "MASSE";
      }),
    ).toEqual([]);
  });
});

describe("key clashes in Japanese", () => {
  const ja = (edit: (p: Plan) => void) => {
    const plan = samplePlan();
    edit(plan);
    return planRuleIssues(plan).map((i) => [i.path, i.message.ja]);
  };

  it("says an exact duplicate without a note on letter case", () => {
    expect(
      ja((p) => {
        (p.streams[0]?.stages[2] as { id: string }).id = "calls";
      }),
    ).toEqual([["streams[0].stages[2].id", "段階ID「calls」がこのストリーム内で重複しています"]]);
  });

  it("names the joined name twice (REQ_a_B_c) and the clashing Actuals column", () => {
    expect(
      ja((p) => {
        secondStream(p, "A_b", ["c", "d"]);
        secondStream(p, "a", ["B_c", "d"]);
        for (const s of p.streams) s.share = 1 / 3;
      }),
    ).toEqual([
      [
        "streams[2].stages[0].id",
        "ストリームIDと段階IDの組み合わせ「a_B_c」が重複します。どちらかの名前を変えてください",
      ],
    ]);
    expect(
      ja((p) => {
        secondStream(p, "kpi", ["leads", "Nps"]);
        p.kpis.push({
          id: "nps",
          name: "NPS",
          tier: "outcome",
          direction: "higher",
          frequency: "monthly",
          source: { manual: true, target: 40 },
        });
      }),
    ).toEqual([
      [
        "kpis[3].id",
        "このKPIの列（ACT_KPI_nps）とストリーム「kpi」の段階「Nps」の列（ACT_kpi_Nps）が同じ名前になります（スプレッドシートの名前は大文字と小文字を区別しません）。KPIかストリームのIDを変えてください",
      ],
    ]);
  });
});

describe("rep names", () => {
  it("refuses a rep named twice, and says a name differing in case would take the other's rows", () => {
    const plan = samplePlan();
    plan.team.push({ name: "Sato" }, { name: "SUZUKI" });
    expect(planRuleIssues(plan).map((i) => [i.path, i.message.en, i.message.ja])).toEqual([
      [
        "team[3].name",
        'duplicate rep name "Sato" (actuals are matched by name, letter case aside)',
        "担当者名「Sato」が重複しています（実績は名前で集計し、大文字・小文字は区別しません）",
      ],
      [
        "team[4].name",
        'duplicate rep name "SUZUKI": rows of "Suzuki" would count for it too (actuals are matched by name, letter case aside)',
        "担当者名「SUZUKI」が重複しています（「Suzuki」と同じ）（実績は名前で集計し、大文字・小文字は区別しません）",
      ],
    ]);
  });

  it("reads names as trimmed, so spaces at either end make no second name", () => {
    // The schema trims names before the rules run: " Sato " is Sato, "Calls  " is Calls.
    const plan = structuredClone(samplePlan()) as any;
    plan.team.push({ name: " Sato " });
    plan.streams[0].stages[1].name = "Calls  ";
    const r = parsePlan(plan);
    expect(r.ok ? [] : r.issues.map((i) => [i.path, i.message.en])).toEqual([
      ["streams[0].stages[1].name", 'duplicate stage name "Calls" in this stream'],
      ["team[3].name", 'duplicate rep name "Sato" (actuals are matched by name, letter case aside)'],
    ]);
  });
});
