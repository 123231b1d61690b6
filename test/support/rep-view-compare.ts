// The Dashboard with a rep picked (REP_VIEW) against expectations formed without the sheets: the KPI
// table against `status`'s figures for that rep, the funnel and the periods against sums written
// here over the typed rows (a number ≥ 0, a date typed as a date within the window, the rep's name
// letter case aside), the rep's stage targets from the domain's split, and a period's target as the
// team's × the rep's share of the KGI.
import { expect } from "vitest";
import { isIsoDate } from "../../src/domain/calendar-dates";
import type { Plan } from "../../src/domain/plan";
import type { StatusReport } from "../../src/domain/status/report";
import { planTargets } from "../../src/domain/targets";
import { type CellValue, planColumns } from "../../src/workbook/actuals";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { same } from "./status-compare";

/** The rep's total of a log column over [from, to], by hand. */
export function repSum(
  plan: Plan,
  rows: CellValue[][],
  key: string,
  rep: string,
  from: string,
  to: string,
): number {
  const keys = planColumns(plan).map((c) => c.key);
  const [d, r, k] = [keys.indexOf("date"), keys.indexOf("rep"), keys.indexOf(key)];
  let total = 0;
  for (const row of rows) {
    const date = row[d];
    const value = row[k];
    if (typeof date !== "string" || !isIsoDate(date) || date < from || date > to) continue;
    if (String(row[r] ?? "").toLowerCase() !== rep.toLowerCase()) continue;
    if (typeof value === "number" && value >= 0) total += value;
  }
  return total;
}

const blank = (v: unknown) => v === "" || v === null || v === undefined;

export function repViewAgrees(
  plan: Plan,
  spec: WorkbookSpec,
  values: unknown[][],
  r: StatusReport,
  rows: CellValue[][],
  i: number,
  digits = 12,
): void {
  const rep = r.reps[i];
  if (!rep) throw new Error(`no rep ${i}`);
  const { col, kgiRow, kpiRows, funnels, periodRows } = spec.dashboard;
  const row = (n: number) => values[n] ?? [];
  const sameTo = (a: unknown, b: number | null, what: string) => same(a, b, what, digits);
  // The KPI table is the rep's: the same figures `status` gives the rep.
  [rep.kgi, ...rep.kpis].forEach((k, j) => {
    const cells = row(j === 0 ? kgiRow : (kpiRows[j - 1] as number));
    const what = `${rep.name} ${j === 0 ? "KGI" : (r.kpis[j - 1]?.id ?? "")}`;
    sameTo(cells[col.target], k.target, `${what} target`);
    sameTo(cells[col.toDate], k.targetToDate, `${what} to date`);
    sameTo(cells[col.actual], k.actual, `${what} actual`);
    sameTo(cells[col.achievement], k.achievement, `${what} achievement`);
    sameTo(cells[col.pace], k.pace, `${what} pace`);
  });
  // The chance is the team's: blank while a rep is picked (status gives each rep's).
  same(row(spec.dashboard.chanceRow)[1], null, `${rep.name} KGI chance (blank)`);
  // The funnel: the rep's required (the domain's split) and actual counts, ratios, flag and cost.
  const targets = planTargets(plan);
  for (const st of plan.streams) {
    const block = funnels.find((f) => f.stream === st.id);
    if (!block) throw new Error(`no funnel for ${st.id}`);
    const first = block.stage.row - st.stages.length;
    const required = st.stages.map(
      (sg) => targets.stages.find((x) => x.streamId === st.id && x.stageId === sg.id)?.perRep[i] ?? NaN,
    );
    const actual = st.stages.map((sg) =>
      repSum(plan, rows, `stage:${st.id}.${sg.id}`, rep.name, plan.period.start, r.asOf),
    );
    const ratios = st.stages.slice(0, -1).map((sg, k) => {
      const from = actual[k] as number;
      return from === 0 ? null : (actual[k + 1] as number) / from / (sg.rate as number);
    });
    st.stages.forEach((sg, k) => {
      sameTo(row(first + k)[1], required[k] as number, `${rep.name} ${sg.id} required`);
      sameTo(row(first + k)[2], actual[k] as number, `${rep.name} ${sg.id} actual`);
      if (k < ratios.length) sameTo(row(first + k)[5], ratios[k] as number | null, `${sg.id} ratio`);
    });
    const known = ratios.filter((x): x is number => x !== null);
    const lowest = Math.min(...known);
    const at = lowest < 1 ? ratios.indexOf(lowest) : -1;
    ratios.forEach((_, k) => {
      expect(!blank(row(first + k)[6]), `${rep.name} ${st.id} flag at ${k}`).toBe(k === at);
    });
    const deals = at < 0 ? null : (required[required.length - 1] as number) * (1 - lowest);
    sameTo(row(block.deals.row)[block.deals.col], deals, `${rep.name} ${st.id} deals at stake`);
  }
  // The periods: the rep's share of each period's target, and the rep's KGI in it through as-of.
  r.periods.forEach((p, n) => {
    const cells = row(periodRows[n] as number);
    sameTo(cells[1], (p.kgi.target * rep.kgi.target) / r.kgi.target, `${p.start} rep target`);
    const to = p.end < r.asOf ? p.end : r.asOf;
    const expected = p.start > to ? 0 : repSum(plan, rows, "kgi", rep.name, p.start, to);
    sameTo(cells[2], expected, `${p.start} rep actual`);
  });
}
