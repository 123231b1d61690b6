// What every field needs from the wizard, passed down once: the language, the checks of the
// current draft, which messages to show, and how to report a change.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { format, type Locale, type Text } from "../../domain/i18n";
import { fieldId } from "../anchors";
import type { Dispatch } from "../reducer";
import type { Server } from "../server";
import type { StepId, WizardState } from "../state";
import type { FieldMessage, Validation } from "../validate";

export interface Form {
  locale: Locale;
  state: WizardState;
  dispatch: Dispatch;
  v: Validation;
  server: Server;
  /** Opens the step of a field and moves the focus to it. */
  goToField(anchor: string): void;
  /** The sheets are written: the stored plan is now this one, so the draft is cleared. */
  generated(): void;
  /**
   * Set by the current step when moving on forward needs its say first (the template step applies
   * the template picked, or stops once to say it did not): false keeps the wizard where it is.
   */
  leaveGuard: { current: (() => boolean) | null };
  /** A message shown (role="status") at the top of `step` when the wizard gets there. */
  announce(step: StepId, text: Text): void;
}

export const FormContext = createContext<Form | null>(null);

export function useForm(): Form {
  const form = useContext(FormContext);
  if (!form) throw new Error("wizard fields need a FormContext");
  return form;
}

/** Text in the wizard's language, with {placeholders} filled. */
export function useT(): (text: Text, values?: Record<string, string | number>) => string {
  const { locale } = useForm();
  return (text, values) => (values ? format(text[locale], values) : text[locale]);
}

/**
 * The messages to show at a field. Errors of an empty field wait until the user has typed there or
 * pressed Next on its step, so a new plan does not open covered in errors; everything else (and
 * every lint warning, which only comes once the plan is complete) shows as soon as it is found.
 */
export function visibleMessages(form: Form, anchor: string, value?: string): FieldMessage[] {
  const all = form.v.byAnchor.get(anchor) ?? [];
  if (all.length === 0 || value === undefined || value.trim() !== "") return all;
  const step = all[0]?.step;
  const errorsShown =
    form.state.touched.includes(anchor) || (step !== undefined && form.state.revealed.includes(step));
  return errorsShown ? all : all.filter((m) => m.severity !== "error");
}

export { fieldId };
