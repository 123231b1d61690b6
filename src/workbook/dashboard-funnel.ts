// The Dashboard's funnel of each stream: required vs actual per stage, planned vs actual conversion,
// the bottleneck (BRIEF §3.8: the lowest actual ÷ planned below 1, ties to the earlier stage), what
// it costs against plan, and the playbook's remedies for its kind of rate. All in formulas: the block
// under each table follows whichever stage the flag column names, and is blank when none is flagged.
import { pick, type Text } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import { playbookRow } from "../domain/playbook";
import { rateKindOf } from "../domain/stage-kinds";
import { rectA1 } from "./a1";
import { formula, header, label, rect, type SheetBuilder, text } from "./grid";
import { L } from "./labels";
import { forRep, type LogRefs, toDate } from "./log-refs";
import { N } from "./names";
import { pickedOf, teamOrRep } from "./rep-view";
import type { NumberFormat } from "./spec";
import { stageKey, type TargetsLayout } from "./targets-sheet";

interface At {
  row: number;
  col: number;
}

/** The flag cell of a stage (every stage but the last), and the stage it names. */
export interface FlagCell extends At {
  label: string;
}

/** The block under a stream's funnel: blank cells when no stage is below plan. */
export interface FunnelBlock {
  stream: string;
  /** The flagged stage's name. */
  stage: At;
  /** Deals lost against plan if its rate stays: required deals × (1 − actual ÷ planned). */
  deals: At;
  /** Those deals × the stream's deal value. */
  kgi: At;
  /** The playbook's remedies for the flagged stage's kind of rate, one a row. */
  remedies: At[];
}

/** Column of the block's values; its labels sit in column 0 and spill into the empty column 1. */
export const BLOCK_COL = 2;
/** Column of the flag in each funnel table. */
export const FLAG_COL = 6;

/** A text as a formula's string literal. */
const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function buildFunnels(
  s: SheetBuilder,
  plan: Plan,
  log: LogRefs,
  kgiFormat: NumberFormat,
  /** With a rep picker: where each rep's stage targets are, for the picked rep's funnel. */
  repTargets: TargetsLayout | null,
): { bottlenecks: FlagCell[]; funnels: FunnelBlock[] } {
  const t = (x: Text) => pick(x, plan.locale);
  const a1 = (row: number, col: number) => rectA1(rect(row, col), false);
  const bottlenecks: FlagCell[] = [];
  const funnels: FunnelBlock[] = [];
  for (const st of plan.streams) {
    s.line([text(`${t(L.funnel)} — ${st.name}`, "section")]);
    s.line(
      [L.stage, L.required, L.actualCount, L.plannedRate, L.actualRate, L.ratio, L.bottleneck].map((h) =>
        header(t(h)),
      ),
    );
    const first = s.row;
    const n = st.stages.length;
    const ratioRange = rectA1(rect(first, 5, n - 1, 1));
    st.stages.forEach((sg, k) => {
      const r = s.row;
      const last = k === n - 1;
      const [C, E, F] = [a1(r, 2), a1(r, 4), a1(r, 5)];
      const earlier = k === 0 ? "0" : `COUNTIF(${rectA1(rect(first, 5, k, 1))},MIN(${ratioRange}))`;
      const column = `stage:${st.id}.${sg.id}`;
      const repCells = repTargets?.repStage[stageKey(st.id, sg.id)];
      const required = repCells
        ? teamOrRep(N.required(st.id, sg.id), pickedOf(repCells))
        : N.required(st.id, sg.id);
      const actual = repTargets
        ? teamOrRep(toDate(log, column), toDate(log, column, forRep(N.repView)))
        : toDate(log, column);
      s.line([
        text(sg.name),
        formula(required, "integer"),
        formula(actual, "integer"),
        last ? null : formula(N.rate(st.id, sg.id), "percent"),
        last ? null : formula(`IFERROR(${a1(r + 1, 2)}/${C},"")`, "percent"),
        last ? null : formula(`IF(${E}="","",IFERROR(${E}/${a1(r, 3)},""))`, "decimal"),
        // The lowest actual ÷ planned, only when below plan; on a tie, the earlier stage.
        last
          ? null
          : formula(
              `IF(${F}="","",IF(AND(${F}=MIN(${ratioRange}),${F}<1,${earlier}=0),"${t(L.bottleneckFlag)}",""))`,
            ),
      ]);
      if (!last)
        bottlenecks.push({
          row: r,
          col: FLAG_COL,
          label: plan.streams.length > 1 ? `${st.name}: ${sg.name}` : sg.name,
        });
    });
    s.spec.charts.push({
      kind: "bar",
      title: `${t(L.chartFunnel)} — ${st.name}`,
      data: rect(first - 1, 0, n + 1, 3),
      anchor: { row: first - 1, col: 12 },
    });
    funnels.push(costBlock(s, plan, st.id, first, kgiFormat));
    s.skip();
  }
  return { bottlenecks, funnels };
}

/**
 * What the flagged stage costs and what to do, each value picked by IF over the flag cells (at most
 * one is flagged), so the block reads the flag and never decides on its own.
 */
function costBlock(
  s: SheetBuilder,
  plan: Plan,
  streamId: string,
  first: number,
  kgiFormat: NumberFormat,
): FunnelBlock {
  const t = (x: Text) => pick(x, plan.locale);
  const a1 = (row: number, col: number) => rectA1(rect(row, col), false);
  const stages = plan.streams.find((x) => x.id === streamId)?.stages ?? [];
  // The deals the table requires (the team's, or the picked rep's).
  const requiredDeals = a1(first + stages.length - 1, 1);
  const rated = stages.slice(0, -1).map((sg, k) => {
    const kind = rateKindOf(plan, streamId, sg.id) ?? "other";
    return { row: first + k, remedies: playbookRow(kind).remedies.map(t) };
  });
  const chain = (value: (x: (typeof rated)[number]) => string) =>
    rated.reduceRight((rest, x) => `IF(${a1(x.row, FLAG_COL)}<>"",${value(x)},${rest})`, '""');
  const stage = s.line([label(t(L.bottleneckStage)), null, formula(chain((x) => a1(x.row, 0)))]);
  const deals = s.line([
    label(t(L.dealsAtStake)),
    null,
    formula(
      chain((x) => `${requiredDeals}*(1-${a1(x.row, 5)})`),
      // A fraction of a count: one decimal, as a target to date (the value itself stays unrounded).
      "tenths",
    ),
    text(t(L.dealsAtStakeNote), "note"),
  ]);
  const dealsCell = a1(deals, BLOCK_COL);
  const kgi = s.line([
    label(t(L.kgiAtStake)),
    null,
    formula(`IF(${dealsCell}="","",${dealsCell}*${N.dealValue(streamId)})`, kgiFormat),
    text(t(L.kgiAtStakeNote), "note"),
  ]);
  const most = Math.max(0, ...rated.map((x) => x.remedies.length));
  const remedies = Array.from({ length: most }, (_, j) =>
    s.line([
      j === 0 ? label(t(L.remedies)) : null,
      null,
      formula(chain((x) => literal(x.remedies[j] ?? ""))),
    ]),
  );
  const at = (row: number) => ({ row, col: BLOCK_COL });
  return { stream: streamId, stage: at(stage), deals: at(deals), kgi: at(kgi), remedies: remedies.map(at) };
}
