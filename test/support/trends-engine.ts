// The Trends sheet computed in HyperFormula over the hand-made log of test/fixtures/progress-log.ts, and
// the checks of its figures against the fixture's hand tally: shared by trends-hand.test.ts (built in
// each test, a mutation judge) and trends-sheet.test.ts.
import { expect } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { N } from "../../src/workbook/names";
import { TRENDS_COL } from "../../src/workbook/trends-sheet";
import { existingLog, TREND_LOG, type TrendMetric } from "../fixtures/progress-log";
import { loadSpec, serial } from "./spec-engine";

const P = TRENDS_COL.firstPeriod;

export function trendsAt(plan: Plan, asOf: string, translate?: (f: string) => string) {
  const spec = buildWorkbook(plan, { existingActuals: existingLog(plan, TREND_LOG) });
  const loaded = translate
    ? {
        ...spec,
        sheets: spec.sheets.map((s) => ({
          ...s,
          cells: s.cells.map((r) => r.map((c) => (c?.formula ? { ...c, formula: translate(c.formula) } : c))),
        })),
      }
    : spec;
  const { hf, sheet } = loadSpec(loaded);
  const at = spec.namedRanges.find((n) => n.name === N.asOf)?.rect;
  if (!at) throw new Error("no AS_OF");
  hf.setCellContents({ sheet: sheet("dashboard"), row: at.row, col: at.col }, serial(asOf));
  const values = hf.getSheetValues(sheet("trends"));
  hf.destroy();
  const row = (name: string, figure: string) => {
    const r = values.find((x) => x[0] === name && x[1] === figure);
    if (!r) throw new Error(`no row ${name} / ${figure}`);
    return r;
  };
  const periods = (r: unknown[]) => r.slice(P, P + 3);
  return { spec, values, row, periods, label: (l: string) => values.find((x) => x[0] === l) };
}

export const blank = (v: unknown) => v === "" || v === null || v === undefined;
export function close(got: unknown, want: number | null, what: string) {
  if (want === null) {
    expect(blank(got), `${what}: ${JSON.stringify(got)}`).toBe(true);
    return;
  }
  expect(typeof got, `${what}: ${JSON.stringify(got)}`).toBe("number");
  expect(Math.abs((got as number) - want), `${what}: ${got} vs ${want}`).toBeLessThanOrEqual(
    1e-12 * Math.max(1, Math.abs(want)),
  );
}
export const closeAll = (got: unknown[], want: (number | null)[], what: string) => {
  want.forEach((w, i) => {
    close(got[i], w, `${what} [${i}]`);
  });
};

export function expectMetrics(t: ReturnType<typeof trendsAt>, want: TrendMetric[], now: number) {
  for (const m of want) {
    const rate = m.name.includes("rate");
    const [targetLabel, actualLabel] = rate ? ["Planned rate", "Actual rate"] : ["Target", "Actual"];
    closeAll(t.periods(t.row(m.name, targetLabel)), m.target, `${m.name} target`);
    const actual = t.row(m.name, actualLabel);
    closeAll(t.periods(actual), m.actual, `${m.name} actual`);
    expect(actual[TRENDS_COL.trend], `${m.name} trend`).toBe(m.trend);
    const ofPlan = t.row(m.name, "% of plan");
    closeAll(t.periods(ofPlan), m.ofPlan, `${m.name} % of plan`);
    // The comparison beside it: last period's and this period's % of plan, and how far it moved.
    const [prev, cur] = [m.ofPlan[now - 2] ?? null, m.ofPlan[now - 1] ?? null];
    close(ofPlan[TRENDS_COL.previous], prev, `${m.name} last period`);
    close(ofPlan[TRENDS_COL.current], cur, `${m.name} this period`);
    close(
      ofPlan[TRENDS_COL.moved],
      prev === null || cur === null ? null : Math.abs(cur - prev),
      `${m.name} moved`,
    );
  }
}
