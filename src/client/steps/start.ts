// Step 1: a new plan, or the plan stored in this spreadsheet; the draft, if one was restored.
import { h } from "preact";
import type { ContextState } from "../app";
import { draftFromPlan } from "../plan-load";
import { newPlanDraft } from "../state";
import { counted, S } from "../strings";
import { Icon } from "../ui/fields";
import { useForm, useT } from "../ui/form";

export function StartStep(p: { context: ContextState }) {
  const { state, dispatch, locale } = useForm();
  const t = useT();
  const ctx = p.context;
  const stored = ctx.status === "ready" ? ctx.context.plan : null;
  const actualRows = ctx.status === "ready" ? ctx.context.actualRows : 0;
  const hasWork = !state.pristine && (state.plan.kgi.name.trim() !== "" || state.plan.kpis.length > 0);

  return h(
    "div",
    { class: "start" },
    h(
      "ol",
      { class: "method" },
      h("li", null, h("strong", null, "KGI"), " — ", t(S.methodKgi)),
      h("li", null, h("strong", null, "KFS"), " — ", t(S.methodKfs)),
      h("li", null, h("strong", null, "KPI"), " — ", t(S.methodKpi)),
    ),
    ctx.status === "loading"
      ? h(
          "p",
          { role: "status" },
          h("span", { class: "spinner", "aria-hidden": "true" }),
          t(S.loadingContext),
        )
      : ctx.status === "failed"
        ? h("p", { class: "notice notice-warning", role: "alert" }, h(Icon, { kind: "warning" }), ctx.message)
        : null,
    hasWork
      ? h(
          "div",
          { class: "choice" },
          h("p", null, t(S.continueDraftText, { name: state.plan.kgi.name || state.plan.title || "—" })),
          h(
            "button",
            { type: "button", class: "primary", onClick: () => dispatch({ type: "goto", step: "kgi" }) },
            t(S.continueDraft),
          ),
        )
      : null,
    stored
      ? h(
          "div",
          { class: "choice" },
          h("p", null, t(S.storedPlanText, { title: stored.title })),
          actualRows > 0
            ? h("p", { class: "help" }, t(counted(S.actualsKept, actualRows), { n: actualRows }))
            : null,
          h(
            "button",
            {
              type: "button",
              class: hasWork ? "secondary" : "primary",
              onClick: () =>
                dispatch({ type: "load", plan: draftFromPlan(stored), origin: "stored", step: "kgi" }),
            },
            t(S.editStored),
          ),
        )
      : null,
    h(
      "div",
      { class: "choice" },
      h("p", null, t(S.newPlanText)),
      h(
        "button",
        {
          type: "button",
          class: hasWork || stored ? "secondary" : "primary",
          onClick: () => dispatch({ type: "load", plan: newPlanDraft(locale), origin: "new", step: "kgi" }),
        },
        t(S.newPlan),
      ),
    ),
  );
}
