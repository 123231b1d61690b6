// Step 6: 3–5 KPIs, picked from the process (a count or a rate per stage) or written by hand, each
// with its SMART fields; lint findings appear at the field they are about.
import { h } from "preact";
import { useMemo } from "preact/hooks";
import type { Text } from "../../domain/i18n";
import { MAX_KPIS, MIN_KPIS } from "../../domain/lint";
import { reverseCalc } from "../calc";
import { isSuggestion, suggestions } from "../kpi-suggest";
import { templateExtras } from "../plan-load";
import { emptyKpi, type KpiDraft, numberedId } from "../state";
import { S } from "../strings";
import { GroupMessages, Icon } from "../ui/fields";
import { useForm, useT } from "../ui/form";
import { KpiCard } from "./kpi-card";

export function KpisStep() {
  const { state, dispatch, v } = useForm();
  const t = useT();
  const d = state.plan;
  const kpis = d.kpis;
  const calc = useMemo(() => reverseCalc(v.input, v.plan), [v]);
  const ids = kpis.map((k) => k.id);
  const list = suggestions(d);
  const extras = useMemo(() => templateExtras(d), [d.templateId, d.locale, d.streams]);
  const n = kpis.length;
  const countOk = n >= MIN_KPIS && n <= MAX_KPIS;
  /** A ticked box while the plan holds the KPI it offers; ticking adds it, unticking removes it. */
  const toggle = (key: string, label: Text, isIt: (k: KpiDraft) => boolean, make: () => KpiDraft) => {
    const at = kpis.findIndex(isIt);
    return h(
      "label",
      { key, class: "check" },
      h("input", {
        type: "checkbox",
        checked: at >= 0,
        onChange: () =>
          at >= 0
            ? dispatch({ type: "kpis", change: { op: "remove", index: at } })
            : dispatch({ type: "kpis", change: { op: "add", item: make() } }),
      }),
      t(label),
    );
  };

  return h(
    "div",
    null,
    h(
      "p",
      { class: `count ${countOk ? "count-ok" : "count-off"}`, role: "status" },
      h(Icon, { kind: countOk ? "ok" : "warning" }),
      t(S.kpiCount, { n, min: MIN_KPIS, max: MAX_KPIS }),
    ),
    h(GroupMessages, { anchor: "kpis" }),
    h(
      "fieldset",
      { class: "group suggestions" },
      h("legend", null, t(S.suggestionsLegend)),
      list.length === 0 ? h("p", { class: "help" }, t(S.noSuggestions)) : null,
      list.map((s) =>
        toggle(
          s.key,
          s.label,
          (k) => isSuggestion(k, s),
          () => s.make(ids),
        ),
      ),
    ),
    extras.length === 0
      ? null
      : h(
          "fieldset",
          { class: "group suggestions extras" },
          h("legend", null, t(S.extrasLegend)),
          // A KPI of the template is the same KPI by its id: unticking removes what ticking added.
          extras.map((x) =>
            toggle(
              x.id,
              x.label,
              (k) => k.id === x.id,
              () => x.kpi,
            ),
          ),
        ),
    h(
      "button",
      {
        type: "button",
        class: "secondary",
        onClick: () =>
          dispatch({ type: "kpis", change: { op: "add", item: emptyKpi(numberedId("kpi", n + 1, ids)) } }),
      },
      t(S.addKpi),
    ),
    kpis.map((kpi, i) => h(KpiCard, { key: kpi.id, kpi, index: i, count: n, calc })),
  );
}
