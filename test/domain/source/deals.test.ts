// The deal list's rules (domain/source/deals.ts, deal-phases.ts, deal-fields.ts) on small lists.
import { describe, expect, it } from "vitest";
import { dealFields } from "../../../src/domain/source/deal-fields";
import { proposePhases } from "../../../src/domain/source/deal-phases";
import { readDeals } from "../../../src/domain/source/deals";
import { proposeMapping } from "../../../src/domain/source/header-mapping";
import type { LogValue } from "../../../src/domain/status/log-entries";
import { DEAL_HEADER, DEAL_MAPPING } from "../../fixtures/deal-list";
import { jaPlan } from "../../fixtures/plans";

const plan = jaPlan();
const stream = plan.streams[0] as NonNullable<(typeof plan.streams)[0]>;
const text = (t: string): LogValue => ({ kind: "text", text: t });
const date = (d: string): LogValue => ({ kind: "date", date: d });
const num = (value: number): LogValue => ({ kind: "number", value });
const blank: LogValue = { kind: "blank" };

describe("a deal list's header and phase values", () => {
  it("maps the list's columns: owner, created, phase, furthest, the dates of 商談 and 受注, the amount", () => {
    const p = proposeMapping(DEAL_HEADER, dealFields(plan, stream));
    expect(p.asks).toEqual([]);
    expect(p.mapping).toEqual(DEAL_MAPPING);
    expect(p.unused).toEqual(["案件名"]);
  });

  it("reads won, lost and stage values, and asks about a value two stages share", () => {
    expect(proposePhases(["受注", "失注", "商談中", "アポ済", "Closed Lost", "Closed Won"], stream)).toEqual({
      phases: {
        受注: { stage: "deals", outcome: "won" },
        失注: { outcome: "lost" },
        商談中: { stage: "meetings", outcome: "open" },
        アポ済: { stage: "appointments", outcome: "open" },
        "Closed Lost": { outcome: "lost" },
        "Closed Won": { stage: "deals", outcome: "won" },
      },
      asks: [],
    });
    expect(proposePhases(["アポ・商談"], stream).asks).toEqual([
      { value: "アポ・商談", stages: ["appointments", "meetings"] },
    ]);
  });
});

describe("readDeals", () => {
  const columns = ["rep", "created", "status", "date:new_biz.deals", "amount"].map((key) => ({ key }));
  const phases = {
    受注: { stage: "deals", outcome: "won" as const },
    失注: { outcome: "lost" as const },
    商談中: { stage: "meetings", outcome: "open" as const },
  };
  const sheet = (rows: LogValue[][]) => ({ name: "案件", columns, rows });

  it("counts from the first stage the list knows (商談 here) to the furthest, and the won amount on the won date", () => {
    const read = readDeals(
      sheet([[text("佐藤"), date("2026-04-03"), text("受注"), date("2026-05-20"), num(1_000)]]),
      plan,
      stream,
      phases,
    );
    const got = read.entries.map((e) => [e.date, e.rep, [...e.values]]);
    expect(got).toEqual([
      ["2026-04-03", "佐藤", [["stage:new_biz.meetings", 1]]],
      ["2026-05-20", "佐藤", [["stage:new_biz.deals", 1]]],
      ["2026-05-20", "佐藤", [["kgi", 1_000]]],
    ]);
  });

  it("reports what it cannot count: no date, a rep not on the team, an amount that is text; skips blank rows", () => {
    const read = readDeals(
      sheet([
        [text("佐藤"), blank, text("商談中"), blank, blank],
        [blank, blank, blank, blank, blank],
        [text("田中"), date("2026-04-03"), text("受注"), blank, text("百万")],
      ]),
      plan,
      stream,
      phases,
    );
    expect(read.unreadable).toEqual([
      { cell: "'案件'!B2", value: "", why: "no_date" },
      { cell: "'案件'!A4", value: "田中", why: "rep_unknown" },
      { cell: "'案件'!E4", value: "百万", why: "not_number" },
    ]);
    // 田中's deal still counts for the team, as a log row with an unknown rep does.
    expect(read.entries.map((e) => e.rep)).toEqual(["田中", "田中"]);
  });

  it("warns of phase values the mapping does not know, counting them in the first stage only", () => {
    const read = readDeals(
      sheet([[text("佐藤"), date("2026-04-03"), text("保留"), blank, blank]]),
      plan,
      stream,
      phases,
    );
    expect(read.entries.map((e) => [...e.values.keys()])).toEqual([["stage:new_biz.meetings"]]);
    expect(read.warnings.map((w) => w.en)).toEqual([
      'phase value(s) with no meaning in the mapping, counted as open in 商談 only: "保留"',
    ]);
  });
});
