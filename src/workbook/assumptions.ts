// Assumptions: every input of the plan as a named, visibly styled cell. Change one and every other
// sheet follows.
import { pick } from "../domain/i18n";
import { kpiShape, sheetTarget } from "../domain/kpi-progress";
import type { Plan } from "../domain/plan";
import type { PlanTargets } from "../domain/targets";
import { rectA1, sheetRectA1 } from "./a1";
import { formula, header, input, label, rect, SheetBuilder, text } from "./grid";
import { L } from "./labels";
import { N } from "./names";
import type { NamedRangeSpec } from "./spec";
import { unitFormat } from "./units";

/** Spare rows after the listed holidays, so a team can add its own. */
export const SPARE_HOLIDAY_ROWS = 20;

export interface AssumptionsLayout {
  name: string;
  /** A1 (with sheet) of each rep's weight, in team order. */
  repWeightCells: string[];
  /** Rows of the period table: start, end, working days and weight cells with sheet. */
  periods: { start: string; end: string; days: string; weight: string }[];
  /** The period table's columns as ranges with sheet (absolute), for lookups by date. */
  periodColumns: { start: string; end: string; days: string };
}

/** Streams whose stages fall due ahead of their deals. */
export const hasLeadTime = (plan: Plan) => plan.streams.some((st) => (st.leadTimeDays ?? 0) > 0);

export function weekendMask(workdays: readonly number[]): string {
  return [1, 2, 3, 4, 5, 6, 7].map((d) => (workdays.includes(d) ? "0" : "1")).join("");
}

/** Periods an action's effect is measured over on each side: a month, or four weeks. */
export function defaultActionWindow(plan: Plan): number {
  return plan.period.granularity === "month" ? 1 : 4;
}

