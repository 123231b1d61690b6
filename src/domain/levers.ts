// What-if levers (BRIEF §3.8 `levers`): for every stage-to-stage rate one percentage point more
// (capped at 100%), and for every deal value 10% more, how the plan changes — the top-of-funnel
// activity it requires (the funnel's own rounding, after minus before: negative is less work) and
// the KGI the plan's required top-of-funnel activity brings (expected values down the funnel, no
// rounding, after minus before). The largest lever is the one to talk about first.
import { forwardFunnel, streamRequirement } from "./funnel";
import type { Plan } from "./plan";
import type { Stream } from "./plan-schema";

export interface Lever {
  stream: string;
  /** The stage the rate converts from; null for a deal value. */
  stage: string | null;
  kind: "rate" | "dealValue";
  /** 0.01 for a rate (an absolute step), 0.1 for a deal value (a relative step). */
  change: number;
  /** Required top-stage count after the change minus before. */
  activity: number;
  /** KGI the plan's required top-stage count brings after the change minus before. */
  kgi: number;
}

export const RATE_STEP = 0.01;
export const DEAL_VALUE_STEP = 0.1;

const ratesOf = (s: Stream) => s.stages.slice(0, -1).map((g) => g.rate as number);

/** Every lever of the plan, in plan order (each stream's rates top first, then its deal value). */
export function planLevers(plan: Plan): Lever[] {
  return plan.streams.flatMap((stream) => {
    const before = streamRequirement(plan, stream);
    const top = before.stages[0]?.required ?? 0;
    const brought = (s: Stream) => forwardFunnel(top, ratesOf(s), s.dealValue).revenue;
    const lever = (stage: string | null, kind: Lever["kind"], change: number, after: Stream): Lever => ({
      stream: stream.id,
      stage,
      kind,
      change,
      activity: (streamRequirement(plan, after).stages[0]?.required ?? 0) - top,
      kgi: brought(after) - brought(stream),
    });
    const rates = stream.stages.slice(0, -1).map((g, k) => {
      const stages = stream.stages.map((x, j) =>
        j === k ? { ...x, rate: Math.min(1, (x.rate as number) + RATE_STEP) } : x,
      );
      return lever(g.id, "rate", RATE_STEP, { ...stream, stages });
    });
    const value = { ...stream, dealValue: stream.dealValue * (1 + DEAL_VALUE_STEP) };
    return [...rates, lever(null, "dealValue", DEAL_VALUE_STEP, value)];
  });
}

/** The levers by effect: most activity saved first, then most KGI gained. */
export function byEffect(levers: readonly Lever[]): Lever[] {
  return [...levers].sort((a, b) => a.activity - b.activity || b.kgi - a.kgi);
}
