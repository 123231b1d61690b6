import { describe, expect, it } from "vitest";
import { matchScore, placeMapping, proposeMapping } from "../../../src/domain/source/header-mapping";
import { logFields } from "../../../src/workbook/source-fields";
import { FORM_HEADER, FORM_MAPPING } from "../../fixtures/form-responses";
import { jaPlan, samplePlan } from "../../fixtures/plans";

describe("proposeMapping: a Google Form's daily report (日報)", () => {
  it("maps every column by its words and leaves the free text unread", () => {
    const p = proposeMapping(FORM_HEADER, logFields(jaPlan()));
    expect(p.asks).toEqual([]);
    expect(p.mapping).toEqual(FORM_MAPPING);
    expect(p.unused).toEqual(["所感・気づき"]);
    expect(p.missing).toEqual(["kpi:nps", "notes"]);
    expect(p.exact).toBe(false);
  });

  it("asks when two headers could be one stage, and never maps either", () => {
    const p = proposeMapping(
      ["日付", "担当者", "架電数（新規）", "架電数（既存）", "アポ数"],
      logFields(jaPlan()),
    );
    expect(p.asks).toEqual([
      { kind: "field", key: "stage:new_biz.calls", headers: ["架電数（新規）", "架電数（既存）"] },
    ]);
    expect(p.mapping["stage:new_biz.calls"]).toBeUndefined();
    expect(Object.values(p.mapping)).not.toContain("架電数（新規）");
    expect(p.mapping["stage:new_biz.appointments"]).toBe("アポ数");
  });

  it("asks which is the date when a form has a date question beside its timestamp", () => {
    const p = proposeMapping(["タイムスタンプ", "日付", "氏名", "本日の架電数"], logFields(jaPlan()));
    expect(p.asks).toEqual([{ kind: "field", key: "date", headers: ["タイムスタンプ", "日付"] }]);
    expect(p.mapping.rep).toBe("氏名");
  });

  it("asks when one header could be two stages", () => {
    const plan = jaPlan();
    const stages = plan.streams[0]?.stages ?? [];
    // Two stages of one kind (both calls): 架電 and 電話フォロー would both take "電話件数".
    (stages[1] as { name: string }).name = "コール";
    const p = proposeMapping(["日付", "電話件数"], logFields(plan));
    expect(p.asks).toEqual([
      { kind: "header", header: "電話件数", keys: ["stage:new_biz.calls", "stage:new_biz.appointments"] },
    ]);
    expect(p.mapping).toEqual({ date: "日付" });
  });

  it("reads our own Actuals header exactly, in either language and in full width", () => {
    const en = proposeMapping(
      ["Date", "Rep", "Calls", "Appointments", "Meetings", "Deals", "Annual revenue (JPY)", "Notes"],
      logFields(samplePlan()),
    );
    expect(en.asks).toEqual([]);
    expect(en.exact).toBe(true);
    expect(en.missing).toEqual([]);
    const full = proposeMapping(["ＤＡＴＥ", "ｒｅｐ", "calls"], logFields(samplePlan()));
    expect(full.mapping).toEqual({ date: "ＤＡＴＥ", rep: "ｒｅｐ", "stage:new_biz.calls": "calls" });
  });

  it("a CRM export in English: Owner, Created Date, Amount", () => {
    const p = proposeMapping(
      ["Activity ID", "Created Date", "Owner", "Dials", "Appointments booked", "Amount"],
      logFields(samplePlan()),
    );
    expect(p.asks).toEqual([]);
    expect(p.mapping).toEqual({
      date: "Created Date",
      rep: "Owner",
      "stage:new_biz.calls": "Dials",
      "stage:new_biz.appointments": "Appointments booked",
      kgi: "Amount",
    });
    // "Activity ID" names nothing: English words match at a word's start only ("id" in "Activity").
    expect(p.unused).toEqual(["Activity ID"]);
  });
});

describe("matchScore", () => {
  const field = { key: "stage:s.calls", label: "Calls", names: ["Calls"], hints: ["call", "dial"] };
  it("ranks a header that is the name over one that contains it over one with a synonym", () => {
    const exact = matchScore("calls", field);
    const named = matchScore("Calls made", field);
    const hinted = matchScore("Dials", field);
    expect(exact).toBeGreaterThan(named);
    expect(named).toBeGreaterThan(hinted);
    expect(hinted).toBeGreaterThan(0);
    expect(matchScore("Recalls", field)).toBe(0);
    expect(matchScore("", field)).toBe(0);
  });
});

describe("placeMapping: a pinned mapping on the header as it is now", () => {
  const mapping = { date: "タイムスタンプ", rep: "氏名", "stage:new_biz.calls": "本日の架電数" };
  it("finds a moved column by its header", () => {
    expect(placeMapping(["氏名", "メモ", "本日の架電数", "タイムスタンプ"], mapping)).toEqual({
      ok: true,
      columns: ["rep", null, "stage:new_biz.calls", "date"],
    });
  });
  it("reports a renamed column and a header two columns share, instead of reading either", () => {
    expect(placeMapping(["タイムスタンプ", "氏名", "氏名", "架電数"], mapping)).toEqual({
      ok: false,
      notFound: [{ key: "stage:new_biz.calls", header: "本日の架電数" }],
      twice: [{ key: "rep", header: "氏名" }],
    });
  });
});