export function buildAssumptions(
  plan: Plan,
  targets: PlanTargets,
  holidays: readonly string[],
  sheetName: string,
  names: NamedRangeSpec[],
): { sheet: SheetBuilder; layout: AssumptionsLayout } {
  const t = (x: { ja: string; en: string }) => pick(x, plan.locale);
  const s = new SheetBuilder("assumptions", sheetName);
  s.spec.columnWidths = [220, 160, 160, 140, 140];
  const name = (n: string, row: number, col: number, rows = 1, cols = 1) =>
    names.push({ name: n, sheet: "assumptions", rect: rect(row, col, rows, cols) });
  const at = (row: number, col: number) => sheetRectA1(sheetName, rect(row, col));

  s.line([text(plan.title, "title")]);
  s.line([text(t(L.inputsHint), "note")]);
  s.skip();

  s.line([text(t(L.kgi), "section")]);
  s.line([label(t(L.kgiName)), input(plan.kgi.name)]);
  name(N.kgiTarget, s.line([label(t(L.kgiTarget)), input(plan.kgi.target, "currency")]), 1);
  s.line([label(t(L.unit)), input(plan.kgi.unit)]);
  s.skip();

  s.line([text(t(L.period), "section")]);
  name(N.periodStart, s.line([label(t(L.start)), input(plan.period.start, "date")]), 1);
  name(N.periodEnd, s.line([label(t(L.end)), input(plan.period.end, "date")]), 1);
  // Words, not the plan's "week"/"month": no formula reads this cell (the period rows below are
  // built from the plan's granularity), so it only has to say it.
  s.line([label(t(L.granularity)), text(t(L.granularities[plan.period.granularity]))]);
  const workdays = plan.calendar?.workdays ?? [1, 2, 3, 4, 5];
  name(N.weekendMask, s.line([label(t(L.weekendMask)), input(weekendMask(workdays), "text")]), 1);
  const th = plan.thresholds ?? { good: 1, warn: 0.8 };
  name(N.thresholdGood, s.line([label(t(L.thresholdGood)), input(th.good, "percent")]), 1);
  name(N.thresholdWarn, s.line([label(t(L.thresholdWarn)), input(th.warn, "percent")]), 1);
  s.skip();

  s.line([text(t(L.streams), "section")]);
  // The lead-time column only when a stream has one: a plan without keeps its cells where they were.
  const lead = hasLeadTime(plan);
  s.line([
    header(t(L.streamId)),
    header(t(L.stream)),
    header(t(L.share)),
    header(t(L.dealValue)),
    ...(lead ? [header(t(L.leadTime))] : []),
  ]);
  for (const st of plan.streams) {
    const days = st.leadTimeDays ?? 0;
    const r = s.line([
      text(st.id),
      text(st.name),
      input(st.share, "percent"),
      input(st.dealValue, "currency"),
      ...(days > 0 ? [input(days, "integer")] : []),
    ]);
    name(N.share(st.id), r, 2);
    name(N.dealValue(st.id), r, 3);
    if (days > 0) {
      name(N.leadTime(st.id), r, 4);
      s.spec.validations.push({
        rect: rect(r, 4),
        rule: { kind: "numberAtLeast", min: 0 },
        help: t(L.leadTimeHelp),
      });
    }
  }
  s.skip();

  s.line([text(t(L.stages), "section")]);
  s.line([
    header(t(L.stream)),
    header(t(L.stageId)),
    header(t(L.stage)),
    header(t(L.rate)),
    header(t(L.historyRate)),
  ]);
  for (const st of plan.streams) {
    st.stages.forEach((sg) => {
      const history = sg.historyRate === undefined ? null : input(sg.historyRate, "percent");
      const rate = sg.rate === undefined ? null : input(sg.rate, "percent");
      const r = s.line([text(st.name), text(sg.id), text(sg.name), rate, history]);
      if (sg.rate !== undefined) name(N.rate(st.id, sg.id), r, 3);
    });
  }
  s.skip();

  s.line([text(t(L.team), "section")]);
  s.line([header(t(L.rep)), header(t(L.weight))]);
  const teamStart = s.row;
  const repWeightCells = plan.team.map((m) => {
    const r = s.line([input(m.name), input(m.weight ?? 1, "decimal")]);
    return at(r, 1);
  });
  name(N.teamNames, teamStart, 0, plan.team.length);
  name(N.teamWeights, teamStart, 1, plan.team.length);
  s.skip();

  const manual = plan.kpis.filter((k) => "manual" in k.source);
  if (manual.length > 0) {
    s.line([text(t(L.manualTargets), "section")]);
    s.line([header("ID"), header(t(L.kpi)), header(t(L.target)), header(t(L.unit))]);
    for (const k of manual) {
      if (!("manual" in k.source)) continue;
      const r = s.line([
        text(k.id),
        text(k.name),
        input(sheetTarget(k.source), unitFormat(k.source.unit, kpiShape(k))),
        text(k.source.unit ?? ""),
      ]);
      name(N.manualTarget(k.id), r, 2);
    }
    s.skip();
  }

  // Holidays come before the periods because the working-day formulas refer to them.
  s.line([text(t(L.holidays), "section")]);
  s.line([header(t(L.date))]);
  const holidayStart = s.row;
  const holidayRows = holidays.length + SPARE_HOLIDAY_ROWS;
  for (let i = 0; i < holidayRows; i++) {
    const d = holidays[i];
    s.line([d === undefined ? { value: null, style: "input", format: "date" } : input(d, "date")]);
  }
  name(N.holidays, holidayStart, 0, holidayRows);
  s.skip();

  // Period boundaries are formulas of PERIOD_START and PERIOD_END, so moving the period moves them;
  // a period that falls after the end has 0 working days.
  s.line([text(t(L.periods), "section")]);
  s.line([header(t(L.start)), header(t(L.end)), header(t(L.workingDays)), header(t(L.weight))]);
  const periodStart = s.row;
  const periods = targets.periods.map((_, i) => {
    const r = s.row;
    const start = rectA1(rect(r, 0));
    const startF = i === 0 ? N.periodStart : `${rectA1(rect(r - 1, 1))}+1`;
    const naturalEnd =
      plan.period.granularity === "month" ? `EOMONTH(${start},0)` : `${start}+7-WEEKDAY(${start},2)`;
    const days = `IF(${start}>${N.periodEnd},0,NETWORKDAYS.INTL(${start},${rectA1(rect(r, 1))},${N.weekendMask},${N.holidays}))`;
    const weight = plan.seasonality
      ? input(plan.seasonality[i] as number, "decimal")
      : formula(rectA1(rect(r, 2)), "decimal");
    s.line([
      formula(startF, "date"),
      formula(`MIN(${naturalEnd},${N.periodEnd})`, "date"),
      formula(days, "integer"),
      weight,
    ]);
    return { start: at(r, 0), end: at(r, 1), days: at(r, 2), weight: at(r, 3) };
  });
  name(N.periodWeights, periodStart, 3, targets.periods.length);
  const column = (col: number) => sheetRectA1(sheetName, rect(periodStart, col, targets.periods.length));
  s.skip();
  const total = s.line([
    label(t(L.total)),
    formula(`SUM(${rectA1(rect(periodStart, 2, targets.periods.length))})`, "integer"),
  ]);
  name(N.workdaysTotal, total, 1);
  s.skip();

  // Last, so that adding it moved no input a team's formula may point at by cell.
  s.line([text(t(L.actionsSection), "section")]);
  const window = s.line([
    label(t(L.actionWindow)),
    input(defaultActionWindow(plan), "integer"),
    text(t(L.actionWindowHint), "note"),
  ]);
  name(N.actionWindow, window, 1);
  s.spec.validations.push({
    rect: rect(window, 1),
    rule: { kind: "numberAtLeast", min: 1 },
    help: t(L.actionWindowHelp),
  });

  s.spec.frozenRows = 1;
  const periodColumns = { start: column(0), end: column(1), days: column(2) };
  return { sheet: s, layout: { name: sheetName, repWeightCells, periods, periodColumns } };
}
