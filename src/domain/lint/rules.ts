// The rule table: the order here is the order of the report (within a severity).
import {
  activityNeedsOutcome,
  kpiControllable,
  kpiCount,
  kpiDirection,
  kpiNone,
  quantityNeedsQuality,
} from "./rules-cautions";
import { smartAchievableHistory } from "./rules-history";
import {
  periodWorkingDays,
  smartAchievable,
  smartMeasurable,
  smartRelevant,
  smartSpecific,
  smartTimeBound,
} from "./rules-smart";
import type { LintRule } from "./types";

export const lintRules: readonly LintRule[] = [
  kpiNone,
  kpiCount,
  periodWorkingDays,
  smartSpecific,
  smartMeasurable,
  smartAchievable,
  smartAchievableHistory,
  smartRelevant,
  smartTimeBound,
  kpiControllable,
  activityNeedsOutcome,
  quantityNeedsQuality,
  kpiDirection,
];
