// The live reverse calculation: required counts per stage and what each rep must do per working
// day, by the domain's own arithmetic (planTargets). While later steps are still empty (no team
// yet, no KPIs), it stands in neutral values for them so the funnel shows as soon as it can.
import { type Plan, parsePlan } from "../domain/plan";
import { planTargets } from "../domain/targets";
import type { PlanInput } from "./plan-build";

export interface CalcStage {
  streamId: string;
  streamName: string;
  stageId: string;
  stageName: string;
  /** Team total for the whole period. */
  required: number;
  /** Least and most per rep per working day (they differ when reps have different weights). */
  perDay: [number, number];
}

export type Calc =
  | {
      ok: true;
      stages: CalcStage[];
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

export function reverseCalc(input: PlanInput, parsed?: Plan | null): Calc {
  const found = parsed ? { plan: parsed, teamMissing: false } : firstParsing(input);
  if (!found) return { ok: false };
  const t = planTargets(found.plan);
  const streamName = new Map(found.plan.streams.map((s) => [s.id, s.name]));
  return {
    ok: true,
    workingDays: t.workingDaysTotal,
    reps: found.plan.team.length,
    teamMissing: found.teamMissing,
    stages: t.stages.map((s) => ({
      streamId: s.streamId,
      streamName: streamName.get(s.streamId) ?? "",
      stageId: s.stageId,
      stageName: s.name,
      required: s.team,
      perDay: [Math.min(...s.perRepPerWorkingDay), Math.max(...s.perRepPerWorkingDay)],
    })),
  };
}
