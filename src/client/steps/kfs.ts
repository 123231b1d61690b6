// Step 5: key factors for success (KFS): qualitative, no numbers; what makes the KPIs reachable.
import { h } from "preact";
import type { KfsDraft } from "../state";
import { S } from "../strings";
import { GroupMessages, ItemTools, TextArea, TextField } from "../ui/fields";
import { useForm, useT } from "../ui/form";

export function KfsStep() {
  const { state, dispatch } = useForm();
  const t = useT();
  const kfs = state.plan.kfs;
  const add = (item: KfsDraft) => dispatch({ type: "kfs", change: { op: "add", item } });
  const names = new Set(kfs.map((f) => f.name.trim()));
  const examples = S.kfsExamples.filter((e) => !names.has(t(e.name)));

  return h(
    "div",
    null,
    h(GroupMessages, { anchor: "kfs" }),
    kfs.length === 0 ? h("p", { class: "help" }, t(S.kfsEmpty)) : null,
    h(
      "ol",
      { class: "items" },
      kfs.map((f, i) =>
        h(
          "li",
          { key: i, class: "item" },
          h(TextField, {
            anchor: `kfs[${i}].name`,
            label: t(S.kfsName, { n: i + 1 }),
            value: f.name,
            onInput: (name) => dispatch({ type: "kfs", change: { op: "patch", index: i, patch: { name } } }),
          }),
          h(TextArea, {
            anchor: `kfs[${i}].note`,
            label: t(S.kfsNote),
            value: f.note,
            onInput: (note) => dispatch({ type: "kfs", change: { op: "patch", index: i, patch: { note } } }),
          }),
          h(ItemTools, {
            name: f.name || t(S.kfsName, { n: i + 1 }),
            index: i,
            count: kfs.length,
            onMove: (by) => dispatch({ type: "kfs", change: { op: "move", index: i, by } }),
            onRemove: () => dispatch({ type: "kfs", change: { op: "remove", index: i } }),
          }),
        ),
      ),
    ),
    h(
      "button",
      { type: "button", class: "secondary", onClick: () => add({ name: "", note: "" }) },
      t(S.addKfs),
    ),
    examples.length
      ? h(
          "div",
          { class: "examples" },
          h("h3", null, t(S.kfsExamplesTitle)),
          h(
            "ul",
            null,
            examples.map((e) =>
              h(
                "li",
                { key: e.name.en },
                h(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    onClick: () => add({ name: t(e.name), note: t(e.note) }),
                  },
                  h("span", { "aria-hidden": "true" }, "+ "),
                  t(S.addExample, { name: t(e.name) }),
                ),
              ),
            ),
          ),
        )
      : null,
  );
}
