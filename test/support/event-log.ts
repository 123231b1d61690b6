// Raw events for the warehouse path's tests (issue 20), and their aggregation written out in plain
// TypeScript as the rule reads — one row per rep per local day (or ISO week, dated its Monday or the
// period's start); a stage event counts 1 in its column and its amount adds to the KGI; a manual KPI's
// event (no stream) gives that KPI's value, summed or averaged — sharing nothing with the SQL builder.
import { manualAggregate } from "../../src/domain/kpi-progress";
import type { Plan } from "../../src/domain/plan";
import type { CellValue } from "../../src/workbook/actuals";
import { planColumns } from "../../src/workbook/actuals";
import { seededRandom } from "./random";

export interface RawEvent {
  /** An instant, as 2026-04-01T23:30:00Z. */
  time: string;
  rep: string;
  stream: string;
  stage: string;
  amount: number | null;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * `count` events over the plan's period and two days either side, at any hour of the UTC day (so a
 * third of them fall on the next day in Tokyo): the team's reps and one the plan does not know; stages
 * by id and, one in ten, by name; one in fifty of a stage the plan does not have; manual KPIs' values.
 */
export function randomEvents(plan: Plan, seed: number, count: number): RawEvent[] {
  const next = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const start = Date.parse(`${plan.period.start}T00:00:00Z`) - 2 * DAY;
  const span = Date.parse(`${plan.period.end}T00:00:00Z`) + 3 * DAY - start;
  const reps = [...plan.team.map((m) => m.name), "Not on the team"];
  const manual = plan.kpis.filter((k) => "manual" in k.source);
  const events: RawEvent[] = [];
  for (let i = 0; i < count; i++) {
    const time = new Date(start + Math.floor((next() * span) / 60_000) * 60_000)
      .toISOString()
      .replace(".000Z", "Z");
    const rep = pick(reps);
    const roll = next();
    if (manual.length > 0 && roll < 0.05) {
      const k = pick(manual);
      events.push({ time, rep, stream: "", stage: k.id, amount: Math.round(next() * 1000) / 100 });
      continue;
    }
    const st = pick(plan.streams);
    if (roll < 0.07) {
      events.push({ time, rep, stream: st.id, stage: "not_in_plan", amount: 5 });
      continue;
    }
    // Top stages far more often than the last, as a funnel has them.
    const k = Math.min(st.stages.length - 1, Math.floor(-Math.log(1 - next()) / 0.9));
    const sg = st.stages[k] as { id: string; name: string };
    const byName = next() < 0.1;
    const last = k === st.stages.length - 1;
    const amount = last ? Math.round(st.dealValue * (0.5 + next())) : next() < 0.05 ? 1000 : null;
    events.push({ time, rep, stream: byName ? st.name : st.id, stage: byName ? sg.name : sg.id, amount });
  }
  return events;
}

const csvText = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

export function eventsCsv(events: readonly RawEvent[]): string {
  const lines = ["event_time,rep,stream,stage,amount"];
  for (const e of events)
    lines.push([e.time, csvText(e.rep), csvText(e.stream), csvText(e.stage), e.amount ?? ""].join(","));
  return `${lines.join("\n")}\n`;
}

/** The local date of an instant in a zone, by Intl (not by the query's arithmetic). */
export function localDay(zone: string): (time: string) => string {
  const f = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const cache = new Map<number, string>();
  return (time) => {
    const hour = Math.floor(Date.parse(time) / 3_600_000);
    let day = cache.get(hour);
    if (day === undefined) {
      day = f.format(new Date(hour * 3_600_000));
      cache.set(hour, day);
    }
    return day;
  };
}

/** The Monday of a date's ISO week. */
export function mondayOf(day: string): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return iso(ms - weekday * DAY);
}

/** The Actuals rows the events give (planColumns' order, Notes blank), by date then rep. */
export function aggregateEvents(
  plan: Plan,
  events: readonly RawEvent[],
  grain: "day" | "week",
  zone: string,
): CellValue[][] {
  const columns = planColumns(plan);
  const where = new Map(columns.map((c, i) => [c.key, i]));
  const stageKey = new Map<string, string>();
  for (const st of plan.streams)
    for (const sg of st.stages)
      for (const stream of [st.id, st.name])
        for (const stage of [sg.id, sg.name]) {
          const k = `${stream}\u0000${stage}`;
          if (!stageKey.has(k) || (stream === st.id && stage === sg.id))
            stageKey.set(k, `stage:${st.id}.${sg.id}`);
        }
  // How a manual KPI adds up is the plan's rule (kpi-progress.ts), not the query's.
  const averaged = new Set(
    plan.kpis.flatMap((k) =>
      "manual" in k.source && manualAggregate(k.source, k.tier) === "average" ? [`kpi:${k.id}`] : [],
    ),
  );
  const manualKey = new Map(plan.kpis.filter((k) => "manual" in k.source).map((k) => [k.id, `kpi:${k.id}`]));
  const day = localDay(zone);
  const groups = new Map<string, { row: CellValue[]; sums: Map<number, number[]> }>();
  for (const e of events) {
    const d = day(e.time);
    if (d < plan.period.start || d > plan.period.end) continue;
    const key = e.stream === "" ? manualKey.get(e.stage) : stageKey.get(`${e.stream}\u0000${e.stage}`);
    if (key === undefined) continue;
    const week = mondayOf(d);
    const date = grain === "day" ? d : week < plan.period.start ? plan.period.start : week;
    const id = `${date}\u0000${e.rep}`;
    let g = groups.get(id);
    if (!g) {
      const row: CellValue[] = columns.map((c) => (c.key.startsWith("stage:") ? 0 : null));
      row[where.get("date") as number] = date;
      row[where.get("rep") as number] = e.rep;
      g = { row, sums: new Map() };
      groups.set(id, g);
    }
    const col = where.get(key) as number;
    const add = (at: number, amount: number) => g.sums.set(at, [...(g.sums.get(at) ?? []), amount]);
    if (key.startsWith("stage:")) {
      g.row[col] = (g.row[col] as number) + 1;
      if (e.amount !== null) add(where.get("kgi") as number, e.amount);
    } else if (e.amount !== null) add(col, e.amount);
  }
  const rows: CellValue[][] = [];
  for (const g of groups.values()) {
    for (const [col, values] of g.sums) {
      const total = values.reduce((a, b) => a + b, 0);
      g.row[col] = averaged.has(columns[col]?.key as string) ? total / values.length : total;
    }
    rows.push(g.row);
  }
  const at = (r: CellValue[], key: string) => String(r[where.get(key) as number]);
  return rows.sort((a, b) =>
    at(a, "date") < at(b, "date")
      ? -1
      : at(a, "date") > at(b, "date")
        ? 1
        : at(a, "rep") < at(b, "rep")
          ? -1
          : at(a, "rep") > at(b, "rep")
            ? 1
            : 0,
  );
}
