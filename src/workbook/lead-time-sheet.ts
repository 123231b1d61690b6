// The Targets sheet's lead-time cells (src/domain/lead-time.ts): per stage that falls due ahead of
// its deals, the days ahead, the pipeline needed at the start and the share due by the as-of date,
// and the per-period targets shifted by those days. Every rule is rendered from the domain's data;
// only which period a date falls in is looked up here (MATCH over the period starts), as the domain
// does by comparing dates.
import { render } from "../domain/formula";
import { dueShareRule, leadDaysRule, leadRef, partialWeightRule } from "../domain/lead-time";
import type { Plan } from "../domain/plan";
import { runningRule, splitRef } from "../domain/split";
import { rectA1, sheetRectA1 } from "./a1";
import type { AssumptionsLayout } from "./assumptions";
import { formula, header, rect, type SheetBuilder, text } from "./grid";
import { L } from "./labels";
import { N } from "./names";
import type { NamedRangeSpec } from "./spec";

export interface LeadStage {
  streamId: string;
  stageId: string;
  streamName: string;
  stageName: string;
  /** The stage's index k in its stream of n stages. */
  k: number;
  n: number;
}

/** Stages ahead of their deals: every stage but the last of a stream with a lead time. */
export function leadStages(plan: Plan): LeadStage[] {
  return plan.streams.flatMap((st) =>
    (st.leadTimeDays ?? 0) > 0
      ? st.stages.slice(0, -1).map((sg, k) => ({
          streamId: st.id,
          stageId: sg.id,
          streamName: st.name,
          stageName: sg.name,
          k,
          n: st.stages.length,
        }))
      : [],
  );
}

/** Cells of one lead stage, with sheet: its pipeline at the start and its share due by as-of. */
export interface LeadCells {
  pipeline: string;
  dueShare: string;
}

const periodWeightSum = `SUM(${N.periodWeights})`;

/** The deals' weight due by the date `d` (a cell or a parenthesised sum): lead-time.ts dealWeightDueBy. */
export function weightDueFormula(
  d: string,
  periods: AssumptionsLayout["periodColumns"],
  cum: string,
): string {
  const i = `MATCH(${d},${periods.start},1)`;
  const at = (range: string) => `INDEX(${range},${i})`;
  const before = `IF(${i}=1,0,INDEX(${cum},${i}-1))`;
  const partial = render(partialWeightRule, (name) => {
    if (name === leadRef.weightBefore) return before;
    if (name === leadRef.periodWeight) return at(N.periodWeights);
    if (name === leadRef.workdaysThrough)
      return `NETWORKDAYS.INTL(${at(periods.start)},${d},${N.weekendMask},${N.holidays})`;
    if (name === leadRef.periodWorkdays) return at(periods.days);
    throw new Error(`unknown lead-time reference ${name}`);
  });
  return `IF(${d}<${N.periodStart},0,IF(${d}>=${N.periodEnd},${periodWeightSum},IF(${d}>=${at(periods.end)},INDEX(${cum},${i}),IF(${at(periods.days)}=0,${before},${partial}))))`;
}

/** ⌈total × cumulative ÷ Σ weights⌉: the running target through a (shifted) cumulative weight. */
function runningFormula(total: string, cum: string): string {
  return render(runningRule, (name) => {
    if (name === splitRef.total) return total;
    if (name === splitRef.cumulative) return cum;
    if (name === splitRef.weightSum) return periodWeightSum;
    throw new Error(`unknown split reference ${name}`);
  });
}

export interface LeadSectionInput {
  plan: Plan;
  assumptions: AssumptionsLayout;
  sheetName: string;
  names: NamedRangeSpec[];
  t: (x: { ja: string; en: string }) => string;
  /** Rows of the per-period table, the column of its cumulative weights, the end of each period. */
  periodRows: number[];
  cumCol: number;
  /** Column of a stage in the per-period table, and the first free column to its right. */
  stageCol: (streamId: string, stageId: string) => number;
  helperCol: number;
  /** Header row of the per-period table (the helper columns' headers go there). */
  headerRow: number;
  partFormula: (total: string, cum: string, prev: string, weightSum: string) => string;
}

/**
 * Writes the lead-time section at the next free row, then the shifted per-period targets of every
 * lead stage (into its column of the per-period table) with their cumulative weights beside the table.
 */
export function buildLeadSection(s: SheetBuilder, x: LeadSectionInput): Record<string, LeadCells> {
  const { plan, t } = x;
  const stages = leadStages(plan);
  const a1 = (row: number, col: number) => rectA1(rect(row, col), false);
  const abs = (row: number, col: number) => rectA1(rect(row, col));
  const first = x.periodRows[0] ?? 0;
  const cum = rectA1(rect(first, x.cumCol, x.periodRows.length));
  const cells: Record<string, LeadCells> = {};

  s.line([text(t(L.leadSection), "section")]);
  s.line([text(t(L.leadNote), "note")]);
  s.line(
    [L.stream, L.stage, L.daysAhead, L.coversDealsThrough, L.weightDue, L.pipelineAtStart, L.dueShare].map(
      (h) => header(t(h)),
    ),
  );
  stages.forEach((g, h) => {
    const r = s.row;
    const req = N.required(g.streamId, g.stageId);
    const days = render(leadDaysRule(g.k, g.n), () => N.leadTime(g.streamId));
    const asOfAhead = `${N.asOf}+${abs(r, 2)}`;
    const through = `IF(${asOfAhead}<${N.periodStart},0,NETWORKDAYS.INTL(${N.periodStart},MIN(${asOfAhead},${N.periodEnd}),${N.weekendMask},${N.holidays}))`;
    const share = render(dueShareRule, (name) => {
      if (name === leadRef.required) return req;
      if (name === leadRef.pipeline) return a1(r, 5);
      if (name === leadRef.workdaysThrough) return through;
      if (name === leadRef.workdaysTotal) return N.workdaysTotal;
      throw new Error(`unknown lead-time reference ${name}`);
    });
    s.line([
      text(g.streamName),
      text(g.stageName),
      formula(days, "integer"),
      formula(`${N.periodStart}+${a1(r, 2)}-1`, "date"),
      formula(weightDueFormula(a1(r, 3), x.assumptions.periodColumns, cum), "decimal"),
      formula(runningFormula(req, a1(r, 4)), "integer"),
      formula(`IFERROR(${share},0)`, "percent"),
    ]);
    x.names.push({ name: N.pipeline(g.streamId, g.stageId), sheet: "targets", rect: rect(r, 5) });
    cells[`${g.streamId}.${g.stageId}`] = {
      pipeline: sheetRectA1(x.sheetName, rect(r, 5)),
      dueShare: sheetRectA1(x.sheetName, rect(r, 6)),
    };

    // Beside the per-period table: the deals' cumulative weight due `days` after each period's end,
    // and the stage's target in the period by the split rule over those weights.
    const col = x.helperCol + h;
    const stageCol = x.stageCol(g.streamId, g.stageId);
    s.put(x.headerRow, col, header(`${g.stageName}: ${t(L.weightDueAhead)}`));
    x.periodRows.forEach((pr, i) => {
      const end = x.assumptions.periods[i]?.end as string;
      s.put(
        pr,
        col,
        formula(weightDueFormula(`(${end}+${abs(r, 2)})`, x.assumptions.periodColumns, cum), "decimal"),
      );
      const prev = i === 0 ? abs(r, 4) : a1(pr - 1, col);
      s.put(pr, stageCol, formula(x.partFormula(req, a1(pr, col), prev, periodWeightSum), "integer"));
    });
  });
  return cells;
}
