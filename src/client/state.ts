// The wizard's state: the plan as the user types it (strings, percentages), not yet a plan file.
// plan-build.ts turns it into a plan; plan-load.ts turns a plan (stored or template) into it.
import type { Locale } from "../domain/i18n";
import type { Direction, Tier } from "../domain/plan-schema";
import { currency } from "../domain/templates";

export const STEPS = ["start", "kgi", "template", "process", "kfs", "kpis", "team", "review"] as const;
export type StepId = (typeof STEPS)[number];

export type Frequency = "daily" | "weekly" | "monthly";
export type SourceKind = "stage" | "rate" | "manual";

export interface StageDraft {
  id: string;
  name: string;
  /** Conversion to the next stage in percent ("25" = 25%); ignored on the last stage. */
  rate: string;
  /** The team's past rate (a fraction): from a stored plan, or "Use my team's rates"; not typed. */
  historyRate?: number;
  /** How many the history counted at this stage (the n behind historyRate). */
  historyCount?: number;
  /**
   * A stage added in the wizard keeps a stand-in id until the process step is left: then it gets its
   * id from its name (or its place, stage_3) and keeps it from then on (stage-ids.ts).
   */
  idPending?: true;
}

export interface StreamDraft {
  id: string;
  name: string;
  /** Share of the goal in percent. */
  share: string;
  dealValue: string;
  /** Calendar days from first contact to the deal, as typed; blank or absent: none. */
  leadTimeDays?: string;
  stages: StageDraft[];
}

export interface KfsDraft {
  name: string;
  note: string;
}

export interface KpiDraft {
  id: string;
  name: string;
  tier: Tier;
  direction: Direction;
  frequency: Frequency;
  sourceKind: SourceKind;
  /** Stream id and stage id for "stage" (a count) and "rate" (conversion from this stage). */
  stream: string;
  stage: string;
  /** Manual KPIs: target, unit and how the log adds up ("" = the default of the unit and tier). */
  target: string;
  unit: string;
  aggregate?: "" | "sum" | "average";
  definition: string;
  reason: string;
  capacity: string;
  controllable: "" | "yes" | "no";
}

export interface PeriodDraft {
  /** "fiscal": twelve months from the first of fyMonth in fyYear; "dates": start and end as typed. */
  mode: "fiscal" | "dates";
  fyMonth: string;
  fyYear: string;
  start: string;
  end: string;
  granularity: "month" | "week";
}

export interface PlanDraft {
  locale: Locale;
  title: string;
  kgi: { name: string; target: string; unit: string };
  period: PeriodDraft;
  templateId: string;
  streams: StreamDraft[];
  kfs: KfsDraft[];
  kpis: KpiDraft[];
  /** One rep per line, optional weight after a tab or comma. */
  teamText: string;
  /** ISO weekdays (Mon 1 … Sun 7). */
  workdays: number[];
  /** Changes to the default holidays (Japanese public holidays for ja, none for en). */
  holidaysAdded: string[];
  holidaysRemoved: string[];
  /** Per-period weights as typed, or null for the default (by working days). */
  seasonality: string[] | null;
  rounding?: "stage" | "end";
  thresholds?: { good: number; warn: number };
}

export interface WizardState {
  step: StepId;
  plan: PlanDraft;
  /** Where the plan came from: a new one, or the plan stored in the spreadsheet. */
  origin: "new" | "stored";
  /** No edit yet since the sidebar opened: the server's locale may still replace ours. */
  pristine: boolean;
  /** Field anchors the user has typed in (errors of empty fields show only after that). */
  touched: string[];
  /** Steps whose errors all show (the user pressed Next there, or reached the review). */
  revealed: StepId[];
}

export const DEFAULT_WORKDAYS = [1, 2, 3, 4, 5];

/**
 * The year of the April a plan made today most likely starts in: from January to March teams plan
 * the coming fiscal year, from April on the current one. Either way, this calendar year.
 */
export function defaultFiscalYear(today: Date = new Date()): number {
  return today.getFullYear();
}

/** A new stage: its id is a stand-in until the process step is left (see StageDraft.idPending). */
export function emptyStage(id: string): StageDraft {
  return { id, name: "", rate: "", idPending: true };
}

export function emptyStream(id: string, share = "100"): StreamDraft {
  return { id, name: "", share, dealValue: "", stages: [emptyStage("stage_1"), emptyStage("stage_2")] };
}

export function emptyKpi(id: string): KpiDraft {
  return {
    id,
    name: "",
    tier: "activity",
    direction: "higher",
    frequency: "weekly",
    sourceKind: "manual",
    stream: "",
    stage: "",
    target: "",
    unit: "",
    aggregate: "",
    definition: "",
    reason: "",
    capacity: "",
    controllable: "",
  };
}

export function newPlanDraft(locale: Locale, today: Date = new Date()): PlanDraft {
  return {
    locale,
    title: "",
    kgi: { name: "", target: "", unit: currency(locale) },
    period: {
      mode: "fiscal",
      fyMonth: "4",
      fyYear: String(defaultFiscalYear(today)),
      start: "",
      end: "",
      granularity: "month",
    },
    templateId: "",
    streams: [emptyStream("main")],
    kfs: [],
    kpis: [],
    teamText: "",
    workdays: [...DEFAULT_WORKDAYS],
    holidaysAdded: [],
    holidaysRemoved: [],
    seasonality: null,
  };
}

export function initialState(locale: Locale, today: Date = new Date()): WizardState {
  return {
    step: "start",
    plan: newPlanDraft(locale, today),
    origin: "new",
    pristine: true,
    touched: [],
    revealed: [],
  };
}

/** `base_n` for the first n from `from` on that is not in `taken`: kpi_1, kpi_2, … in the order added. */
export function numberedId(base: string, from: number, taken: readonly string[]): string {
  for (let n = Math.max(1, from); ; n++) {
    const id = `${base}_${n}`;
    if (!taken.includes(id)) return id;
  }
}

/** An id matching ^[a-z][a-z0-9_]{0,30}$ that is not in `taken`: base, base_2, base_3, … */
export function uniqueId(base: string, taken: readonly string[]): string {
  const clean =
    base
      .toLowerCase()
      .replace(/[^a-z0-9_]+/g, "_")
      .replace(/^[^a-z]+/, "")
      .slice(0, 26) || "item";
  if (!taken.includes(clean)) return clean;
  for (let n = 2; ; n++) {
    const id = `${clean}_${n}`;
    if (!taken.includes(id)) return id;
  }
}
