// The templates (BRIEF §1): by sales style, by industry, and the minimal inside-sales set.
import type { Locale, Text } from "../i18n";
import type { Plan } from "../plan-schema";
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
  return buildPlan(templateSpec(id), locale, options.start ?? DEFAULT_START);
}
