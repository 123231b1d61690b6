// Reading the Actuals log (log-entries.ts, log-columns.ts), summing it (tally.ts) and the team's own
// rates from it (team-rates.ts), called directly; every expected value worked by hand below.
import { describe, expect, it } from "vitest";
import { type Plan, parsePlan } from "../../src/domain/plan";
import { logColumns } from "../../src/domain/status/log-columns";
import { type LogSheet, type LogValue, readLog } from "../../src/domain/status/log-entries";
import { Tally } from "../../src/domain/status/tally";
import { teamRates } from "../../src/domain/status/team-rates";

// One stream calls → appointments → deals; a stage KPI, a manual JPY KPI and a manual percent KPI.
function plan(): Plan {
  const r = parsePlan({
    version: 1,
    locale: "en",
    title: "Log",
    kgi: { name: "Revenue", target: 1_000_000, unit: "JPY" },
    period: { start: "2026-04-01", end: "2026-05-31", granularity: "month" },
    kfs: [{ name: "Clean call lists" }],
    streams: [
      {
        id: "out",
        name: "Outbound",
        share: 1,
        dealValue: 100_000,
        stages: [
          { id: "calls", name: "Calls", rate: 0.1 },
          { id: "appointments", name: "Appointments", rate: 0.5 },
          { id: "deals", name: "Deals" },
        ],
      },
    ],
    kpis: [
      {
        id: "calls",
        name: "Calls",
        tier: "activity",
        direction: "higher",
        frequency: "daily",
        source: { stream: "out", stage: "calls" },
      },
      {
        id: "new_mrr",
        name: "New MRR",
        tier: "outcome",
        direction: "higher",
        frequency: "monthly",
        source: { manual: true, target: 300_000, unit: "JPY" },
      },
      {
        id: "churn",
        name: "Churn",
        tier: "outcome",
        direction: "lower",
        frequency: "monthly",
        source: { manual: true, target: 2, unit: "%" },
      },
    ],
    team: [{ name: "Sato" }, { name: "Suzuki" }],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
}

const d = (date: string): LogValue => ({ kind: "date", date });
const n = (value: number): LogValue => ({ kind: "number", value });
const s = (text: string): LogValue => ({ kind: "text", text });
const _: LogValue = { kind: "blank" };
const APRIL_MAY = { start: "2026-04-01", end: "2026-05-31" };
const TEAM = ["Sato", "Suzuki"];
const sheet = (keys: (string | null)[], rows: LogValue[][], name = "Actuals"): LogSheet => ({
  name,
  columns: keys.map((key) => ({ key, percent: key === "kpi:churn" })),
  rows,
});

describe("log columns", () => {
  it("marks as percent only a manual KPI in % (a JPY KPI, a stage, a blank header are not)", () => {
    const keys = ["date", "stage:out.calls", "kpi:new_mrr", "kpi:churn", null];
    expect(logColumns(keys, plan()).map((c) => c.percent)).toEqual([false, false, false, true, false]);
  });
});

describe("team rates", () => {
  const KEYS = ["date", "rep", "stage:out.calls", "stage:out.appointments", "stage:out.deals"];
  const ROWS = [
    [d("2025-01-10"), s("Sato"), n(10), n(2), n(1)], // before the plan: history counts
    [d("2026-04-01"), s("Tanaka"), n(10), n(1), _], // not on the team: counts for the team only
    [d("2026-04-02"), s("Sato"), s("abc"), n(-1), _], // two cells not counted
  ];

  it("every dated row, every stage's rate with the stage it converts to, for the team and each rep", () => {
    const r = teamRates(plan(), sheet(KEYS, ROWS));
    expect(r.rows).toBe(3);
    // "abc" and −1 could not be counted; Tanaka's row is counted, so not reported.
    expect(r.unreadable).toBe(2);
    // Team: calls 10 + 10 = 20, appointments 2 + 1 = 3, deals 1.
    expect(r.team.map((c) => [c.stage, c.next, c.n, c.rate])).toEqual([
      ["calls", "appointments", 20, 3 / 20],
      ["appointments", "deals", 3, 1 / 3],
    ]);
    const [sato, suzuki] = r.reps;
    // Sato: 10 → 2 → 1.
    expect(sato?.stages.map((c) => [c.next, c.n, c.rate])).toEqual([
      ["appointments", 10, 0.2],
      ["deals", 2, 0.5],
    ]);
    expect(suzuki?.stages.map((c) => [c.n, c.rate])).toEqual([
      [0, null],
      [0, null],
    ]);
  });
});

describe("reading the log", () => {
  const KEYS = ["date", "rep", "stage:out.calls", "kpi:churn", "archived:kpi:old", "notes"];
  const read = (rows: LogValue[][], keys = KEYS, name = "Actuals") =>
    readLog(sheet(keys, rows, name), APRIL_MAY, TEAM);

  it("a number in the date column is a day serial from 1899-12-30, the time of day dropped", () => {
    // 2026-01-01 is serial 46023; + 31 + 28 + 31 = 46113 is 2026-04-01.
    const r = read([
      [n(46113.75), s("Sato"), n(5), _, _, _],
      [n(0), s("Sato"), n(5), _, _, _], // 0 and below: not a date
      [n(1), s("Sato"), n(5), _, _, _], // serial 1 = 1899-12-31: a date, before the period
      [n(Number.POSITIVE_INFINITY), s("Sato"), n(5), _, _, _], // not a day
      [n(Number.NaN), s("Sato"), n(5), _, _, _],
    ]);
    expect(r.entries.map((e) => [e.date, e.values.get("stage:out.calls")])).toEqual([["2026-04-01", 5]]);
    expect(r.unreadable.map((u) => [u.cell, u.why])).toEqual([
      ["Actuals!A3", "date_text"],
      ["Actuals!A4", "date_outside"],
      ["Actuals!A5", "date_text"],
      ["Actuals!A6", "date_text"],
    ]);
  });

  it("the period's last day counts, the day after does not", () => {
    const r = read([
      [d("2026-05-31"), s("Sato"), n(5), _, _, _],
      [d("2026-06-01"), s("Sato"), n(5), _, _, _],
    ]);
    expect(r.entries.map((e) => e.date)).toEqual(["2026-05-31"]);
    expect(r.unreadable.map((u) => [u.cell, u.why])).toEqual([["Actuals!A3", "date_outside"]]);
  });

  it("a percent of exactly 1 (100%) counts; archived columns and blank rows are not read", () => {
    const r = read([
      [d("2026-04-01"), s("Sato"), _, n(1), s("old text"), s("a note")],
      [_, _, _, _, _, _], // a blank row: nothing to report
      [_, _, _, _, s("x"), s("only a note")], // no date but nothing counted either
    ]);
    expect(r.entries.map((e) => e.values.get("kpi:churn"))).toEqual([1]);
    expect(r.unreadable).toEqual([]);
  });

  it("a blank rep is no rep (null), reported as unknown", () => {
    const r = read([[d("2026-04-01"), _, n(5), _, _, _]]);
    expect(r.entries.map((e) => e.rep)).toEqual([null]);
    expect(r.unreadable).toEqual([{ cell: "Actuals!B2", value: "", why: "rep_unknown" }]);
  });

  it("a row with values but no date is reported at the date column, or at A when there is none", () => {
    const second = read([[s("Sato"), _, n(5)]], ["rep", "date", "stage:out.calls"]);
    expect(second.unreadable).toEqual([{ cell: "Actuals!B2", value: "", why: "no_date" }]);
    const none = read([[s("Sato"), n(5)]], ["rep", "stage:out.calls"]);
    expect(none.unreadable).toEqual([{ cell: "Actuals!A2", value: "", why: "no_date" }]);
  });

  it("cells are addressed as the spreadsheet does: column letters past Z, sheet names quoted when needed", () => {
    // Columns A…Z are 0…25; 26 is AA. A text in column Y (24), Z (25) and AA (26).
    const keys = ["date", "rep", ...Array.from({ length: 25 }, (_x, i) => `stage:out.c${i}`)];
    const row = [
      d("2026-04-01"),
      s("Sato"),
      ...Array.from({ length: 25 }, (_x, i) => (i >= 22 ? s("x") : _)),
    ];
    expect(read([row], keys).unreadable.map((u) => u.cell)).toEqual([
      "Actuals!Y2",
      "Actuals!Z2",
      "Actuals!AA2",
    ]);
    const bad = [[d("2026-04-01"), s("Sato"), s("x"), _, _, _]];
    const cellIn = (name: string) => read(bad, KEYS, name).unreadable[0]?.cell;
    expect(cellIn("Log_2")).toBe("Log_2!C2");
    expect(cellIn("My log")).toBe("'My log'!C2"); // a space
    expect(cellIn("2026")).toBe("'2026'!C2"); // starts with a digit
    expect(cellIn("Sato's")).toBe("'Sato''s'!C2"); // a quote doubled
  });
});

describe("tally", () => {
  const entry = (date: string, v: number) => ({ date, rep: "Sato", values: new Map([["calls", v]]) });

  it("a window includes its last day", () => {
    expect(new Tally([entry("2026-04-10", 5)]).sum("calls", { from: "2026-04-01", to: "2026-04-10" })).toBe(
      5,
    );
  });

  it("sums by day: a value counts on the first day on or after its date; none after the last day", () => {
    // Saturday 04-04 → Monday 04-06 (4); 04-07 → 04-07 (7); 04-08 is after the last day: dropped.
    const t = new Tally([entry("2026-04-04", 4), entry("2026-04-07", 7), entry("2026-04-08", 8)]);
    const w = { from: "2026-04-01", to: "2026-04-30" };
    expect(t.sumByDay("calls", ["2026-04-06", "2026-04-07"], w)).toEqual([4, 7]);
  });

  it("the average of nothing is null", () => {
    expect(new Tally([]).average("calls", { from: "2026-04-01", to: "2026-04-30" })).toBeNull();
  });
});
