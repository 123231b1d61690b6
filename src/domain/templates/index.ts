// The templates (BRIEF §1): by sales style, by industry, and the minimal inside-sales set.
import type { Locale, Text } from "../i18n";
import type { Plan, Tier } from "../plan-schema";
import { accountSales } from "./account-sales";
import { buildPlan, DEFAULT_START } from "./build";
import { insideSales } from "./inside-sales";
import { insideSalesMinimal } from "./inside-sales-minimal";
import { manufacturing } from "./manufacturing";
import { newBusiness } from "./new-business";
import { realEstate } from "./real-estate";
import { saas } from "./saas";
import type { TemplateKind, TemplateSpec } from "./spec";

export { currency, DEFAULT_START, money, oneYearFrom, YEN_PER_DOLLAR } from "./build";
export { STARTING_POINT } from "./common";
export type { TemplateKind, TemplateSpec } from "./spec";

const specs: readonly TemplateSpec[] = [
  newBusiness,
  accountSales,
  insideSales,
  saas,
  manufacturing,
  realEstate,
  insideSalesMinimal,
];

export interface TemplateInfo {
  id: string;
  kind: TemplateKind;
  title: Text;
  description: Text;
}

export const templates: readonly TemplateInfo[] = specs.map(({ id, kind, title, description }) => ({
  id,
  kind,
  title,
  description,
}));

export const templateIds: readonly string[] = specs.map((s) => s.id);

export interface TemplateOptions {
  /** First day of the 12-month plan, YYYY-MM-DD; default 2026-04-01 (to 2027-03-31). */
  start?: string;
  /** Ids of KPIs the template offers but does not pick by default, to add (templateKpiChoices). */
  extraKpis?: readonly string[];
}

export interface TemplateKpiChoice {
  id: string;
  name: Text;
  tier: Tier;
  /** In the plan by default; the others are offered to add. */
  picked: boolean;
}

/** Every KPI a template offers, in its order: the 3–5 picked by default and the ones to add. */
export function templateKpiChoices(id: string): TemplateKpiChoice[] {
  return templateSpec(id).kpis.map((k) => ({
    id: k.id,
    name: k.name,
    tier: k.tier,
    picked: k.picked !== false,
  }));
}

export function templateSpec(id: string): TemplateSpec {
  const spec = specs.find((s) => s.id === id);
  if (!spec) {
    const valid = templateIds.join(", ");
    throw new Error(
      `Unknown template "${id}". Valid templates: ${valid} / テンプレート「${id}」はありません。使えるテンプレート: ${valid}`,
    );
  }
  return spec;
}

/** A plan file to start from: the template in the locale's language, 12 months from `start`. */
export function templatePlan(id: string, locale: Locale, options: TemplateOptions = {}): Plan {
  if (locale !== "ja" && locale !== "en") {
    throw new Error(`Unknown locale ${JSON.stringify(locale)}: use "ja" or "en"`);
  }
  const spec = templateSpec(id);
  const extra = options.extraKpis ?? [];
  const offered = spec.kpis.filter((k) => k.picked === false).map((k) => k.id);
  const unknown = extra.filter((k) => !offered.includes(k));
  if (unknown.length > 0) {
    const valid = offered.join(", ") || "(none)";
    throw new Error(
      `Template "${id}" offers no extra KPI ${unknown.join(", ")}. Extra KPIs: ${valid} / テンプレート「${id}」に追加できるKPI ${unknown.join(", ")} はありません。追加できるKPI: ${valid}`,
    );
  }
  return buildPlan(spec, locale, options.start ?? DEFAULT_START, extra);
}
