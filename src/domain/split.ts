// Sharing a whole-number target out over reps and periods.
//
// Rule (the plan's sheets and the command line): CUMULATIVE CEILING. With weights w and total T,
// the running target through part i is ⌈T × (w₁+…+wᵢ) ÷ Σw⌉, and part i is the difference of two
// running targets. So every part is a whole number, the parts add up to T exactly, and the running
// target to date never trails the pro-rata share: no part and no whole contradict each other.
//
// Targets: the team total is shared out twice, independently: over reps (team weights) and over
// periods (seasonality, by default working days). Each adds up to the team total. A rep's target
// to date is pro rata by working days (BRIEF §3.3), so no rep × period table is needed.
//
// KPI_SPLIT, the custom function, keeps its own public contract (largest remainder, ties to the
// earlier): see largestRemainder below.
import { roundDown, roundUp, spreadsheetValue } from "./ceiling";
import { ceil, div, type Expr, mul, ref, sub } from "./formula";

export const splitRef = {
  total: "total",
  cumulative: "cumulative",
  previous: "previousCumulative",
  weightSum: "weightSum",
};

/** Part i = ⌈T × cumᵢ ÷ Σw⌉ − ⌈T × cumᵢ₋₁ ÷ Σw⌉. */
export const partRule: Expr = sub(
  ceil(div(mul(ref(splitRef.total), ref(splitRef.cumulative)), ref(splitRef.weightSum))),
  ceil(div(mul(ref(splitRef.total), ref(splitRef.previous)), ref(splitRef.weightSum))),
);

/** The running target through each part: ⌈T × cumᵢ ÷ Σw⌉. */
export const runningRule: Expr = ceil(
  div(mul(ref(splitRef.total), ref(splitRef.cumulative)), ref(splitRef.weightSum)),
);

export function cumulativeSums(weights: readonly number[]): number[] {
  const out: number[] = [];
  let sum = 0;
  for (const w of weights) {
    sum += w;
    out.push(sum);
  }
  return out;
}

/** Whole-number parts of `total` in the shape of `weights`, by cumulative ceiling. */
export function splitCumulative(total: number, weights: readonly number[]): number[] {
  const cum = cumulativeSums(weights);
  const weightSum = cum[cum.length - 1] ?? 0;
  if (weightSum <= 0) return weights.map(() => 0);
  let previous = 0;
  return cum.map((c) => {
    // Same operations, same order as runningRule renders in the sheets.
    const running = roundUp((total * c) / weightSum);
    const part = running - previous;
    previous = running;
    return part;
  });
}

/**
 * Largest remainder: ⌊T × wᵢ ÷ Σw⌋ each, then one more to the parts with the largest remainders
 * (ties to the earlier) until the parts add up to T. The contract of KPI_SPLIT (BRIEF §3.4).
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((s, w) => s + w, 0);
  if (weightSum <= 0) return weights.map(() => 0);
  const quotas = weights.map((w) => (total * w) / weightSum);
  const parts = quotas.map((q) => roundDown(q));
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = quotas
    .map((q, i) => ({ i, remainder: spreadsheetValue(q - (parts[i] as number)) }))
    // sort is stable (ES2019), so ties keep index order: ties to the earlier.
    .sort((a, b) => b.remainder - a.remainder);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] as number) + 1;
    left--;
  }
  return parts;
}
