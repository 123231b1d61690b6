// A plan (stored in the spreadsheet, or a template) → the wizard's draft; and the template prefill,
// which replaces the process, KFS and KPIs but keeps the goal the user already typed.
import { isIsoDate } from "../domain/calendar-dates";
import type { Locale, Text } from "../domain/i18n";
import type { Kpi, Plan } from "../domain/plan-schema";
import { DEFAULT_START, oneYearFrom, templateKpiChoices, templatePlan } from "../domain/templates";
import { numberText, percentText, teamText } from "./convert";
import { defaultHolidays, periodDates } from "./plan-build";
import {
  DEFAULT_WORKDAYS,
  defaultFiscalYear,
  type KpiDraft,
  type PeriodDraft,
  type PlanDraft,
} from "./state";

function periodDraft(p: Plan["period"]): PeriodDraft {
  const fiscal = p.start.endsWith("-01") && isIsoDate(p.start) && p.end === oneYearFrom(p.start);
  return {
    mode: fiscal ? "fiscal" : "dates",
    fyMonth: String(Number(p.start.slice(5, 7)) || 4),
    fyYear: p.start.slice(0, 4) || String(defaultFiscalYear()),
    start: p.start,
    end: p.end,
    granularity: p.granularity,
  };
}

function kpiDraft(k: Kpi): KpiDraft {
  const src = k.source;
  const base = {
    id: k.id,
    name: k.name,
    tier: k.tier,
    direction: k.direction,
    frequency: k.frequency,
    definition: k.definition ?? "",
    reason: k.reason ?? "",
    capacity: numberText(k.capacityPerDay),
    controllable: k.controllable === undefined ? "" : k.controllable ? "yes" : "no",
  } as const;
  if ("manual" in src) {
    return {
      ...base,
      sourceKind: "manual",
      stream: "",
      stage: "",
      target: String(src.target),
      unit: src.unit ?? "",
      aggregate: src.aggregate ?? "",
    };
  }
  return "stage" in src
    ? { ...base, sourceKind: "stage", stream: src.stream, stage: src.stage, target: "", unit: "" }
    : { ...base, sourceKind: "rate", stream: src.stream, stage: src.rateFrom, target: "", unit: "" };
}

export function draftFromPlan(plan: Plan): PlanDraft {
  const draft: PlanDraft = {
    locale: plan.locale,
    title: plan.title,
    kgi: { name: plan.kgi.name, target: String(plan.kgi.target), unit: plan.kgi.unit },
    period: periodDraft(plan.period),
    templateId: "",
    streams: plan.streams.map((s) => ({
      id: s.id,
      name: s.name,
      share: percentText(s.share),
      dealValue: String(s.dealValue),
      ...(s.leadTimeDays === undefined ? {} : { leadTimeDays: String(s.leadTimeDays) }),
      stages: s.stages.map((g) => ({
        id: g.id,
        name: g.name,
        rate: percentText(g.rate),
        ...(g.historyRate === undefined ? {} : { historyRate: g.historyRate }),
        ...(g.historyCount === undefined ? {} : { historyCount: g.historyCount }),
      })),
    })),
    kfs: plan.kfs.map((f) => ({ name: f.name, note: f.note ?? "" })),
    kpis: plan.kpis.map(kpiDraft),
    teamText: teamText(plan.team),
    workdays: [...(plan.calendar?.workdays ?? DEFAULT_WORKDAYS)],
    holidaysAdded: [],
    holidaysRemoved: [],
    seasonality: plan.seasonality ? plan.seasonality.map(String) : null,
  };
  if (plan.rounding) draft.rounding = plan.rounding;
  if (plan.thresholds) draft.thresholds = { ...plan.thresholds };
  const explicit = plan.calendar?.holidays;
  if (explicit) {
    const defaults = defaultHolidays(draft);
    draft.holidaysAdded = explicit.filter((h) => !defaults.includes(h));
    draft.holidaysRemoved = defaults.filter((h) => !explicit.includes(h));
  }
  return draft;
}

/**
 * Prefills the process, KFS and KPIs from a template in the draft's language. The goal's name,
 * target and unit the user typed stay; empty ones take the template's. The team and the title are
 * taken only when empty. The template starts on the draft's start date when it is a real date.
 */
export function applyTemplate(d: PlanDraft, templateId: string, locale: Locale = d.locale): PlanDraft {
  const { start } = periodDates(d.period);
  const t = draftFromPlan(
    templatePlan(templateId, locale, { start: isIsoDate(start) ? start : DEFAULT_START }),
  );
  const keep = (mine: string, theirs: string) => (mine.trim() ? mine : theirs);
  return {
    ...d,
    templateId,
    title: keep(d.title, t.title),
    kgi: {
      name: keep(d.kgi.name, t.kgi.name),
      target: keep(d.kgi.target, t.kgi.target),
      unit: keep(d.kgi.unit, t.kgi.unit),
    },
    streams: t.streams,
    kfs: t.kfs,
    kpis: t.kpis,
    teamText: keep(d.teamText, t.teamText),
  };
}

/** A KPI the draft's template offers beyond the ones it picks, to add with one click. */
export interface TemplateExtra {
  id: string;
  label: Text;
  /** The KPI as the template writes it, in the draft's language. */
  kpi: KpiDraft;
}

/**
 * The template's KPIs to add (inside sales: email sends, reply rate …), those the draft can take: a
 * KPI counted from a stage needs that stage still in the process. Empty without a template.
 */
export function templateExtras(d: PlanDraft): TemplateExtra[] {
  if (!d.templateId) return [];
  const extra = templateKpiChoices(d.templateId).filter((k) => !k.picked);
  if (extra.length === 0) return [];
  const plan = templatePlan(d.templateId, d.locale, { extraKpis: extra.map((k) => k.id) });
  const hasStage = (stream: string, stage: string) =>
    d.streams.some((s) => s.id === stream && s.stages.some((g) => g.id === stage));
  return extra.flatMap((k) => {
    const kpi = plan.kpis.find((x) => x.id === k.id);
    if (!kpi) return [];
    const draft = kpiDraft(kpi);
    if (draft.sourceKind !== "manual" && !hasStage(draft.stream, draft.stage)) return [];
    return [{ id: k.id, label: k.name, kpi: draft }];
  });
}

/**
 * Nothing a template would replace has been typed yet: every stream without name, deal value or
 * stages filled in, no success factors and no KPIs (the share alone, 100% by default, does not count).
 */
export function isProcessEmpty(d: PlanDraft): boolean {
  const blank = (s: string) => s.trim() === "";
  return (
    d.kfs.length === 0 &&
    d.kpis.length === 0 &&
    d.streams.every(
      (s) => blank(s.name) && blank(s.dealValue) && s.stages.every((st) => blank(st.name) && blank(st.rate)),
    )
  );
}
