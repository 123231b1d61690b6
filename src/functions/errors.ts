import { bilingual, type Text } from "../domain/i18n";
import { MetricError, type MetricProblem } from "../domain/metrics";

/** The error Sheets shows in the cell: names the function and the argument, English then Japanese. */
export class FunctionArgumentError extends Error {
  constructor(fn: string, text: Text) {
    super(`${fn}: ${bilingual(text)}`);
    this.name = "FunctionArgumentError";
  }
}

/** How a domain argument (e.g. "startMrr") reads in a custom function (e.g. start_mrr, 期首MRR). */
export interface ArgumentName {
  param: string;
  /** The short Japanese noun of the parameter's description. */
  ja: string;
  /** Whole messages for a problem, when the default ("must not be 0 …") would not say what to change. */
  messages?: Partial<Record<MetricProblem, Text>>;
}

function defaultText(name: ArgumentName, e: MetricError): Text {
  const { param, ja } = name;
  if (e.problem === "zero")
    return { en: `${param} must not be 0 (division by zero)`, ja: `${ja}が0のため計算できません` };
  if (e.problem === "negative")
    return { en: `${param} must not be negative`, ja: `${ja}は0以上で指定してください` };
  // The domain's own detail ("must be a fraction above 0 and at most 1 (got 5)") follows its
  // argument: MetricError's constructor always writes "metric: argument detail".
  const detail = e.message.slice(`${e.metric}: ${e.argument} `.length);
  return { en: `${param} ${detail}`, ja: `${ja}の値が範囲外です` };
}

/**
 * Runs a domain calculation; a MetricError becomes a FunctionArgumentError that names the custom
 * function's own parameter. `names` maps the domain's argument names to the function's.
 */
export function translateMetricError<T>(fn: string, names: Record<string, ArgumentName>, calc: () => T): T {
  try {
    return calc();
  } catch (e) {
    if (!(e instanceof MetricError)) throw e;
    const name = names[e.argument] ?? { param: e.argument, ja: e.argument };
    throw new FunctionArgumentError(fn, name.messages?.[e.problem] ?? defaultText(name, e));
  }
}
