// The deal list of test/fixtures/deal-list.ts read by the domain (readDeals) and tallied per month and
// per rep, against the hand tally written in that file — the same numbers the sheets' formulas
// (test/workbook/source-deals), the fake spreadsheet (test/server/source-deals-connect) and
// LibreOffice (test/cli/libreoffice-deals) give. Then the list with only its current phase.
import { describe, expect, it } from "vitest";
import { readDeals } from "../../../src/domain/source/deals";
import type { PhaseMeaning } from "../../../src/domain/source/mapping-file";
import {
  DEAL_HEADER,
  DEAL_MAPPING,
  DEAL_ROWS,
  DEAL_TALLY,
  PHASE_ONLY_HEADER,
  PHASE_ONLY_ROWS,
} from "../../fixtures/deal-list";
import { jaPlan } from "../../fixtures/plans";
// An ISO date string is a date cell, as status reads a file (only the list's date columns hold one).
import { logValue } from "../../support/status-compare";

const plan = jaPlan();
const stream = plan.streams[0] as NonNullable<(typeof plan.streams)[0]>;
const phases: Record<string, PhaseMeaning> = {
  受注: { stage: "deals", outcome: "won" },
  失注: { outcome: "lost" },
  商談中: { stage: "meetings", outcome: "open" },
  商談: { stage: "meetings", outcome: "open" },
  アポ済: { stage: "appointments", outcome: "open" },
  アポ: { stage: "appointments", outcome: "open" },
};
const keyOf = Object.fromEntries(Object.entries(DEAL_MAPPING).map(([key, header]) => [header, key]));
/** Per log key: the sums in April, May and June 2026, and per rep over the three months. */
function tally(header: readonly string[], rows: (string | number | null)[][]) {
  const read = readDeals(
    {
      name: "案件管理表",
      columns: header.map((h) => ({ key: keyOf[h] ?? null })),
      rows: rows.map((r) => r.map((v) => logValue(v, true))),
    },
    plan,
    stream,
    phases,
  );
  const months = ["2026-04", "2026-05", "2026-06"];
  const byMonth: Record<string, number[]> = {};
  const byRep: Record<string, Record<string, number>> = {};
  for (const e of read.entries)
    for (const [key, v] of e.values) {
      const k = key.replace("stage:new_biz.", "");
      const m = months.indexOf(e.date.slice(0, 7));
      byMonth[k] = (byMonth[k] ?? [0, 0, 0]).map((n, i) => (i === m ? n + v : n));
      const rep = e.rep ?? "?";
      byRep[rep] = { ...byRep[rep], [k]: (byRep[rep]?.[k] ?? 0) + v };
    }
  return { byMonth, byRep, read };
}

describe("the deal list counted by the domain, as by hand", () => {
  it("per month: アポ, 商談, 受注 and the KGI as in the fixture's hand tally", () => {
    const { byMonth, read } = tally(DEAL_HEADER, DEAL_ROWS);
    expect(byMonth).toEqual({
      appointments: DEAL_TALLY.appointments,
      meetings: DEAL_TALLY.meetings,
      deals: DEAL_TALLY.deals,
      kgi: DEAL_TALLY.kgi,
    });
    // 架電 is before the first stage the list knows (アポ): nothing counts there.
    expect(read.entries.some((e) => e.values.has("stage:new_biz.calls"))).toBe(false);
    expect([read.unreadable, read.warnings]).toEqual([[], []]);
  });

  it("per rep, over the period", () => {
    const { byRep } = tally(DEAL_HEADER, DEAL_ROWS);
    const zero = { appointments: 0, meetings: 0, deals: 0, kgi: 0 };
    const withZeros = Object.fromEntries(Object.entries(byRep).map(([rep, n]) => [rep, { ...zero, ...n }]));
    expect(withZeros).toEqual(DEAL_TALLY.reps);
  });

  it("with only the current phase, every count on the created date (the fixture's second tally)", () => {
    const { byMonth, read } = tally(PHASE_ONLY_HEADER, PHASE_ONLY_ROWS);
    // D1 won: アポ, 商談, 受注, ¥1,200,000 in April; D5 created in March: nothing; D2, D6 lost: アポ
    // only (April, June); D3 商談中: アポ, 商談 in May; D4 アポ済: アポ in June.
    expect(byMonth).toEqual({
      appointments: [2, 1, 2],
      meetings: [1, 1, 0],
      deals: [1, 0, 0],
      kgi: [1_200_000, 0, 0],
    });
    // The two lost deals are counted in アポ only, and the list says why.
    expect(read.warnings.map((w) => w.en.split(":")[0])).toEqual(["2 lost deal(s)"]);
  });
});
