// A conversion rate runs from one stage of a stream to the next: the pair is looked up here once for
// the sheets' KPI rows, the status report, the rate's kind and the sidebar's levers.
import type { Plan, Stage } from "./plan-schema";

/** The stage a rate starts from and the one after it; undefined where the plan has no such stage. */
export function rateStages(plan: Plan, streamId: string, fromId: string): { from?: Stage; to?: Stage } {
  const stages = plan.streams.find((s) => s.id === streamId)?.stages ?? [];
  const at = stages.findIndex((s) => s.id === fromId);
  return at < 0 ? {} : { from: stages[at], to: stages[at + 1] };
}
