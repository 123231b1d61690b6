// Which number format a value gets, from what it measures: money in whole units of its currency,
// counts whole, percents as percent, anything else (days, a score) with decimals. A count's share of
// the period so far (target to date, what is needed a day) is a fraction: it shows one decimal.
import { isPercentUnit, type Shape } from "../domain/kpi-progress";
import type { NumberFormat } from "./spec";

/** A currency code or sign, as people write a unit: JPY, 円, ¥, USD, $, EUR, € … */
const MONEY_UNIT = /^(?:jpy|usd|eur|gbp|cny|krw|aud|cad|円|ドル|ユーロ|¥|￥|\$|€|£|yen|dollars?|euros?)$/i;
/** A unit that counts things: 件, 社, 人, 回, 個, 本, 台, 枚, 通, count(s). */
const COUNT_UNIT = /^(?:件|社|人|名|回|個|本|台|枚|通|counts?)$/i;

export function isMoneyUnit(unit: string | undefined): boolean {
  return MONEY_UNIT.test(unit?.trim() ?? "");
}

/** The KGI in whole units of the currency, or a count (deals) when it counts something. */
export function kgiFormatOf(unit: string | undefined): "currency" | "integer" {
  return isMoneyUnit(unit) ? "currency" : "integer";
}

export function isCountUnit(unit: string | undefined): boolean {
  return COUNT_UNIT.test(unit?.trim() ?? "");
}

/**
 * The format of a KPI's target and actuals, from its unit: percent, money (whole), a running count
 * (whole), else decimals — an average of counts or a duration in days has fractions that matter.
 */
export function unitFormat(unit: string | undefined, shape: Shape): NumberFormat {
  if (isPercentUnit(unit)) return "percent";
  if (isMoneyUnit(unit)) return "currency";
  if (isCountUnit(unit) && shape === "running") return "integer";
  return "decimal";
}

/**
 * The format of a running KPI's target to date and of what is needed a day: a fraction of the
 * period's target. Money stays whole; a count shows one decimal ("8,798.3", not "8,798.25"); the rest
 * keep their own format.
 */
export function shareFormat(format: NumberFormat): NumberFormat {
  return format === "integer" ? "tenths" : format;
}
