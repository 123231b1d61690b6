// What an action in the Review Log can aim at: the KGI, a stage's count, the rate from a stage to the
// next, or a manual KPI. Each has a stable key stored in the log (names change, ids do not) and a
// rule that makes a before/after comparison fair: totals per working day, rates as next stage ÷ this
// stage, manual levels as averages.
import { pick, type Text } from "../domain/i18n";
import { isPercentUnit, kpiShape } from "../domain/kpi-progress";
import type { Plan } from "../domain/plan";
import { L } from "./labels";
import { metricKey } from "./metric-keys";
import type { NumberFormat } from "./spec";
import { isMoneyUnit, shareFormat, unitFormat } from "./units";

/**
 * perDay: the log column's sum ÷ the window's working days. rate: the next stage's sum ÷ this
 * stage's. average: the mean of the entries (percent ones above 100% left out, as the Dashboard does).
 */
export type EffectRule =
  | { kind: "perDay"; column: string }
  | { kind: "rate"; from: string; to: string }
  | { kind: "average"; column: string; atMost?: number };

export interface ActionMetric {
  /** kgi | stage:<stream>.<stage> | rate:<stream>.<stage> | kpi:<id> */
  key: string;
  /** As the Review Log's KPI column shows it, in the plan's language. */
  name: string;
  rule: EffectRule;
  /** Of the before, after and change cells. */
  format: NumberFormat;
}

/** Every metric of the plan, in the order the Trends sheet lists them, manual KPIs last. */
export function actionMetrics(plan: Plan): ActionMetric[] {
  const t = (x: Text) => pick(x, plan.locale);
  const money = isMoneyUnit(plan.kgi.unit);
  const out: ActionMetric[] = [
    {
      key: metricKey.kgi,
      name: `KGI: ${plan.kgi.name}`,
      rule: { kind: "perDay", column: "kgi" },
      format: money ? "currency" : "tenths",
    },
  ];
  const many = plan.streams.length > 1;
  for (const st of plan.streams) {
    const named = (name: string) => (many ? `${st.name}: ${name}` : name);
    st.stages.forEach((sg, k) => {
      // A stage or rate a KPI tracks goes by the KPI's name, as the Review Log's KPI rows do.
      const kpi = (rate: boolean) =>
        plan.kpis.find((x) => {
          const src = x.source;
          if ("manual" in src || src.stream !== st.id) return false;
          return rate ? "rateFrom" in src && src.rateFrom === sg.id : "stage" in src && src.stage === sg.id;
        })?.name;
      out.push({
        key: metricKey.stage(st.id, sg.id),
        name: kpi(false) ?? named(sg.name),
        rule: { kind: "perDay", column: metricKey.stage(st.id, sg.id) },
        format: "tenths",
      });
      const next = st.stages[k + 1];
      if (!next) return;
      out.push({
        key: metricKey.rate(st.id, sg.id),
        name: kpi(true) ?? named(t(L.rateName).replace("{from}", sg.name).replace("{to}", next.name)),
        rule: { kind: "rate", from: metricKey.stage(st.id, sg.id), to: metricKey.stage(st.id, next.id) },
        format: "percent",
      });
    });
  }
  for (const k of plan.kpis) {
    const src = k.source;
    if (!("manual" in src)) continue;
    const column = metricKey.kpi(k.id);
    const level = kpiShape(k) === "level";
    out.push({
      key: column,
      name: k.name,
      rule: level
        ? { kind: "average", column, ...(isPercentUnit(src.unit) ? { atMost: 1 } : {}) }
        : { kind: "perDay", column },
      format: level ? unitFormat(src.unit, "level") : shareFormat(unitFormat(src.unit, "running")),
    });
  }
  return out;
}

/** The plan's metric of a key, or undefined (a stage or KPI the plan no longer has). */
export function actionMetric(plan: Plan, key: string): ActionMetric | undefined {
  return actionMetrics(plan).find((m) => m.key === key);
}
