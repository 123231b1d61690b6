// Step 3: a template by sales style or industry prefills the process, KFS and KPIs. The sidebar runs
// the domain code, so the list comes from it directly (no server round trip).
import { h } from "preact";
import { useState } from "preact/hooks";
import { type TemplateKind, templates } from "../../domain/templates";
import { S } from "../strings";
import { Icon } from "../ui/fields";
import { useForm, useT } from "../ui/form";

const KINDS: TemplateKind[] = ["style", "industry", "minimal"];

export function TemplateStep() {
  const { state, dispatch } = useForm();
  const t = useT();
  const applied = state.plan.templateId;
  const [chosen, setChosen] = useState(applied || templates[0]?.id || "");
  const [done, setDone] = useState(false);
  const title = templates.find((x) => x.id === applied)?.title;

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
        onClick: () => {
          dispatch({ type: "template", id: chosen });
          setDone(true);
        },
      },
      t(S.applyTemplate),
    ),
    h(
      "p",
      { role: "status", class: "status-line" },
      done && title ? [h(Icon, { kind: "ok" }), t(S.templateApplied, { name: t(title) })] : null,
    ),
  );
}
