// Step 8: a summary of the plan, what is still wrong or worth a second look, and Generate.
import { h } from "preact";
import type { ContextState } from "../app";
import { formatNumber, parseTeamList, readAmount } from "../convert";
import { periodDates } from "../plan-build";
import { counted, S } from "../strings";
import { CalcPanel } from "../ui/calc-panel";
import { Icon } from "../ui/fields";
import { useForm, useT } from "../ui/form";
import type { FieldMessage } from "../validate";
import { Generate } from "./generate";

function Findings(p: { messages: FieldMessage[]; title: string }) {
  const form = useForm();
  const t = useT();
  if (p.messages.length === 0) return null;
  return h(
    "div",
    { class: "findings" },
    h("h3", null, p.title),
    h(
      "ul",
      null,
      p.messages.map((m, i) =>
        h(
          "li",
          { key: `${m.path}-${i}`, class: `msg msg-${m.severity}` },
          h(Icon, { kind: m.severity }),
          h("strong", null, t(S.severity[m.severity])),
          " ",
          t(m.message),
          m.hint ? h("span", { class: "msg-hint" }, h("strong", null, t(S.hintLabel)), " ", t(m.hint)) : null,
          " ",
          h(
            "button",
            { type: "button", class: "link", onClick: () => form.goToField(m.anchor) },
            t(S.fixIt, { step: t(S.steps[m.step].title) }),
          ),
        ),
      ),
    ),
  );
}

export function ReviewStep(p: { context: ContextState }) {
  const { state, v, locale } = useForm();
  const t = useT();
  const d = state.plan;
  const { start, end } = periodDates(d.period);
  const target = readAmount(d.kgi.target);
  const ctx = p.context.status === "ready" ? p.context.context : null;
  const row = (label: string, value: string) => [
    h("dt", { key: `${label}-t` }, label),
    h("dd", { key: `${label}-d` }, value),
  ];
  const reps = parseTeamList(d.teamText).length;

  return h(
    "div",
    null,
    h(
      "dl",
      { class: "summary" },
      row(t(S.planTitle), v.plan?.title ?? d.title),
      row(
        "KGI",
        `${d.kgi.name || "—"}: ${typeof target === "number" ? formatNumber(target, locale) : d.kgi.target || "—"} ${d.kgi.unit}`,
      ),
      row(
        t(S.period),
        t(S.periodSummary, {
          start,
          end,
          by: t(d.period.granularity === "month" ? S.trackedMonthly : S.trackedWeekly),
        }),
      ),
      row("KFS", d.kfs.map((f) => f.name).join(" / ") || "—"),
      row("KPI", d.kpis.map((k) => k.name).join(" / ") || "—"),
      row(t(S.teamShort), reps ? t(counted(S.repsCount, reps), { n: reps }) : "—"),
    ),
    h(CalcPanel, null),
    ctx && ctx.actualRows > 0
      ? h("p", { class: "help" }, t(counted(S.actualsKept, ctx.actualRows), { n: ctx.actualRows }))
      : null,
    v.errors === 0 && v.warnings === 0
      ? h("p", { class: "ok" }, h(Icon, { kind: "ok" }), t(S.noFindings))
      : null,
    h(Findings, {
      title: t(S.errorsTitle, { n: v.errors }),
      messages: v.messages.filter((m) => m.severity === "error"),
    }),
    h(Findings, {
      title: t(S.warningsTitle, { n: v.warnings }),
      messages: v.messages.filter((m) => m.severity !== "error"),
    }),
    h(Generate, null),
  );
}
