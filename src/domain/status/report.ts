// `kpi-designer status` (BRIEF §3.8): the Dashboard's numbers without a spreadsheet. Every measure
// comes from the same expressions the sheets render (kpi-progress.ts), every target from the same
// split (targets.ts), every actual by the same criteria (log-entries.ts, tally.ts), so the two can
// be tested against each other.
import { workingDays } from "../calendar";
import type { IsoDate } from "../calendar-dates";
import { hitProbability } from "../hit-probability";
import type { Text } from "../i18n";
import { kpiShape, progress, type Shape, sheetTarget } from "../kpi-progress";
import { dueShare } from "../lead-time";
import { type Lever, planLevers } from "../levers";
import { DEFAULT_THRESHOLDS, type Kpi, type Plan, planCalendar } from "../plan";
import { rateStages } from "../rate-stages";
import { type PlanTargets, planTargets } from "../targets";
import { type Calibration, statusCalibration } from "./calibration";
import { dailyActuals } from "./daily";
import { type StatusFunnel, statusFunnel } from "./funnel-status";
import { stageLogKey, type Unreadable } from "./log-entries";
import type { Tally, Window } from "./tally";

export type KpiStatus = "on_track" | "watch" | "behind";

export interface Progress {
  target: number;
  targetToDate: number | null;
  actual: number | null;
  achievement: number | null;
  pace: number | null;
}

export interface StatusReport {
  asOf: IsoDate;
  /** hitProbability: the chance of reaching the KGI (domain/hit-probability), null before 5 working days. */
  kgi: Progress & { forecast: number | null; hitProbability: number | null };
  kpis: (Progress & { id: string; name: string; status: KpiStatus | null })[];
  reps: {
    name: string;
    kgi: Progress & { hitProbability: number | null };
    kpis: (Progress & { id: string })[];
  }[];
  periods: {
    start: IsoDate;
    end: IsoDate;
    kgi: { target: number; actual: number };
    stages: { stream: string; stage: string; target: number; actual: number }[];
  }[];
  funnel: StatusFunnel["funnel"];
  bottleneck: StatusFunnel["bottleneck"];
  /** Each stage-to-stage rate in the log through as-of, with its 90% interval. */
  calibration: Calibration[];
  /** What one point of each rate, or 10% of each deal value, would change in the plan. */
  levers: Lever[];
  unreadable: Unreadable[];
}

export interface StatusInput {
  plan: Plan;
  tally: Tally;
  unreadable: Unreadable[];
  asOf: IsoDate;
  /** The remedies for a low rate from a stage (the playbook). */
  actionsFor?: (streamId: string, stageId: string) => Text[];
}

