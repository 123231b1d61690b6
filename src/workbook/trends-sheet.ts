// Trends: per period (the plan's cadence), the target and actual of the KGI and of every stage, the
// planned and actual rate of every stage-to-stage conversion, and of every manual KPI, each with its
// % of plan, a trend per row, and in words what moved most since the last period. Rows are metrics (three each), columns
// periods; the comparison of the period holding the as-of date with the one before sits on the left.
import { type Expr, render } from "../domain/formula";
import { pick, type Text } from "../domain/i18n";
import { isPercentUnit, kpiShape, measures, type Shape } from "../domain/kpi-progress";
import type { Plan } from "../domain/plan";
import type { Direction } from "../domain/plan-schema";
import { columnLetter, rectA1 } from "./a1";
import type { AssumptionsLayout } from "./assumptions";
import { formula, header, label, rect, SheetBuilder, text } from "./grid";
import { L } from "./labels";
import { averageBetween, between, type LogRefs } from "./log-refs";
import { N } from "./names";
import { sparkline } from "./sparkline";
import type { CellSpec, NumberFormat } from "./spec";
import { stageKey, type TargetsLayout } from "./targets-sheet";
import { comparison, movedMostFormula } from "./trends-moved";
import { kgiFormatOf, unitFormat } from "./units";

/** Column indexes of the Trends table; period i is in column `firstPeriod + i`. */
export const TRENDS_COL = {
  metric: 0,
  figure: 1,
  trend: 2,
  previous: 3,
  current: 4,
  moved: 5,
  firstPeriod: 6,
};

/** A metric's three rows: its target, its actual, and its % of plan. */
type Metric = { name: string } & (
  | {
      kind: "total";
      format: NumberFormat;
      /** The team's target cell of each period (Targets). */
      targets: readonly string[];
      /** The log column it sums. */
      logKey: string;
    }
  | {
      kind: "rate";
      /** The planned rate's named range, the same in every period. */
      planned: string;
      /** The stages it converts from and to (stageKey). */
      from: string;
      to: string;
    }
  | {
      kind: "manual";
      format: NumberFormat;
      shape: Shape;
      direction: Direction;
      /** Its target in period i: a level's target itself, a total's share by the period weights. */
      target: (i: number) => string;
      logKey: string;
      /** A percent KPI counts fractions up to 1 only, as on the Dashboard. */
      atMost: number | undefined;
    }
);

/** The KGI, then per stream each stage and its conversion to the next, in funnel order. */
function trendMetrics(plan: Plan, targets: TargetsLayout, t: (x: Text) => string): Metric[] {
  const metrics: Metric[] = [
    {
      name: `KGI: ${plan.kgi.name}`,
      kind: "total",
      format: kgiFormatOf(plan.kgi.unit),
      targets: targets.periodKgi,
      logKey: "kgi",
    },
  ];
  const many = plan.streams.length > 1;
  for (const st of plan.streams) {
    const named = (name: string) => (many ? `${st.name}: ${name}` : name);
    st.stages.forEach((sg, k) => {
      const key = stageKey(st.id, sg.id);
      metrics.push({
        name: named(sg.name),
        kind: "total",
        format: "integer",
        targets: targets.periodStage[key] ?? [],
        logKey: `stage:${st.id}.${sg.id}`,
      });
      const next = st.stages[k + 1];
      if (!next) return;
      // A conversion a KPI tracks goes by the KPI's name ("アポ率"), else by its two stages.
      const kpi = plan.kpis.find(
        (x) => "rateFrom" in x.source && x.source.stream === st.id && x.source.rateFrom === sg.id,
      );
      metrics.push({
        name: kpi?.name ?? named(t(L.rateName).replace("{from}", sg.name).replace("{to}", next.name)),
        kind: "rate",
        planned: N.rate(st.id, sg.id),
        from: key,
        to: stageKey(st.id, next.id),
      });
    });
  }
  // Manual KPIs last, in plan order: a level's actual is the period's average, a total's its sum.
  for (const k of plan.kpis) {
    const src = k.source;
    if (!("manual" in src)) continue;
    const shape = kpiShape(k);
    const target = N.manualTarget(k.id);
    metrics.push({
      name: k.name,
      kind: "manual",
      format: unitFormat(src.unit, shape),
      shape,
      direction: k.direction,
      target: (i) =>
        shape === "level" ? target : `${target}*INDEX(${N.periodWeights},${i + 1})/SUM(${N.periodWeights})`,
      logKey: `kpi:${k.id}`,
      atMost: isPercentUnit(src.unit) ? 1 : undefined,
    });
  }
  return metrics;
}

