// Dashboard: where the team stands as of a date — achievement, pace, forecast, gap and the run rate
// still needed per KPI (BRIEF §3.3), the funnel against plan with its bottleneck, reps and periods.
import { pick, type Text } from "../domain/i18n";
import { isPercentUnit, kpiShape } from "../domain/kpi-progress";
import type { Plan } from "../domain/plan";
import { rateStages } from "../domain/rate-stages";
import { rectA1 } from "./a1";
import type { AssumptionsLayout } from "./assumptions";
import { type DailyKgiLayout, hitProbabilityFormula } from "./daily-kgi";
import { buildFunnels, type FlagCell, type FunnelBlock } from "./dashboard-funnel";
import { formula, header, label, rect, SheetBuilder, text } from "./grid";
import { COL, kpiRow as kpiRowOf, statusColours, statusFormula } from "./kpi-row";
import { L } from "./labels";
import { checksHeader, logChecks } from "./log-checks";
import { acrossLogs, averageToDate, between, forRep, type LogRefs, toDate, type Where } from "./log-refs";
import { N } from "./names";
import { pickedOf, pickedRepsCell, type RepsLayout, repPickerRow, teamOrRep } from "./rep-view";
import { REPS_COL } from "./reps-sheet";
import type { NamedRangeSpec, NumberFormat } from "./spec";
import { stageKey, type TargetsLayout } from "./targets-sheet";
import { kgiFormatOf, shareFormat, unitFormat } from "./units";

export interface DashboardLayout {
  /** Row of each KPI in the KPI table, in plan order (0-based). */
  kpiRows: number[];
  kgiRow: number;
  /** Column indexes of the KPI table. */
  col: typeof COL;
  /** The flag cell of every stage but the last, and the stage it names. */
  bottlenecks: FlagCell[];
  /** Per stream, the cells of the bottleneck's cost and remedies under its funnel table. */
  funnels: FunnelBlock[];
  /** Row of each rep in the reps table (team order): name, target, to date, actual, achievement. */
  repRows: number[];
  /** Row of each period in the periods table: start, target, actual. */
  periodRows: number[];
  /** Row of the chance of reaching the KGI (its value in column 1). */
  chanceRow: number;
  /** Row of the rep picker (its input in column 1), null with no reps. */
  repViewRow: number | null;
}

/** The sheets the Dashboard reads its targets from. */
export interface DashboardSources {
  assumptions: AssumptionsLayout;
  targets: TargetsLayout;
  reps: RepsLayout;
  /** The KGI of each elapsed working day (Trends), for the chance of reaching the KGI. */
  daily: DailyKgiLayout;
}

