// Targets: required counts for the team, per rep, per working day and per period, all formulas of
// the Assumptions. The funnel and split rules are rendered from the same data the domain evaluates.
import { dayGuideFormula } from "../domain/day-guide";
import { num, ref, render } from "../domain/formula";
import { resolveFunnelRef, stageRule } from "../domain/funnel";
import { pick } from "../domain/i18n";
import type { Plan } from "../domain/plan";
import { partRule, splitRef } from "../domain/split";
import { rectA1, sheetRectA1 } from "./a1";
import type { AssumptionsLayout } from "./assumptions";
import { formula, header, label, rect, SheetBuilder, text } from "./grid";
import { L } from "./labels";
import { buildLeadSection, type LeadCells, leadStages } from "./lead-time-sheet";
import { buildLevers, type LeverCells } from "./levers-block";
import { funnelNames, N } from "./names";
import type { NamedRangeSpec } from "./spec";

export interface TargetsLayout {
  name: string;
  /** Per rep (team order): the rep's KGI target cell, with sheet. */
  repKgi: string[];
  /** Per period: the team's KGI target cell, with sheet. */
  periodKgi: string[];
  /** Per stage (key `<stream>.<stage>`): each rep's target cell (team order), with sheet. */
  repStage: Record<string, string[]>;
  /** Per stage (key `<stream>.<stage>`): the team's target cell of each period, with sheet. */
  periodStage: Record<string, string[]>;
  /** The Levers block's rows, in plan order (columns: LEVER_COL). */
  levers: LeverCells[];
  /** Per stage ahead of its deals (key `<stream>.<stage>`): its lead-time cells, with sheet. */
  lead: Record<string, LeadCells>;
}

/** The key of a stage in TargetsLayout (as in the log's `stage:<stream>.<stage>`). */
export const stageKey = (streamId: string, stageId: string) => `${streamId}.${stageId}`;

export interface StageColumn {
  streamId: string;
  stageId: string;
  name: string;
}

export function stageColumns(plan: Plan): StageColumn[] {
  const many = plan.streams.length > 1;
  return plan.streams.flatMap((st) =>
    st.stages.map((sg) => ({
      streamId: st.id,
      stageId: sg.id,
      name: many ? `${st.name}: ${sg.name}` : sg.name,
    })),
  );
}

/** The funnel rule of stage k rendered with named ranges. */
export function requiredFormula(plan: Plan, streamIndex: number, k: number): string {
  const st = plan.streams[streamIndex];
  if (!st) throw new Error(`no stream ${streamIndex}`);
  const n = st.stages.length;
  const names = funnelNames(st);
  return render(stageRule(k, n, plan.rounding ?? "stage"), (name) => resolveFunnelRef(name, names));
}

/** Part of `total` for the row whose cumulative weight is at `cum` (previous row's at `prev`). */
function partFormula(total: string, cum: string, prev: string | null, weightSum: string): string {
  return render(partRule, (name) => {
    if (name === splitRef.total) return total;
    if (name === splitRef.cumulative) return cum;
    if (name === splitRef.previous) return prev ?? render(num(0), () => "");
    if (name === splitRef.weightSum) return weightSum;
    return render(ref(name), () => name);
  });
}

