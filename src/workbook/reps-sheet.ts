// Reps: every rep's progress on the KGI and on every KPI, for a 1on1 — one row per rep and KPI, the
// rep's name in the first column so that a filter shows one rep. Same measures, guards and colours as
// the Dashboard's KPI table (kpi-row.ts); only the target and the actual are the rep's own.
import { pick, type Text } from "../domain/i18n";
import { isPercentUnit, kpiShape, type Shape } from "../domain/kpi-progress";
import type { Plan } from "../domain/plan";
import type { Direction } from "../domain/plan-schema";
import { rateStages } from "../domain/rate-stages";
import { rectA1 } from "./a1";
import type { AssumptionsLayout } from "./assumptions";
import { formula, header, rect, SheetBuilder, text } from "./grid";
import { measureFormulas, statusColours, statusFormula } from "./kpi-row";
import { L } from "./labels";
import { averageToDate, forRep, type LogRefs, toDate } from "./log-refs";
import { N } from "./names";
import type { RepsLayout } from "./rep-view";
import type { NumberFormat } from "./spec";
import { stageKey, type TargetsLayout } from "./targets-sheet";
import { kgiFormatOf, shareFormat, unitFormat } from "./units";

/** Column indexes of the Reps table. */
export const REPS_COL = {
  rep: 0,
  kpi: 1,
  target: 2,
  toDate: 3,
  actual: 4,
  achievement: 5,
  pace: 6,
  status: 7,
};

/** How one KPI reads for rep i, whose name is in the cell `repCell`. */
interface RepKpi {
  name: string;
  shape: Shape;
  direction: Direction;
  target: (i: number) => string;
  actual: (repCell: string) => string;
  targetFormat: NumberFormat;
  format: NumberFormat;
  /** A stage ahead of its deals: the cell of its share due by as-of (lead-time-sheet.ts). */
  dueShare?: string;
}

/** The KGI, then every KPI of the plan, each with the rule of its per-rep target (BRIEF §3.8). */
function repKpis(plan: Plan, assumptions: AssumptionsLayout, targets: TargetsLayout, log: LogRefs) {
  const sum = (key: string) => (cell: string) => toDate(log, key, forRep(cell));
  const kgiFormat = kgiFormatOf(plan.kgi.unit);
  const kgi: RepKpi = {
    name: `KGI: ${plan.kgi.name}`,
    shape: "running",
    direction: "higher",
    target: (i) => targets.repKgi[i] as string,
    actual: sum("kgi"),
    targetFormat: kgiFormat,
    format: kgiFormat,
  };
  const kpis = plan.kpis.map((k): RepKpi => {
    const base = { name: k.name, shape: kpiShape(k), direction: k.direction };
    const src = k.source;
    if ("manual" in src) {
      const format = unitFormat(src.unit, base.shape);
      const column = `kpi:${k.id}`;
      if (base.shape === "level") {
        // A level is the same for everyone; the rep's actual is the average of the rep's entries.
        const atMost = isPercentUnit(src.unit) ? 1 : undefined;
        return {
          ...base,
          target: () => N.manualTarget(k.id),
          actual: (cell) => averageToDate(log, column, atMost, forRep(cell)),
          targetFormat: format,
          format,
        };
      }
      // A total is shared by weight, unrounded (a manual target need not be a count).
      return {
        ...base,
        target: (i) => `${N.manualTarget(k.id)}*${assumptions.repWeightCells[i]}/SUM(${N.teamWeights})`,
        actual: sum(`kpi:${k.id}`),
        targetFormat: shareFormat(format),
        format,
      };
    }
    if ("rateFrom" in src) {
      // The planned rate is everyone's; the rep's actual rate is the rep's next stage ÷ this stage.
      const next = rateStages(plan, src.stream, src.rateFrom).to?.id ?? "";
      const stage = (id: string, cell: string) => sum(`stage:${src.stream}.${id}`)(cell);
      return {
        ...base,
        target: () => N.rate(src.stream, src.rateFrom),
        actual: (cell) => `IFERROR(${stage(next, cell)}/${stage(src.rateFrom, cell)},"")`,
        targetFormat: "percent",
        format: "percent",
      };
    }
    const cells = targets.repStage[stageKey(src.stream, src.stage)] ?? [];
    const lead = targets.lead[stageKey(src.stream, src.stage)];
    return {
      ...base,
      target: (i) => cells[i] as string,
      actual: sum(`stage:${src.stream}.${src.stage}`),
      targetFormat: "integer",
      format: "integer",
      ...(lead ? { dueShare: lead.dueShare } : {}),
    };
  });
  return [kgi, ...kpis];
}

export function buildReps(
  plan: Plan,
  assumptions: AssumptionsLayout,
  targets: TargetsLayout,
  log: LogRefs,
  sheetName: string,
): { sheet: SheetBuilder; layout: RepsLayout } {
  const t = (x: Text) => pick(x, plan.locale);
  const s = new SheetBuilder("reps", sheetName);
  // Pixels: a rep's name, a KPI's name, then the Dashboard's widths for the same figures.
  s.spec.columnWidths = [140, 190, 88, 88, 88, 82, 82, 88];
  const status = statusFormula(t);

  s.line([text(plan.title, "title")]);
  s.line([text(t(L.repsNote), "note")]);
  s.line(
    [L.rep, L.kpi, L.periodTarget, L.targetToDate, L.actualToDate, L.achievement, L.pace, L.status].map((h) =>
      header(t(h)),
    ),
  );
  const first = s.row;
  const kpis = repKpis(plan, assumptions, targets, log);
  plan.team.forEach((_, i) => {
    for (const k of kpis) {
      const r = s.row;
      const a1 = (col: number) => rectA1(rect(r, col), false);
      const cells: Record<string, string> = {
        target: a1(REPS_COL.target),
        actual: a1(REPS_COL.actual),
        targetToDate: a1(REPS_COL.toDate),
        achievement: a1(REPS_COL.achievement),
        pace: a1(REPS_COL.pace),
        elapsed: N.daysElapsed,
        total: N.workdaysTotal,
      };
      if (k.dueShare) cells.dueShare = k.dueShare;
      const schedule = k.dueShare ? "lead" : "workdays";
      const f = measureFormulas(k.shape, k.direction, (name) => cells[name] ?? name, schedule);
      const level = k.shape === "level";
      s.line([
        formula(`INDEX(${N.teamNames},${i + 1})`),
        text(k.name),
        formula(k.target(i), k.targetFormat),
        formula(f.targetToDate, level ? k.format : shareFormat(k.format)),
        formula(k.actual(a1(REPS_COL.rep)), k.format),
        f.achievement === null ? null : formula(f.achievement, "percent"),
        f.pace === null ? null : formula(f.pace, "percent"),
        f.status === null ? null : formula(status(f.status)),
      ]);
    }
  });
  const rows = Math.max(1, s.row - first);
  s.spec.conditionalFormats.push(statusColours(t, rect(first, REPS_COL.status, rows, 1)));
  // Rows only: the sheet is eight columns, and a frozen column A would cut the title and note short.
  s.spec.frozenRows = first;
  return { sheet: s, layout: { sheetName, first, perRep: kpis.length, rows } };
}
