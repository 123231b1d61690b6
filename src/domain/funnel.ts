// Reverse calculation through the funnel (BRIEF §3.2): from the revenue goal down to the deals each
// stream must close, then up through each stage's conversion rate to the work at the top.
import { ceil, div, type Expr, evaluate, mul, ref } from "./formula";
import type { Plan, Stream } from "./plan-schema";

export type Rounding = "stage" | "end";

/** Names the rules refer to; the workbook maps each to a cell or a named range. */
export const funnelRef = {
  kgiTarget: "kgiTarget",
  share: "share",
  dealValue: "dealValue",
  /** the conversion rate of stage k (to stage k + 1) */
  rate: (k: number) => `rate${k}`,
  /** the required count of stage k, as already computed */
  required: (k: number) => `required${k}`,
} as const;

/** What each name of funnelRef stands for: values to evaluate a rule, or cells to render it. */
export interface FunnelRefs<T> {
  kgiTarget: T;
  share: T;
  dealValue: T;
  rate: (k: number) => T;
  required: (k: number) => T;
}

/** The thing a funnelRef name stands for. */
export function resolveFunnelRef<T>(name: string, refs: FunnelRefs<T>): T {
  if (name === funnelRef.kgiTarget) return refs.kgiTarget;
  if (name === funnelRef.share) return refs.share;
  if (name === funnelRef.dealValue) return refs.dealValue;
  const rate = /^rate(\d+)$/.exec(name);
  if (rate) return refs.rate(Number(rate[1]));
  const req = /^required(\d+)$/.exec(name);
  if (req) return refs.required(Number(req[1]));
  throw new Error(`unknown funnel reference ${name}`);
}

/** Deals before any rounding: goal × share ÷ deal value. */
const exactDeals: Expr = div(mul(ref(funnelRef.kgiTarget), ref(funnelRef.share)), ref(funnelRef.dealValue));

/**
 * The rule for stage k of a funnel of n stages (k = n − 1 is the deal stage).
 * "stage": every stage is a whole number someone acts on, ⌈next ÷ rate⌉.
 * "end": the exact chain goal × share ÷ deal value ÷ rates, one ceiling at the end.
 */
export function stageRule(k: number, n: number, rounding: Rounding): Expr {
  if (k === n - 1) return ceil(exactDeals);
  if (rounding === "stage") return ceil(div(ref(funnelRef.required(k + 1)), ref(funnelRef.rate(k))));
  let chain = exactDeals;
  for (let j = n - 2; j >= k; j--) chain = div(chain, ref(funnelRef.rate(j)));
  return ceil(chain);
}

export interface StageRequirement {
  id: string;
  name: string;
  /** Team total for the whole period. */
  required: number;
  /** Conversion to the next stage; undefined for the last stage. */
  rate: number | undefined;
}

export interface StreamRequirement {
  id: string;
  name: string;
  deals: number;
  revenue: number;
  stages: StageRequirement[];
}

export interface FunnelInput {
  kgiTarget: number;
  share: number;
  dealValue: number;
  /** Conversion of each stage to the next, top of the funnel first (n − 1 rates for n stages). */
  rates: readonly number[];
}

/** Required counts, top of the funnel first. */
export function requiredCounts(input: FunnelInput, rounding: Rounding = "stage"): number[] {
  const n = input.rates.length + 1;
  const counts: number[] = new Array(n).fill(0);
  const values = funnelValues(input, counts); // reads `counts` as it fills
  const value = (name: string): number => resolveFunnelRef(name, values);
  for (let k = n - 1; k >= 0; k--) counts[k] = evaluate(stageRule(k, n, rounding), value);
  return counts;
}

/** The values a stream's rules read: its inputs, and the required counts computed so far. */
export function funnelValues(input: FunnelInput, counts: readonly number[]): FunnelRefs<number> {
  return {
    kgiTarget: input.kgiTarget,
    share: input.share,
    dealValue: input.dealValue,
    rate: (k) => input.rates[k] as number,
    required: (k) => counts[k] as number,
  };
}

export function streamRequirement(plan: Plan, stream: Stream): StreamRequirement {
  const rates = stream.stages.slice(0, -1).map((s) => s.rate as number);
  const counts = requiredCounts(
    { kgiTarget: plan.kgi.target, share: stream.share, dealValue: stream.dealValue, rates },
    plan.rounding ?? "stage",
  );
  const deals = counts[counts.length - 1] as number;
  return {
    id: stream.id,
    name: stream.name,
    deals,
    revenue: deals * stream.dealValue,
    stages: stream.stages.map((s, k) => ({
      id: s.id,
      name: s.name,
      required: counts[k] as number,
      rate: s.rate,
    })),
  };
}

/** Every stream's required counts for the team and the whole period. */
export function planFunnel(plan: Plan): StreamRequirement[] {
  return plan.streams.map((s) => streamRequirement(plan, s));
}

/**
 * Forward: what a given amount of work at the top yields down the funnel (no rounding: expected
 * values), top first, and the revenue it brings.
 */
export function forwardFunnel(topCount: number, rates: readonly number[], dealValue: number) {
  const counts = [topCount];
  for (const r of rates) counts.push((counts[counts.length - 1] as number) * r);
  const deals = counts[counts.length - 1] as number;
  return { counts, deals, revenue: deals * dealValue };
}
