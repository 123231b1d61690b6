// How a team's own sheet may name each column of the log (source-fields.ts), stated through what the
// header mapping finds: a column by the header we write, by its name without the unit, by its id, by
// its named range (a warehouse query's alias); the fixed columns by their words in either language;
// the KGI by its name or, for a unit of two letters or more, by the unit; a stage by its kind's words.
import { describe, expect, it } from "vitest";
import type { Kpi, Plan } from "../../src/domain/plan";
import { proposeMapping } from "../../src/domain/source/header-mapping";
import { logFields } from "../../src/workbook/source-fields";
import { jaPlan, samplePlan } from "../fixtures/plans";

const withNps = (plan: Plan): Plan => {
  plan.kpis.push({
    id: "nps",
    name: "Customer NPS",
    tier: "outcome",
    direction: "higher",
    frequency: "monthly",
    source: { manual: true, target: 40, aggregate: "average", unit: "pt" },
  } as Kpi);
  return plan;
};
const mapped = (headers: string[], plan: Plan) => proposeMapping(headers, logFields(plan)).mapping;

describe("logFields: the names a column goes by", () => {
  it("a warehouse query's aliases: every column by its named range", () => {
    const headers = [
      "ACT_DATE",
      "ACT_REP",
      "ACT_new_biz_calls",
      "ACT_new_biz_appointments",
      "ACT_new_biz_meetings",
      "ACT_new_biz_deals",
      "ACT_KGI",
      "ACT_KPI_nps",
      "ACT_NOTES",
    ];
    expect(mapped(headers, withNps(samplePlan()))).toEqual({
      date: "ACT_DATE",
      rep: "ACT_REP",
      "stage:new_biz.calls": "ACT_new_biz_calls",
      "stage:new_biz.appointments": "ACT_new_biz_appointments",
      "stage:new_biz.meetings": "ACT_new_biz_meetings",
      "stage:new_biz.deals": "ACT_new_biz_deals",
      kgi: "ACT_KGI",
      "kpi:nps": "ACT_KPI_nps",
      notes: "ACT_NOTES",
    });
  });

  it("a manual KPI by its header, by its name without the unit, by its id", () => {
    for (const header of ["Customer NPS (pt)", "Customer NPS", "nps"])
      expect(mapped(["Date", header], withNps(samplePlan()))["kpi:nps"]).toBe(header);
  });

  it("a stage by its id; the KGI by its name", () => {
    const plan = samplePlan();
    plan.streams[0]?.stages.forEach((s) => {
      s.name = `Step ${s.id.length}`; // names that say nothing of the stage
    });
    expect(mapped(["Date", "appointments", "Annual revenue"], plan)).toEqual({
      date: "Date",
      "stage:new_biz.appointments": "appointments",
      kgi: "Annual revenue",
    });
  });

  it("the fixed columns by their words in the other language", () => {
    // An English plan's log read from a sheet headed in Japanese.
    expect(mapped(["日付", "担当者", "メモ"], samplePlan())).toEqual({
      date: "日付",
      rep: "担当者",
      notes: "メモ",
    });
    expect(mapped(["Date", "Rep", "Notes"], jaPlan())).toEqual({ date: "Date", rep: "Rep", notes: "Notes" });
  });

  it("the KGI by a unit of two letters or more, not by a one-letter one", () => {
    const plan = jaPlan();
    plan.kgi = { name: "新規顧客", target: 120, unit: "社数" };
    expect(mapped(["日付", "獲得社数"], plan).kgi).toBe("獲得社数");
    plan.kgi.unit = "社";
    expect(mapped(["日付", "獲得社"], plan).kgi).toBeUndefined();
  });

  it("only the date must be found", () => {
    const fields = logFields(withNps(samplePlan()));
    expect(fields.filter((f) => f.required).map((f) => f.key)).toEqual(["date"]);
    // Labels are the headers we write, in the plan's order.
    expect(fields.map((f) => f.label)).toEqual([
      "Date",
      "Rep",
      "Calls",
      "Appointments",
      "Meetings",
      "Deals",
      "Annual revenue (JPY)",
      "Customer NPS (pt)",
      "Notes",
    ]);
  });

  it("each column's own names, written out", () => {
    const plan = withNps(samplePlan());
    plan.kgi.unit = "万円";
    const names = Object.fromEntries(logFields(plan).map((f) => [f.key, f.names]));
    expect(names).toEqual({
      // Our label in both languages, and the named range.
      date: ["日付", "Date", "ACT_DATE"],
      rep: ["担当者", "Rep", "ACT_REP"],
      notes: ["メモ", "Notes", "ACT_NOTES"],
      // The header we write, the stage's id, the named range.
      "stage:new_biz.calls": ["Calls", "calls", "ACT_new_biz_calls"],
      "stage:new_biz.appointments": ["Appointments", "appointments", "ACT_new_biz_appointments"],
      "stage:new_biz.meetings": ["Meetings", "meetings", "ACT_new_biz_meetings"],
      "stage:new_biz.deals": ["Deals", "deals", "ACT_new_biz_deals"],
      // The header, the KGI's name, the named range.
      kgi: ["Annual revenue (万円)", "Annual revenue", "ACT_KGI"],
      // The header, the name without its unit, the id, the named range.
      "kpi:nps": ["Customer NPS (pt)", "Customer NPS", "nps", "ACT_KPI_nps"],
    });
    const kgi = logFields(plan).find((f) => f.key === "kgi");
    expect(kgi?.hints?.at(-1)).toBe("万円");
  });

  it("a name's own brackets stay; only the unit at the end goes", () => {
    const plan = samplePlan();
    plan.kpis = [
      {
        id: "web_nps",
        name: "NPS (web) score",
        tier: "outcome",
        direction: "higher",
        frequency: "monthly",
        source: { manual: true, target: 40, aggregate: "average", unit: "pt" },
      } as Kpi,
    ];
    const field = logFields(plan).find((f) => f.key === "kpi:web_nps");
    expect(field?.names.slice(0, 2)).toEqual(["NPS (web) score (pt)", "NPS (web) score"]);
  });

  it("a stage by its kind's words whatever its name, never by an amount", () => {
    const plan = jaPlan();
    plan.streams[0]?.stages.forEach((s, i) => {
      s.name = `段階${i + 1}`;
    });
    // 架電 is the calls kind's word; a header about money is not a count of calls.
    expect(mapped(["日付", "本日の架電数"], plan)["stage:new_biz.calls"]).toBe("本日の架電数");
    // It is the KGI's, and nobody is asked.
    const p = proposeMapping(["日付", "架電金額"], logFields(plan));
    expect(p.mapping).toEqual({ date: "日付", kgi: "架電金額" });
    expect(p.asks).toEqual([]);
  });
});
