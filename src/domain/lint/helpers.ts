// Small helpers the rules share.
import type { Kpi, KpiSource, Plan, Stream } from "../plan-schema";

export type StreamSource = Exclude<KpiSource, { manual: true }>;
export type ManualSource = Extract<KpiSource, { manual: true }>;

export function isManual(source: KpiSource): source is ManualSource {
  return "manual" in source;
}

export function streamOf(plan: Plan, kpi: Kpi): Stream | undefined {
  const src = kpi.source;
  return isManual(src) ? undefined : plan.streams.find((s) => s.id === src.stream);
}

export function kpiPath(index: number, field?: string): string {
  return field ? `kpis[${index}].${field}` : `kpis[${index}]`;
}

/** 0.25 → "25%", 0.125 → "12.5%". */
export function pct(rate: number): string {
  return `${Math.round(rate * 1000) / 10}%`;
}

/** The KPIs of a plan with their index, for paths. */
export function indexed(plan: Plan): { kpi: Kpi; index: number }[] {
  return plan.kpis.map((kpi, index) => ({ kpi, index }));
}

/** The stream a KPI follows, or undefined for a manual KPI. */
export function streamIdOf(kpi: Kpi): string | undefined {
  return isManual(kpi.source) ? undefined : kpi.source.stream;
}

/** KPIs of the same stream as `kpi` (or, for a manual KPI, the whole plan) in the given tiers, but not `kpi`. */
export function partners(plan: Plan, kpi: Kpi, tiers: readonly Kpi["tier"][]): Kpi[] {
  const stream = streamIdOf(kpi);
  return plan.kpis.filter(
    (k) => k !== kpi && tiers.includes(k.tier) && (stream === undefined || streamIdOf(k) === stream),
  );
}
