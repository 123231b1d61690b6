// SMART lint (BRIEF §1): runs the rule table over a plan that passed parsePlan. Every finding names
// the field to change and says how, in Japanese and English.
import type { Plan } from "../plan-schema";
import { type PlanTargets, planTargets } from "../targets";
import { lintRules } from "./rules";
import type { LintContext, LintFinding, LintOptions, Severity } from "./types";

export { lintRules } from "./rules";
export {
  HIGHER_IS_BETTER_NAME,
  LOWER_IS_BETTER_NAME,
  MAX_KPIS,
  MIN_KPIS,
  UNCONTROLLABLE_NAME,
} from "./rules-cautions";
export { HISTORY_RATE_FACTOR } from "./rules-history";
export { DEFAULT_CAPACITY_PER_DAY, FREQUENCY_DAYS } from "./rules-smart";
export type { LintContext, LintFinding, LintOptions, LintRule, RuleHit, Severity } from "./types";

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings of every rule, errors first, then warnings, then info; table order within each. */
export function lintPlan(plan: Plan, options: LintOptions = {}): LintFinding[] {
  let targets: PlanTargets | undefined;
  const ctx: LintContext = {
    plan,
    options,
    targets: () => {
      targets ??= planTargets(plan);
      return targets;
    },
  };
  const findings = lintRules.flatMap((rule) =>
    rule.check(ctx).map((hit): LintFinding => ({ ruleId: rule.id, severity: rule.severity, ...hit })),
  );
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}

export function hasErrors(findings: readonly LintFinding[]): boolean {
  return findings.some((f) => f.severity === "error");
}
