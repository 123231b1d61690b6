// Targets per rep and per period for every stream stage, by the rule in split.ts.

import { type Period, workingDays } from "./calendar";
import { roundUp } from "./ceiling";
import { planFunnel, type StreamRequirement } from "./funnel";
import { type DealSchedule, leadSplit, stageLeadDays } from "./lead-time";
import { planCalendar, planPeriods } from "./plan";
import type { Plan } from "./plan-schema";
import { cumulativeSums, splitCumulative } from "./split";

export interface StageTargets {
  streamId: string;
  stageId: string;
  name: string;
  /** Team total for the whole period (the REQ_<stream>_<stage> named range). */
  team: number;
  /** Each rep's total, in team order; adds up to `team` less `pipelineAtStart`. */
  perRep: number[];
  /** The team's target in each period; adds up to `team` less `pipelineAtStart`. */
  perPeriod: number[];
  /** Calendar days before its deals this stage falls due (lead-time.ts); 0 without lead time. */
  leadDays: number;
  /** What must be in the pipeline before the plan starts; 0 without lead time. */
  pipelineAtStart: number;
  /** A guide: ⌈rep total ÷ working days of the plan⌉ for each rep. */
  perRepPerWorkingDay: number[];
}

export interface PlanTargets {
  periods: Period[];
  /** Working days in each period. */
  periodWorkingDays: number[];
  /** Weights the periods share targets by: seasonality, or working days. */
  periodWeights: number[];
  workingDaysTotal: number;
  repWeights: number[];
  /** The KGI shared over reps and over periods by the same rule (whole units, rounded up). */
  kgiPerRep: number[];
  kgiPerPeriod: number[];
  streams: StreamRequirement[];
  stages: StageTargets[];
}

export function planTargets(plan: Plan): PlanTargets {
  const periods = planPeriods(plan);
  const cal = planCalendar(plan);
  const periodWorkingDays = periods.map((p) => workingDays(p.start, p.end, cal));
  const periodWeights = plan.seasonality ?? periodWorkingDays;
  const workingDaysTotal = periodWorkingDays.reduce((s, d) => s + d, 0);
  const repWeights = plan.team.map((m) => m.weight ?? 1);
  const streams = planFunnel(plan);
  const schedule: DealSchedule = {
    start: plan.period.start,
    end: plan.period.end,
    periods,
    weights: periodWeights,
    cumulative: cumulativeSums(periodWeights),
    periodWorkingDays,
    cal,
  };
  const stages = streams.flatMap((stream, si) =>
    stream.stages.map((stage, k) => {
      const n = stream.stages.length;
      const leadDays = stageLeadDays(plan.streams[si]?.leadTimeDays, k, n);
      // A stage due ahead of its deals: the pipeline at the start is not the plan's to do, so reps
      // share only the activity in the plan.
      const lead = leadDays > 0 ? leadSplit(stage.required, leadDays, schedule) : null;
      const pipelineAtStart = lead?.pipelineAtStart ?? 0;
      const perRep = splitCumulative(stage.required - pipelineAtStart, repWeights);
      return {
        streamId: stream.id,
        stageId: stage.id,
        name: stage.name,
        team: stage.required,
        perRep,
        perPeriod: lead?.perPeriod ?? splitCumulative(stage.required, periodWeights),
        perRepPerWorkingDay: perRep.map((t) => (workingDaysTotal > 0 ? roundUp(t / workingDaysTotal) : 0)),
        leadDays,
        pipelineAtStart,
      };
    }),
  );
  return {
    periods,
    periodWorkingDays,
    periodWeights,
    workingDaysTotal,
    repWeights,
    kgiPerRep: splitCumulative(plan.kgi.target, repWeights),
    kgiPerPeriod: splitCumulative(plan.kgi.target, periodWeights),
    streams,
    stages,
  };
}

export function stageTargets(
  targets: PlanTargets,
  streamId: string,
  stageId: string,
): StageTargets | undefined {
  return targets.stages.find((s) => s.streamId === streamId && s.stageId === stageId);
}
