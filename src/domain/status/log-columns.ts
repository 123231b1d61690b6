// The log's columns as readLog takes them: each column's id, and whether it holds a percent KPI
// (fractions from 0 to 1 only). Shared by every edge that reads a log (xlsx, csv, Apps Script).
import { isPercentUnit } from "../kpi-progress";
import type { Plan } from "../plan-schema";
import type { LogColumn } from "./log-entries";

export function logColumns(keys: readonly (string | null)[], plan: Plan): LogColumn[] {
  const percent = new Set(
    plan.kpis.filter((k) => "manual" in k.source && isPercentUnit(k.source.unit)).map((k) => `kpi:${k.id}`),
  );
  return keys.map((key) => ({ key, percent: key !== null && percent.has(key) }));
}
