// "Record a review" in the sidebar: the Dashboard's as-of date and bottleneck, the playbook's
// remedies for it as one-click actions (each aimed at the bottleneck's rate), another action with the
// metric it should move, an owner, and the review's note — sent to kpiRecordReview in one call.
import { type ComponentChildren, h } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { EndpointError, ReviewAction, ReviewContext, ReviewResult } from "../../contract/endpoints";
import { format, type Locale, type Text } from "../../domain/i18n";
import type { Server } from "../server";
import { R } from "../strings-review";
import { counted } from "../strings-steps";
import { Icon } from "../ui/fields";

type Loaded =
  | { status: "loading" }
  | { status: "ready"; ctx: ReviewContext }
  | { status: "failed"; message: string };
type Run =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; result: ReviewResult }
  | { status: "failed"; error: EndpointError };

export interface ReviewPanelProps {
  server: Server;
  /** The language until the server says the user's. */
  locale: Locale;
  /** Leaves for the wizard. */
  onWizard(): void;
}

/** A remedy's checkbox id: the bottleneck's index and the remedy's. */
const remedyId = (b: number, i: number) => `remedy-${b}-${i}`;

export function ReviewPanel(p: ReviewPanelProps) {
  const [loaded, setLoaded] = useState<Loaded>({ status: "loading" });
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [owner, setOwner] = useState("");
  const [free, setFree] = useState("");
  const [freeMetric, setFreeMetric] = useState("");
  const [note, setNote] = useState("");
  const [run, setRun] = useState<Run>({ status: "idle" });

  useEffect(() => {
    let live = true;
    p.server.call("kpiReviewContext").then((r) => {
      if (!live) return;
      setLoaded(r.ok ? { status: "ready", ctx: r.value } : { status: "failed", message: r.error.message });
    });
    return () => {
      live = false;
    };
  }, [p.server]);

  const ctx = loaded.status === "ready" ? loaded.ctx : null;
  const locale = ctx?.locale ?? p.locale;
  const t = (x: Text, values?: Record<string, string | number>) =>
    values ? format(x[locale], values) : x[locale];
  const ready = ctx?.actionsReady ?? false;
  const metric = freeMetric || ctx?.bottlenecks[0]?.metric || ctx?.metrics[0]?.key || "";

  /** The actions ticked and typed, in the order the Review Log will list them. */
  const actions = (): ReviewAction[] => {
    if (!ctx || !ready) return [];
    const by = owner.trim() ? { owner: owner.trim() } : {};
    const out: ReviewAction[] = [];
    ctx.bottlenecks.forEach((b, j) => {
      b.remedies.forEach((text, i) => {
        if (picked.has(remedyId(j, i))) out.push({ text, metric: b.metric, ...by });
      });
    });
    if (free.trim() && metric) out.push({ text: free.trim(), metric, ...by });
    return out;
  };

  const record = async () => {
    setRun({ status: "running" });
    const list = actions();
    const r = await p.server.call("kpiRecordReview", list.length ? { note, actions: list } : { note });
    if (!r.ok) return setRun({ status: "failed", error: r.error });
    setRun({ status: "done", result: r.value });
    setPicked(new Set());
    setFree("");
    setNote("");
  };

  const toggle = (id: string) =>
    setPicked((was) => {
      const next = new Set(was);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const field = (id: string, label: string, input: ComponentChildren, help?: string) =>
    h(
      "div",
      { class: "field" },
      h("label", { for: id }, label),
      help ? h("p", { id: `${id}-help`, class: "help" }, help) : null,
      input,
    );
  const onText = (set: (v: string) => void) => (e: Event) =>
    set((e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value);

  const body = () => {
    if (loaded.status === "loading") return h("p", { role: "status" }, t(R.loading));
    if (loaded.status === "failed")
      return h(
        "p",
        { class: "notice notice-warning", role: "alert" },
        h(Icon, { kind: "warning" }),
        loaded.message,
      );
    const c = loaded.ctx;
    return h(
      "div",
      null,
      h("p", null, t(R.asOf, { date: c.asOf })),
      ready ? null : h("p", { class: "notice notice-warning" }, h(Icon, { kind: "warning" }), t(R.outdated)),
      c.bottlenecks.length === 0 ? h("p", null, t(R.noBottleneck)) : null,
      c.bottlenecks.map((b, j) =>
        h(
          "fieldset",
          { key: b.metric, class: "group", disabled: !ready },
          h("legend", null, t(R.bottleneck, { stage: b.stage, name: b.name })),
          h("p", { class: "help" }, t(R.remedies)),
          b.remedies.map((text, i) =>
            h(
              "label",
              { key: remedyId(j, i), class: "check" },
              h("input", {
                type: "checkbox",
                id: remedyId(j, i),
                checked: picked.has(remedyId(j, i)),
                onChange: () => toggle(remedyId(j, i)),
              }),
              // The plan's language: as the Review Log will hold it.
              h("span", { lang: c.planLocale }, text),
            ),
          ),
        ),
      ),
      h(
        "fieldset",
        { class: "group", disabled: !ready },
        h("legend", null, t(R.freeAction)),
        field(
          "review-free",
          t(R.freeText),
          h("input", {
            id: "review-free",
            type: "text",
            value: free,
            maxLength: 1000,
            onInput: onText(setFree),
          }),
        ),
        field(
          "review-metric",
          t(R.freeMetric),
          h(
            "select",
            { id: "review-metric", value: metric, onChange: onText(setFreeMetric) },
            c.metrics.map((m) => h("option", { key: m.key, value: m.key, lang: c.planLocale }, m.name)),
          ),
        ),
      ),
      field(
        "review-owner",
        t(R.owner),
        h("input", {
          id: "review-owner",
          type: "text",
          value: owner,
          maxLength: 100,
          list: "review-team",
          disabled: !ready,
          "aria-describedby": "review-owner-help",
          onInput: onText(setOwner),
        }),
        t(R.ownerHelp),
      ),
      h(
        "datalist",
        { id: "review-team" },
        c.team.map((name) => h("option", { key: name, value: name })),
      ),
      field(
        "review-note",
        t(R.note),
        h("textarea", {
          id: "review-note",
          rows: 3,
          value: note,
          maxLength: 5000,
          "aria-describedby": "review-note-help",
          onInput: onText(setNote),
        }),
        t(R.noteHelp),
      ),
      h(
        "button",
        { type: "button", class: "primary big", disabled: run.status === "running", onClick: record },
        t(run.status === "running" ? R.recording : R.record),
      ),
      outcome(),
    );
  };

  const outcome = () => {
    if (run.status === "done") {
      const { rows, actions: n, asOf } = run.result;
      return h(
        "div",
        { class: "result result-ok", role: "status" },
        h("p", null, h(Icon, { kind: "ok" }), t(counted(R.recorded, n), { rows, actions: n, asOf })),
        ctx?.reviewSheet
          ? h(
              "button",
              {
                type: "button",
                class: "link",
                onClick: () => p.server.call("kpiOpenSheet", ctx.reviewSheet),
              },
              t(R.openLog),
            )
          : null,
      );
    }
    if (run.status === "failed")
      return h(
        "p",
        { class: "result result-failed", role: "alert" },
        h(Icon, { kind: "error" }),
        h("strong", null, t(R.failed)),
        run.error.message,
      );
    return null;
  };

  return h(
    "div",
    { class: "wizard review-panel" },
    h("header", { class: "top" }, h("h1", null, "KPI Designer")),
    h(
      "section",
      { class: "step", "aria-labelledby": "review-title" },
      h("h2", { id: "review-title" }, t(R.title)),
      h("p", { class: "why" }, t(R.why)),
      body(),
    ),
    h("p", null, h("button", { type: "button", class: "link", onClick: p.onWizard }, t(R.toWizard))),
  );
}
