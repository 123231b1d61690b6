// The keys by which the Review Log ties an action to the metric it should move: stable across
// renames, as the Actuals log's column keys are. Imports nothing, so the sidebar can check them too.

export const metricKey = {
  kgi: "kgi",
  stage: (stream: string, stage: string) => `stage:${stream}.${stage}`,
  /** The rate from a stage to the next. */
  rate: (stream: string, stage: string) => `rate:${stream}.${stage}`,
  /** A manual KPI. */
  kpi: (id: string) => `kpi:${id}`,
} as const;

/** The shape of our keys (ids as the plan schema allows them). */
export const METRIC_KEY = /^(kgi|(stage|rate):[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*|kpi:[a-z][a-z0-9_]*)$/;

/** Whether a cell holds one of our keys (an action row), by its shape alone. */
export function isMetricKey(v: unknown): v is string {
  return typeof v === "string" && METRIC_KEY.test(v);
}
