// The reverse calculation as spreadsheet functions: thin, vectorized wrappers over domain/funnel.
import { roundUp } from "../domain/ceiling";
import { requiredCounts } from "../domain/funnel";
import { largestRemainder } from "../domain/split";
import { type CallContext, isEmpty, mapRows } from "./args";
import { FunctionArgumentError } from "./errors";
import type { CellOutput, FunctionSpec, ParamSpec } from "./spec";

const goal: ParamSpec = {
  name: "goal_revenue",
  type: "number",
  sign: "nonNegative",
  description: { en: "revenue goal (KGI)", ja: "売上目標" },
};
const dealSize: ParamSpec = {
  name: "avg_deal_size",
  type: "number",
  sign: "positive",
  description: { en: "average revenue per deal", ja: "平均受注単価" },
};
const rates: ParamSpec = {
  name: "rates",
  type: "fractions",
  description: {
    en: "conversion rates, top of the funnel first (a row or a column)",
    ja: "各段階の転換率（上流から順に）",
  },
};

const column = (values: number[]): CellOutput => values.map((v) => [v]);

export function funnelFunctions(ctx: () => CallContext): FunctionSpec[] {
  const requiredCalls: FunctionSpec = {
    name: "KPI_REQUIRED_CALLS",
    params: [
      goal,
      dealSize,
      { name: "win_rate", type: "fraction", description: { en: "meetings won (0.25 = 25%)", ja: "受注率" } },
      {
        name: "meeting_rate",
        type: "fraction",
        description: { en: "appointments that become meetings", ja: "商談化率" },
      },
      {
        name: "appointment_rate",
        type: "fraction",
        description: { en: "calls that become appointments", ja: "アポ獲得率" },
      },
    ],
    description: {
      en: "Calls needed for a revenue goal: deals → meetings (÷ win rate) → appointments (÷ meeting rate) → calls (÷ appointment rate), each stage rounded up.",
      ja: "売上目標に必要な架電数：受注数 → 商談数（÷受注率）→ アポ数（÷商談化率）→ 架電数（÷アポ獲得率）。各段階で切り上げ。",
    },
    returns: { en: "calls (a whole number)", ja: "架電数（整数）" },
    example: "=KPI_REQUIRED_CALLS(120000000, 1000000, 0.25, 0.5, 0.1)",
    exampleResult: "9600",
    run: (...args) =>
      mapRows(requiredCalls.name, requiredCalls.params, args, ctx(), ([g, d, win, meeting, appt]) => {
        const counts = requiredCounts({
          kgiTarget: g as number,
          share: 1,
          dealValue: d as number,
          rates: [appt as number, meeting as number, win as number],
        });
        return counts[0] as number;
      }),
  };

  const funnel: FunctionSpec = {
    name: "KPI_FUNNEL",
    params: [goal, dealSize, rates],
    description: {
      en: "The whole reverse funnel: one row per stage, top of the funnel first, ending with deals. A range of goals gives one row of stages per goal.",
      ja: "逆算ファネル全体：上流の段階から順に1行ずつ、最後が受注数。目標を範囲で渡すと目標ごとに1行で返します。",
    },
    returns: { en: "a column of required counts", ja: "必要件数の列" },
    example: "=KPI_FUNNEL(120000000, 1000000, {0.1, 0.5, 0.25})",
    exampleResult: "9600; 960; 480; 120",
    run: (...args) => {
      const out = mapRows(funnel.name, funnel.params, args, ctx(), ([g, d, r]) =>
        requiredCounts({ kgiTarget: g as number, share: 1, dealValue: d as number, rates: r as number[] }),
      );
      // One goal: a column, top first. Several goals: one row each.
      const oneGoal = !Array.isArray(args[0]) && !Array.isArray(args[1]);
      return oneGoal && Array.isArray(out) ? column(out[0] as number[]) : out;
    },
  };

  const requiredActivity: FunctionSpec = {
    name: "KPI_REQUIRED_ACTIVITY",
    params: [
      {
        name: "target_count",
        type: "number",
        sign: "nonNegative",
        description: { en: "target at the last stage, e.g. deals", ja: "最終段階の目標件数" },
      },
      rates,
    ],
    description: {
      en: "Work needed at the top of the funnel for a target at its bottom, each stage rounded up.",
      ja: "最終段階の目標件数から、ファネル最上流で必要な活動量を逆算します（各段階で切り上げ）。",
    },
    returns: { en: "the top-of-funnel count", ja: "最上流の必要件数" },
    example: "=KPI_REQUIRED_ACTIVITY(120, {0.1, 0.5, 0.25})",
    exampleResult: "9600",
    run: (...args) =>
      mapRows(requiredActivity.name, requiredActivity.params, args, ctx(), ([t, r]) => {
        const counts = requiredCounts({
          kgiTarget: roundUp(t as number),
          share: 1,
          dealValue: 1,
          rates: r as number[],
        });
        return counts[0] as number;
      }),
  };

  const split: FunctionSpec = {
    name: "KPI_SPLIT",
    params: [
      {
        name: "total",
        type: "number",
        sign: "nonNegative",
        description: { en: "whole number to share out", ja: "配分する合計（整数）" },
      },
      {
        name: "weights",
        type: "numbers",
        sign: "nonNegative",
        description: { en: "weights, e.g. per rep or per month", ja: "配分の重み" },
      },
    ],
    description: {
      en: "Shares a whole number out in the shape of the weights: whole numbers that add up exactly to total (largest remainder, ties to the earlier).",
      ja: "合計を重みに応じて整数で配分します。合計は必ず一致します（最大剰余法、同点は先の項目へ）。",
    },
    returns: { en: "whole numbers in the shape of weights", ja: "重みと同じ形の整数" },
    example: "=KPI_SPLIT(10, {1, 1, 1})",
    exampleResult: "4, 3, 3",
    run: (...args) => {
      const [total, weights] = args;
      if (Array.isArray(total)) {
        throw new FunctionArgumentError(split.name, {
          en: "total must be a single value",
          ja: "合計は1つの値で指定してください",
        });
      }
      // `args`, not [total, weights]: KPI_SPLIT(10) is a missing argument, not a blank one.
      const checked = mapRows(split.name, split.params, args, ctx(), ([t, w]) => {
        if (!Number.isInteger(t)) {
          throw new FunctionArgumentError(split.name, {
            en: `total must be a whole number (got ${t})`,
            ja: `配分する合計は整数で指定してください（${t}）`,
          });
        }

        const ws = w as number[];
        if (ws.every((x) => x === 0)) {
          throw new FunctionArgumentError(split.name, {
            en: "weights must not all be 0",
            ja: "重みがすべて0です",
          });
        }
        const parts = largestRemainder(t as number, ws);
        // The promise is an exact sum; with more digits than the 15 a spreadsheet keeps, the
        // shares round and may not add up, so say so rather than return parts that do not.
        if (parts.reduce((sum, x) => sum + x, 0) !== t) {
          throw new FunctionArgumentError(split.name, {
            en: `total has too many digits to share out exactly (got ${t}): a spreadsheet keeps 15 significant digits`,
            ja: `配分する合計の桁数が多すぎて、合計が一致するように配分できません（${t}）。有効数字は15桁です`,
          });
        }
        return parts;
      });
      // A blank total is a blank row (mapRows' ""): blank in every cell of the weights' shape.
      const parts = (checked === "" ? [] : Array.isArray(checked) ? checked[0] : [checked]) as number[];
      // Back into the shape of the weights; blank weight cells stay blank.
      if (!Array.isArray(weights)) return parts[0] ?? "";
      let next = 0;
      return weights.map((row) => row.map((v) => (isEmpty(v) ? "" : (parts[next++] ?? ""))));
    },
  };

  return [requiredCalls, funnel, requiredActivity, split];
}
