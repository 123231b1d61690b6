// The Dashboard of a small plan over a hand-written log, computed in HyperFormula (dashboard.ts), each
// figure worked out by hand from BRIEF §3.3: the days, the KGI row, a rate KPI and a manual level, the
// reps ranked (a tie shares its rank), the rows each rep logged, the periods through as-of, and a
// rep picked (the table, funnel and periods the rep's; the chance blank), the named cells, the line
// counting entries it cannot count, the periods' chart. Each test
// builds and computes its own workbook, so that Stryker sees the sheets' code reached by the test.
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { planColumns } from "../../src/workbook/actuals-columns";
import { buildWorkbook } from "../../src/workbook/build";
import { L } from "../../src/workbook/labels";
import { N } from "../../src/workbook/names";
import { samplePlan } from "../fixtures/plans";
import { loadSpec, named, serial } from "../support/spec-engine";

/** samplePlan (¥120M, Sato, Suzuki, Takahashi ×2) on Monday to Friday, no holidays, with an NPS level. */
function plan(): Plan {
  const p = samplePlan();
  p.calendar = { workdays: [1, 2, 3, 4, 5], holidays: [] };
  p.kpis.push({
    id: "nps",
    name: "NPS",
    tier: "outcome",
    direction: "higher",
    frequency: "monthly",
    source: { manual: true, target: 40, unit: "%", aggregate: "average" }, // 40%
  });
  // A running total entered by hand: its actual is the sum of the entries, not their average.
  p.kpis.push({
    id: "referrals",
    name: "Referrals",
    tier: "activity",
    direction: "higher",
    frequency: "monthly",
    source: { manual: true, target: 24, unit: "件", aggregate: "sum" },
  });
  return p;
}

type Entry = {
  date: string;
  rep: string;
  kgi?: number;
  nps?: number;
  referrals?: number;
  stages?: Record<string, number>;
};
const LOG: Entry[] = [
  {
    date: "2026-04-10",
    rep: "Sato",
    stages: { calls: 100, appointments: 20, meetings: 5, deals: 1 },
    kgi: 1_000_000,
    nps: 0.3,
    referrals: 2,
  },
  {
    date: "2026-04-20",
    rep: "Suzuki",
    stages: { calls: 50, appointments: 10 },
    kgi: 0,
    nps: 0.5,
    referrals: 3,
  },
  { date: "2026-04-30", rep: "Takahashi", stages: { calls: 50 }, kgi: 2_000_000, nps: 1.4 }, // 140%: not averaged
  { date: "2026-05-01", rep: "Sato", kgi: 5_000_000 }, // after as-of
];

/** The Dashboard as of 2026-04-30 (with `rep` picked): its values, a row finder and the named cells. */
function dashboard(rep?: string, log: Entry[] = LOG) {
  const p = plan();
  const columns = planColumns(p);
  const rows = log.map((e) =>
    columns.map((c) => {
      if (c.key === "date" || c.key === "rep" || c.key === "kgi") return e[c.key] ?? null;
      if (c.key === "kpi:nps") return e.nps ?? null;
      if (c.key === "kpi:referrals") return e.referrals ?? null;
      return c.key.startsWith("stage:new_biz.") ? (e.stages?.[c.key.slice(14)] ?? null) : null;
    }),
  );
  const spec = buildWorkbook(p, {
    existingActuals: { columns: columns.map((c) => ({ key: c.key, header: c.header })), rows },
  });
  const { hf, sheet } = loadSpec(spec);
  const asOf = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!asOf) throw new Error("no as-of");
  hf.setCellContents({ sheet: sheet("dashboard"), row: asOf.row, col: asOf.col }, serial("2026-04-30"));
  if (rep) {
    const at = spec.namedRanges.find((n) => n.name === N.repView)?.rect;
    if (!at) throw new Error("no rep picker");
    hf.setCellContents({ sheet: sheet("dashboard"), row: at.row, col: at.col }, rep);
  }
  const values = hf.getSheetValues(sheet("dashboard"));
  const row = (first: string) => {
    const r = values.find((v) => v[0] === first);
    if (!r) throw new Error(`no row ${first}`);
    return r.map((v) => (typeof v === "number" ? Number(v.toPrecision(10)) : v));
  };
  const reps = hf.getSheetValues(sheet("reps"));
  return { spec, row, named: (n: string) => named(hf, n), values, reps };
}

// Working days: April 22 (Apr 1–3, 6–10, 13–17, 20–24, 27–30); the year 2026-04-01 to 2027-03-31,
// 365 days from a Wednesday: 52 weeks (260) and one Wednesday, 261.
const [ELAPSED, TOTAL] = [22, 261];
const round10 = (x: number) => Number(x.toPrecision(10));

