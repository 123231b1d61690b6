// The team's own conversion rates, for the wizard's "Use my team's rates": every stage-to-stage rate
// the Actuals log shows, with its 90% interval, for the team and for each rep. The log is read by the
// same code as `status` and the Dashboard (log-entries.ts, tally.ts, calibration.ts); the window is
// the whole log, every dated row, before the plan's period too: history is what came before.
import type { IsoDate } from "../calendar-dates";
import type { Plan } from "../plan-schema";
import { type Calibration, statusCalibration } from "./calibration";
import { type LogSheet, readLog } from "./log-entries";
import { Tally, type Window } from "./tally";

/** A stage's rate from the log, and the stage it converts to (the rate fits a plan only there). */
export interface StageHistory extends Calibration {
  next: string;
}

export interface TeamRates {
  /** Dated rows of the log that were read. */
  rows: number;
  /** Cells that could not be counted (text in a count column, a date that is not one…). */
  unreadable: number;
  team: StageHistory[];
  reps: { name: string; stages: StageHistory[] }[];
}

const EVER: { start: IsoDate; end: IsoDate } = { start: "0000-01-01", end: "9999-12-31" };

export function teamRates(plan: Plan, log: LogSheet): TeamRates {
  const read = readLog(
    log,
    EVER,
    plan.team.map((m) => m.name),
  );
  const tally = new Tally(read.entries);
  const nextOf = new Map(
    plan.streams.flatMap((st) =>
      st.stages.slice(0, -1).map((s, k) => [`${st.id}.${s.id}`, st.stages[k + 1]?.id ?? ""]),
    ),
  );
  const stages = (w: Window): StageHistory[] =>
    statusCalibration(plan.streams, (stream, stage) => tally.sum(`stage:${stream}.${stage}`, w)).map((c) => ({
      ...c,
      next: nextOf.get(`${c.stream}.${c.stage}`) ?? "",
    }));
  const all: Window = { from: EVER.start, to: EVER.end };
  return {
    rows: read.entries.length,
    // A rep not in the team still counts for the team: only what was not counted is reported.
    unreadable: read.unreadable.filter((u) => u.why !== "rep_unknown").length,
    team: stages(all),
    reps: plan.team.map((m) => ({ name: m.name, stages: stages({ ...all, rep: m.name }) })),
  };
}
