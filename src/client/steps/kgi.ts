// Step 2: the goal (KGI) and the period it is for.
import { h } from "preact";
import { hasAmountWords } from "../../domain/amount-words";
import { formatNumber, readAmount } from "../convert";
import { defaultTitle, periodDates } from "../plan-build";
import { S } from "../strings";
import { GroupMessages, SelectField, TextField } from "../ui/fields";
import { useForm, useT } from "../ui/form";

export function KgiStep() {
  const { state, dispatch, locale } = useForm();
  const t = useT();
  const d = state.plan;
  const p = d.period;
  const dates = periodDates(p);
  // "6000万" or "60M": say what it was read as, so a slip of a unit shows before the funnel does.
  const amount = readAmount(d.kgi.target);
  const targetHelp =
    typeof amount === "number" && hasAmountWords(d.kgi.target)
      ? t(S.amountRead, { n: formatNumber(amount, locale) })
      : t(S.kgiTargetHelp);
  const setPeriod = (patch: Partial<typeof p>) => dispatch({ type: "period", patch });

  return h(
    "div",
    null,
    h(TextField, {
      anchor: "kgi.name",
      label: t(S.kgiName),
      help: t(S.kgiNameHelp),
      value: d.kgi.name,
      required: true,
      onInput: (name) => dispatch({ type: "kgi", patch: { name } }),
    }),
    h(TextField, {
      anchor: "kgi.target",
      label: t(S.kgiTarget),
      help: targetHelp,
      value: d.kgi.target,
      inputMode: "decimal",
      required: true,
      placeholder: "120,000,000",
      onInput: (target) => dispatch({ type: "kgi", patch: { target } }),
    }),
    h(TextField, {
      anchor: "kgi.unit",
      label: t(S.kgiUnit),
      help: t(S.kgiUnitHelp),
      value: d.kgi.unit,
      list: "units",
      required: true,
      onInput: (unit) => dispatch({ type: "kgi", patch: { unit } }),
    }),
    h(
      "datalist",
      { id: "units" },
      ["JPY", "USD", "EUR", t(S.unitCount), t(S.unitCompanies)].map((u) => h("option", { key: u, value: u })),
    ),
    h(
      "fieldset",
      { class: "group" },
      h("legend", null, t(S.period)),
      h(GroupMessages, { anchor: "period" }),
      h(
        "div",
        { class: "radios", role: "radiogroup", "aria-label": t(S.periodMode) },
        (["fiscal", "dates"] as const).map((mode) =>
          h(
            "label",
            { key: mode, class: "radio" },
            h("input", {
              type: "radio",
              name: "period-mode",
              value: mode,
              checked: p.mode === mode,
              onChange: () =>
                setPeriod(
                  mode === "dates" && !p.start ? { mode, start: dates.start, end: dates.end } : { mode },
                ),
            }),
            t(mode === "fiscal" ? S.periodFiscal : S.periodDates),
          ),
        ),
      ),
      p.mode === "fiscal"
        ? h(
            "div",
            { class: "row" },
            h(SelectField, {
              anchor: "period.fyMonth",
              label: t(S.fyMonth),
              value: p.fyMonth,
              options: S.monthNames.map((name, i) => ({ value: String(i + 1), label: t(name) })),
              onChange: (fyMonth) => setPeriod({ fyMonth }),
            }),
            h(TextField, {
              anchor: "period.fy",
              label: t(S.fyYear),
              value: p.fyYear,
              inputMode: "numeric",
              onInput: (fyYear) => setPeriod({ fyYear }),
            }),
          )
        : h(
            "div",
            { class: "row" },
            h(TextField, {
              anchor: "period.start",
              label: t(S.periodStart),
              type: "date",
              value: p.start,
              onInput: (start) => setPeriod({ start }),
            }),
            h(TextField, {
              anchor: "period.end",
              label: t(S.periodEnd),
              type: "date",
              value: p.end,
              onInput: (end) => setPeriod({ end }),
            }),
          ),
      p.mode === "fiscal" && dates.end
        ? h("p", { class: "help" }, t(S.periodIs, { start: dates.start, end: dates.end }))
        : null,
    ),
    h(TextField, {
      anchor: "title",
      label: t(S.planTitle),
      help: t(S.planTitleHelp),
      value: d.title,
      placeholder: defaultTitle(d),
      onInput: (title) => dispatch({ type: "plan", patch: { title } }),
    }),
  );
}
