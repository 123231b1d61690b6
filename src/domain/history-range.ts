// The team's own history of a rate: how many the log counted at a stage (n) and the share that went
// on to the next (the rate), with its 90% interval (conversion-range.ts). The wizard offers a rate
// from the log only when n is large enough to say something; the SMART lint compares a planned rate
// with the interval, since a rate a little above a short history is within its noise.
import { type ConversionRange, conversionRange } from "./conversion-range";
import type { Text } from "./i18n";

/**
 * The least count at a stage for the wizard to offer its rate: below 30 the 90% interval is wider
 * than most rates it would bound (n = 12, 3 converted: 10–49%), so the rate says little.
 */
export const MIN_HISTORY_COUNT = 30;

/** A rate as a stage's history shows it: the stage's count and the share that went on. */
export interface HistoryRate {
  rate: number | null;
  n: number;
}

/** Whether a rate from the log can become a planned rate: enough counted, and a rate a plan allows. */
export function enoughHistory(h: HistoryRate): h is { rate: number; n: number } {
  return h.n >= MIN_HISTORY_COUNT && h.rate !== null && h.rate > 0 && h.rate <= 1;
}

/** The 90% interval of a stage's recorded history (historyRate over historyCount), or null without it. */
export function historyRange(stage: { historyRate?: number; historyCount?: number }): ConversionRange | null {
  const { historyRate, historyCount } = stage;
  if (historyRate === undefined || historyCount === undefined) return null;
  return conversionRange(historyCount, historyRate * historyCount);
}

/** 0.0607 → "6.1": a percent to one decimal, as the interval is read. */
export const percentOne = (x: number): string => (Math.round(x * 1000) / 10).toFixed(1);

/** "6.1–16.0% (n = 100)" / "6.1〜16.0%（n = 100）": an interval with the count behind it. */
export function rangeText(r: { low: number; high: number }, n: number): Text {
  const low = percentOne(r.low);
  const high = percentOne(r.high);
  return { ja: `${low}〜${high}%（n = ${n}）`, en: `${low}–${high}% (n = ${n})` };
}