export function buildDashboard(
  plan: Plan,
  { assumptions, targets, reps, daily }: DashboardSources,
  log: LogRefs,
  sheetName: string,
  names: NamedRangeSpec[],
): { sheet: SheetBuilder; layout: DashboardLayout } {
  const t = (x: Text) => pick(x, plan.locale);
  const s = new SheetBuilder("dashboard", sheetName);
  // Pixels. With the sidebar open at 1440 px, about 1,050 px of grid show: the eleven columns of the
  // KPI table add up to 1,048. Each header fits its column in both languages (~7 px a Latin
  // character, ~13 px a Japanese one, test/workbook/dashboard-widths.test.ts); column 5 holds
  // "Actual ÷ planned", column 6 "◀ ボトルネック"; money columns hold ¥120,000,000.
  s.spec.columnWidths = [166, 74, 88, 88, 82, 116, 102, 82, 82, 88, 80];
  const a1 = (row: number, col: number) => rectA1(rect(row, col), false);
  const status = statusFormula(t);

  s.line([text(plan.title, "title")]);
  const asOf = s.line([
    label(t(L.asOf)),
    { formula: "TODAY()", style: "input", format: "date" },
    text(t(L.asOfHint), "note"),
  ]);
  names.push({ name: N.asOf, sheet: "dashboard", rect: rect(asOf, 1) });
  // With no reps there is no one to pick: the Dashboard is the team's.
  const picker = plan.team.length > 0;
  const repViewRow = picker ? repPickerRow(s, t, names) : null;
  /** The team's figure, or the picked rep's from row k of the rep's block on the Reps sheet. */
  const orRep = (team: string, col: number, k: number) =>
    picker ? teamOrRep(team, pickedRepsCell(reps, col, k)) : team;
  const elapsed = s.line([
    label(t(L.elapsed)),
    formula(
      `IF(${N.asOf}<${N.periodStart},0,NETWORKDAYS.INTL(${N.periodStart},MIN(${N.asOf},${N.periodEnd}),${N.weekendMask},${N.holidays}))`,
      "integer",
    ),
  ]);
  names.push({ name: N.daysElapsed, sheet: "dashboard", rect: rect(elapsed, 1) });
  s.line([label(t(L.total)), formula(N.workdaysTotal, "integer")]);
  const remaining = s.line([
    label(t(L.remaining)),
    formula(`${N.workdaysTotal}-${N.daysElapsed}`, "integer"),
  ]);
  names.push({ name: N.daysRemaining, sheet: "dashboard", rect: rect(remaining, 1) });
  // The team's chance of reaching the KGI (daily-kgi.ts): blank while a rep is picked.
  const chance = hitProbabilityFormula(daily.values, N.kgiTarget);
  const chanceRow = s.line([
    label(t(L.hitProbability)),
    formula(picker ? teamOrRep(chance, '""') : chance, "percent"),
    text(t(L.hitProbabilityNote), "note"),
  ]);
  // How many log entries the Dashboard cannot count; filled in once the checks table below exists.
  const summaryRow = s.line([]);

  // KPI table: the KGI first, then every KPI.
  s.line(
    [
      L.kpi,
      L.tier,
      L.periodTarget,
      L.targetToDate,
      L.actualToDate,
      L.achievement,
      L.pace,
      L.forecast,
      L.gap,
      L.runRate,
      L.status,
    ].map((h) => header(t(h))),
  );
  const tableStart = s.row;
  // Money in whole units of the currency; a KGI that counts something (deals) is a count.
  const kgiFormat = kgiFormatOf(plan.kgi.unit);
  const kgiRow = kpiRowOf(
    s,
    {
      name: `KGI: ${plan.kgi.name}`,
      tier: "KGI",
      shape: "running",
      direction: "higher",
      target: orRep(N.kgiTarget, REPS_COL.target, 0),
      actual: orRep(toDate(log, "kgi"), REPS_COL.actual, 0),
      format: kgiFormat,
    },
    status,
  );
  const kpiRows = plan.kpis.map((k, i) => {
    const row = { name: k.name, tier: t(L.tiers[k.tier]), shape: kpiShape(k), direction: k.direction };
    const kpiRow = (
      r: typeof row & { target: string; actual: string; format: NumberFormat; dueShare?: string },
    ) =>
      kpiRowOf(
        s,
        {
          ...r,
          target: orRep(r.target, REPS_COL.target, i + 1),
          actual: orRep(r.actual, REPS_COL.actual, i + 1),
        },
        status,
      );
    const src = k.source;
    if ("manual" in src) {
      // A level is the average of the values entered so far; a running total their sum.
      const column = `kpi:${k.id}`;
      const percent = isPercentUnit(src.unit);
      // A percent column counts only fractions from 0 to 1 (100%); above is flagged, never guessed.
      const actual =
        row.shape === "level" ? averageToDate(log, column, percent ? 1 : undefined) : toDate(log, column);
      const format = unitFormat(src.unit, row.shape);
      return kpiRow({ ...row, target: N.manualTarget(k.id), actual, format });
    }
    if ("rateFrom" in src) {
      const next = rateStages(plan, src.stream, src.rateFrom).to?.id ?? "";
      const stage = (id: string) => toDate(log, `stage:${src.stream}.${id}`);
      const actual = `IFERROR(${stage(next)}/${stage(src.rateFrom)},"")`;
      return kpiRow({ ...row, target: N.rate(src.stream, src.rateFrom), actual, format: "percent" });
    }
    const actual = toDate(log, `stage:${src.stream}.${src.stage}`);
    // Ahead of its deals: the activity in the plan (the pipeline at the start is not logged in it),
    // due by the lead-time schedule.
    const lead = targets.lead[stageKey(src.stream, src.stage)];
    const required = N.required(src.stream, src.stage);
    const target = lead ? `${required}-${lead.pipeline}` : required;
    const due = lead ? { dueShare: lead.dueShare } : {};
    return kpiRow({ ...row, target, actual, format: "integer", ...due });
  });
  const tableRows = s.row - tableStart;
  s.spec.conditionalFormats.push(statusColours(t, rect(tableStart, COL.status, tableRows, 1)));
  s.skip();

  // Funnel per stream: required vs actual, planned vs actual conversion, the bottleneck, what it
  // costs and what to do (dashboard-funnel.ts).
  const { bottlenecks, funnels } = buildFunnels(s, plan, log, kgiFormat, picker ? targets : null);

  // Reps on the KGI, ranked.
  s.line([text(t(L.reps), "section")]);
  s.line(
    [L.rep, L.target, L.targetToDate, L.actualToDate, L.achievement, L.rank, L.status, L.rowsLogged].map(
      (h) => header(t(h)),
    ),
  );
  const repFirst = s.row;
  const achRange = rectA1(rect(repFirst, 4, plan.team.length, 1));
  const repRows = plan.team.map((_, i) => {
    const r = s.row;
    const [A, B, D, E] = [a1(r, 0), a1(r, 1), a1(r, 3), a1(r, 4)];
    s.line([
      formula(`INDEX(${N.teamNames},${i + 1})`),
      formula(targets.repKgi[i] as string, "currency"),
      formula(`IFERROR(${B}*${N.daysElapsed}/${N.workdaysTotal},0)`, shareFormat(kgiFormat)),
      formula(toDate(log, "kgi", forRep(A)), "currency"),
      formula(`IFERROR(${D}/${B},"")`, "percent"),
      formula(`IF(${E}="","",COUNTIF(${achRange},">"&${E})+1)`, "integer"),
      formula(status(`IFERROR(${D}/${a1(r, 2)},"")`)),
      formula(acrossLogs(log, { op: "rows", where: forRep(A) }), "integer"),
    ]);
    return r;
  });
  const repNames = plan.team.map((_, i) => rectA1(rect(repFirst + i, 0)));
  const rowsLogged = rectA1(rect(repFirst, 7, Math.max(plan.team.length, 1), 1));
  s.skip();

  // Periods on the KGI: target vs actual, charted.
  s.line([text(t(L.byPeriod), "section")]);
  const periodHeader = s.line([header(t(L.period)), header(t(L.target)), header(t(L.actual))]);
  // A period's actual runs through the as-of date, as everywhere else: a later period shows 0.
  const periodRows = assumptions.periods.map((p, i) => {
    const team = targets.periodKgi[i] as string;
    // A rep's part of a period: the period's team target × the rep's share of the KGI, unrounded.
    const repPart = `${team}*${pickedOf(targets.repKgi)}/${N.kgiTarget}`;
    const actual = (where: Where[]) => between(log, "kgi", p.start, `MIN(${p.end},${N.asOf})`, where);
    return s.line([
      formula(p.start, "date"),
      formula(picker ? teamOrRep(team, repPart) : team, "currency"),
      formula(picker ? teamOrRep(actual([]), actual(forRep(N.repView))) : actual([]), "currency"),
    ]);
  });
  s.spec.charts.push({
    kind: "column",
    title: t(L.chartPeriods),
    data: rect(periodHeader, 0, assumptions.periods.length + 1, 3),
    anchor: { row: periodHeader, col: 4 },
  });

  s.skip();

  // What cannot be counted in the log, and where the first of it is (BRIEF §3.5).
  s.line([text(t(L.checks), "section")]);
  s.line(checksHeader(t));
  const checks = logChecks(t, log.sheetName, log.columns, { names: repNames, rowsLogged }, a1, s.row);
  for (const c of checks) s.line(c.cells);
  const total = checks.map((c) => c.count).join("+") || "0";
  const [before, after] = t(L.checksSummary).split("{n}");
  s.put(summaryRow, 0, {
    formula: `IF(${total}>0,"${before}"&(${total})&"${after}","")`,
    style: "formula",
  });
  s.spec.conditionalFormats.push({
    rect: rect(summaryRow, 0),
    rules: [{ formula: `${a1(summaryRow, 0)}<>""`, fill: "warn" }],
  });

  names.push(
    { name: N.kgiActual, sheet: "dashboard", rect: rect(kgiRow, COL.actual) },
    { name: N.kgiAchievement, sheet: "dashboard", rect: rect(kgiRow, COL.achievement) },
    ...plan.kpis.flatMap((k, i) => [
      { name: N.kpiActual(k.id), sheet: "dashboard" as const, rect: rect(kpiRows[i] as number, COL.actual) },
      {
        name: N.kpiAchievement(k.id),
        sheet: "dashboard" as const,
        rect: rect(kpiRows[i] as number, COL.achievement),
      },
    ]),
  );
  s.spec.frozenRows = 1;
  return {
    sheet: s,
    layout: { kpiRows, kgiRow, col: COL, bottlenecks, funnels, repRows, periodRows, repViewRow, chanceRow },
  };
}
