// The warehouse path (issue 20): one query that reads a raw event table — a call made, a meeting held,
// a deal won, one row each — and returns the plan's Actuals log (one row per rep per day or ISO week),
// so a warehouse does the aggregating and the workbook we generate works on its few thousand rows
// unchanged. The query is built once, as data, and rendered per dialect (dialects.ts): only quoting and
// date bucketing differ.
import { manualAggregate } from "../domain/kpi-progress";
import type { Plan } from "../domain/plan";
import { planColumns } from "../workbook/actuals-columns";

/** The event table's columns, by role; a team's own names are mapped onto these. */
export const EVENT_FIELDS = ["event_time", "rep", "stream", "stage", "amount"] as const;
export type EventField = (typeof EVENT_FIELDS)[number];
export type EventColumns = Record<EventField, string>;
export const DEFAULT_EVENT_COLUMNS: EventColumns = {
  event_time: "event_time",
  rep: "rep",
  stream: "stream",
  stage: "stage",
  amount: "amount",
};

export type Grain = "day" | "week";

/** Which events land in an output column: the plan's ids first, then its display names. */
export interface EventMatch {
  key: string;
  /** The stream column's values that match; null: a manual KPI's row, whose stream is empty. */
  streams: string[] | null;
  stages: string[];
}

export interface OutputColumn {
  key: string;
  /** The column's name in the result: the named range over that column of Actuals (ACT_…). */
  alias: string;
  /** count: events of the stage; kgi: amounts of stage events; sum/average: a manual KPI's values. */
  measure: "date" | "rep" | "count" | "kgi" | "sum" | "average";
}

export interface EventsQuery {
  source: string;
  columns: EventColumns;
  grain: Grain;
  timeZone: string;
  start: string;
  end: string;
  /** In order: every event that matches one lands in the first one's column, and only there. */
  matches: EventMatch[];
  output: OutputColumn[];
}

export interface QueryOptions {
  source: string;
  grain?: Grain;
  timeZone?: string;
  columns?: Partial<EventColumns>;
}

/** Asia/Tokyo for a Japanese plan, UTC otherwise: the zone a team's spreadsheet most likely has. */
export const defaultTimeZone = (plan: Plan): string => (plan.locale === "ja" ? "Asia/Tokyo" : "UTC");

export function eventsQuery(plan: Plan, options: QueryOptions): EventsQuery {
  const byId: EventMatch[] = [];
  const byName: EventMatch[] = [];
  const either = (id: string, name: string) => [...new Set([id, name])];
  for (const st of plan.streams)
    for (const sg of st.stages) {
      const key = `stage:${st.id}.${sg.id}`;
      byId.push({ key, streams: [st.id], stages: [sg.id] });
      // A CRM export names stages as people do: 架電 for calls. Ids win where a name is another's id.
      if (st.name !== st.id || sg.name !== sg.id)
        byName.push({ key, streams: either(st.id, st.name), stages: either(sg.id, sg.name) });
    }
  for (const k of plan.kpis)
    if ("manual" in k.source) {
      byId.push({ key: `kpi:${k.id}`, streams: null, stages: [k.id] });
      if (k.name !== k.id) byName.push({ key: `kpi:${k.id}`, streams: null, stages: [k.name] });
    }
  const manual = new Map(
    plan.kpis.flatMap((k) =>
      "manual" in k.source ? [[`kpi:${k.id}`, manualAggregate(k.source, k.tier)]] : [],
    ),
  );
  const output = planColumns(plan)
    .filter((c) => c.key !== "notes")
    .map((c): OutputColumn => {
      const measure =
        c.key === "date" || c.key === "rep" || c.key === "kgi"
          ? c.key
          : c.key.startsWith("stage:")
            ? "count"
            : (manual.get(c.key) ?? "sum");
      return { key: c.key, alias: c.rangeName ?? c.key, measure };
    });
  return {
    source: options.source,
    columns: { ...DEFAULT_EVENT_COLUMNS, ...options.columns },
    grain: options.grain ?? "day",
    timeZone: options.timeZone ?? defaultTimeZone(plan),
    start: plan.period.start,
    end: plan.period.end,
    matches: [...byId, ...byName],
    output,
  };
}
