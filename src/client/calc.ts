// The live reverse calculation: required counts per stage and what each rep must do per working
// day, by the domain's own arithmetic (planTargets) and its day guide (whole units from one a day
// up, "one every N working days" below). While later steps are still empty (no team
// yet, no KPIs), it stands in neutral values for them so the funnel shows as soon as it can.
import { type DayGuide, dayGuide } from "../domain/day-guide";
import { byEffect, type Lever, planLevers } from "../domain/levers";
import { type Plan, parsePlan } from "../domain/plan";
import { rateStages } from "../domain/rate-stages";
import { planTargets } from "../domain/targets";
import type { PlanInput } from "./plan-build";

export interface CalcStage {
  streamId: string;
  streamName: string;
  stageId: string;
  stageName: string;
  /** Team total for the whole period. */
  required: number;
  /** Each rep's total, in team order (one stand-in rep while no team is entered: the team's total). */
  perRep: number[];
  /**
   * What one rep does per working day (dayGuide): the busiest rep's, when reps differ. While no team
   * is entered, the whole team's.
   */
  day: DayGuide;
  /** The reps' guides differ (weights): `day` is the busiest rep's. */
  varies: boolean;
  /** Lead time: days ahead of the deals, and what must be in the pipeline at the start (0: none). */
  leadDays: number;
  pipelineAtStart: number;
}

/** A what-if lever with the names it is told by (src/domain/levers.ts). */
export interface CalcLever extends Lever {
  /** The rate's two stages (empty for a deal value), and the top stage whose activity it saves. */
  fromName: string;
  toName: string;
  topName: string;
}

export type Calc =
  | {
      ok: true;
      stages: CalcStage[];
      /** Every lever, the biggest first. */
      levers: CalcLever[];
      workingDays: number;
      reps: number;
      /** No team yet: per-day figures are for one person doing all of it. */
      teamMissing: boolean;
    }
  | { ok: false };

function standIn(input: PlanInput, withTeam: boolean, withCalendar: boolean): PlanInput {
  const kgi = (input.kgi ?? {}) as Record<string, unknown>;
  const probe: PlanInput = {
    ...input,
    title: "-",
    kgi: { ...kgi, name: "-", unit: "-" },
    kfs: [],
    kpis: [],
  };
  if (!withTeam) probe.team = [{ name: "-" }];
  if (!withCalendar) delete probe.calendar;
  delete probe.seasonality;
  return probe;
}

function firstParsing(input: PlanInput): { plan: Plan; teamMissing: boolean } | null {
  const whole = parsePlan(input);
  if (whole.ok) return { plan: whole.plan, teamMissing: false };
  for (const [withTeam, withCalendar] of [
    [true, true],
    [false, true],
    [false, false],
  ] as const) {
    const r = parsePlan(standIn(input, withTeam, withCalendar));
    if (r.ok) return { plan: r.plan, teamMissing: !withTeam };
  }
  return null;
}

const same = (a: DayGuide, b: DayGuide) => JSON.stringify(a) === JSON.stringify(b);

/** The guide of the rep with the largest total, and whether any rep's guide differs from it. */
export function busiest(perRep: readonly number[], workingDays: number): { day: DayGuide; varies: boolean } {
  const guides = perRep.map((total) => dayGuide(total, workingDays));
  const most = perRep.reduce((best, total, i) => (total > (perRep[best] ?? -Infinity) ? i : best), 0);
  const day = guides[most] ?? dayGuide(0, workingDays);
  return { day, varies: guides.some((g) => !same(g, day)) };
}

export function reverseCalc(input: PlanInput, parsed?: Plan | null): Calc {
  const found = parsed ? { plan: parsed, teamMissing: false } : firstParsing(input);
  if (!found) return { ok: false };
  const t = planTargets(found.plan);
  const streamName = new Map(found.plan.streams.map((s) => [s.id, s.name]));
  const levers = byEffect(planLevers(found.plan)).map((l) => {
    const { from, to } = rateStages(found.plan, l.stream, l.stage ?? "");
    return {
      ...l,
      fromName: from?.name ?? "",
      toName: to?.name ?? "",
      topName: found.plan.streams.find((s) => s.id === l.stream)?.stages[0]?.name ?? "",
    };
  });
  return {
    ok: true,
    levers,
    workingDays: t.workingDaysTotal,
    reps: found.plan.team.length,
    teamMissing: found.teamMissing,
    stages: t.stages.map((s) => ({
      streamId: s.streamId,
      streamName: streamName.get(s.streamId) ?? "",
      stageId: s.stageId,
      stageName: s.name,
      required: s.team,
      perRep: s.perRep,
      ...busiest(s.perRep, t.workingDaysTotal),
      leadDays: s.leadDays,
      pipelineAtStart: s.pipelineAtStart,
    })),
  };
}
