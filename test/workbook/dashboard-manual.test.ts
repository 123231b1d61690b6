// Manual KPIs on the dashboard, computed by a real engine over a synthetic log, equal an independent
// calculation from the domain's metrics (BRIEF §3.3): a total is summed and judged against a target
// for the whole period; a level (a rate, a size, a duration) is averaged and compared with its target.
import { describe, expect, it } from "vitest";
import { addDays } from "../../src/domain/calendar-dates";
import { type Aggregate, isPercentUnit, manualAggregate, sheetTarget } from "../../src/domain/kpi-progress";
import { achievement, forecast, gap, pace, runRate, timeProgress } from "../../src/domain/metrics";
import { DEFAULT_THRESHOLDS, type Kpi, type Plan, planCalendar } from "../../src/domain/plan";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";
import { L } from "../../src/workbook/labels";
import { N } from "../../src/workbook/names";
import { spread, templateCases } from "../support/sample";
import { loadSpec, reachedFrom, serial } from "../support/spec-engine";

type Row = { date: string; rep: string; kpi: Record<string, number | null> };

/** A log from a week before the period to `days` days in, values roughly around each target. */
function logFor(plan: Plan, seed: number, days: number): Row[] {
  let x = seed;
  const rnd = (n: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  const rows: Row[] = [];
  for (let d = -7; d < days; d++) {
    const date = addDays(plan.period.start, d);
    for (const m of plan.team) {
      if (rnd(3) === 0) continue;
      const kpi: Record<string, number | null> = {};
      for (const k of plan.kpis) {
        if (!("manual" in k.source)) continue;
        const t = sheetTarget(k.source) || 10;
        // Some rows leave the KPI blank: a level averages only what was entered. A percent KPI's
        // column holds fractions up to 1 (100%): what is above is flagged, not counted.
        const v = (t * (40 + rnd(120))) / 100 / (sum(k) ? 200 : 1);
        kpi[k.id] = rnd(4) === 0 ? null : isPercentUnit(k.source.unit) ? Math.min(v, 1) : v;
      }
      rows.push({ date, rep: m.name, kpi });
    }
  }
  return rows;
}

const sum = (k: Kpi) => "manual" in k.source && manualAggregate(k.source, k.tier) === "sum";

/** The workbook over `rows`, only what the Dashboard reaches, loaded once; `at` reads it on a day. */
function dashboardOver(plan: Plan, rows: Row[]) {
  const columns = planColumns(plan);
  const existing = {
    columns: columns.map((c) => ({ key: c.key, header: c.header })),
    rows: rows.map((r) =>
      columns.map((c) => {
        if (c.key === "date") return r.date;
        if (c.key === "rep") return r.rep;
        if (c.key.startsWith("kpi:")) return r.kpi[c.key.slice(4)] ?? null;
        return null;
      }),
    ),
  };
  const spec = buildWorkbook(plan, { existingActuals: existing });
  const { hf, sheet } = loadSpec(reachedFrom(spec, ["dashboard"]));
  const cell = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!cell) throw new Error("no AS_OF");
  return {
    at(asOf: string) {
      hf.setCellContents({ sheet: sheet("dashboard"), row: cell.row, col: cell.col }, serial(asOf));
      return hf.getSheetValues(sheet("dashboard"));
    },
    done: () => hf.destroy(),
  };
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;
const close = (a: unknown, b: number) => {
  expect(typeof a).toBe("number");
  expect(Math.abs((a as number) - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
};

/** The status word the dashboard should show for a basis (achievement or pace). */
function statusOf(plan: Plan, basis: number | null): string {
  if (basis === null) return "";
  const word =
    basis >= DEFAULT_THRESHOLDS.good ? L.onTrack : basis >= DEFAULT_THRESHOLDS.warn ? L.watch : L.behind;
  return word[plan.locale];
}

/** Checks every manual KPI row of the dashboard against the domain. Returns how each added up. */
function checkManual(
  plan: Plan,
  rows: Row[],
  asOf: string,
  dashboard = dashboardOver(plan, rows),
): Aggregate[] {
  const values = dashboard.at(asOf);
  const tp = timeProgress(plan.period.start, plan.period.end, asOf, planCalendar(plan));
  const seen: Aggregate[] = [];
  for (const k of plan.kpis) {
    if (!("manual" in k.source)) continue;
    const how = manualAggregate(k.source, k.tier);
    seen.push(how);
    // The workbook holds a percent KPI's target as a fraction (2% is 0.02).
    const target = sheetTarget(k.source);
    const row = values.find((r) => r[0] === k.name) as unknown[];
    expect(row, k.name).toBeDefined();
    const entered = rows
      .filter((r) => r.date >= plan.period.start && r.date <= asOf)
      .map((r) => r.kpi[k.id])
      .filter((v): v is number => typeof v === "number");
    const total = entered.reduce((s, v) => s + v, 0);
    close(row[2], target);
    if (how === "sum") {
      const toDate = (target * tp.elapsed) / tp.total;
      close(row[3], toDate);
      close(row[4], total);
      close(row[5], achievement(total, target, k.direction));
      if (tp.elapsed > 0) {
        close(row[6], pace(total, target, tp.elapsed, tp.total));
        close(row[7], forecast(total, tp.elapsed, tp.total));
      }
      close(row[8], gap(total, target, k.direction));
      if (k.direction === "higher") {
        if (tp.remaining > 0 || total >= target) close(row[9], runRate(total, target, tp.remaining));
        expect(row[10]).toBe(
          statusOf(plan, tp.elapsed > 0 ? pace(total, target, tp.elapsed, tp.total) : null),
        );
      } else {
        expect(blank(row[9])).toBe(true);
        expect(row[10]).toBe(statusOf(plan, tp.elapsed > 0 ? achievement(total, toDate, "lower") : null));
      }
    } else {
      // A level: the target is compared directly; pace, forecast and run rate do not apply.
      close(row[3], target);
      expect([row[6], row[7], row[9]].every(blank)).toBe(true);
      if (entered.length === 0) {
        expect([row[4], row[5], row[8], row[10]].every(blank)).toBe(true);
        continue;
      }
      const level = total / entered.length;
      close(row[4], level);
      close(row[5], achievement(level, target, k.direction));
      close(row[8], gap(level, target, k.direction));
      expect(row[10]).toBe(statusOf(plan, achievement(level, target, k.direction)));
    }
  }
  return seen;
}

/** Template KPIs that add up over the period; every other manual KPI of a template is a level. */
const PERIOD_TOTALS = ["new_mrr", "order_value"];

describe("manual KPIs on the dashboard = domain metrics", () => {
  // The labels differ by language, the rules do not.
  const cases = templateCases(spread(templateIds, 4));
  it.each(cases)("%s (%s): every manual KPI, mid-period and after the end", (id, locale) => {
    const plan = templatePlan(id, locale);
    const rows = logFor(plan, id.length * 7 + (locale === "ja" ? 1 : 2), 150);
    const manual = plan.kpis.filter((k) => "manual" in k.source).map((k) => k.id);
    const want = manual.map((k) => (PERIOD_TOTALS.includes(k) ? "sum" : "average"));
    const dashboard = dashboardOver(plan, rows);
    expect(checkManual(plan, rows, addDays(plan.period.start, 120), dashboard)).toEqual(want);
    checkManual(plan, rows, addDays(plan.period.end, 3), dashboard);
    dashboard.done();
  });

  it("old plans without aggregate: % and the conversion tier are levels, other units totals; lower-is-better both ways", () => {
    const base = templatePlan("inside_sales_minimal", "en");
    const extra: Kpi[] = [
      { ...kpi("complaints", "lower", "outcome"), source: { manual: true, target: 40, unit: "count" } },
      { ...kpi("nps_pct", "higher", "outcome"), source: { manual: true, target: 35, unit: "%" } },
      { ...kpi("bounce", "lower", "outcome"), source: { manual: true, target: 5, unit: "％" } },
      { ...kpi("show_rate", "higher", "conversion"), source: { manual: true, target: 0.7 } },
      {
        ...kpi("cycle_days", "lower", "outcome"),
        source: { manual: true, target: 30, unit: "days", aggregate: "average" },
      },
    ];
    const plan: Plan = { ...base, kpis: [...base.kpis, ...extra] };
    const rows = logFor(plan, 5, 60);
    const dashboard = dashboardOver(plan, rows);
    expect(checkManual(plan, rows, addDays(plan.period.start, 59), dashboard)).toEqual([
      "sum",
      "average",
      "average",
      "average",
      "average",
    ]);
    // Before anything is logged: levels stay blank, totals are 0 and nothing shows an error.
    checkManual(plan, rows, addDays(plan.period.start, -3), dashboard);
    dashboard.done();
    checkManual(plan, [], addDays(plan.period.start, 10));
  });
});

function kpi(id: string, direction: Kpi["direction"], tier: Kpi["tier"]): Omit<Kpi, "source"> {
  return { id, name: `Manual ${id}`, tier, direction, frequency: "monthly", definition: id };
}
