// Labelled inputs with their messages: every field has a <label>, and its messages are tied to it
// by aria-describedby, with aria-invalid when one is an error. Status is said in words and an icon,
// not only in colour.
import { type ComponentChildren, h } from "preact";
import { messageId } from "../anchors";
import { fractionToPercent, readNumber } from "../convert";
import { S } from "../strings";
import type { FieldMessage } from "../validate";
import { fieldId, useForm, useT, visibleMessages } from "./form";

const GLYPH = { error: "×", warning: "!", info: "i", ok: "✓" } as const;

/** A status badge drawn with plain glyphs every font has (no emoji): the words next to it carry the meaning. */
export function Icon(p: { kind: keyof typeof GLYPH }) {
  return h("span", { class: `icon icon-${p.kind}`, "aria-hidden": "true" }, GLYPH[p.kind]);
}

export function MessageList(props: { id?: string; messages: FieldMessage[] }) {
  const t = useT();
  if (props.messages.length === 0) return null;
  return h(
    "ul",
    { id: props.id, class: "messages" },
    props.messages.map((m, i) =>
      h(
        "li",
        { key: `${m.path}-${i}`, class: `msg msg-${m.severity}` },
        h(Icon, { kind: m.severity }),
        h("strong", null, t(S.severity[m.severity])),
        " ",
        t(m.message),
        m.hint ? h("span", { class: "msg-hint" }, h("strong", null, t(S.hintLabel)), " ", t(m.hint)) : null,
      ),
    ),
  );
}

/** The messages of a group (a stream, a KPI, a whole list) that no single input owns. */
export function GroupMessages(props: { anchor: string }) {
  const form = useForm();
  const messages = visibleMessages(form, props.anchor);
  return h(MessageList, { id: messageId(props.anchor), messages });
}

interface FieldShell {
  anchor: string;
  label: string;
  /** Shown under the label, tied to the input. */
  help?: string | undefined;
  value: string;
  /** Extra ids (e.g. a description) the input is described by. */
  describedBy?: string | undefined;
}

function useFieldShell(p: FieldShell) {
  const form = useForm();
  const id = fieldId(p.anchor);
  const messages = visibleMessages(form, p.anchor, p.value);
  const helpId = p.help ? `${id}-help` : undefined;
  const msgId = messages.length ? messageId(p.anchor) : undefined;
  const describedBy = [helpId, msgId, p.describedBy].filter(Boolean).join(" ") || undefined;
  const invalid = messages.some((m) => m.severity === "error");
  const touch = () => form.dispatch({ type: "touch", anchor: p.anchor });
  const wrap = (input: ComponentChildren, extra?: ComponentChildren) =>
    h(
      "div",
      { class: `field${invalid ? " field-invalid" : ""}` },
      h("label", { for: id }, p.label),
      p.help ? h("p", { id: helpId, class: "help" }, p.help) : null,
      input,
      extra,
      h(MessageList, { id: msgId, messages }),
    );
  return { id, describedBy, invalid, touch, wrap };
}

export interface TextFieldProps extends FieldShell {
  onInput(value: string): void;
  type?: "text" | "date";
  inputMode?: "decimal" | "numeric" | "text";
  placeholder?: string | undefined;
  list?: string;
  /** A unit shown after the input (also part of the label, so screen readers hear it once). */
  suffix?: string;
  required?: boolean;
}

/**
 * A percent field holding a fraction (0.3 where 30 was meant, as a plan file writes rates): the
 * percent it probably meant, else null.
 */
export function meantPercent(
  suffix: string | undefined,
  value: string,
): { typed: number; percent: number } | null {
  if (suffix !== "%") return null;
  const n = readNumber(value);
  return typeof n === "number" && n > 0 && n < 1 ? { typed: n, percent: fractionToPercent(n) } : null;
}

/** "0.3% — did you mean 30%?" under a percent field, with a button that makes it 30. */
function PercentCheck(p: { id: string; typed: number; percent: number; onUse(): void }) {
  const t = useT();
  const values = { typed: p.typed, percent: p.percent };
  return h(
    "p",
    { id: p.id, class: "msg msg-warning percent-check", role: "status" },
    h(Icon, { kind: "warning" }),
    t(S.percentMaybe, values),
    " ",
    h("button", { type: "button", class: "link", onClick: p.onUse }, t(S.percentUse, values)),
  );
}

