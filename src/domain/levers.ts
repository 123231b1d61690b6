// What-if levers (BRIEF §3.8 `levers`): for every stage-to-stage rate one percentage point more
// (capped at 100%), and for every deal value 10% more, how the plan changes — the top-of-funnel
// activity it requires (the funnel's own rounding, after minus before: negative is less work) and
// the KGI the plan's required top-of-funnel activity brings (expected values down the funnel, no
// rounding, after minus before). The largest lever is the one to talk about first.
// Each lever is a rule written as data (formula.ts): the funnel's own stage rules with the one input
// changed. planLevers evaluates it here; the Targets sheet renders it as live formulas.
import { add, type Expr, evaluate, min, mul, num, ref, sub, substitute } from "./formula";
import {
  funnelRef,
  funnelValues,
  type Rounding,
  resolveFunnelRef,
  stageRule,
  streamRequirement,
} from "./funnel";
import type { Plan } from "./plan";

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

/** The input a lever moves: the rate of stage k (to stage k + 1), or the deal value. */
export type LeverInput = { kind: "rate"; k: number } | { kind: "dealValue" };

/** The moved input in terms of the plan's own: MIN(rate + 1 pt, 100%), or deal value × 1.1. */
function moved(input: LeverInput): (name: string) => Expr | null {
  if (input.kind === "rate") {
    const rate = funnelRef.rate(input.k);
    return (name) => (name === rate ? min(add(ref(rate), num(RATE_STEP)), num(1)) : null);
  }
  return (name) => (name === funnelRef.dealValue ? mul(ref(name), num(1 + DEAL_VALUE_STEP)) : null);
}

/**
 * The top stage's required count as one rule: the stage rules written out from the top down to stage
 * `deepest`; the required counts below it stay references (a change there leaves them as they are).
 */
function topRule(n: number, rounding: Rounding, deepest: number): Expr {
  const expand = (k: number): Expr =>
    substitute(stageRule(k, n, rounding), (name) => {
      for (let j = k + 1; j <= deepest; j++) if (name === funnelRef.required(j)) return expand(j);
      return null;
    });
  return expand(0);
}

/** What the plan's required top-stage count brings: × each rate down the funnel, × deal value. */
function broughtRule(n: number): Expr {
  let e = ref(funnelRef.required(0));
  for (let k = 0; k < n - 1; k++) e = mul(e, ref(funnelRef.rate(k)));
  return mul(e, ref(funnelRef.dealValue));
}

/** A lever of a stream of n stages as rules over the funnel's names (funnelRef): after minus before. */
export function leverRules(input: LeverInput, n: number, rounding: Rounding): { activity: Expr; kgi: Expr } {
  const change = moved(input);
  const deepest = input.kind === "rate" ? input.k : n - 1;
  const brought = broughtRule(n);
  return {
    activity: sub(substitute(topRule(n, rounding, deepest), change), ref(funnelRef.required(0))),
    kgi: sub(substitute(brought, change), brought),
  };
}

/** A stream's levers in funnel order: each rate top first, then the deal value. */
export function streamLevers(stageIds: readonly string[]): { input: LeverInput; stage: string | null }[] {
  const rates = stageIds.slice(0, -1).map((stage, k) => ({ input: { kind: "rate", k } as const, stage }));
  return [...rates, { input: { kind: "dealValue" }, stage: null }];
}

/** Every lever of the plan, in plan order (each stream's rates top first, then its deal value). */
export function planLevers(plan: Plan): Lever[] {
  const rounding = plan.rounding ?? "stage";
  return plan.streams.flatMap((stream) => {
    const n = stream.stages.length;
    const counts = streamRequirement(plan, stream).stages.map((s) => s.required);
    const rates = stream.stages.slice(0, -1).map((s) => s.rate as number);
    const values = funnelValues(
      { kgiTarget: plan.kgi.target, share: stream.share, dealValue: stream.dealValue, rates },
      counts,
    );
    const value = (name: string) => resolveFunnelRef(name, values);
    return streamLevers(stream.stages.map((s) => s.id)).map(({ input, stage }): Lever => {
      const rules = leverRules(input, n, rounding);
      return {
        stream: stream.id,
        stage,
        kind: input.kind,
        change: input.kind === "rate" ? RATE_STEP : DEAL_VALUE_STEP,
        activity: evaluate(rules.activity, value),
        kgi: evaluate(rules.kgi, value),
      };
    });
  });
}

/** The levers by effect: most activity saved first, then most KGI gained. */
export function byEffect(levers: readonly Lever[]): Lever[] {
  return [...levers].sort((a, b) => a.activity - b.activity || b.kgi - a.kgi);
}
