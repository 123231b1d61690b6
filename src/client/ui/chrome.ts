// The frame around the steps: language, the list of steps, Back/Next, and the restored-draft notices.
import { h } from "preact";
import type { Locale } from "../../domain/i18n";
import { STEPS, type StepId } from "../state";
import { counted, S } from "../strings";
import { type Form, useForm, useT } from "./form";

export function LanguageSelect() {
  const { locale, dispatch } = useForm();
  return h(
    "div",
    { class: "lang" },
    h("label", { for: "f-language" }, "言語 / Language"),
    h(
      "select",
      {
        id: "f-language",
        value: locale,
        onChange: (e: Event) =>
          dispatch({ type: "locale", locale: (e.currentTarget as HTMLSelectElement).value as Locale }),
      },
      h("option", { value: "ja" }, "日本語"),
      h("option", { value: "en" }, "English"),
    ),
  );
}

/** The steps as buttons: any step can be opened; the current one is marked; errors are counted. */
/** Whether the current step lets the wizard move on forward (see Form.leaveGuard). */
function mayLeave(guard: Form["leaveGuard"]): boolean {
  return guard.current ? guard.current() : true;
}

export function StepNav() {
  const { state, v, dispatch, leaveGuard } = useForm();
  const t = useT();
  return h(
    "nav",
    { class: "steps", "aria-label": t(S.stepsLabel) },
    h(
      "ol",
      null,
      STEPS.map((step, i) => {
        const errors = state.revealed.includes(step) ? v.stepErrors[step] : 0;
        const title = t(S.steps[step].title);
        const name = errors
          ? `${i + 1}. ${title} (${t(counted(S.errorCount, errors), { n: errors })})`
          : `${i + 1}. ${title}`;
        return h(
          "li",
          { key: step },
          h(
            "button",
            {
              type: "button",
              class: `step-button${step === state.step ? " current" : ""}${errors ? " has-errors" : ""}`,
              "aria-current": step === state.step ? "step" : undefined,
              "aria-label": name,
              title: name,
              onClick: () => {
                if (i > STEPS.indexOf(state.step) && !mayLeave(leaveGuard)) return;
                dispatch({ type: "goto", step });
              },
            },
            String(i + 1),
            errors ? h("span", { class: "step-flag", "aria-hidden": "true" }, "!") : null,
          ),
        );
      }),
    ),
  );
}

export function Pager() {
  const { state, dispatch, leaveGuard } = useForm();
  const t = useT();
  const i = STEPS.indexOf(state.step);
  const prev: StepId | undefined = STEPS[i - 1];
  const next: StepId | undefined = STEPS[i + 1];
  const go = (step: StepId) => {
    if (!mayLeave(leaveGuard)) return;
    dispatch({ type: "reveal", step: state.step });
    if (step === "review") for (const s of STEPS) dispatch({ type: "reveal", step: s });
    dispatch({ type: "goto", step });
  };
  return h(
    "nav",
    { class: "pager", "aria-label": t(S.pagerLabel) },
    prev
      ? h(
          "button",
          { type: "button", class: "secondary", onClick: () => dispatch({ type: "goto", step: prev }) },
          t(S.back),
        )
      : h("span", null),
    next
      ? h(
          "button",
          { type: "button", class: "primary", onClick: () => go(next) },
          t(S.next),
          h("span", { class: "next-to" }, `: ${t(S.steps[next].title)}`),
        )
      : null,
  );
}

function stampOf(savedAt: string): string {
  const when = savedAt ? new Date(savedAt) : null;
  return when && !Number.isNaN(when.getTime()) ? when.toLocaleString() : "";
}

export function DraftBanner(p: { savedAt: string; onDiscard(): void; onClose(): void }) {
  const t = useT();
  const stamp = stampOf(p.savedAt);
  return h(
    "div",
    { class: "banner", role: "region", "aria-label": t(S.draftRestoredLabel) },
    h("p", null, t(S.draftRestored), stamp ? ` (${stamp})` : ""),
    h(
      "div",
      { class: "banner-actions" },
      h("button", { type: "button", class: "secondary", onClick: p.onDiscard }, t(S.discardDraft)),
      h("button", { type: "button", class: "link", onClick: p.onClose }, t(S.keepDraft)),
    ),
  );
}

/**
 * A draft of this spreadsheet was found after the user had already typed (the spreadsheet's id comes
 * from the server a moment after the sidebar opens): nothing is replaced until they choose.
 */
export function DraftOffer(p: { savedAt: string; onOpen(): void; onKeep(): void }) {
  const t = useT();
  const stamp = stampOf(p.savedAt);
  return h(
    "div",
    { class: "banner", role: "region", "aria-label": t(S.draftFoundLabel) },
    h("p", null, t(S.draftFound), stamp ? ` (${stamp})` : ""),
    h(
      "div",
      { class: "banner-actions" },
      h("button", { type: "button", class: "secondary", onClick: p.onOpen }, t(S.openSavedDraft)),
      h("button", { type: "button", class: "link", onClick: p.onKeep }, t(S.keepTyped)),
    ),
  );
}
