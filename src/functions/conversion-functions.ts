import { conversionRange, DEFAULT_CONFIDENCE } from "../domain/conversion-range";
import { conversion as conversionRate } from "../domain/metrics";
import { type CallContext, mapRows } from "./args";
import { FunctionArgumentError } from "./errors";
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
    // from_count is "positive": mapRows refuses 0 before the domain could.
    run: (...args) =>
      mapRows(conversion.name, conversion.params, args, ctx(), ([from, to]) =>
        conversionRate(from as number, to as number),
      ),
  };
  const range: FunctionSpec = {
    name: "KPI_CONVERSION_RANGE",
    params: [
      {
        name: "from_count",
        type: "number",
        sign: "nonNegative",
        description: { en: "count at the earlier stage", ja: "前段階の件数" },
      },
      {
        name: "to_count",
        type: "number",
        sign: "nonNegative",
        description: { en: "count at the later stage", ja: "次段階の件数" },
      },
      {
        name: "confidence",
        type: "number",
        optional: true,
        description: { en: "confidence of the interval, default 0.9", ja: "区間の信頼度" },
      },
    ],
    description: {
      en: "The conversion rate observed in your own counts with its interval, one row [rate, low, high]: Wilson's score interval (Poisson's when to_count > from_count); blank when from_count is 0.",
      ja: "実績の件数から見た転換率とその区間を1行 [転換率, 下限, 上限] で返します（Wilsonのスコア区間。次段階が前段階より多いときはPoissonのスコア区間）。前段階が0なら空欄。",
    },
    returns: { en: "a row: rate, low, high (fractions)", ja: "1行：転換率・下限・上限（小数）" },
    example: "=KPI_CONVERSION_RANGE(100, 10)",
    exampleResult: "0.1, 0.0607, 0.1604",
    run: (...args) =>
      mapRows(range.name, range.params, args, ctx(), ([from, to, confidence]) => {
        const c = (confidence as number | undefined) ?? DEFAULT_CONFIDENCE;
        if (!(c > 0 && c < 1)) {
          // 90 was meant as 90%; not 100, whose 1 is refused as well.
          const percent = c > 1 && c < 100;
          throw new FunctionArgumentError(range.name, {
            en: `confidence must be between 0 and 1, both excluded (got ${c})${percent ? ` — for ${c}% write ${c / 100}` : ""}`,
            ja: `区間の信頼度は0より大きく1より小さい小数で指定してください（${c}）${percent ? `。${c}%なら${c / 100}` : ""}`,
          });
        }
        const r = conversionRange(from as number, to as number, c);
        return r ? [r.rate, r.low, r.high] : ["", "", ""];
      }),
  };
  return [conversion, range];
}