export function statusReport(input: StatusInput): StatusReport {
  const { plan, tally, asOf } = input;
  const targets = planTargets(plan);
  const cal = planCalendar(plan);
  const { start, end } = plan.period;
  // The Dashboard's working days: none elapsed before the start (an empty range counts 0), all of
  // them after the end.
  const through = asOf < end ? asOf : end;
  const elapsed = workingDays(start, through, cal);
  const total = targets.workingDaysTotal;
  const days = { elapsed, total, remaining: total - elapsed };
  const thresholds = plan.thresholds ?? DEFAULT_THRESHOLDS;
  const toDate: Window = { from: start, to: asOf };

  /**
   * One row of measures; a level with nothing entered yet shows only its target, as the sheet does.
   * `due`: the share of the target due to date, for a stage that falls due ahead of its deals.
   * progress() already gives null for a division by zero or anything not finite.
   */
  const row = (
    shape: Shape,
    direction: Kpi["direction"],
    target: number,
    actual: number | null,
    due?: number,
  ) => {
    const p = progress(shape, direction, {
      target,
      actual: actual ?? 0,
      ...days,
      ...(due === undefined ? {} : { dueShare: due }),
    });
    const none = actual === null;
    return {
      progress: {
        target,
        // A level's target to date is its target: progress() gives it so.
        targetToDate: p.targetToDate ?? 0,
        actual,
        achievement: none ? null : p.achievement,
        pace: none ? null : p.pace,
      },
      forecast: none ? null : p.forecast,
      basis: none ? null : p.status,
    };
  };
  const status = (basis: number | null): KpiStatus | null =>
    basis === null
      ? null
      : basis >= thresholds.good
        ? "on_track"
        : basis >= thresholds.warn
          ? "watch"
          : "behind";

  /** A KPI's target and actual for the team (rep undefined) or one rep (its index in the team). */
  const kpiFigures = (
    k: Kpi,
    w: Window,
    repIndex?: number,
  ): { target: number; actual: number | null; due?: number } => {
    const src = k.source;
    if ("manual" in src) {
      const key = `kpi:${k.id}`;
      const level = kpiShape(k) === "level";
      const whole = sheetTarget(src);
      const weights = targets.repWeights;
      const weightSum = weights.reduce((s, x) => s + x, 0);
      const target = repIndex === undefined || level ? whole : (whole * (weights[repIndex] ?? 0)) / weightSum;
      return { target, actual: level ? tally.average(key, w) : tally.sum(key, w) };
    }
    if ("rateFrom" in src) {
      const { from: fromStage, to: next } = rateStages(plan, src.stream, src.rateFrom);
      const from = tally.sum(stageLogKey(src.stream, src.rateFrom), w);
      const to = tally.sum(stageLogKey(src.stream, next?.id ?? ""), w);
      return { target: fromStage?.rate ?? 0, actual: from === 0 ? null : to / from };
    }
    const t = targets.stages.find((s) => s.streamId === src.stream && s.stageId === src.stage);
    const pipeline = t?.pipelineAtStart ?? 0;
    // Ahead of its deals, a stage's target is the activity in the plan (the pipeline at the start
    // is not logged in it), due by the lead-time schedule.
    const target = repIndex === undefined ? (t?.team ?? 0) - pipeline : (t?.perRep[repIndex] ?? 0);
    const actual = tally.sum(stageLogKey(src.stream, src.stage), w);
    if (!t || t.leadDays === 0) return { target, actual };
    const due = dueShare({
      required: t.team,
      pipelineAtStart: pipeline,
      offset: t.leadDays,
      asOf,
      start,
      end,
      workdaysTotal: total,
      cal,
    });
    return { target, actual, due };
  };

  const kgi = row("running", "higher", plan.kgi.target, tally.sum("kgi", toDate));
  const dailyOf = (rep?: string) => dailyActuals(tally, "kgi", start, through, cal, rep);
  const kpis = plan.kpis.map((k) => {
    const f = kpiFigures(k, toDate);
    const r = row(kpiShape(k), k.direction, f.target, f.actual, f.due);
    return { id: k.id, name: k.name, ...r.progress, status: status(r.basis) };
  });
  const reps = plan.team.map((m, i) => {
    const w = { ...toDate, rep: m.name };
    return {
      name: m.name,
      kgi: {
        ...row("running", "higher", targets.kgiPerRep[i] ?? 0, tally.sum("kgi", w)).progress,
        hitProbability: hitProbability(targets.kgiPerRep[i] ?? 0, dailyOf(m.name), days.remaining),
      },
      kpis: plan.kpis.map((k) => {
        const f = kpiFigures(k, w, i);
        return { id: k.id, ...row(kpiShape(k), k.direction, f.target, f.actual, f.due).progress };
      }),
    };
  });
  // A period's actuals run through as-of: a period after it has none yet.
  const periods = targets.periods.map((p, i) => {
    const w: Window = { from: p.start, to: asOf < p.end ? asOf : p.end };
    return {
      start: p.start,
      end: p.end,
      kgi: { target: targets.kgiPerPeriod[i] ?? 0, actual: tally.sum("kgi", w) },
      stages: targets.stages.map((s) => ({
        stream: s.streamId,
        stage: s.stageId,
        target: s.perPeriod[i] ?? 0,
        actual: tally.sum(stageLogKey(s.streamId, s.stageId), w),
      })),
    };
  });
  const actualOf = (stream: string, stage: string) => tally.sum(stageLogKey(stream, stage), toDate);
  const funnel = withPipeline(statusFunnel(plan, targets.streams, actualOf, input.actionsFor), targets);
  return {
    asOf,
    kgi: {
      ...kgi.progress,
      forecast: kgi.forecast,
      hitProbability: hitProbability(plan.kgi.target, dailyOf(), days.remaining),
    },
    kpis,
    reps,
    periods,
    ...funnel,
    calibration: statusCalibration(targets.streams, actualOf),
    levers: planLevers(plan),
    unreadable: input.unreadable,
  };
}

/** A stream with lead time: each stage's days ahead of its deals and the pipeline needed at the start. */
function withPipeline(f: StatusFunnel, targets: PlanTargets): StatusFunnel {
  const leadStreams = new Set(targets.stages.filter((s) => s.leadDays > 0).map((s) => s.streamId));
  const funnel = f.funnel.map((e) => {
    const t = targets.stages.find((s) => s.streamId === e.stream && s.stageId === e.stage);
    return t && leadStreams.has(e.stream)
      ? { ...e, leadDays: t.leadDays, pipelineAtStart: t.pipelineAtStart }
      : e;
  });
  return { ...f, funnel };
}
