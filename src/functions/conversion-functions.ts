import { conversion as conversionRate } from "../domain/metrics";
import { type CallContext, mapRows } from "./args";
import { translateMetricError } from "./errors";
import type { FunctionSpec } from "./spec";

export function conversionFunctions(ctx: () => CallContext): FunctionSpec[] {
  const conversion: FunctionSpec = {
    name: "KPI_CONVERSION",
    params: [
      {
        name: "from_count",
        type: "number",
        sign: "positive",
        description: { en: "count at the earlier stage", ja: "前段階の件数" },
      },
      {
        name: "to_count",
        type: "number",
        sign: "nonNegative",
        description: { en: "count at the later stage", ja: "次段階の件数" },
      },
    ],
    description: {
      en: "Conversion rate from one funnel stage to the next: to_count ÷ from_count.",
      ja: "ファネルの段階間の転換率（次段階の件数 ÷ 前段階の件数）。",
    },
    returns: { en: "a fraction (0.25 = 25%)", ja: "小数（0.25 = 25%）" },
    example: "=KPI_CONVERSION(400, 100)",
    exampleResult: "0.25",
    run: (...args) =>
      mapRows(conversion.name, conversion.params, args, ctx(), ([from, to]) =>
        translateMetricError(conversion.name, { from: { param: "from_count", ja: "前段階の件数" } }, () =>
          conversionRate(from as number, to as number),
        ),
      ),
  };
  return [conversion];
}