export function buildTargets(
  plan: Plan,
  assumptions: AssumptionsLayout,
  sheetName: string,
  names: NamedRangeSpec[],
): { sheet: SheetBuilder; layout: TargetsLayout } {
  const t = (x: { ja: string; en: string }) => pick(x, plan.locale);
  const s = new SheetBuilder("targets", sheetName);
  const columns = stageColumns(plan);
  // Wide enough for the per-day guide in words: "1 every 21 working days" (~160 px), 約21稼働日に1件.
  const guide = plan.locale === "en" ? 170 : 120;
  const lead = leadStages(plan);
  const leadKeys = new Set(lead.map((g) => stageKey(g.streamId, g.stageId)));
  s.spec.columnWidths = [
    200,
    120,
    120,
    Math.max(140, guide),
    ...columns.map(() => guide),
    ...lead.map(() => 150),
  ];
  const a1 = (row: number, col: number) => rectA1(rect(row, col), false);

  s.line([text(plan.title, "title")]);
  s.line([text(t(L.splitRule), "note")]);
  s.skip();

  s.line([text(t(L.teamTotals), "section")]);
  s.line([header(t(L.stream)), header(t(L.stage)), header(t(L.rate)), header(t(L.required))]);
  plan.streams.forEach((st, si) => {
    st.stages.forEach((sg, k) => {
      const rate = sg.rate === undefined ? null : formula(N.rate(st.id, sg.id), "percent");
      const r = s.line([
        text(st.name),
        text(sg.name),
        rate,
        formula(requiredFormula(plan, si, k), "integer"),
      ]);
      names.push({ name: N.required(st.id, sg.id), sheet: "targets", rect: rect(r, 3) });
    });
  });
  s.skip();

  // What one step on each rate or deal value would do to that funnel (levers-block.ts).
  const levers = buildLevers(s, plan);
  s.skip();

  // Per rep: whole-period targets, then per working day.
  const stageHeaders = columns.map((c) => header(c.name));
  s.line([text(t(L.perRep), "section")]);
  s.line([
    header(t(L.rep)),
    header(t(L.weight)),
    header(t(L.cumulativeWeight)),
    header(plan.kgi.name),
    ...stageHeaders,
  ]);
  const repStart = s.row;
  const weightSum = `SUM(${N.teamWeights})`;
  const repKgi: string[] = [];
  const cellsByStage = () =>
    Object.fromEntries(columns.map((c) => [stageKey(c.streamId, c.stageId), [] as string[]]));
  const repStage = cellsByStage();
  const periodStage = cellsByStage();
  /** Records where each stage's cell of row `r` is. */
  const keep = (into: Record<string, string[]>, r: number) =>
    columns.forEach((c, j) => {
      into[stageKey(c.streamId, c.stageId)]?.push(sheetRectA1(sheetName, rect(r, 4 + j)));
    });
  const repRows = plan.team.map((_, i) => {
    const r = s.row;
    const cum = a1(r, 2);
    const prev = i === 0 ? null : a1(r - 1, 2);
    const part = (total: string) => partFormula(total, cum, prev, weightSum);
    // Ahead of its deals, a stage's reps share the activity in the plan, not the pipeline at the start.
    const inPlan = (c: StageColumn) =>
      leadKeys.has(stageKey(c.streamId, c.stageId))
        ? `(${N.required(c.streamId, c.stageId)}-${N.pipeline(c.streamId, c.stageId)})`
        : N.required(c.streamId, c.stageId);
    s.line([
      formula(`INDEX(${N.teamNames},${i + 1})`),
      formula(assumptions.repWeightCells[i] as string, "decimal"),
      formula(`SUM(${rectA1({ row: repStart, col: 1, rows: 1, cols: 1 })}:${a1(r, 1)})`, "decimal"),
      formula(part(N.kgiTarget), "currency"),
      ...columns.map((c) => formula(part(inPlan(c)), "integer")),
    ]);
    repKgi.push(sheetRectA1(sheetName, rect(r, 3)));
    keep(repStage, r);
    return r;
  });
  s.skip();

  s.line([text(t(L.perRepPerDay), "section")]);
  s.line([header(t(L.rep)), null, null, header(plan.kgi.name), ...stageHeaders]);
  // From one a day up, whole units rounded up; below, "1 every N working days" in words — never a
  // rounded-up "1 a day" (src/domain/day-guide.ts, the sidebar's rule too).
  repRows.forEach((rr) => {
    const perDay = (col: number, format: "currency" | "integer") =>
      formula(`IFERROR(${dayGuideFormula(a1(rr, col), N.workdaysTotal, plan.locale)},0)`, format);
    s.line([
      formula(a1(rr, 0)),
      null,
      null,
      perDay(3, "currency"),
      ...columns.map((_, j) => perDay(4 + j, "integer")),
    ]);
  });
  s.skip();

  s.line([text(t(L.perPeriod), "section")]);
  const periodHeader = s.line([
    header(t(L.start)),
    header(t(L.weight)),
    header(t(L.cumulativeWeight)),
    header(plan.kgi.name),
    ...stageHeaders,
  ]);
  const periodStart = s.row;
  const periodWeightSum = `SUM(${N.periodWeights})`;
  const periodKgi: string[] = [];
  const periodRows = assumptions.periods.map((p, i) => {
    const r = s.row;
    const cum = a1(r, 2);
    const prev = i === 0 ? null : a1(r - 1, 2);
    const part = (total: string) => partFormula(total, cum, prev, periodWeightSum);
    s.line([
      formula(p.start, "date"),
      formula(p.weight, "decimal"),
      formula(`SUM(${rectA1({ row: periodStart, col: 1, rows: 1, cols: 1 })}:${a1(r, 1)})`, "decimal"),
      formula(part(N.kgiTarget), "currency"),
      ...columns.map((c) => formula(part(N.required(c.streamId, c.stageId)), "integer")),
    ]);
    periodKgi.push(sheetRectA1(sheetName, rect(r, 3)));
    keep(periodStage, r);
    return r;
  });
  s.skip();
  s.line([
    label(t(L.total)),
    null,
    null,
    formula(`SUM(${rectA1(rect(periodStart, 3, assumptions.periods.length))})`, "currency"),
  ]);
  // Streams with a lead time: the pipeline needed at the start, and their stages' per-period targets
  // shifted ahead of the deals (lead-time-sheet.ts fills those cells of the table above).
  let leadCells: Record<string, LeadCells> = {};
  if (lead.length > 0) {
    s.skip();
    leadCells = buildLeadSection(s, {
      plan,
      assumptions,
      sheetName,
      names,
      t,
      periodRows,
      cumCol: 2,
      stageCol: (streamId, stageId) =>
        4 + columns.findIndex((c) => c.streamId === streamId && c.stageId === stageId),
      helperCol: 4 + columns.length,
      headerRow: periodHeader,
      partFormula,
    });
  }

  s.spec.frozenRows = 1;
  s.spec.protections.push({
    rect: rect(0, 0, s.row, 4 + columns.length + lead.length),
    description: "KPI Designer: formulas",
  });
  return {
    sheet: s,
    layout: { name: sheetName, repKgi, periodKgi, repStage, periodStage, levers, lead: leadCells },
  };
}
