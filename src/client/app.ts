// The wizard: state, the draft kept in localStorage per spreadsheet, the server's context, and the
// current step.
import { type FunctionComponent, h } from "preact";
import { useEffect, useMemo, useReducer, useRef, useState } from "preact/hooks";
import type { Context } from "../contract/endpoints";
import { type Locale, localeOf, type Text } from "../domain/i18n";
import { fieldId, stepOf } from "./anchors";
import {
  browserStorage,
  clearDraft,
  type DraftStorage,
  type SavedDraft,
  saveDraft,
  stateFromDraft,
  takeDraft,
} from "./draft";
import { type Action, reducer } from "./reducer";
import { type Server, scriptRunServer } from "./server";
import { initialState, STEPS, type StepId, type WizardState } from "./state";
import { KfsStep } from "./steps/kfs";
import { KgiStep } from "./steps/kgi";
import { KpisStep } from "./steps/kpis";
import { ProcessStep } from "./steps/process";
import { ReviewStep } from "./steps/review";
import { StartStep } from "./steps/start";
import { TeamStep } from "./steps/team";
import { TemplateStep } from "./steps/template";
import { S } from "./strings";
import { DraftBanner, DraftOffer, LanguageSelect, Pager, StepNav } from "./ui/chrome";
import { Icon } from "./ui/fields";
import { type Form, FormContext } from "./ui/form";
import { validate } from "./validate";

export interface AppProps {
  /** google.script.run by default; tests and the local preview pass their own. */
  server?: Server;
  /** localStorage by default; null for none. */
  storage?: DraftStorage | null;
  /** Language until the server says otherwise; default from the browser. */
  locale?: Locale;
  /** Start from this state instead of a draft or a new plan (tests, previews). */
  initial?: WizardState;
}

export type ContextState =
  | { status: "loading" }
  | { status: "ready"; context: Context }
  | { status: "failed"; message: string };

type AppAction = Action | { type: "reset"; state: WizardState } | { type: "adopt"; locale: Locale };

function appReducer(state: WizardState, action: AppAction): WizardState {
  if (action.type === "reset") return action.state;
  if (action.type === "adopt")
    return state.pristine
      ? { ...reducer(state, { type: "locale", locale: action.locale }), pristine: true }
      : state;
  return reducer(state, action);
}

function browserLocale(): Locale {
  return localeOf(typeof navigator === "undefined" ? "ja" : navigator.language);
}

const STEP_BODY: Record<StepId, FunctionComponent<{ context: ContextState }>> = {
  start: StartStep,
  kgi: KgiStep,
  template: TemplateStep,
  process: ProcessStep,
  kfs: KfsStep,
  kpis: KpisStep,
  team: TeamStep,
  review: ReviewStep,
};

/** A draft of this spreadsheet found on open: restored, or offered when the user had typed already. */
export interface Restored {
  saved: SavedDraft;
  /** True while it waits for the user: restoring it would replace what they typed since opening. */
  offered: boolean;
}

