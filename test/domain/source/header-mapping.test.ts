import { describe, expect, it } from "vitest";
import {
  matchScore,
  type Proposal,
  placeMapping,
  proposeMapping,
  type SourceField,
} from "../../../src/domain/source/header-mapping";
import { hasWord, normalHeader } from "../../../src/domain/source/header-words";
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

describe("proposeMapping: strength before position, questions before guesses", () => {
  it("gives a column to the field that names it best, wherever the weaker reading sits", () => {
    // 電話 hints at 架電 (calls), but 電話アポ数 names アポ: the calls are in 架電数, to its right.
    const p = proposeMapping(["日付", "電話アポ数", "架電数"], logFields(jaPlan()));
    expect(p.mapping).toEqual({
      date: "日付",
      "stage:new_biz.appointments": "電話アポ数",
      "stage:new_biz.calls": "架電数",
    });
  });

  it("prefers the stage's own two-letter name to a synonym of its kind (商談 over 面談)", () => {
    const p = proposeMapping(["日付", "商談数", "面談数"], logFields(jaPlan()));
    expect(p.asks).toEqual([]);
    expect(p.mapping["stage:new_biz.meetings"]).toBe("商談数");
    expect(p.unused).toEqual(["面談数"]);
  });

  it("reads a column of yen by its one-letter unit word (円) as the KGI", () => {
    const p = proposeMapping(["日付", "入金(円)"], logFields(jaPlan()));
    expect(p.mapping).toEqual({ date: "日付", kgi: "入金(円)" });
  });

  it("finds a Japanese word right after Latin letters (Zoom商談, Webアポ)", () => {
    const p = proposeMapping(["日付", "Zoom商談数", "Webアポ数"], logFields(jaPlan()));
    expect(p.mapping).toEqual({
      date: "日付",
      "stage:new_biz.meetings": "Zoom商談数",
      "stage:new_biz.appointments": "Webアポ数",
    });
  });

  it("asks its questions in the order of the sheet's columns, not the plan's", () => {
    const p = proposeMapping(
      ["アポ数（新規）", "アポ数（既存）", "架電数（新規）", "架電数（既存）"],
      logFields(jaPlan()),
    );
    expect(p.asks).toEqual([
      { kind: "field", key: "stage:new_biz.appointments", headers: ["アポ数（新規）", "アポ数（既存）"] },
      { kind: "field", key: "stage:new_biz.calls", headers: ["架電数（新規）", "架電数（既存）"] },
    ]);
  });

  const field = (key: string, names: string[]): SourceField => ({ key, label: key, names });
  const asked = (p: Proposal) => ({
    headers: p.asks.flatMap((a) => (a.kind === "field" ? a.headers : [a.header])),
    keys: p.asks.flatMap((a) => (a.kind === "field" ? [a.key] : a.keys)),
  });

  it("maps no field it asks about, not even to another column it names as well", () => {
    // "Calls" is a or b; b is also "Dials", but which b is waits for the answer.
    const p = proposeMapping(["Calls", "Dials"], [field("a", ["Calls"]), field("b", ["Calls", "Dials"])]);
    expect(p.asks).toEqual([{ kind: "header", header: "Calls", keys: ["a", "b"] }]);
    expect(p.mapping).toEqual({});
    // And a column in a question is neither mapped to another field nor asked about twice.
    const q = proposeMapping(
      ["Calls", "Dials", "Phone"],
      [field("a", ["Calls", "Dials"]), field("b", ["Dials", "Phone"])],
    );
    expect(q.asks[0]).toEqual({ kind: "field", key: "a", headers: ["Calls", "Dials"] });
    const { headers, keys } = asked(q);
    expect(new Set(headers).size).toBe(headers.length);
    expect(Object.values(q.mapping).filter((h) => headers.includes(h))).toEqual([]);
    expect(Object.keys(q.mapping).filter((k) => keys.includes(k))).toEqual([]);
  });

  it("lists no blank column as unused", () => {
    const p = proposeMapping(["日付", "", "  ", "架電数", "所感"], logFields(jaPlan()));
    expect(p.unused).toEqual(["所感"]);
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

  it("reads a one-letter name only as the whole header (a KPI with the id q is not in Quotes)", () => {
    const q = { key: "kpi:q", label: "Q", names: ["Q"] };
    expect(matchScore("Q", q)).toBeGreaterThan(0);
    expect(matchScore("Quotes", q)).toBe(0);
    expect(matchScore("Q rate", q)).toBe(0);
  });
});

describe("header words: how a header is compared", () => {
  it("takes spaces and underscores, however many, as one space, and drops them at the ends", () => {
    expect(normalHeader("  Created __ Date ")).toBe("created date");
    expect(normalHeader("ＳＡＬＥＳ\u3000Ｒｅｐ")).toBe("sales rep");
  });

  it.each([
    // Japanese anywhere; English at a word's start; a word's own punctuation taken as it is
    ["zoom商談数", "商談", true],
    ["web新規cv数", "新規cv", true],
    ["calls (new) this week", "Calls (new)", true],
    ["no. of calls", "No. of", true],
    ["now of calls", "No. of", false],
    ["calls new", "Calls (new)", false],
    ["recalls", "calls", false],
    // a blank word names nothing
    ["日付", "", false],
    ["日付", "  ", false],
  ])("in %j, the word %j: %s", (header, word, found) => {
    expect(hasWord(header, word)).toBe(found);
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
  it("finds a header however its spaces and underscores are typed", () => {
    const m = { date: "Created Date", rep: "Sales Rep", notes: "メモ" };
    expect(placeMapping(["Created  Date", " Sales_Rep", "メモ "], m)).toEqual({
      ok: true,
      columns: ["date", "rep", "notes"],
    });
  });
  it("reports a header gone, and one header pinned to two fields, each on its own", () => {
    expect(placeMapping(["タイムスタンプ", "氏名"], mapping)).toEqual({
      ok: false,
      notFound: [{ key: "stage:new_biz.calls", header: "本日の架電数" }],
      twice: [],
    });
    expect(
      placeMapping(["タイムスタンプ", "氏名"], { date: "タイムスタンプ", rep: "氏名", notes: "氏名" }),
    ).toEqual({
      ok: false,
      notFound: [],
      twice: [{ key: "notes", header: "氏名" }],
    });
  });
});
