// A deal list's fields as the Connect step shows them (domain/source/deal-fields.ts): which stream it
// fills, each field's label, and the headers that name a stage's date in English and Japanese — by the
// stage's name or id with 日/日付/date/day, or by a word of the stage's kind (面談日 for 商談).
import { describe, expect, it } from "vitest";
import { dealFields, dealStream, kindWords } from "../../../src/domain/source/deal-fields";
import { proposeMapping } from "../../../src/domain/source/header-mapping";
import { jaPlan, samplePlan } from "../../fixtures/plans";

describe("dealStream", () => {
  it("is the stream named, else the plan's first; a name the plan lacks is none", () => {
    const plan = samplePlan();
    const first = plan.streams[0] as NonNullable<(typeof plan.streams)[0]>;
    plan.streams.push({ ...first, id: "renewal", name: "Renewals" });
    expect(dealStream(plan)?.id).toBe("new_biz");
    expect(dealStream(plan, "renewal")?.id).toBe("renewal");
    expect(dealStream(plan, "new_biz")?.id).toBe("new_biz");
    expect(dealStream(plan, "nope")).toBeUndefined();
  });
});

describe("dealFields", () => {
  it("labels each field as the step lists them, the KGI's with its unit", () => {
    const plan = jaPlan();
    const fields = dealFields(plan, plan.streams[0] as NonNullable<(typeof plan.streams)[0]>);
    expect(fields.map((f) => [f.key, f.label])).toEqual([
      ["rep", "Owner / 担当"],
      ["created", "Created / 作成日"],
      ["status", "Status / フェーズ"],
      ["furthest", "Furthest stage / 到達フェーズ"],
      ["amount", "年間売上 (円)"],
      ["date:new_biz.calls", "架電 — date / 日付"],
      ["date:new_biz.appointments", "アポ — date / 日付"],
      ["date:new_biz.meetings", "商談 — date / 日付"],
      ["date:new_biz.deals", "受注 — date / 日付"],
    ]);
  });

  it("finds each stage's date by its English name or id with date or day", () => {
    const plan = samplePlan();
    const stream = plan.streams[0] as NonNullable<(typeof plan.streams)[0]>;
    const header = ["Owner", "Meetings date", "deals day", "Appointments date", "calls day"];
    expect(proposeMapping(header, dealFields(plan, stream)).mapping).toMatchObject({
      "date:new_biz.meetings": "Meetings date",
      "date:new_biz.deals": "deals day",
      "date:new_biz.appointments": "Appointments date",
      "date:new_biz.calls": "calls day",
    });
  });

  it("finds a Japanese stage's date by its name with 日 or 日付, or by a word of its kind", () => {
    const plan = jaPlan();
    const stream = plan.streams[0] as NonNullable<(typeof plan.streams)[0]>;
    const header = ["担当", "アポ日", "面談日", "受注日付", "年間売上"];
    expect(proposeMapping(header, dealFields(plan, stream)).mapping).toEqual({
      rep: "担当",
      "date:new_biz.appointments": "アポ日",
      "date:new_biz.meetings": "面談日",
      "date:new_biz.deals": "受注日付",
      amount: "年間売上",
    });
  });

  it("gives a stage of no known kind no kind words", () => {
    expect(kindWords({ id: "stage_x", name: "Stage X" })).toEqual([]);
    expect(kindWords({ id: "meetings", name: "商談" })).toContain("面談");
  });
});
