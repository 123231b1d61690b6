// How a deal list reads (domain/source/deals.ts) where it says little: only each deal's current phase
// (so a lost deal's furthest stage is unknown, and the list warns), phase values in other letter case,
// dates typed as text or as serial numbers, deals outside the period, amounts that cannot count, and a
// rep typed in other case. Each expectation is the hand reading of the rule in the file's header:
// a deal counts once in every stage from the first the list knows to the furthest it reached, dated by
// that stage's date column or else its created date; a won deal's amount is the KGI on its won date.
import { describe, expect, it } from "vitest";
import { type DealRead, readDeals } from "../../../src/domain/source/deals";
import type { PhaseMeaning } from "../../../src/domain/source/mapping-file";
import type { LogValue } from "../../../src/domain/status/log-entries";
import { jaPlan } from "../../fixtures/plans";

// jaPlan's stream new_biz: 架電 (calls), アポ (appointments), 商談 (meetings), 受注 (deals); period
// 2026-04-01 to 2027-03-31; team 佐藤, 鈴木, 高橋 — and Tanaka, whose name has letter case.
const plan = jaPlan();
plan.team.push({ name: "Tanaka" });
const stream = plan.streams[0] as NonNullable<(typeof plan.streams)[0]>;
const text = (t: string): LogValue => ({ kind: "text", text: t });
const date = (d: string): LogValue => ({ kind: "date", date: d });
const num = (value: number): LogValue => ({ kind: "number", value });
const blank: LogValue = { kind: "blank" };

const phases: Record<string, PhaseMeaning> = {
  Won: { stage: "deals", outcome: "won" },
  失注: { outcome: "lost" },
  商談中: { stage: "meetings", outcome: "open" },
  // A lost phase that says how far the deal got.
  受注段階で失注: { stage: "deals", outcome: "lost" },
};
const read = (keys: string[], rows: LogValue[][]) =>
  readDeals({ name: "案件", columns: keys.map((key) => ({ key })), rows }, plan, stream, phases);
/** Each entry as [date, rep, key, value]. */
const counted = (r: DealRead) =>
  r.entries.flatMap((e) =>
    [...e.values].map(([k, v]) => [e.date, e.rep, k.replace("stage:new_biz.", ""), v]),
  );

const M = "stage:new_biz.meetings";
const PHASE_ONLY = ["rep", "created", "status", "amount"];

describe("a list with only each deal's current phase", () => {
  // The first stage it knows is 商談 (the lowest stage a phase means); nothing tells how far a lost
  // deal got, so each lost deal counts in 商談 only, and the list says so.
  // Read inside each test: Stryker's mutant is active in tests, not while a file is collected.
  const phaseOnly = () =>
    read(PHASE_ONLY, [
      [text("佐藤"), date("2026-04-03"), text("失注"), blank],
      [text("鈴木"), date("2026-04-05"), text("失注"), blank],
      [text("佐藤"), date("2026-04-06"), text("WON"), num(500)],
      [text("高橋"), date("2026-04-07"), text("商談中"), blank],
      [text("佐藤"), date("2026-04-08"), text("未定"), blank],
    ]);

  it("counts every deal in 商談 on its created date, and a won one in 受注 and the KGI too", () => {
    const list = phaseOnly();
    expect(counted(list)).toEqual([
      ["2026-04-03", "佐藤", "meetings", 1],
      ["2026-04-05", "鈴木", "meetings", 1],
      ["2026-04-06", "佐藤", "meetings", 1],
      ["2026-04-06", "佐藤", "deals", 1],
      ["2026-04-06", "佐藤", "kgi", 500],
      ["2026-04-07", "高橋", "meetings", 1],
      ["2026-04-08", "佐藤", "meetings", 1],
    ]);
    expect(list.unreadable).toEqual([]);
  });

  it("warns that two lost deals counted in 商談 only, and names only the phase value it does not know", () => {
    expect(phaseOnly().warnings).toEqual([
      {
        en: "2 lost deal(s): the list shows only each deal's current phase, so how far a lost deal got is unknown; each is counted in 商談 only. Add a furthest-stage column or a date per stage to count them further",
        ja: "失注 2 件: 一覧に現在のフェーズしかないため、失注した案件がどこまで進んだか分かりません。商談 にだけ数えています。最大到達フェーズの列か段階ごとの日付の列があれば、その先まで数えます",
      },
      {
        en: 'phase value(s) with no meaning in the mapping, counted as open in 商談 only: "未定"',
        ja: '意味の決まっていないフェーズの値があります（商談 にだけ、進行中として数えます）: "未定"',
      },
    ]);
  });

  it("has nothing to warn of where a lost deal's furthest stage, or a later stage's date, is a column", () => {
    const lost = [text("佐藤"), date("2026-04-03"), text("失注"), blank, blank];
    for (const more of ["furthest", "date:new_biz.deals"])
      expect(read([...PHASE_ONLY, more], [lost]).warnings, more).toEqual([]);
    // A date of the first stage itself says no more than the created date: still only the phase.
    expect(read([...PHASE_ONLY, "date:new_biz.meetings"], [lost]).warnings).toHaveLength(1);
  });

  it("does not count a won or open deal as lost, nor a deal said lost by its furthest stage", () => {
    const withFurthest = read(
      ["rep", "created", "status", "furthest"],
      [[text("佐藤"), date("2026-04-03"), text("失注"), text("商談中")]],
    );
    expect(withFurthest.warnings).toEqual([]);
    expect(counted(withFurthest)).toEqual([["2026-04-03", "佐藤", "meetings", 1]]);
    const saysHowFar = read(PHASE_ONLY, [[text("佐藤"), date("2026-04-03"), text("受注段階で失注"), blank]]);
    expect(saysHowFar.warnings).toEqual([]);
  });
});

