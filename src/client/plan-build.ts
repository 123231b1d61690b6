// The wizard's draft → a plan file (BRIEF §3.1), field for field, so that every problem parsePlan
// finds has a path the wizard can show next to its field. Percentages become fractions here.
import { isIsoDate } from "../domain/calendar-dates";
import { japaneseHolidays } from "../domain/holidays";
import { oneYearFrom } from "../domain/templates";
import { parseTeamList, readAmount, readNumber, readPercent } from "./convert";
import { DEFAULT_WORKDAYS, type KpiDraft, type PeriodDraft, type PlanDraft } from "./state";

/** The plan as built: plain data for parsePlan and the server (which checks it again). */
export type PlanInput = Record<string, unknown>;

/** First and last day of the plan as typed (may be invalid: parsePlan says so). */
export function periodDates(p: PeriodDraft): { start: string; end: string } {
  if (p.mode === "dates") return { start: p.start.trim(), end: p.end.trim() };
  const year = p.fyYear.trim();
  const month = Number(p.fyMonth);
  const start = `${year}-${String(month).padStart(2, "0")}-01`;
  return { start, end: isIsoDate(start) ? oneYearFrom(start) : "" };
}

/** The holidays the default gives: Japanese public holidays in the period for ja, none for en. */
export function defaultHolidays(d: PlanDraft): string[] {
  const { start, end } = periodDates(d.period);
  if (d.locale !== "ja" || !isIsoDate(start) || !isIsoDate(end) || end < start) return [];
  return japaneseHolidays(start, end).map((h) => h.date);
}

/** The holidays in force: the default, minus the ones removed, plus the ones added; sorted. */
export function effectiveHolidays(d: PlanDraft): string[] {
  const removed = new Set(d.holidaysRemoved);
  const set = new Set(defaultHolidays(d).filter((h) => !removed.has(h)));
  for (const h of d.holidaysAdded) set.add(h);
  return [...set].sort();
}

function text(s: string): string | undefined {
  return s.trim() ? s : undefined;
}

function kpiSource(k: KpiDraft): Record<string, unknown> {
  if (k.sourceKind === "manual") {
    const unit = text(k.unit);
    const aggregate = k.aggregate || undefined;
    return {
      manual: true,
      target: readNumber(k.target),
      ...(unit ? { unit } : {}),
      ...(aggregate ? { aggregate } : {}),
    };
  }
  return k.sourceKind === "stage"
    ? { stream: k.stream, stage: k.stage }
    : { stream: k.stream, rateFrom: k.stage };
}

function kpi(k: KpiDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: k.id,
    name: k.name,
    tier: k.tier,
    direction: k.direction,
    frequency: k.frequency,
    source: kpiSource(k),
  };
  if (text(k.definition)) out.definition = k.definition;
  if (text(k.reason)) out.reason = k.reason;
  const capacity = readNumber(k.capacity);
  if (capacity !== undefined) out.capacityPerDay = capacity;
  if (k.controllable) out.controllable = k.controllable === "yes";
  return out;
}

export function defaultTitle(d: PlanDraft): string {
  const name = d.kgi.name.trim();
  if (!name) return d.locale === "ja" ? "KPI計画" : "KPI plan";
  return d.locale === "ja" ? `${name}のKPI計画` : `${name} KPI plan`;
}

function calendar(d: PlanDraft): Record<string, unknown> | undefined {
  const workdays = [...d.workdays].sort((a, b) => a - b);
  const isDefault = workdays.join() === DEFAULT_WORKDAYS.join();
  const holidaysChanged = d.holidaysAdded.length > 0 || d.holidaysRemoved.length > 0;
  if (isDefault && !holidaysChanged) return undefined;
  return {
    ...(isDefault ? {} : { workdays }),
    ...(holidaysChanged ? { holidays: effectiveHolidays(d) } : {}),
  };
}

/** A typed lead time: left out when blank, so that a plan without one stays as it was. */
function leadTime(typed: string | undefined): { leadTimeDays?: number | string } {
  const days = readNumber(typed ?? "");
  return days === undefined ? {} : { leadTimeDays: days };
}

export function buildPlan(d: PlanDraft): PlanInput {
  const plan: PlanInput = {
    version: 1,
    locale: d.locale,
    title: d.title.trim() ? d.title : defaultTitle(d),
    kgi: { name: d.kgi.name, target: readAmount(d.kgi.target), unit: d.kgi.unit },
    period: { ...periodDates(d.period), granularity: d.period.granularity },
    kfs: d.kfs.map((f) => (text(f.note) ? { name: f.name, note: f.note } : { name: f.name })),
    streams: d.streams.map((s) => ({
      id: s.id,
      name: s.name,
      share: readPercent(s.share),
      dealValue: readAmount(s.dealValue),
      ...leadTime(s.leadTimeDays),
      stages: s.stages.map((g, i) => {
        const last = i === s.stages.length - 1;
        const stage: Record<string, unknown> = { id: g.id, name: g.name };
        const rate = last ? undefined : readPercent(g.rate);
        if (rate !== undefined) stage.rate = rate;
        if (g.historyRate !== undefined) stage.historyRate = g.historyRate;
        if (g.historyCount !== undefined) stage.historyCount = g.historyCount;
        return stage;
      }),
    })),
    kpis: d.kpis.map(kpi),
    team: parseTeamList(d.teamText).map((r) =>
      r.weight === undefined ? { name: r.name } : { name: r.name, weight: r.weight },
    ),
  };
  const cal = calendar(d);
  if (cal) plan.calendar = cal;
  if (d.seasonality) plan.seasonality = d.seasonality.map((w) => readNumber(w) ?? w);
  if (d.rounding) plan.rounding = d.rounding;
  if (d.thresholds) plan.thresholds = d.thresholds;
  return plan;
}
