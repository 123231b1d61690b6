// Turns a bilingual template into a plan file (BRIEF §3.1) for one locale.
import { addDays, fromDayNumber, isIsoDate } from "../calendar-dates";
import type { Locale, Text } from "../i18n";
import type { Kpi, KpiSource, Plan } from "../plan-schema";
import { AGGREGATE_NOTE, STARTING_POINT } from "./common";
import type { SourceSpec, TemplateSpec, UnitSpec } from "./spec";

export const DEFAULT_START = "2026-04-01";

/**
 * Money is written in yen. English plans show US dollars at a round 100 yen to the dollar, so every
 * count of the funnel (deals = goal × share ÷ deal value, and up) is the same in both locales.
 */
export const YEN_PER_DOLLAR = 100;

export function currency(locale: Locale): string {
  return locale === "ja" ? "JPY" : "USD";
}

export function money(yen: number, locale: Locale): number {
  return locale === "ja" ? yen : yen / YEN_PER_DOLLAR;
}

function unitOf(unit: UnitSpec, locale: Locale): string {
  return unit === "money" ? currency(locale) : unit[locale];
}

function amountOf(value: number, unit: UnitSpec, locale: Locale): number {
  return unit === "money" ? money(value, locale) : value;
}

/** The day before the same date a year later: 2026-04-01 → 2027-03-31 (2028-02-29 → 2029-02-28). */
export function oneYearFrom(start: string): string {
  const y = Number(start.slice(0, 4));
  const m = Number(start.slice(5, 7));
  const d = Number(start.slice(8, 10));
  const sameDayNextYear = fromDayNumber(Date.UTC(y + 1, m - 1, d) / 86_400_000);
  return addDays(sameDayNextYear, -1);
}

function source(src: SourceSpec, locale: Locale): KpiSource {
  if ("manual" in src) {
    return {
      manual: true,
      target: amountOf(src.target, src.unit, locale),
      unit: unitOf(src.unit, locale),
      aggregate: src.aggregate,
    };
  }
  return "stage" in src
    ? { stream: src.stream, stage: src.stage }
    : { stream: src.stream, rateFrom: src.rateFrom };
}

function join(a: Text, b: Text, locale: Locale): string {
  return locale === "ja" ? `${a.ja}${b.ja}` : `${a.en} ${b.en}`;
}

const joined = (a: Text, b: Text): Text => ({ ja: join(a, b, "ja"), en: join(a, b, "en") });

/** The plan of a template: its picked KPIs, and those of `extraKpis` among the others, in template order. */
export function buildPlan(
  spec: TemplateSpec,
  locale: Locale,
  start: string = DEFAULT_START,
  extraKpis: readonly string[] = [],
): Plan {
  if (!isIsoDate(start)) {
    throw new Error(`template start must be a real date written YYYY-MM-DD (got ${JSON.stringify(start)})`);
  }
  const t = (text: Text) => text[locale];
  const chosen = spec.kpis.filter((k) => k.picked !== false || extraKpis.includes(k.id));
  const kpis: Kpi[] = chosen.map((k) => {
    const kpi: Kpi = {
      id: k.id,
      name: t(k.name),
      tier: k.tier,
      direction: k.direction,
      frequency: k.frequency,
      source: source(k.source, locale),
      definition: join(
        "manual" in k.source ? joined(k.definition, AGGREGATE_NOTE[k.source.aggregate]) : k.definition,
        STARTING_POINT,
        locale,
      ),
    };
    if (k.reason) kpi.reason = t(k.reason);
    if (k.controllable !== undefined) kpi.controllable = k.controllable;
    if (k.capacityPerDay !== undefined) kpi.capacityPerDay = k.capacityPerDay;
    return kpi;
  });
  return {
    version: 1,
    locale,
    title: locale === "ja" ? `${spec.title.ja}のKPI計画` : `${spec.title.en} KPI plan`,
    kgi: {
      name: t(spec.kgi.name),
      target: amountOf(spec.kgi.target, spec.kgi.unit, locale),
      unit: unitOf(spec.kgi.unit, locale),
    },
    period: { start, end: oneYearFrom(start), granularity: "month" },
    kfs: spec.kfs.map((f) => (f.note ? { name: t(f.name), note: t(f.note) } : { name: t(f.name) })),
    streams: spec.streams.map((s) => ({
      id: s.id,
      name: t(s.name),
      share: s.share,
      dealValue: money(s.dealValue, locale),
      stages: s.stages.map((st) =>
        st.rate === undefined
          ? { id: st.id, name: t(st.name) }
          : { id: st.id, name: t(st.name), rate: st.rate },
      ),
      // After stages, in the schema's order: the stored plan's JSON is the same however it was read.
      ...(s.leadTimeDays === undefined ? {} : { leadTimeDays: s.leadTimeDays }),
    })),
    kpis,
    team: spec.team.map((m) =>
      m.weight === undefined ? { name: t(m.name) } : { name: t(m.name), weight: m.weight },
    ),
  };
}
