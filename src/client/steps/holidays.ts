// Holidays: by default the Japanese public holidays of the period (for Japanese plans), shown as a
// count; dates can be removed (and put back) or added, e.g. company holidays.
import { h } from "preact";
import { useState } from "preact/hooks";
import { isIsoDate } from "../../domain/calendar-dates";
import { japaneseHolidays } from "../../domain/holidays";
import { defaultHolidays, effectiveHolidays, periodDates } from "../plan-build";
import { counted, S } from "../strings";
import { GroupMessages, Icon, IconButton } from "../ui/fields";
import { useForm, useT } from "../ui/form";

export function HolidayEditor() {
  const { state, dispatch, locale } = useForm();
  const t = useT();
  const d = state.plan;
  const [date, setDate] = useState("");
  const [problem, setProblem] = useState("");
  const defaults = defaultHolidays(d);
  const holidays = effectiveHolidays(d);
  const { start, end } = periodDates(d.period);
  const names = new Map(
    isIsoDate(start) && isIsoDate(end)
      ? japaneseHolidays(start, end).map((x) => [x.date, x.name[locale]])
      : [],
  );
  const patch = (added: string[], removed: string[]) =>
    dispatch({ type: "plan", patch: { holidaysAdded: added, holidaysRemoved: removed } });

  const remove = (day: string) =>
    defaults.includes(day)
      ? patch(d.holidaysAdded, [...d.holidaysRemoved, day])
      : patch(
          d.holidaysAdded.filter((x) => x !== day),
          d.holidaysRemoved,
        );
  const add = () => {
    const day = date.trim();
    if (!isIsoDate(day)) {
      setProblem(t(S.holidayBadDate));
      return;
    }
    setProblem("");
    setDate("");
    if (d.holidaysRemoved.includes(day))
      patch(
        d.holidaysAdded,
        d.holidaysRemoved.filter((x) => x !== day),
      );
    else if (!holidays.includes(day)) patch([...d.holidaysAdded, day], d.holidaysRemoved);
  };

  return h(
    "fieldset",
    { class: "group" },
    h("legend", null, t(S.holidays)),
    h(
      "p",
      { class: "help" },
      locale === "ja" ? t(S.holidaysDefaultJa, { n: defaults.length }) : t(S.holidaysDefaultEn),
    ),
    h("p", { class: "count" }, t(counted(S.holidaysCount, holidays.length), { n: holidays.length })),
    h(GroupMessages, { anchor: "calendar.holidays" }),
    h(
      "details",
      null,
      h("summary", null, t(S.holidaysEdit)),
      h(
        "ul",
        { class: "holidays", "aria-label": t(S.holidays) },
        holidays.map((day) =>
          h(
            "li",
            { key: day },
            h("span", null, day, names.has(day) ? ` ${names.get(day)}` : ""),
            h(IconButton, {
              label: t(S.removeHoliday, { date: day }),
              text: "✕",
              onClick: () => remove(day),
            }),
          ),
        ),
      ),
      d.holidaysRemoved.length
        ? h(
            "div",
            null,
            h("h4", null, t(S.holidaysRemoved)),
            h(
              "ul",
              { class: "holidays" },
              d.holidaysRemoved.map((day) =>
                h(
                  "li",
                  { key: day },
                  h("span", null, day, names.has(day) ? ` ${names.get(day)}` : ""),
                  h(
                    "button",
                    {
                      type: "button",
                      class: "link",
                      onClick: () =>
                        patch(
                          d.holidaysAdded,
                          d.holidaysRemoved.filter((x) => x !== day),
                        ),
                    },
                    t(S.restoreHoliday, { date: day }),
                  ),
                ),
              ),
            ),
          )
        : null,
      h(
        "div",
        { class: "row add-holiday" },
        h(
          "div",
          { class: "field" },
          h("label", { for: "f-holiday-add" }, t(S.addHolidayLabel)),
          h("input", {
            id: "f-holiday-add",
            type: "date",
            value: date,
            "aria-invalid": problem ? "true" : undefined,
            "aria-describedby": problem ? "f-holiday-add-msg" : undefined,
            onInput: (e: Event) => setDate((e.currentTarget as HTMLInputElement).value),
            onKeyDown: (e: KeyboardEvent) => {
              if (e.key === "Enter") {
                e.preventDefault();
                add();
              }
            },
          }),
          problem
            ? h("p", { id: "f-holiday-add-msg", class: "msg msg-error" }, h(Icon, { kind: "error" }), problem)
            : null,
        ),
        h("button", { type: "button", class: "secondary", onClick: add }, t(S.addHoliday)),
      ),
    ),
  );
}