describe("what a stage's date, a won phase and a won date say", () => {
  it("a later stage's date says the stages before it were reached, dated by their own date or created", () => {
    // The first stage the list knows is アポ (its date column); 商談 has no date here, 受注 does.
    const r = read(
      ["rep", "created", "date:new_biz.appointments", "date:new_biz.meetings", "date:new_biz.deals"],
      [[text("佐藤"), date("2026-04-01"), date("2026-04-02"), blank, date("2026-04-20")]],
    );
    expect(counted(r)).toEqual([
      ["2026-04-02", "佐藤", "appointments", 1],
      ["2026-04-01", "佐藤", "meetings", 1],
      ["2026-04-20", "佐藤", "deals", 1],
    ]);
  });

  it("a won phase with no stage named reaches every stage: the deal was won", () => {
    const r = readDeals(
      {
        name: "案件",
        columns: ["rep", "created", "status"].map((key) => ({ key })),
        rows: [[text("佐藤"), date("2026-04-03"), text("成約")]],
      },
      plan,
      stream,
      { ...phases, 成約: { outcome: "won" } },
    );
    expect(counted(r)).toEqual([
      ["2026-04-03", "佐藤", "meetings", 1],
      ["2026-04-03", "佐藤", "deals", 1],
    ]);
  });

  it("a 受注 date on a lost deal counts the stage but not its amount: a won date does not say won", () => {
    const r = read(
      [...PHASE_ONLY, "date:new_biz.deals"],
      [[text("佐藤"), date("2026-04-01"), text("失注"), num(999), date("2026-04-20")]],
    );
    expect(counted(r)).toEqual([
      ["2026-04-01", "佐藤", "meetings", 1],
      ["2026-04-20", "佐藤", "deals", 1],
    ]);
  });
});

describe("what a deal list cannot count", () => {
  it("a created date typed as text is flagged once and places nothing; a serial number is a date", () => {
    const r = read(PHASE_ONLY, [
      [text("佐藤"), text("4月3日"), text("商談中"), blank],
      [text("佐藤"), num(46_115), text("商談中"), blank], // 46115 days from 1899-12-30: 2026-04-03
    ]);
    expect(r.unreadable).toEqual([{ cell: "'案件'!B2", value: "4月3日", why: "date_text" }]);
    expect(counted(r)).toEqual([["2026-04-03", "佐藤", "meetings", 1]]);
  });

  it("leaves out deals created outside the period, without flagging them", () => {
    const r = read(PHASE_ONLY, [
      [text("佐藤"), date("2026-03-31"), text("商談中"), blank],
      [text("佐藤"), date("2027-04-01"), text("Won"), num(100)],
      [text("佐藤"), date("2027-03-31"), text("商談中"), blank],
    ]);
    expect(counted(r)).toEqual([["2027-03-31", "佐藤", "meetings", 1]]);
    expect(r.unreadable).toEqual([]);
  });

  it("flags a negative amount and counts the won deal without it; a blank amount is no KGI, unflagged", () => {
    const r = read(PHASE_ONLY, [
      [text("佐藤"), date("2026-04-03"), text("Won"), num(-5)],
      [text("鈴木"), date("2026-04-04"), text("Won"), blank],
    ]);
    expect(r.unreadable).toEqual([{ cell: "'案件'!D2", value: -5, why: "negative" }]);
    expect(counted(r).filter(([, , key]) => key === "kgi")).toEqual([]);
    expect(counted(r).filter(([, , key]) => key === "deals")).toHaveLength(2);
  });

  it("takes a rep typed in other letter case as that rep, and flags a missing one where the rep column is", () => {
    const r = read(PHASE_ONLY, [
      [text("tanaka"), date("2026-04-03"), text("商談中"), blank],
      [blank, date("2026-04-04"), text("商談中"), blank],
    ]);
    expect(r.unreadable).toEqual([{ cell: "'案件'!A3", value: "", why: "rep_unknown" }]);
    expect(r.entries.map((e) => e.rep)).toEqual(["tanaka", null]);
    expect(r.entries.map((e) => [...e.values.keys()])).toEqual([[M], [M]]);
  });
});
