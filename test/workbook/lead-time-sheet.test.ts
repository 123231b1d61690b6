// The Targets sheet with a lead time, computed by a real engine (HyperFormula): the hand-worked
// numbers of test/domain/lead-time.test.ts, then random plans against the domain (targets.ts), and
// the Dashboard's and Reps' targets to date against status.
import fc from "fast-check";
import type { HyperFormula } from "hyperformula";
import { describe, expect, it } from "vitest";
import { addDays, dayNumber, fromDayNumber } from "../../src/domain/calendar-dates";
import type { Plan } from "../../src/domain/plan";
import { statusReport } from "../../src/domain/status/report";
import { Tally } from "../../src/domain/status/tally";
import { planTargets } from "../../src/domain/targets";
import { templatePlan } from "../../src/domain/templates";
import { planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { COL } from "../../src/workbook/kpi-row";
import { L } from "../../src/workbook/labels";
import { N } from "../../src/workbook/names";
import type { CellSpec, WorkbookSpec } from "../../src/workbook/spec";
import { stageColumns } from "../../src/workbook/targets-sheet";
import { leadPlan } from "../fixtures/lead-time";
import { runs } from "../support/sample";
import { loadSpec, named, serial } from "../support/spec-engine";
import { dashboardAgrees, noisyLog, reportFor, repsAgree, trendsAgree } from "../support/status-compare";

const textOf = (c: CellSpec | null | undefined) => (typeof c?.value === "string" ? c.value : undefined);

/** The per-period table and the per-rep table of the Targets sheet: rows and stage columns. */
function tables(spec: WorkbookSpec, plan: Plan) {
  const sheet = spec.sheets.find((s) => s.key === "targets");
  if (!sheet) throw new Error("no Targets sheet");
  const row = (label: { ja: string; en: string }) =>
    sheet.cells.findIndex((r) => textOf(r[0]) === label[plan.locale]);
  const stageCol = (i: number) => 4 + i;
  const periods = planTargets(plan).periods.map((_, i) => row(L.perPeriod) + 2 + i);
  const reps = plan.team.map((_, i) => row(L.perRep) + 2 + i);
  return { periods, reps, stageCol };
}

function load(plan: Plan, asOf?: string) {
  const spec = buildWorkbook(plan);
  const { hf, sheet } = loadSpec(spec);
  if (asOf) {
    const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
    if (!at) throw new Error("no as-of");
    hf.setCellContents({ sheet: sheet("dashboard"), row: at.row, col: at.col }, serial(asOf));
  }
  return { spec, hf, sheet };
}

const value = (hf: HyperFormula, sheet: number, row: number, col: number) =>
  hf.getCellValue({ sheet, row, col });

describe("Targets with a 60-day lead time, in HyperFormula, by hand", () => {
  const plan = leadPlan();
  const { spec, hf, sheet } = load(plan, "2026-04-30");
  const { periods, reps, stageCol } = tables(spec, plan);
  const id = sheet("targets");
  const column = (stage: number) => periods.map((r) => value(hf, id, r, stageCol(stage)));

  it("the pipeline needed at the start: leads 66, meetings 17 (named ranges)", () => {
    expect(named(hf, N.required("new", "leads"))).toBe(400);
    expect(named(hf, N.pipeline("new", "leads"))).toBe(66);
    expect(named(hf, N.pipeline("new", "meetings"))).toBe(17);
    expect(spec.namedRanges.some((n) => n.name === N.pipeline("new", "won"))).toBe(false);
  });

  it("the per-period targets, shifted, and the sum", () => {
    expect(column(0)).toEqual([33, 34, 33, 34, 34, 33, 34, 33, 34, 32, 0, 0]);
    expect(column(1).slice(0, 2)).toEqual([16, 17]);
    expect(column(1).at(-1)).toBe(0);
    expect(column(2)[0]).toBe(9);
    const sum = (xs: unknown[]) => xs.reduce<number>((a, b) => a + (b as number), 0);
    expect(66 + sum(column(0))).toBe(400);
    expect(17 + sum(column(1))).toBe(200);
    expect(sum(column(2))).toBe(100);
  });

  it("per rep: the activity in the plan", () => {
    expect(reps.map((r) => value(hf, id, r, stageCol(0)))).toEqual([84, 250]);
    expect(reps.map((r) => value(hf, id, r, stageCol(1)))).toEqual([46, 137]);
    expect(reps.map((r) => value(hf, id, r, stageCol(2)))).toEqual([25, 75]);
  });

  it("the Dashboard: a stage's target is the activity in the plan, to date by the shifted schedule", () => {
    const dash = spec.sheets.find((s) => s.key === "dashboard");
    const d = sheet("dashboard");
    const rowOf = (name: string) => dash?.cells.findIndex((r) => textOf(r[0]) === name) ?? -1;
    // As of 2026-04-30: 400 × 90 ÷ 365 − 66 and 200 × 60 ÷ 365 − 17 (the domain test's hand figures).
    expect(value(hf, d, rowOf("Leads"), COL.target)).toBe(334);
    expect(value(hf, d, rowOf("Leads"), COL.toDate)).toBeCloseTo(32.630137, 5);
    expect(value(hf, d, rowOf("Meetings"), COL.target)).toBe(183);
    expect(value(hf, d, rowOf("Meetings"), COL.toDate)).toBeCloseTo(15.876712, 5);
    expect(value(hf, d, rowOf("Won"), COL.toDate)).toBeCloseTo(8.219178, 5);
  });

  it("the labels say what the section is", () => {
    const targets = spec.sheets.find((s) => s.key === "targets");
    const texts = targets?.cells.flat().map(textOf) ?? [];
    expect(texts).toContain(L.pipelineAtStart.en);
    expect(texts).toContain(L.leadSection.en);
  });
});

/** Random plans with a lead time: several streams, months or weeks, seasonality or not, holidays. */
const plans = fc
  .record({
    start: fc.integer({ min: dayNumber("2025-06-01"), max: dayNumber("2027-06-30") }).map(fromDayNumber),
    days: fc.integer({ min: 30, max: 380 }),
    granularity: fc.constantFrom("month" as const, "week" as const),
    leads: fc.array(fc.integer({ min: 0, max: 150 }), { minLength: 1, maxLength: 2 }),
    rates: fc.array(fc.integer({ min: 3, max: 100 }), { minLength: 1, maxLength: 3 }),
    target: fc.integer({ min: 1_000_000, max: 300_000_000 }),
    seasonal: fc.boolean(),
    locale: fc.constantFrom("ja" as const, "en" as const),
  })
  .map((x): Plan => {
    const share = 1 / x.leads.length;
    const base: Plan = {
      ...leadPlan(),
      locale: x.locale,
      kgi: { name: "Revenue", target: x.target, unit: "JPY" },
      period: { start: x.start, end: addDays(x.start, x.days), granularity: x.granularity },
      calendar: undefined,
      streams: x.leads.map((lead, si) => ({
        id: `s${si}`,
        name: `Stream ${si}`,
        share,
        dealValue: 250_000 * (si + 1),
        leadTimeDays: lead,
        stages: [
          ...x.rates.map((r, i) => ({ id: `g${i}`, name: `G${i}`, rate: r / 100 })),
          { id: "won", name: "Won" },
        ],
      })),
      kpis: [],
    };
    if (!x.seasonal) return base;
    const n = planTargets(base).periods.length;
    return { ...base, seasonality: Array.from({ length: n }, (_, i) => ((i * 3) % 4) + 0.25) };
  });

describe("Targets in HyperFormula equal the domain, for random plans with a lead time", () => {
  it("per period, per rep and the pipeline at the start", () => {
    fc.assert(
      fc.property(plans, (plan) => {
        const { spec, hf, sheet } = load(plan);
        const t = planTargets(plan);
        const { periods, reps, stageCol } = tables(spec, plan);
        const id = sheet("targets");
        stageColumns(plan).forEach((c, j) => {
          const s = t.stages.find((x) => x.streamId === c.streamId && x.stageId === c.stageId);
          if (!s) throw new Error("stage");
          const what = `${c.streamId}.${c.stageId}`;
          expect(
            periods.map((r) => value(hf, id, r, stageCol(j))),
            what,
          ).toEqual(s.perPeriod);
          expect(
            reps.map((r) => value(hf, id, r, stageCol(j))),
            what,
          ).toEqual(s.perRep);
          if (s.leadDays > 0)
            expect(named(hf, N.pipeline(c.streamId, c.stageId)), what).toBe(s.pipelineAtStart);
        });
        hf.destroy();
      }),
      { numRuns: runs(6, 120), seed: 20261205 },
    );
  });

  it("the Dashboard's targets to date equal status's", () => {
    fc.assert(
      fc.property(plans, fc.integer({ min: -20, max: 400 }), (raw, asOfDay) => {
        const plan: Plan = {
          ...raw,
          kpis: raw.streams.flatMap((st) =>
            st.stages.map((sg) => ({
              id: `${st.id}_${sg.id}`,
              name: `${st.name} ${sg.name}`,
              tier: "activity" as const,
              direction: "higher" as const,
              frequency: "weekly" as const,
              source: { stream: st.id, stage: sg.id },
            })),
          ),
        };
        const asOf = addDays(plan.period.start, asOfDay);
        const { spec, hf, sheet } = load(plan, asOf);
        const report = statusReport({ plan, tally: new Tally([]), unreadable: [], asOf });
        const dash = spec.sheets.find((s) => s.key === "dashboard");
        const d = sheet("dashboard");
        for (const k of report.kpis) {
          const r = dash?.cells.findIndex(
            (row) => textOf(row[0]) === plan.kpis.find((x) => x.id === k.id)?.name,
          );
          expect(value(hf, d, r ?? -1, COL.target), k.id).toBe(k.target);
          expect(value(hf, d, r ?? -1, COL.toDate) as number, k.id).toBeCloseTo(k.targetToDate ?? 0, 9);
        }
        hf.destroy();
      }),
      { numRuns: runs(4, 60), seed: 20261206 },
    );
  });
});

describe("the new-business template (60 days) on a noisy log: the sheets and status agree", () => {
  it.each([
    ["ja", 11, 40, 25],
    ["en", 12, 70, 100],
  ] as const)("%s, seed %i, %i days logged, as of day %i", (locale, seed, days, asOfDay) => {
    const plan = templatePlan("new_business", locale);
    expect(plan.streams[0]?.leadTimeDays).toBe(60);
    const rows = noisyLog(plan, seed, days);
    const columns = planColumns(plan);
    const spec = buildWorkbook(plan, {
      existingActuals: { columns: columns.map((c) => ({ key: c.key, header: c.header })), rows },
    });
    const { hf, sheet } = loadSpec(spec);
    const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
    if (!at) throw new Error("no as-of");
    const asOf = addDays(plan.period.start, asOfDay);
    hf.setCellContents({ sheet: sheet("dashboard"), row: at.row, col: at.col }, serial(asOf));
    const report = reportFor(plan, rows, asOf);
    dashboardAgrees(plan, spec, hf.getSheetValues(sheet("dashboard")), report);
    repsAgree(hf.getSheetValues(sheet("reps")), report);
    trendsAgree(plan, hf.getSheetValues(sheet("trends")), report);
    hf.destroy();
  });
});