export function buildTrends(
  plan: Plan,
  assumptions: AssumptionsLayout,
  targets: TargetsLayout,
  log: LogRefs,
  sheetName: string,
): SheetBuilder {
  const t = (x: Text) => pick(x, plan.locale);
  const s = new SheetBuilder("trends", sheetName);
  const periods = assumptions.periods;
  const n = periods.length;
  const C = TRENDS_COL;
  s.spec.columnWidths = [200, 110, 130, 90, 90, 80, ...periods.map(() => 96)];
  const at = (row: number, col: number) => rectA1(rect(row, col), false);
  /** A row of the table: label cells, then one cell per period (given its column letters). */
  const tableRow = (left: (CellSpec | null)[], each: (col: string, i: number) => CellSpec | null) =>
    s.line([
      ...left,
      ...Array(C.firstPeriod - left.length).fill(null),
      ...periods.map((_, i) => each(columnLetter(C.firstPeriod + i), i)),
    ]);

  s.line([text(plan.title, "title")]);
  const movedRow = s.line([label(t(L.movedMost))]);
  const nowRow = s.line([label(t(L.asOf)), formula(N.asOf, "date"), label(t(L.periodNow))]);
  const headerRow = tableRow(
    [L.metric, L.figure, L.trend, L.lastPeriod, L.thisPeriod, L.moved].map((h) => header(t(h))),
    (_, i) => ({ formula: periods[i]?.start as string, style: "header", format: "date" }),
  );
  // The number of the period holding the as-of date (the last one after the plan); 0 before it.
  const now = rectA1(rect(nowRow, 3));
  s.put(
    nowRow,
    3,
    formula(`IFERROR(MATCH(${N.asOf},${rectA1(rect(headerRow, C.firstPeriod, 1, n))},1),0)`, "integer"),
  );
  const endRow = tableRow([label(t(L.end))], (_, i) => formula(periods[i]?.end as string, "date"));
  const daysRow = tableRow([label(t(L.workingDays))], (_, i) =>
    formula(periods[i]?.days as string, "integer"),
  );
  const startOf = (c: string) => `${c}$${headerRow + 1}`;
  const endOf = (c: string) => `${c}$${endRow + 1}`;
  // The period's working days through the as-of date: all of them once it is over, 0 before it.
  const elapsedRow = tableRow([label(t(L.elapsedInPeriod))], (c) =>
    formula(
      `IF(${N.asOf}<${startOf(c)},0,MAX(0,NETWORKDAYS.INTL(${startOf(c)},MIN(${N.asOf},${endOf(c)}),${N.weekendMask},${N.holidays})))`,
      "integer",
    ),
  );

  const metrics = trendMetrics(plan, targets, t);
  const first = s.row;
  /** The 1-based sheet row of a metric's target (+0), actual (+1) or % of plan (+2). */
  const rowOf = (index: number, offset: 0 | 1 | 2) => first + 3 * index + offset + 1;
  const stageActual = new Map<string, number>();
  metrics.forEach((m, j) => {
    if (m.kind === "total" && m.logKey.startsWith("stage:")) stageActual.set(m.logKey.slice(6), rowOf(j, 1));
  });
  // The rules of the Dashboard's rows (kpi-progress.ts): pace of a total, achievement of a level.
  const need = (e: Expr | null): Expr => {
    if (!e) throw new Error("kpi-progress has no such measure");
    return e;
  };
  const { targetToDate, pace } = measures("running", "higher");
  const achievement = need(measures("level", "higher").achievement);

  metrics.forEach((m, j) => {
    const [targetRow, actualRow, ratioRow] = [rowOf(j, 0), rowOf(j, 1), rowOf(j, 2)];
    const cells = (c: string): Record<string, string> => ({
      target: `${c}${targetRow}`,
      actual: `${c}${actualRow}`,
      elapsed: `${c}$${elapsedRow + 1}`,
      total: `${c}$${daysRow + 1}`,
    });
    const rowRange = (row: number) => rectA1(rect(row - 1, C.firstPeriod, 1, n));
    const [targetLabel, actualLabel] =
      m.kind === "rate" ? [L.plannedRate, L.actualRate] : [L.target, L.actual];
    const format = m.kind === "rate" ? "percent" : m.format;
    tableRow([text(m.name), text(t(targetLabel))], (_, i) =>
      formula(
        m.kind === "rate" ? m.planned : m.kind === "manual" ? m.target(i) : (m.targets[i] ?? "0"),
        // A share of a total need not be whole: shown as a target to date is.
        m.kind === "manual" && m.shape === "running" && format === "integer" ? "tenths" : format,
      ),
    );
    tableRow([text(m.name), text(t(actualLabel)), formula(sparkline(rowRange(actualRow), now, n))], (c) => {
      const through = `MIN(${endOf(c)},${N.asOf})`;
      if (m.kind === "total") return formula(between(log, m.logKey, startOf(c), through), format);
      if (m.kind === "manual") {
        return formula(
          m.shape === "level"
            ? averageBetween(log, m.logKey, startOf(c), through, m.atMost)
            : between(log, m.logKey, startOf(c), through),
          format,
        );
      }
      // No rate where the stage had nothing in the period.
      const [from, to] = [`${c}${stageActual.get(m.from)}`, `${c}${stageActual.get(m.to)}`];
      return formula(`IF(${from}=0,"",${to}/${from})`, "percent");
    });
    // % of plan: a total's pace over the period's working days so far (its achievement once the
    // period is over; blank before it starts); a conversion's actual rate ÷ planned rate.
    const ratio = (c: string) => {
      const cell = cells(c);
      const name = (x: string) => cell[x] ?? x;
      if (m.kind === "rate") return `IF(${cell.actual}="","",IFERROR(${render(achievement, name)},""))`;
      if (m.kind === "manual") return manualRatio(m.shape, m.direction, name);
      const toDate = `(${render(targetToDate, name)})`;
      return `IFERROR(${render(need(pace), (x) => (x === "targetToDate" ? toDate : name(x)))},"")`;
    };
    const [prev, cur] = [at(ratioRow - 1, C.previous), at(ratioRow - 1, C.current)];
    const compared = comparison(rowRange(ratioRow), now, prev, cur);
    tableRow(
      [
        text(m.name),
        text(t(L.ofPlan)),
        null,
        formula(compared.previous, "percent"),
        formula(compared.current, "percent"),
        formula(compared.moved, "percent"),
      ],
      (c) => formula(ratio(c), "percent"),
    );
  });

  const last = s.row - 1;
  const column = (col: number) => rectA1(rect(first, col, Math.max(1, last - first + 1), 1));
  s.put(
    movedRow,
    1,
    formula(
      movedMostFormula(t, now, {
        names: column(C.metric),
        previous: column(C.previous),
        current: column(C.current),
        moved: column(C.moved),
      }),
    ),
  );
  s.skip();
  // In column B, like the sentence above: text in a frozen column is cut at its edge, and only the
  // metric's name (column A) stays put when the periods scroll.
  s.line([null, text(t(L.trendsNote), "note")]);
  s.spec.frozenRows = headerRow + 1;
  s.spec.frozenColumns = 1;
  return s;
}

/**
 * A manual KPI's % of plan in a period, by the Dashboard's rule for its status (kpi-progress.ts):
 * a level's achievement (direction-aware), a total's pace against the period's target to date
 * (or, when lower is better, what is left of that limit). Blank while the period has no actual.
 */
function manualRatio(shape: Shape, direction: Direction, cell: (name: string) => string): string {
  const m = measures(shape, direction);
  const resolve = (name: string): string => {
    const e = m[name as keyof typeof m];
    return e && name !== "status" ? `(${render(e, resolve)})` : cell(name);
  };
  if (!m.status) throw new Error("kpi-progress has no status");
  const actual = cell("actual");
  return `IF(${actual}="","",IFERROR(${render(m.status, resolve)},""))`;
}
