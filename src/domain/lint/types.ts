// The shapes of the SMART lint: a table of rules (data), each with a small check.
import type { Text } from "../i18n";
import type { Plan } from "../plan-schema";
import type { PlanTargets } from "../targets";

export type Severity = "error" | "warning" | "info";

export interface LintFinding {
  ruleId: string;
  severity: Severity;
  /** Field path of what to change, e.g. `kpis[2].definition`, or `kpis` for the whole list. */
  path: string;
  message: Text;
  /** How to fix it. */
  hint: Text;
}

export interface LintOptions {
  /** Most a rep can do per working day when a KPI gives no `capacityPerDay` (default 60). */
  capacityPerDay?: number;
}

/** What a rule sees: the parsed plan, the options, and the targets computed once on demand. */
export interface LintContext {
  plan: Plan;
  options: LintOptions;
  targets(): PlanTargets;
}

/** What a check reports; the runner adds the rule's id and severity. */
export type RuleHit = Omit<LintFinding, "ruleId" | "severity">;

export interface LintRule {
  /** kebab-case, stable: users and tests refer to it. */
  id: string;
  severity: Severity;
  title: Text;
  check(ctx: LintContext): RuleHit[];
}