describe("the Dashboard by hand, as of 2026-04-30", () => {
  it("the days, the KGI row and the KPIs", () => {
    const d = dashboard();
    expect([d.named(N.daysElapsed), d.named(N.workdaysTotal), d.named(N.daysRemaining)]).toEqual([
      22, 261, 239,
    ]);
    // ¥3,000,000 in April (05-01's ¥5M is after as-of) against ¥120M: due 120M × 22 ÷ 261.
    const due = (120_000_000 * ELAPSED) / TOTAL;
    expect(d.row("KGI: Annual revenue").slice(2, 11)).toEqual([
      120_000_000,
      round10(due),
      3_000_000,
      0.025,
      round10(3_000_000 / due),
      round10((3_000_000 * TOTAL) / ELAPSED),
      117_000_000,
      round10(117_000_000 / 239),
      L.behind.en,
    ]);
    // Meeting conversion (appointments → meetings): 5 ÷ 30 against 50%.
    const rate = d.row("Meeting conversion");
    expect(rate.slice(2, 6)).toEqual([0.5, 0.5, round10(5 / 30), round10(5 / 30 / 0.5)]);
    // Calls: 200 done.
    expect(d.row("Calls")[4]).toBe(200);
    // NPS, a level: (30% + 50%) ÷ 2 (140% is not a percent anyone meant) against 40%: on track.
    expect(d.row("NPS").slice(2, 6)).toEqual([0.4, 0.4, 0.4, 1]);
    expect(d.row("NPS")[10]).toBe(L.onTrack.en);
    // Referrals, a running total: 2 + 3 = 5 to date (their average, 2.5, would be a level's).
    expect(d.row("Referrals")[4]).toBe(5);
  });

  it("the reps: actual to date, achievement, a shared rank, rows logged", () => {
    const d = dashboard();
    // Targets ¥30M, ¥30M, ¥60M (weights 1, 1, 2). Sato ¥1M and Takahashi ¥2M both reach 1/30: both
    // first; Suzuki third. Rows: Sato 2 (May's counts, rows have no date), Suzuki 1, Takahashi 1.
    const rep = (name: string) => {
      const r = d.row(name);
      return [r[1], r[3], r[4], r[5], r[7]];
    };
    expect(rep("Sato")).toEqual([30_000_000, 1_000_000, round10(1 / 30), 1, 2]);
    expect(rep("Suzuki")).toEqual([30_000_000, 0, 0, 3, 1]);
    expect(rep("Takahashi")).toEqual([60_000_000, 2_000_000, round10(1 / 30), 1, 1]);
    // To date: the rep's target × 22 ÷ 261.
    expect(d.row("Sato")[2]).toBe(round10((30_000_000 * ELAPSED) / TOTAL));
    // Status by actual ÷ plan to date: each rep has about 40% of the pace (1M ÷ 2.53M, 0 ÷ 2.53M,
    // 2M ÷ 5.06M), so every one is behind.
    expect(["Sato", "Suzuki", "Takahashi"].map((n) => d.row(n)[6])).toEqual([
      L.behind.en,
      L.behind.en,
      L.behind.en,
    ]);
  });

  it("the periods: April's actual; May's 05-01 is after as-of, so 0", () => {
    const d = dashboard();
    const start = d.values.findIndex((v) => v[0] === L.period.en);
    const [april, may] = [d.values[start + 1], d.values[start + 2]];
    expect(april?.[2]).toBe(3_000_000);
    expect(may?.[2]).toBe(0);
  });

  it("a rep picked (Sato): the KPI table, the funnel and the periods are Sato's; the chance is blank", () => {
    const team = dashboard();
    const d = dashboard("Sato");
    // KGI: Sato's ¥30M (weight 1 of 4), ¥1M in April; due 30M × 22 ÷ 261.
    expect(d.row("KGI: Annual revenue").slice(2, 5)).toEqual([
      30_000_000,
      round10((30_000_000 * 22) / 261),
      1_000_000,
    ]);
    // Sato's own meeting conversion: 5 meetings ÷ 20 appointments; calls 100; NPS 30% (his one entry).
    expect(d.row("Meeting conversion")[4]).toBe(0.25);
    expect(d.row("Calls")[4]).toBe(100);
    expect(d.row("NPS")[4]).toBe(0.3);
    // Sato's targets, weight 1 of 4: ¥30M is 30 deals of ¥1M, 30 ÷ 0.25 = 120 meetings, 120 ÷ 0.5 =
    // 240 appointments, 240 ÷ 0.1 = 2,400 calls; the conversion's target is the plan's 50%.
    expect([d.row("Calls")[2], d.row("Meeting conversion")[2], d.row("Deals")[2]]).toEqual([2400, 0.5, 30]);
    // The chance of reaching the KGI is the team's: blank for one rep.
    expect(d.row(L.hitProbability.en)[1]).toBe("");
    expect(typeof team.row(L.hitProbability.en)[1]).toBe("number");
    // The funnel: Sato's counts 100 → 20 → 5 → 1, and his required calls as the Reps sheet has them.
    const funnel = (v: unknown[][]) => {
      const start = v.findIndex((r) => r[0] === L.stage.en);
      return v.slice(start + 1, start + 5);
    };
    expect(funnel(d.values).map((r) => r[2])).toEqual([100, 20, 5, 1]);
    expect(funnel(team.values).map((r) => r[2])).toEqual([200, 30, 5, 1]);
    const satoCalls = d.reps.find((r) => r[0] === "Sato" && r[1] === "Calls");
    expect(funnel(d.values)[0]?.[1]).toBe(satoCalls?.[2]);
    expect(funnel(d.values)[0]?.[1]).not.toBe(funnel(team.values)[0]?.[1]);
    // The periods: April's team target × 30M ÷ 120M, and Sato's ¥1M.
    const april = (x: { values: unknown[][] }) =>
      x.values[x.values.findIndex((v) => v[0] === L.period.en) + 1];
    expect(april(d)?.[1]).toBeCloseTo(((april(team)?.[1] as number) * 30) / 120, 6);
    expect(april(d)?.[2]).toBe(1_000_000);
  });

  it("names the KGI's and each KPI's actual and achievement for the functions and the Tree", () => {
    const d = dashboard();
    expect([d.named(N.kgiActual), d.named(N.kgiAchievement)]).toEqual([3_000_000, 0.025]);
    expect(d.named(N.kpiActual("calls"))).toBe(200);
    expect([d.named(N.kpiActual("nps")), d.named(N.kpiAchievement("nps"))]).toEqual([0.4, 1]);
  });

  it("says above the table how many entries it cannot count, and nothing when there are none", () => {
    const [before, after] = L.checksSummary.en.split("{n}");
    // Takahashi's NPS of 140%, a rep not in the team and a KGI typed as text: three entries the
    // Dashboard cannot count.
    const d = dashboard(undefined, [
      ...LOG,
      { date: "2026-04-15", rep: "Nobody", kgi: 5 },
      { date: "2026-04-16", rep: "Sato", kgi: "¥5" as unknown as number },
    ]);
    const summary = d.values.find((v) => typeof v[0] === "string" && v[0].startsWith(before as string));
    expect(summary?.[0]).toBe(`${before}3${after}`);
    // The rep check points at the first name not on the team: Actuals has its header in row 1 and
    // the six entries in rows 2–7 (Sato, Suzuki, Takahashi, Sato, Nobody, Sato), the rep in column B.
    // Suzuki's and Takahashi's rows are the team's, so the first is Nobody's, B6.
    const checks = d.values.findIndex((v) => v[0] === L.checkColumn.en);
    const repCheck = d.values.slice(checks).find((v) => v[0] === L.rep.en);
    expect(repCheck?.slice(1, 4)).toEqual([1, "Actuals!B6", 6]);
    expect(
      dashboard(
        undefined,
        LOG.filter((e) => (e.nps ?? 0) <= 1),
      ).values.some((v) => typeof v[0] === "string" && v[0].startsWith(before as string)),
    ).toBe(false);
    // Marked for attention.
    const sheet = d.spec.sheets.find((x) => x.key === "dashboard");
    const row = d.values.indexOf(summary as (typeof d.values)[number]);
    expect(sheet?.conditionalFormats.find((c) => c.rect.row === row && c.rect.col === 0)?.rules[0]).toEqual({
      formula: `A${row + 1}<>""`,
      fill: "warn",
    });
  });

  it("charts the periods' target and actual beside their table", () => {
    const d = dashboard();
    const head = d.values.findIndex((v) => v[0] === L.period.en);
    const sheet = d.spec.sheets.find((x) => x.key === "dashboard");
    // Twelve months and the header row, three columns (period, target, actual).
    expect(sheet?.charts.find((c) => c.kind === "column")).toEqual({
      kind: "column",
      title: L.chartPeriods.en,
      data: { row: head, col: 0, rows: 13, cols: 3 },
      anchor: { row: head, col: 4 },
    });
  });
});
