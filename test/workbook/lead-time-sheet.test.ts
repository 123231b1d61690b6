// The Targets sheet with a lead time, computed by a real engine (HyperFormula): random plans against
// the domain (targets.ts), and the Dashboard's and Reps' targets to date against status. The
// hand-worked numbers of test/domain/lead-time.test.ts: lead-time-hand.test.ts.
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
import { N } from "../../src/workbook/names";
import { stageColumns } from "../../src/workbook/targets-sheet";
import { leadPlan } from "../fixtures/lead-time";
import { runs } from "../support/sample";
import { loadSpec, named, serial } from "../support/spec-engine";
import { dashboardAgrees, noisyLog, reportFor, repsAgree, trendsAgree } from "../support/status-compare";
import { tables, textOf } from "../support/targets-tables";

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
