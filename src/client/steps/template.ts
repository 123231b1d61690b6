// Step 3: a template by sales style or industry prefills the process, KFS and KPIs. The sidebar runs
// the domain code, so the list comes from it directly (no server round trip). Nothing is picked at
// first. Next with a template picked applies it while the process is still empty; over a process the
// user typed it applies nothing and stops once to say so (Next again keeps their process).
import { h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { format } from "../../domain/i18n";
import { type TemplateKind, templates } from "../../domain/templates";
import { isProcessEmpty } from "../plan-load";
import { S } from "../strings";
import { Icon } from "../ui/fields";
import { useForm, useT } from "../ui/form";

const KINDS: TemplateKind[] = ["style", "industry", "minimal"];

export function TemplateStep() {
  const { state, dispatch, leaveGuard, announce } = useForm();
  const t = useT();
  const applied = state.plan.templateId;
  const [chosen, setChosen] = useState(applied);
  const [done, setDone] = useState(false);
  const [warned, setWarned] = useState(false);
  const warning = useRef<HTMLParagraphElement>(null);
  const title = templates.find((x) => x.id === applied)?.title;
  const chosenTitle = templates.find((x) => x.id === chosen)?.title;

  useEffect(() => {
    leaveGuard.current = () => {
      if (!chosen || chosen === applied || !chosenTitle) return true;
      if (isProcessEmpty(state.plan)) {
        dispatch({ type: "template", id: chosen });
        announce("process", {
          ja: format(S.templateAppliedOnNext.ja, { name: chosenTitle.ja }),
          en: format(S.templateAppliedOnNext.en, { name: chosenTitle.en }),
        });
        return true;
      }
      if (warned) return true;
      setWarned(true);
      return false;
    };
    return () => {
      leaveGuard.current = null;
    };
  });
  useEffect(() => {
    if (warned) warning.current?.focus();
  }, [warned]);

  return h(
    "div",
    null,
    h(
      "fieldset",
      { class: "group templates" },
      h("legend", null, t(S.chooseTemplate)),
      KINDS.map((kind) =>
        h(
          "div",
          { key: kind, class: "template-kind" },
          h("h3", null, t(S.templateKinds[kind])),
          templates
            .filter((x) => x.kind === kind)
            .map((x) =>
              h(
                "div",
                { key: x.id, class: "template" },
                h(
                  "label",
                  { class: "radio" },
                  h("input", {
                    type: "radio",
                    name: "template",
                    value: x.id,
                    checked: chosen === x.id,
                    "aria-describedby": `tpl-${x.id}`,
                    onChange: () => {
                      setChosen(x.id);
                      setDone(false);
                      setWarned(false);
                    },
                  }),
                  t(x.title),
                ),
                h("p", { id: `tpl-${x.id}`, class: "help" }, t(x.description)),
              ),
            ),
        ),
      ),
    ),
    h("p", { class: "help", id: "template-note" }, t(S.templateKeepsKgi)),
    h(
      "button",
      {
        type: "button",
        class: "primary",
        "aria-describedby": "template-note",
        disabled: !chosen,
        onClick: () => {
          dispatch({ type: "template", id: chosen });
          setDone(true);
          setWarned(false);
        },
      },
      t(S.applyTemplate),
    ),
    warned && chosenTitle
      ? h(
          "p",
          { class: "notice notice-warning", role: "alert", tabIndex: -1, ref: warning },
          h(Icon, { kind: "warning" }),
          t(S.templateNotApplied, { name: t(chosenTitle) }),
        )
      : null,
    h(
      "p",
      { role: "status", class: "status-line" },
      done && title ? [h(Icon, { kind: "ok" }), t(S.templateApplied, { name: t(title) })] : null,
    ),
  );
}
