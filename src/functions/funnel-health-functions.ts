// How well the funnel converts (BRIEF §3.4): the bottleneck stage and sales velocity, as thin
// wrappers over domain/metrics.
import { bottleneck, type FunnelStageRates, salesVelocity } from "../domain/metrics";
import { type CallContext, mapRows } from "./args";
import { FunctionArgumentError } from "./errors";
import type { FunctionSpec, ParamSpec } from "./spec";

const stageNames: ParamSpec = {
  name: "stage_names",
  type: "texts",
  description: { en: "stage names, top of the funnel first (a row or a column)", ja: "段階名" },
};
const plannedRates: ParamSpec = {
  name: "planned_rates",
  type: "fractions",
  description: { en: "planned conversion from each stage to the next", ja: "計画転換率" },
};
/** Observed, not planned: 0 when nothing converted, above 1 when a window counts more at the next stage. */
const actualRates: ParamSpec = {
  name: "actual_rates",
  type: "numbers",
  sign: "nonNegative",
  description: {
    en: "actual conversion from each stage to the next (0 allowed: nothing converted; above 1 allowed: more at the next stage in the window)",
    ja: "実績転換率",
  },
};

export function funnelHealthFunctions(ctx: () => CallContext): FunctionSpec[] {
  const bottleneckFn: FunctionSpec = {
    name: "KPI_BOTTLENECK",
    params: [stageNames, plannedRates, actualRates],
    description: {
      en: "The stage converting furthest below plan: the name whose actual ÷ planned rate is lowest (ties go to the earlier stage).",
      ja: "計画に対して最も転換率が低い段階（ボトルネック）：実績転換率 ÷ 計画転換率が最小の段階名（同率なら上流の段階）。",
    },
    returns: { en: "a stage name", ja: "段階名" },
    example: '=KPI_BOTTLENECK({"calls", "appointments", "meetings"}, {0.1, 0.5, 0.25}, {0.09, 0.35, 0.25})',
    exampleResult: "appointments",
    run: (...args) =>
      mapRows(bottleneckFn.name, bottleneckFn.params, args, ctx(), ([n, p, a]) => {
        const fn = bottleneckFn.name;
        const names = n as string[];
        const planned = p as number[];
        const actual = a as number[];
        for (const [param, list] of [
          [plannedRates, planned],
          [actualRates, actual],
        ] as const) {
          if (list.length !== names.length) {
            throw new FunctionArgumentError(fn, {
              en: `${param.name} has ${list.length} values but stage_names has ${names.length}: give one rate per stage`,
              ja: `${param.description.ja}の数（${list.length}）が段階名の数（${names.length}）と一致しません`,
            });
          }
        }
        const stages: FunnelStageRates[] = names.map((name, i) => ({
          name,
          plannedRate: planned[i] as number,
          actualRate: actual[i] as number,
        }));
        // planned_rates are fractions (above 0): the domain's zero divisor cannot happen here.
        const found = bottleneck(stages);
        return found ? found.name : "";
      }),
  };

  const velocityFn: FunctionSpec = {
    name: "KPI_SALES_VELOCITY",
    params: [
      {
        name: "opportunities",
        type: "number",
        sign: "nonNegative",
        description: { en: "open opportunities in the pipeline", ja: "商談数" },
      },
      {
        name: "win_rate",
        type: "fraction",
        description: { en: "opportunities won (0.25 = 25%)", ja: "受注率" },
      },
      {
        name: "avg_deal_size",
        type: "number",
        sign: "nonNegative",
        description: { en: "average revenue per deal", ja: "平均受注単価" },
      },
      {
        name: "cycle_days",
        type: "number",
        sign: "positive",
        description: { en: "average days from opportunity to close", ja: "平均商談期間（日数）" },
      },
    ],
    description: {
      en: "Value the pipeline produces per day: opportunities × win rate × average deal size ÷ sales-cycle days.",
      ja: "セールスベロシティ（1日あたりに生まれる売上）：商談数 × 受注率 × 平均受注単価 ÷ 平均商談期間（日数）。",
    },
    returns: { en: "revenue per day", ja: "1日あたりの売上" },
    example: "=KPI_SALES_VELOCITY(40, 0.25, 1000000, 50)",
    exampleResult: "200000",
    // cycle_days is "positive": mapRows refuses 0 before the domain could.
    run: (...args) =>
      mapRows(velocityFn.name, velocityFn.params, args, ctx(), ([o, w, d, c]) =>
        salesVelocity(o as number, w as number, d as number, c as number),
      ),
  };

  return [bottleneckFn, velocityFn];
}
