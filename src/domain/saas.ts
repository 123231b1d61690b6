// SaaS metrics for recurring-revenue teams: MRR movement, churn, NRR/GRR, LTV, CAC payback and the
// quick ratio. Amounts are per month in the plan's currency; rates are fractions (5% = 0.05).
// Money and counts below 0 and rates outside (0, 1] are input mistakes, so they throw MetricError
// rather than give a number that looks plausible.
import { MetricError, nonZero } from "./metrics";

function amount(metric: string, argument: string, value: number): number {
  if (value < 0) throw new MetricError(metric, argument, "negative");
  return value;
}

function fraction(metric: string, argument: string, value: number): number {
  if (!(value > 0 && value <= 1)) {
    throw new MetricError(
      metric,
      argument,
      "range",
      `must be a fraction above 0 and at most 1 (got ${value})`,
    );
  }
  return value;
}

export interface MrrMovementInput {
  start: number;
  newMrr: number;
  expansion: number;
  contraction: number;
  churned: number;
}

export interface MrrMovement {
  /** MRR at the end of the month. */
  end: number;
  /** end − start: what the month added (negative when it lost). */
  net: number;
}

/** The MRR bridge: start + new + expansion − contraction − churned. */
export function mrrMovement(input: MrrMovementInput): MrrMovement {
  const m = "mrrMovement";
  const start = amount(m, "start", input.start);
  const net =
    amount(m, "newMrr", input.newMrr) +
    amount(m, "expansion", input.expansion) -
    amount(m, "contraction", input.contraction) -
    amount(m, "churned", input.churned);
  return { end: start + net, net };
}

/** Customers lost ÷ customers at the start of the period. */
export function customerChurnRate(lost: number, atStart: number): number {
  const m = "customerChurnRate";
  amount(m, "lost", lost);
  amount(m, "atStart", atStart);
  return lost / nonZero(m, "atStart", atStart);
}

/** Net revenue retention: (start + expansion − contraction − churned) ÷ start; new customers excluded. */
export function nrr(startMrr: number, expansion: number, contraction: number, churned: number): number {
  const m = "nrr";
  amount(m, "startMrr", startMrr);
  amount(m, "expansion", expansion);
  amount(m, "contraction", contraction);
  amount(m, "churned", churned);
  return (startMrr + expansion - contraction - churned) / nonZero(m, "startMrr", startMrr);
}

/** Gross revenue retention: (start − contraction − churned) ÷ start; expansion does not count. */
export function grr(startMrr: number, contraction: number, churned: number): number {
  const m = "grr";
  amount(m, "startMrr", startMrr);
  amount(m, "contraction", contraction);
  amount(m, "churned", churned);
  return (startMrr - contraction - churned) / nonZero(m, "startMrr", startMrr);
}

/** Customer lifetime value: ARPA × gross margin ÷ churn rate (per-month ARPA with monthly churn). */
export function ltv(arpa: number, churnRate: number, grossMargin = 1): number {
  const m = "ltv";
  amount(m, "arpa", arpa);
  // 0 churn is a zero divisor (an endless lifetime), reported as such rather than as out of range.
  nonZero(m, "churnRate", churnRate);
  fraction(m, "churnRate", churnRate);
  fraction(m, "grossMargin", grossMargin);
  return (arpa * grossMargin) / churnRate;
}

/** Months of gross profit from one customer to earn back what it cost to win: CAC ÷ (ARPA × margin). */
export function cacPayback(cac: number, arpa: number, grossMargin = 1): number {
  const m = "cacPayback";
  amount(m, "cac", cac);
  amount(m, "arpa", arpa);
  nonZero(m, "arpa", arpa);
  nonZero(m, "grossMargin", grossMargin);
  fraction(m, "grossMargin", grossMargin);
  return cac / (arpa * grossMargin);
}

/** MRR gained per MRR lost: (new + expansion) ÷ (contraction + churned); above 4 is strong growth. */
export function quickRatio(newMrr: number, expansion: number, contraction: number, churned: number): number {
  const m = "quickRatio";
  amount(m, "newMrr", newMrr);
  amount(m, "expansion", expansion);
  amount(m, "contraction", contraction);
  amount(m, "churned", churned);
  return (newMrr + expansion) / nonZero(m, "contraction + churned", contraction + churned);
}
