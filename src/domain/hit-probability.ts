// The chance of reaching the KGI (issue 17): the sum so far plus what the remaining working days
// bring, each remaining day a draw from the team's own daily results. The daily results' mean and
// spread are estimated from the days elapsed, and that estimate is uncertain too: the remaining
// total's predictive distribution is Student's t with n − 1 degrees of freedom around
// remaining × mean, scaled by s·√(remaining + remaining²/n) — the first term is the days' own
// spread, the second the doubt about the mean. The Dashboard computes the same with T.DIST.

import { studentTCdf } from "./student-t";

/** Fewer elapsed working days than this say too little about a day's spread: no probability. */
export const MIN_ELAPSED_DAYS = 5;

/**
 * The probability that sum(daily) plus `remaining` more working days reaches `target`.
 * 1 when it is already reached; null with fewer than MIN_ELAPSED_DAYS days and the target not
 * reached; 0 when no day remains. A series with no spread (every day the same) projects exactly.
 */
export function hitProbability(target: number, daily: readonly number[], remaining: number): number | null {
  const n = daily.length;
  const sum = daily.reduce((s, x) => s + x, 0);
  if (sum >= target) return 1;
  if (n < MIN_ELAPSED_DAYS) return null;
  if (remaining <= 0) return 0;
  const mean = sum / n;
  const squares = daily.reduce((s, x) => s + (x - mean) ** 2, 0);
  const sd = Math.sqrt(squares / (n - 1));
  const shortfall = target - sum - remaining * mean;
  if (sd === 0) return shortfall <= 0 ? 1 : 0;
  // √(m + m²/n) as √m·√(1 + m/n): the same, without m² overflowing to Infinity for m near 1e154.
  const t = shortfall / (sd * Math.sqrt(remaining) * Math.sqrt(1 + remaining / n));
  return 1 - studentTCdf(t, n - 1);
}
