// A template is written once, in both languages, and turned into a plan file for either locale
// (build.ts). Numbers are shared by the two locales; only text differs, and money, which is written
// in yen and shown in US dollars for English plans (see money in build.ts).
import type { Text } from "../i18n";
import type { Aggregate } from "../kpi-progress";
import type { Direction, Tier } from "../plan-schema";

export type TemplateKind = "style" | "industry" | "minimal";

/** The unit of a manual KPI: words in each language, or the plan's currency. */
export type UnitSpec = Text | "money";

export type SourceSpec =
  | { stream: string; stage: string }
  | { stream: string; rateFrom: string }
  /** `target` is in yen when `unit` is "money"; for the whole period when `aggregate` is "sum". */
  | { manual: true; target: number; unit: UnitSpec; aggregate: Aggregate };

export interface StageSpec {
  id: string;
  name: Text;
  /** A starting point for the conversion to the next stage; left out on the last stage. */
  rate?: number;
}

export interface StreamSpec {
  id: string;
  name: Text;
  share: number;
  /** Average deal value, in yen. */
  dealValue: number;
  /** Calendar days from first contact to the deal (plan file streams[].leadTimeDays). */
  leadTimeDays?: number;
  stages: StageSpec[];
}

export interface KpiSpec {
  id: string;
  name: Text;
  tier: Tier;
  direction: Direction;
  frequency: "daily" | "weekly" | "monthly";
  source: SourceSpec;
  definition: Text;
  reason?: Text;
  controllable?: boolean;
  capacityPerDay?: number;
  /**
   * false: offered with the template but not picked by default, so that a plan starts with the 3–5
   * KPIs that matter most (seed: KPIの数は絞る); templatePlan's `extraKpis` adds it.
   */
  picked?: false;
}

export interface TemplateSpec {
  id: string;
  kind: TemplateKind;
  title: Text;
  description: Text;
  /** The goal; `target` in yen when `unit` is "money". */
  kgi: { name: Text; target: number; unit: UnitSpec };
  kfs: { name: Text; note?: Text }[];
  streams: StreamSpec[];
  kpis: KpiSpec[];
  team: { name: Text; weight?: number }[];
}