export function TextField(p: TextFieldProps) {
  const meant = meantPercent(p.suffix, p.value);
  const checkId = `${fieldId(p.anchor)}-percent`;
  const f = useFieldShell(
    meant ? { ...p, describedBy: [p.describedBy, checkId].filter(Boolean).join(" ") } : p,
  );
  const input = h("input", {
    id: f.id,
    type: p.type ?? "text",
    value: p.value,
    inputMode: p.inputMode,
    placeholder: p.placeholder,
    list: p.list,
    required: p.required,
    autoComplete: "off",
    "aria-invalid": f.invalid ? "true" : undefined,
    "aria-describedby": f.describedBy,
    onInput: (e: Event) => {
      p.onInput((e.currentTarget as HTMLInputElement).value);
      f.touch();
    },
    onBlur: f.touch,
  });
  return f.wrap(
    p.suffix
      ? h(
          "div",
          { class: "with-suffix" },
          input,
          h("span", { class: "suffix", "aria-hidden": "true" }, p.suffix),
        )
      : input,
    meant
      ? h(PercentCheck, {
          id: checkId,
          ...meant,
          onUse: () => {
            p.onInput(String(meant.percent));
            f.touch();
            // The button goes away with the question: the focus goes back to the field it fixed.
            document.getElementById(f.id)?.focus();
          },
        })
      : null,
  );
}

export interface TextAreaProps extends FieldShell {
  onInput(value: string): void;
  rows?: number;
  placeholder?: string | undefined;
}

export function TextArea(p: TextAreaProps) {
  const f = useFieldShell(p);
  return f.wrap(
    h("textarea", {
      id: f.id,
      rows: p.rows ?? 2,
      value: p.value,
      placeholder: p.placeholder,
      "aria-invalid": f.invalid ? "true" : undefined,
      "aria-describedby": f.describedBy,
      onInput: (e: Event) => {
        p.onInput((e.currentTarget as HTMLTextAreaElement).value);
        f.touch();
      },
      onBlur: f.touch,
    }),
  );
}

export interface SelectFieldProps<V extends string> extends FieldShell {
  value: V;
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
}

export function SelectField<V extends string>(p: SelectFieldProps<V>) {
  const f = useFieldShell(p);
  return f.wrap(
    h(
      "select",
      {
        id: f.id,
        value: p.value,
        "aria-invalid": f.invalid ? "true" : undefined,
        "aria-describedby": f.describedBy,
        onChange: (e: Event) => {
          p.onChange((e.currentTarget as HTMLSelectElement).value as V);
          f.touch();
        },
      },
      p.options.map((o) => h("option", { key: o.value, value: o.value }, o.label)),
    ),
  );
}

/** A small button whose visible text is a symbol; its accessible name says what it does. */
export function IconButton(p: { label: string; text: string; onClick(): void; disabled?: boolean }) {
  return h(
    "button",
    {
      type: "button",
      class: "icon-button",
      "aria-label": p.label,
      title: p.label,
      // aria-disabled, not disabled: a button that just moved an item to the end keeps the focus.
      "aria-disabled": p.disabled ? "true" : undefined,
      onClick: () => {
        if (!p.disabled) p.onClick();
      },
    },
    h("span", { "aria-hidden": "true" }, p.text),
  );
}

/** ↑ ↓ ✕ for an item of a list. */
export function ItemTools(p: {
  name: string;
  index: number;
  count: number;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  canRemove?: boolean;
}) {
  const t = useT();
  return h(
    "div",
    { class: "item-tools" },
    h(IconButton, {
      label: t(S.moveUp, { name: p.name }),
      text: "↑",
      onClick: () => p.onMove(-1),
      disabled: p.index === 0,
    }),
    h(IconButton, {
      label: t(S.moveDown, { name: p.name }),
      text: "↓",
      onClick: () => p.onMove(1),
      disabled: p.index === p.count - 1,
    }),
    h(IconButton, {
      label: t(S.remove, { name: p.name }),
      text: "✕",
      onClick: p.onRemove,
      disabled: p.canRemove === false,
    }),
  );
}
