// The rules that span fields (plan.ts's planRuleIssues), at the edges plan-bounds/ does not reach:
// one rule's fault must not set off another, and the Japanese wording. Sample plan: en,
// 2026-04-01 … 2027-03-31 by month (12 periods), one stream new_biz with share 1.
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/domain/plan";
import { samplePlan } from "../fixtures/plans";

function told(edit: (p: any) => unknown): [string, string, string][] {
  const plan = structuredClone(samplePlan()) as any;
  edit(plan);
  const r = parsePlan(plan);
  return r.ok ? [] : r.issues.map((i) => [i.path, i.message.en, i.message.ja]);
}

describe("the period", () => {
  it("compares start and end only when both are real dates", () => {
    // 2026-02-30 is no date; "2026-02-01" < "2026-02-30" as text, yet no "must be after" follows.
    expect(
      told((p) => {
        p.period.start = "2026-02-30";
        p.period.end = "2026-02-01";
      }),
    ).toEqual([
      ["period.start", "2026-02-30 is not a real calendar date", "2026-02-30 は存在しない日付です"],
    ]);
  });

  it("checks seasonality only against a period that runs forward", () => {
    // end = start: the period is wrong; 12 weights are not then also counted against it.
    expect(
      told((p) => {
        p.period.end = p.period.start;
        p.seasonality = Array.from({ length: 12 }, () => 1);
      }),
    ).toEqual([
      [
        "period.end",
        "must be after period.start (2026-04-01)",
        "期間の終了日は開始日（2026-04-01）より後にしてください",
      ],
    ]);
  });
});

describe("stream shares and sources, in Japanese", () => {
  it("gives the shares' sum", () => {
    // 0.3 + 0.3 = 0.6 (0.6 after rounding to 12 decimals).
    expect(
      told((p) => {
        p.streams[0].share = 0.3;
        p.streams.push({ ...structuredClone(p.streams[0]), id: "referral", share: 0.3 });
      }),
    ).toEqual([
      [
        "streams",
        "shares must add up to 1 (they add up to 0.6)",
        "各ストリームの share の合計は1にしてください（現在 0.6）",
      ],
    ]);
  });

  it("lists every stream id when a KPI names none of them", () => {
    expect(
      told((p) => {
        p.streams[0].share = 0.5;
        p.streams.push({ ...structuredClone(p.streams[0]), id: "referral", share: 0.5 });
        p.kpis[0].source.stream = "nope";
      }),
    ).toEqual([
      [
        "kpis[0].source.stream",
        'no stream has id "nope" (streams: new_biz, referral)',
        "ID「nope」のストリームがありません",
      ],
    ]);
  });
});
