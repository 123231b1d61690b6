// Seasonality: optional weights per period. By default the periods share the targets in proportion
// to their working days; a team with a busy March can weight it more.
import { h } from "preact";
import { type Period, periodsBetween, workingDays } from "../../domain/calendar";
import { isIsoDate } from "../../domain/calendar-dates";
import { effectiveHolidays, periodDates } from "../plan-build";
import type { PlanDraft } from "../state";
import { S } from "../strings";
import { GroupMessages, TextField } from "../ui/fields";
import { useForm, useT } from "../ui/form";

/** The plan's periods with their working days, or none while the period is not valid. */
export function draftPeriods(d: PlanDraft): { period: Period; days: number }[] {
  const { start, end } = periodDates(d.period);
  if (!isIsoDate(start) || !isIsoDate(end) || end <= start) return [];
  const cal = { workdays: d.workdays, holidays: effectiveHolidays(d) };
  return periodsBetween(start, end, d.period.granularity).map((period) => ({
    period,
    days: workingDays(period.start, period.end, cal),
  }));
}

export function SeasonalityEditor() {
  const { state, dispatch } = useForm();
  const t = useT();
  const d = state.plan;
  const periods = draftPeriods(d);
  const byDays = () => periods.map((p) => String(p.days));
  const set = (seasonality: string[] | null) => dispatch({ type: "plan", patch: { seasonality } });
  const weights = d.seasonality;

  return h(
    "fieldset",
    { class: "group" },
    h("legend", null, t(S.seasonality)),
    h(
      "label",
      { class: "check" },
      h("input", {
        type: "checkbox",
        id: "f-seasonality-on",
        checked: weights !== null,
        onChange: () => set(weights ? null : byDays()),
      }),
      t(S.seasonalityOn),
    ),
    h("p", { class: "help" }, t(S.seasonalityHelp)),
    h(GroupMessages, { anchor: "seasonality" }),
    weights && weights.length !== periods.length && periods.length > 0
      ? h(
          "button",
          { type: "button", class: "secondary", onClick: () => set(byDays()) },
          t(S.seasonalityReset),
        )
      : null,
    weights
      ? h(
          "div",
          { class: "season-grid" },
          weights.map((w, i) =>
            h(TextField, {
              key: i,
              anchor: `seasonality[${i}]`,
              label: periods[i]?.period.label ?? String(i + 1),
              value: w,
              inputMode: "decimal",
              onInput: (value) => set(weights.map((x, j) => (j === i ? value : x))),
            }),
          ),
        )
      : null,
  );
}
