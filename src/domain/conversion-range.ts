// How sure a conversion rate observed in the team's own log is: the rate with a score interval.
// Wilson's score interval for a proportion (to ≤ from: each of `from` either converted or not);
// when the later stage counts more than the earlier (two meetings per appointment), the rate is a
// count per unit, and the interval is the Poisson score interval for `to`, divided by `from`.
// Score intervals rather than rate ± z·SE: they stay inside [0, 1], are not empty at 0 or 1, and
// cover close to their confidence even for a few dozen rows.

/** The normal quantile Φ⁻¹(p) for 0 < p < 1 (Acklam's rational approximation, |ε| < 1.2e-9). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be between 0 and 1 (got ${p})`);
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const [a0, a1, a2, a3, a4, a5] = a as [number, number, number, number, number, number];
  const [b0, b1, b2, b3, b4] = b as [number, number, number, number, number];
  const [c0, c1, c2, c3, c4, c5] = c as [number, number, number, number, number, number];
  const [d0, d1, d2, d3] = d as [number, number, number, number];
  const low = 0.02425;
  const tail = (q: number) =>
    (((((c0 * q + c1) * q + c2) * q + c3) * q + c4) * q + c5) / ((((d0 * q + d1) * q + d2) * q + d3) * q + 1);
  if (p < low) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - low) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a0 * r + a1) * r + a2) * r + a3) * r + a4) * r + a5) * q) /
    (((((b0 * r + b1) * r + b2) * r + b3) * r + b4) * r + 1)
  );
}

export interface ConversionRange {
  /** to ÷ from. */
  rate: number;
  low: number;
  high: number;
}

/** The default confidence of the interval: 90%. */
export const DEFAULT_CONFIDENCE = 0.9;

/**
 * The observed rate to ÷ from and its two-sided interval at `confidence` (0 < confidence < 1).
 * null when from is 0 (no rate). Counts must be ≥ 0 (a RangeError names the one that is not).
 */
export function conversionRange(
  from: number,
  to: number,
  confidence = DEFAULT_CONFIDENCE,
): ConversionRange | null {
  if (!(from >= 0)) throw new RangeError("from");
  if (!(to >= 0)) throw new RangeError("to");
  if (!(confidence > 0 && confidence < 1)) throw new RangeError("confidence");
  if (from === 0) return null;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const z2 = z * z;
  if (to > from) {
    // Poisson score interval for the mean count behind `to`, per unit of `from`.
    const half = z * Math.sqrt(to + z2 / 4);
    return { rate: to / from, low: (to + z2 / 2 - half) / from, high: (to + z2 / 2 + half) / from };
  }
  const centre = (to + z2 / 2) / (from + z2);
  const half = (z * Math.sqrt((to * (from - to)) / from + z2 / 4)) / (from + z2);
  return { rate: to / from, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
