// The dashboard's formulas, computed by a real engine over a synthetic log, equal the domain's
// metrics (BRIEF §3.3) and the domain's targets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/calendar-dates";
import { kpiShape } from "../../src/domain/kpi-progress";
import {
  achievement,
  bottleneck,
  forecast,
  gap,
  pace,
  runRate,
  timeProgress,
} from "../../src/domain/metrics";
import { type Plan, planCalendar } from "../../src/domain/plan";
import { planTargets } from "../../src/domain/targets";
import { templatePlan } from "../../src/domain/templates";
import { planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import type { DashboardLayout } from "../../src/workbook/dashboard";
import { N } from "../../src/workbook/names";
import { runs } from "../support/sample";
import { loadSpec, named, serial } from "../support/spec-engine";

type Row = { date: string; rep: string; counts: Record<string, number>; kgi: number };

function logFor(plan: Plan, seed: number, days: number): Row[] {
  const rows: Row[] = [];
  let x = seed;
  const rnd = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  for (let d = 0; d < days; d++) {
    const date = addDays(plan.period.start, d);
    for (const m of plan.team) {
      if (rnd(3) === 0) continue;
      const counts: Record<string, number> = {};
      for (const st of plan.streams) {
        let n = 20 + rnd(40);
        for (const sg of st.stages) {
          counts[`${st.id}.${sg.id}`] = n;
          n = Math.floor(n * (sg.rate ?? 1) * (0.6 + rnd(60) / 100));
        }
      }
      rows.push({ date, rep: m.name, counts, kgi: 10_000 * rnd(50) });
    }
  }
  return rows;
}

function workbookWith(plan: Plan, rows: Row[], asOf: string) {
  const columns = planColumns(plan);
  const existing = {
    columns: columns.map((c) => ({ key: c.key, header: c.header })),
    rows: rows.map((r) =>
      columns.map((c) => {
        if (c.key === "date") return r.date;
        if (c.key === "rep") return r.rep;
        if (c.key === "kgi") return r.kgi;
        if (c.key.startsWith("stage:")) return r.counts[c.key.slice(6)] ?? null;
        return null;
      }),
    ),
  };
  const spec = buildWorkbook(plan, { existingActuals: existing });
  const loaded = loadSpec(spec);
  const dash = spec.sheets.find((s) => s.key === "dashboard");
  const asOfCell = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!dash || !asOfCell) throw new Error("no dashboard");
  loaded.hf.setCellContents(
    { sheet: loaded.sheet("dashboard"), row: asOfCell.row, col: asOfCell.col },
    serial(asOf),
  );
  return { spec, ...loaded };
}

/** Equal to 12 significant digits: formulas and TypeScript may order operations differently. */
const close = (a: unknown, b: number) =>
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(b)));

