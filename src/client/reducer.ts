// Every change to the wizard goes through this reducer: one place that is easy to test, and the
// draft saved after each action is exactly the state the user sees.
import type { Locale } from "../domain/i18n";
import { currency } from "../domain/templates";
import { applyTemplate } from "./plan-load";
import { settleStageIds } from "./stage-ids";
import {
  emptyStage,
  emptyStream,
  type KfsDraft,
  type KpiDraft,
  numberedId,
  type PlanDraft,
  type StageDraft,
  type StepId,
  type StreamDraft,
  type WizardState,
} from "./state";
import { applyStageRates, type StageRateChange } from "./team-rates";

/** A change to a list: add (at `at`, default the end), remove, move by ±1, patch one item. */
export type ListOp<T> =
  | { op: "add"; item: T; at?: number }
  | { op: "remove"; index: number }
  | { op: "move"; index: number; by: -1 | 1 }
  | { op: "patch"; index: number; patch: Partial<T> };

export type Action =
  | { type: "goto"; step: StepId }
  | { type: "reveal"; step: StepId }
  | { type: "touch"; anchor: string }
  | { type: "locale"; locale: Locale }
  | { type: "load"; plan: PlanDraft; origin: WizardState["origin"]; step?: StepId }
  | { type: "plan"; patch: Partial<PlanDraft> }
  | { type: "kgi"; patch: Partial<PlanDraft["kgi"]> }
  | { type: "period"; patch: Partial<PlanDraft["period"]> }
  | { type: "template"; id: string }
  | { type: "streams"; change: ListOp<StreamDraft> }
  | { type: "stages"; stream: number; change: ListOp<StageDraft> }
  | { type: "kfs"; change: ListOp<KfsDraft> }
  | { type: "kpis"; change: ListOp<KpiDraft> }
  /** Rates set by "Use my team's rates" (or put back by its Undo), with their history. */
  | { type: "stageRates"; changes: StageRateChange[] };

export function applyListOp<T>(list: readonly T[], change: ListOp<T>): T[] {
  const out = [...list];
  switch (change.op) {
    case "add":
      out.splice(change.at ?? out.length, 0, change.item);
      return out;
    case "remove":
      out.splice(change.index, 1);
      return out;
    case "move": {
      const to = change.index + change.by;
      if (to < 0 || to >= out.length) return out;
      const [item] = out.splice(change.index, 1);
      out.splice(to, 0, item as T);
      return out;
    }
    case "patch": {
      const item = out[change.index];
      if (item !== undefined) out[change.index] = { ...item, ...change.patch };
      return out;
    }
  }
}

/** A new stream, numbered in order (stream_2 after the first), its id unique in the plan. */
export function newStream(plan: PlanDraft): StreamDraft {
  return emptyStream(
    numberedId(
      "stream",
      plan.streams.length + 1,
      plan.streams.map((s) => s.id),
    ),
    "0",
  );
}

/** A new stage, on a stand-in id unique in its stream until the process step is left (stage-ids.ts). */
export function newStage(stream: StreamDraft): StageDraft {
  return emptyStage(
    numberedId(
      "stage",
      stream.stages.length + 1,
      stream.stages.map((s) => s.id),
    ),
  );
}

function editPlan(state: WizardState, plan: PlanDraft): WizardState {
  return { ...state, plan, pristine: false };
}

function withLocale(plan: PlanDraft, locale: Locale): PlanDraft {
  // Before any amount is typed, a unit still at the old language's default currency follows the
  // language; after, switching the language never changes what the amounts mean.
  const noAmounts = !plan.kgi.target.trim() && plan.streams.every((s) => !s.dealValue.trim());
  const unit = noAmounts && plan.kgi.unit === currency(plan.locale) ? currency(locale) : plan.kgi.unit;
  return { ...plan, locale, kgi: { ...plan.kgi, unit } };
}

export function reducer(state: WizardState, action: Action): WizardState {
  const plan = state.plan;
  switch (action.type) {
    case "goto":
      // Leaving the process step gives the stages added there their ids for good.
      return state.step === "process" && action.step !== "process"
        ? { ...state, step: action.step, plan: settleStageIds(plan) }
        : { ...state, step: action.step };
    case "reveal":
      return state.revealed.includes(action.step)
        ? state
        : { ...state, revealed: [...state.revealed, action.step] };
    case "touch":
      return state.touched.includes(action.anchor)
        ? state
        : { ...state, touched: [...state.touched, action.anchor] };
    case "locale":
      return { ...state, plan: withLocale(plan, action.locale), pristine: false };
    case "load":
      return {
        ...state,
        plan: action.plan,
        origin: action.origin,
        step: action.step ?? state.step,
        pristine: false,
        touched: [],
        revealed: [],
      };
    case "plan":
      return editPlan(state, { ...plan, ...action.patch });
    case "kgi":
      return editPlan(state, { ...plan, kgi: { ...plan.kgi, ...action.patch } });
    case "period":
      return editPlan(state, { ...plan, period: { ...plan.period, ...action.patch } });
    case "template":
      return editPlan(state, applyTemplate(plan, action.id));
    case "streams":
      return editPlan(state, { ...plan, streams: applyListOp(plan.streams, action.change) });
    case "stages":
      return editPlan(state, {
        ...plan,
        streams: plan.streams.map((s, i) =>
          i === action.stream ? { ...s, stages: applyListOp(s.stages, action.change) } : s,
        ),
      });
    case "kfs":
      return editPlan(state, { ...plan, kfs: applyListOp(plan.kfs, action.change) });
    case "kpis":
      return editPlan(state, { ...plan, kpis: applyListOp(plan.kpis, action.change) });
    case "stageRates":
      return editPlan(state, applyStageRates(plan, action.changes));
  }
}

export type Dispatch = (action: Action) => void;
