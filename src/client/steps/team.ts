// Step 7: the team (pasted as a list) and the cadence: how often the team reviews (the periods the
// targets are split into), which weekdays are worked, holidays, and how the periods share the targets.
import { h } from "preact";
import { parseTeamList } from "../convert";
import { S } from "../strings";
import { GroupMessages, SelectField, TextArea } from "../ui/fields";
import { useForm, useT } from "../ui/form";
import { HolidayEditor } from "./holidays";
import { SeasonalityEditor } from "./seasonality";

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function TeamStep() {
  const { state, dispatch } = useForm();
  const t = useT();
  const d = state.plan;
  const rows = parseTeamList(d.teamText);
  const toggleDay = (day: number) => {
    const workdays = d.workdays.includes(day) ? d.workdays.filter((x) => x !== day) : [...d.workdays, day];
    dispatch({ type: "plan", patch: { workdays: workdays.sort((a, b) => a - b) } });
  };

  return h(
    "div",
    null,
    h(TextArea, {
      anchor: "team",
      label: t(S.teamList),
      help: t(S.teamListHelp),
      value: d.teamText,
      rows: 5,
      placeholder: t(S.teamListExample),
      describedBy: "team-read",
      onInput: (teamText) => dispatch({ type: "plan", patch: { teamText } }),
    }),
    h(
      "div",
      { id: "team-read", class: "team-read" },
      h("p", null, t(S.teamRead, { n: rows.length })),
      rows.length
        ? h(
            "ul",
            { "aria-label": t(S.teamReadList) },
            rows.map((r) =>
              h(
                "li",
                { key: r.line },
                h("span", { class: "rep-name" }, r.name),
                r.weight !== undefined ? h("span", { class: "rep-weight" }, ` × ${String(r.weight)}`) : null,
              ),
            ),
          )
        : null,
    ),
    h(SelectField<"month" | "week">, {
      anchor: "period.granularity",
      label: t(S.granularity),
      help: t(S.granularityHelp),
      value: d.period.granularity,
      options: [
        { value: "week", label: t(S.byWeek) },
        { value: "month", label: t(S.byMonth) },
      ],
      describedBy: "granularity-advice",
      onChange: (granularity) => dispatch({ type: "period", patch: { granularity } }),
    }),
    h("p", { id: "granularity-advice", class: "help" }, t(S.granularityAdvice)),
    h(
      "fieldset",
      { class: "group" },
      h("legend", null, t(S.workdays)),
      h("p", { class: "help" }, t(S.workdaysHelp)),
      h(GroupMessages, { anchor: "calendar.workdays" }),
      h(
        "div",
        { class: "weekdays" },
        WEEKDAYS.map((day) =>
          h(
            "label",
            { key: day, class: "check" },
            h("input", {
              type: "checkbox",
              id: `f-workday-${day}`,
              checked: d.workdays.includes(day),
              onChange: () => toggleDay(day),
            }),
            t(S.weekdayNames[day - 1] ?? S.weekdayNames[0]),
          ),
        ),
      ),
    ),
    h(HolidayEditor, null),
    h(SeasonalityEditor, null),
  );
}