describe("dashboard = domain metrics", () => {
  it.each([
    ["inside_sales", "en", 45, 11],
    ["account_sales", "ja", 80, 7],
    ["real_estate", "en", 20, 3],
  ] as const)("%s (%s) after %s days of actuals", (id, locale, days, seed) => {
    const plan = templatePlan(id, locale);
    const rows = logFor(plan, seed, days);
    const asOf = addDays(plan.period.start, days - 1);
    const { hf, sheet, spec } = workbookWith(plan, rows, asOf);
    const cal = planCalendar(plan);
    const tp = timeProgress(plan.period.start, plan.period.end, asOf, cal);
    expect(named(hf, N.daysElapsed)).toBe(tp.elapsed);
    expect(named(hf, N.daysRemaining)).toBe(tp.remaining);
    const dashboard = spec.sheets.find((s) => s.key === "dashboard");
    const values = hf.getSheetValues(sheet("dashboard"));
    const rowOf = (name: string) => values.findIndex((r) => r[0] === name);
    const sum = (key: string) => rows.reduce((s, r) => s + (r.counts[key] ?? 0), 0);
    const targets = planTargets(plan);

    // KGI row
    const kgi = values[rowOf(`KGI: ${plan.kgi.name}`)] as unknown[];
    const kgiActual = rows.reduce((s, r) => s + r.kgi, 0);
    close(kgi[4], kgiActual);
    close(kgi[5], achievement(kgiActual, plan.kgi.target, "higher"));
    close(kgi[6], pace(kgiActual, plan.kgi.target, tp.elapsed, tp.total));
    close(kgi[7], forecast(kgiActual, tp.elapsed, tp.total));
    close(kgi[8], gap(kgiActual, plan.kgi.target, "higher"));
    close(kgi[9], runRate(kgiActual, plan.kgi.target, tp.remaining));

    for (const k of plan.kpis) {
      if ("manual" in k.source) continue;
      const row = values[rowOf(k.name)] as unknown[];
      const src = k.source;
      if (kpiShape(k) === "level" && "rateFrom" in src) {
        const stream = plan.streams.find((s) => s.id === src.stream);
        const at = stream?.stages.findIndex((s) => s.id === src.rateFrom) ?? 0;
        const next = stream?.stages[at + 1]?.id;
        const actual = sum(`${src.stream}.${next}`) / sum(`${src.stream}.${src.rateFrom}`);
        const target = stream?.stages[at]?.rate as number;
        close(row[4], actual);
        close(row[5], achievement(actual, target, k.direction));
        close(row[8], gap(actual, target, k.direction));
      } else if ("stage" in src) {
        const actual = sum(`${src.stream}.${src.stage}`);
        const target = targets.stages.find((s) => s.streamId === src.stream && s.stageId === src.stage)
          ?.team as number;
        expect(row[2]).toBe(target);
        close(row[4], actual);
        close(row[5], achievement(actual, target, k.direction));
        close(row[6], pace(actual, target, tp.elapsed, tp.total));
        close(row[7], forecast(actual, tp.elapsed, tp.total));
        close(row[8], gap(actual, target, k.direction));
      }
    }

    // Bottleneck of each stream: the flagged row is the domain's pick.
    for (const st of plan.streams) {
      const stages = st.stages.slice(0, -1).map((sg, i) => ({
        name: sg.name,
        plannedRate: sg.rate as number,
        actualRate: sum(`${st.id}.${st.stages[i + 1]?.id}`) / sum(`${st.id}.${sg.id}`),
      }));
      // The lowest actual ÷ planned is a bottleneck only below plan (BRIEF §3.8).
      const lowest = bottleneck(stages);
      const want = lowest && lowest.ratio < 1 ? lowest : null;
      const header = values.findIndex((r) => typeof r[0] === "string" && r[0].endsWith(`— ${st.name}`));
      const flagged = values
        .slice(header + 2, header + 2 + stages.length)
        .filter((r) => r[6] !== "" && r[6] !== null);
      expect(flagged.map((r) => r[0])).toEqual(want ? [want.name] : []);
      // What it costs: the stream's required deals × (1 − ratio), and × the deal value.
      const block = (spec.dashboard as DashboardLayout).funnels.find((f) => f.stream === st.id);
      const at = (p?: { row: number; col: number }) => (p ? values[p.row]?.[p.col] : undefined);
      const lastId = st.stages[st.stages.length - 1]?.id;
      const deals = targets.stages.find((s) => s.streamId === st.id && s.stageId === lastId)?.team as number;
      if (want) {
        close(at(block?.deals), deals * (1 - want.ratio));
        close(at(block?.kgi), deals * (1 - want.ratio) * st.dealValue);
      } else {
        expect([at(block?.deals), at(block?.kgi)]).toEqual(["", ""]);
      }
    }
    expect(dashboard).toBeDefined();
    hf.destroy();
  });

  it("targets per rep and per period equal the domain's split, for any team and season", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 6 }),
        fc
          .array(fc.integer({ min: 0, max: 9 }), { minLength: 12, maxLength: 12 })
          .filter((w) => w.some((x) => x > 0)),
        (weights, season) => {
          const base = templatePlan("inside_sales_minimal", "en");
          const plan: Plan = {
            ...base,
            team: weights.map((w, i) => ({ name: `Rep ${i}`, weight: w })),
            seasonality: season,
          };
          const spec = buildWorkbook(plan);
          const { hf, sheet } = loadSpec(spec);
          const t = planTargets(plan);
          const values = hf.getSheetValues(sheet("targets"));
          const repRows = values.filter(
            (r) => typeof r[0] === "string" && r[0].startsWith("Rep ") && typeof r[1] === "number",
          );
          expect(repRows.map((r) => r[3])).toEqual(t.kgiPerRep);
          t.stages.forEach((s, j) => {
            expect(repRows.map((r) => r[4 + j])).toEqual(s.perRep);
          });
          const periodRows = values.filter((r) => typeof r[0] === "number" && r[0] > 40000);
          expect(periodRows.map((r) => r[3])).toEqual(t.kgiPerPeriod);
          t.stages.forEach((s, j) => {
            expect(periodRows.map((r) => r[4 + j])).toEqual(s.perPeriod);
          });
          hf.destroy();
        },
      ),
      { numRuns: runs(8, 50) },
    );
  });
});