export function App(props: AppProps) {
  const server = useMemo(() => props.server ?? scriptRunServer(), [props.server]);
  const storage = props.storage === undefined ? browserStorage() : props.storage;
  const [restored, setRestored] = useState<Restored | null>(null);
  const [state, dispatch] = useReducer(
    appReducer,
    undefined,
    () => props.initial ?? initialState(props.locale ?? browserLocale()),
  );
  const [context, setContext] = useState<ContextState>({ status: "loading" });
  const v = useMemo(() => validate(state.plan), [state.plan]);
  const locale = state.plan.locale;
  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const firstStep = useRef(true);
  const leaveGuard = useRef<(() => boolean) | null>(null);
  const [notice, setNotice] = useState<{ step: StepId; text: Text } | null>(null);
  const latest = useRef(state);
  latest.current = state;
  // Drafts are kept per spreadsheet: nothing is read or saved before the server says which one this is.
  const sheetId = context.status === "ready" ? context.context.spreadsheetId : null;

  useEffect(() => {
    let live = true;
    server.call("kpiGetContext").then((r) => {
      if (!live) return;
      if (r.ok) {
        const saved = props.initial ? null : takeDraft(storage, r.value.spreadsheetId);
        if (saved && latest.current.pristine) {
          dispatch({ type: "reset", state: stateFromDraft(saved) });
          setRestored({ saved, offered: false });
        } else if (saved) {
          setRestored({ saved, offered: true });
        }
        setContext({ status: "ready", context: r.value });
        dispatch({ type: "adopt", locale: r.value.locale });
      } else {
        setContext({ status: "failed", message: r.error.message });
      }
    });
    return () => {
      live = false;
    };
  }, [server]);

  // While a saved draft is offered, saving would overwrite it before the user chose.
  const offered = restored?.offered === true;
  useEffect(() => {
    if (!state.pristine && sheetId !== null && !offered) saveDraft(storage, sheetId, state);
  }, [state, storage, sheetId, offered]);

  useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = locale;
  }, [locale]);

  // A new step: focus its heading (or the field a message pointed to) so keyboard and screen reader
  // users start at the top of what changed.
  useEffect(() => {
    if (notice && notice.step !== state.step) setNotice(null);
  }, [state.step]);

  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    const target = pendingFocus.current ? document.getElementById(fieldId(pendingFocus.current)) : null;
    pendingFocus.current = null;
    (target ?? heading.current)?.focus();
  }, [state.step]);

  const goToField = (anchor: string) => {
    const target = stepOf(anchor);
    dispatch({ type: "reveal", step: target });
    if (target === state.step) {
      document.getElementById(fieldId(anchor))?.focus();
      return;
    }
    pendingFocus.current = anchor;
    dispatch({ type: "goto", step: target });
  };

  const generated = () => {
    if (sheetId !== null) clearDraft(storage, sheetId);
    setRestored(null);
    dispatch({ type: "reset", state: { ...state, origin: "stored", pristine: true } });
  };

  const form: Form = {
    locale,
    state,
    dispatch,
    v,
    server,
    goToField,
    generated,
    leaveGuard,
    announce: (step, text) => setNotice({ step, text }),
  };
  const index = STEPS.indexOf(state.step);
  const Body = STEP_BODY[state.step];
  const ctx = context.status === "ready" ? context.context : null;

  const discard = () => {
    if (sheetId !== null) clearDraft(storage, sheetId);
    setRestored(null);
    dispatch({ type: "reset", state: initialState(ctx?.locale ?? locale) });
  };
  const openOffered = () => {
    if (!restored) return;
    dispatch({ type: "reset", state: stateFromDraft(restored.saved) });
    setRestored({ ...restored, offered: false });
  };

  return h(
    FormContext.Provider,
    { value: form },
    h(
      "div",
      { class: "wizard" },
      h("header", { class: "top" }, h("h1", null, "KPI Designer"), h(LanguageSelect, null)),
      restored?.offered
        ? h(DraftOffer, {
            savedAt: restored.saved.savedAt,
            onOpen: openOffered,
            onKeep: () => setRestored(null),
          })
        : restored
          ? h(DraftBanner, {
              savedAt: restored.saved.savedAt,
              onDiscard: discard,
              onClose: () => setRestored(null),
            })
          : null,
      h(StepNav, null),
      h(
        "section",
        { class: "step", "aria-labelledby": "step-title" },
        h(
          "h2",
          { id: "step-title", tabIndex: -1, ref: heading },
          `${index + 1}. ${S.steps[state.step].title[locale]}`,
        ),
        h(
          "p",
          { class: "why" },
          h("span", { class: "why-label" }, S.whyLabel[locale]),
          S.steps[state.step].why[locale],
        ),
        notice && notice.step === state.step
          ? h(
              "p",
              { class: "notice notice-ok", role: "status" },
              h(Icon, { kind: "ok" }),
              notice.text[locale],
            )
          : null,
        h(Body, { context }),
      ),
      h(Pager, null),
    ),
  );
}
