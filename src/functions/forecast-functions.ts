// How likely the KGI is: the chance of reaching the target from the days so far (domain/hit-probability).
import { hitProbability, MIN_ELAPSED_DAYS } from "../domain/hit-probability";
import { type CallContext, mapRows } from "./args";
import { FunctionArgumentError } from "./errors";
import type { FunctionSpec } from "./spec";

export function forecastFunctions(ctx: () => CallContext): FunctionSpec[] {
  const hit: FunctionSpec = {
    name: "KPI_HIT_PROBABILITY",
    params: [
      {
        name: "target",
        type: "number",
        sign: "nonNegative",
        description: { en: "target for the period (the KGI)", ja: "目標（KGI）" },
      },
      {
        name: "daily_actuals",
        type: "numbers",
        sign: "nonNegative",
        blankIsZero: true,
        description: {
          en: "the actual of each elapsed working day, in order (a blank is 0)",
          ja: "日々の実績",
        },
      },
      {
        name: "days_remaining",
        type: "number",
        sign: "nonNegative",
        description: { en: "working days left in the period", ja: "残りの稼働日数" },
      },
    ],
    description: {
      en: "The chance of reaching the target: the sum so far plus the remaining working days, each a draw from your own daily results (Student's t around the average day, widened for the doubt about that average). 1 once reached; needs 5 elapsed working days.",
      ja: "目標に届く確率：これまでの合計＋残りの稼働日（各日はこれまでの日々の実績から推定した分布に従う。平均の推定の不確かさも含めたt分布）。達成済みなら1。経過稼働日が5日以上必要です。",
    },
    returns: { en: "a probability from 0 to 1", ja: "確率（0〜1）" },
    example: "=KPI_HIT_PROBABILITY(110, {10,12,8,11,9}, 5)",
    exampleResult: "0.0581",
    run: (...args) =>
      mapRows(hit.name, hit.params, args, ctx(), ([target, daily, remaining]) => {
        const days = daily as number[];
        const left = remaining as number;
        if (!Number.isInteger(left)) {
          throw new FunctionArgumentError(hit.name, {
            en: `days_remaining must be a whole number of working days (got ${left})`,
            ja: `残りの稼働日数は整数で指定してください（${left}）`,
          });
        }
        const p = hitProbability(target as number, days, left);
        if (p === null) {
          throw new FunctionArgumentError(hit.name, {
            en: `daily_actuals must hold at least ${MIN_ELAPSED_DAYS} elapsed working days to tell how much a day varies (got ${days.length})`,
            ja: `日々の実績は、日ごとのばらつきを見るため経過稼働日${MIN_ELAPSED_DAYS}日分以上必要です（${days.length}日分）`,
          });
        }
        return p;
      }),
  };
  return [hit];
}
