// "Connect a source" in the sidebar (issue 19): pick a sheet of the team's own, see the mapping its
// header suggests and the first rows as they will count (readLog, the same code as status), correct
// any column, answer where the header reads two ways, then connect — the sheets are regenerated and
// count the source live. Nothing ambiguous is sent: the button waits until every question is answered.
import { h } from "preact";
import { useEffect, useState } from "preact/hooks";
import type { Context, EndpointError, GenerateResult, SourceProposal } from "../../contract/endpoints";
import { format, type Locale, type Text } from "../../domain/i18n";
import type { Server } from "../server";
import { S } from "../strings-source";
import { Icon } from "../ui/fields";
import {
  chosenPhases,
  DealTable,
  dealProblem,
  KindChoice,
  openPhases,
  PhaseQuestions,
  type Phases,
} from "./deal-parts";
import { Disconnect } from "./disconnect";
import { SourceTable } from "./preview";

type Run =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; result: GenerateResult }
  | { status: "failed"; error: EndpointError };

export interface SourcePanelProps {
  server: Server;
  locale: Locale;
  onWizard(): void;
}

/** Why the mapping cannot be sent yet, or null. */
export function mappingProblem(
  _p: SourceProposal,
  mapping: Record<string, string>,
  open: number,
  t: (x: Text, v?: Record<string, string | number>) => string,
): string | null {
  if (open > 0) return t(S.unanswered);
  if (!mapping.date) return t(S.needDate);
  const headers = Object.values(mapping);
  const twice = headers.filter((x, i) => headers.indexOf(x) !== i);
  return twice.length ? t(S.duplicate, { headers: [...new Set(twice)].join(", ") }) : null;
}

export function SourcePanel(p: SourcePanelProps) {
  const [ctx, setCtx] = useState<Context | null>(null);
  const [sheet, setSheet] = useState("");
  const [proposal, setProposal] = useState<SourceProposal | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [answered, setAnswered] = useState<ReadonlySet<number>>(new Set());
  const [counts, setCounts] = useState<"add" | "instead">("add");
  const [phases, setPhases] = useState<Phases>({});
  const [run, setRun] = useState<Run>({ status: "idle" });
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    p.server.call("kpiGetContext").then((r) => (r.ok ? setCtx(r.value) : setFailure(r.error.message)));
  }, [p.server]);

  const locale = ctx?.locale ?? p.locale;
  const t = (x: Text, values?: Record<string, string | number>) =>
    values ? format(x[locale], values) : x[locale];
  const ours = new Set(Object.values(ctx?.ownSheets ?? {}));
  const theirs = (ctx?.sheetNames ?? []).filter((n) => !ours.has(n));

  const choose = async (name: string, kind?: "log" | "deals") => {
    setSheet(name);
    setProposal(null);
    setRun({ status: "idle" });
    if (!name) return;
    const r = await (kind
      ? p.server.call("kpiProposeSource", name, kind)
      : p.server.call("kpiProposeSource", name));
    if (!r.ok) return setFailure(r.error.message);
    setFailure(null);
    setProposal(r.value);
    setMapping(r.value.mapping);
    setCounts(r.value.counts);
    setPhases(Object.fromEntries(r.value.phases.map((x) => [x.value, x.meaning])));
    setAnswered(new Set());
  };

  const asks = proposal?.asks ?? [];
  const deals = proposal?.kind === "deals";
  const stream = deals ? ctx?.plan?.streams.find((s) => s.id === proposal?.stream) : undefined;
  const open =
    asks.filter((_, i) => !answered.has(i)).length + (proposal && deals ? openPhases(proposal, phases) : 0);
  const setColumn = (key: string, header: string) => {
    setMapping((was) => {
      const next = { ...was };
      if (header) next[key] = header;
      else delete next[key];
      return next;
    });
    setAnswered((was) => {
      const next = new Set(was);
      asks.forEach((a, i) => {
        if (
          (a.kind === "field" && a.key === key) ||
          (a.kind === "header" && (a.keys.includes(key) || a.header === header))
        )
          next.add(i);
      });
      return next;
    });
  };

  const connect = async () => {
    if (!proposal) return;
    setRun({ status: "running" });
    const request = { sheet: proposal.sheet, counts, columns: mapping };
    const r = await p.server.call(
      "kpiConnectSource",
      deals && stream
        ? { ...request, kind: "deals", stream: stream.id, phases: chosenPhases(phases) }
        : request,
    );
    setRun(r.ok ? { status: "done", result: r.value } : { status: "failed", error: r.error });
  };

  const label = (key: string) => proposal?.fields.find((f) => f.key === key)?.label ?? key;
  const problem = proposal
    ? deals
      ? open > 0
        ? t(S.unanswered)
        : dealProblem(mapping, t)
      : mappingProblem(proposal, mapping, open, t)
    : null;
  const dashboard = run.status === "done" ? run.result.sheets.find((s) => s.key === "dashboard") : undefined;

  return h(
    "div",
    { class: "wizard source-panel" },
    h("header", { class: "top" }, h("h1", null, "KPI Designer")),
    h(
      "section",
      { class: "step", "aria-labelledby": "source-title" },
      h("h2", { id: "source-title" }, t(S.title)),
      h("p", { class: "why" }, t(S.why)),
      failure
        ? h("p", { class: "notice notice-warning", role: "alert" }, h(Icon, { kind: "warning" }), failure)
        : null,
      !ctx && !failure ? h("p", { role: "status" }, t(S.loading)) : null,
      ctx && theirs.length === 0 ? h("p", { class: "notice" }, t(S.noSheets)) : null,
      ctx && theirs.length > 0
        ? h(
            "div",
            { class: "field" },
            h("label", { for: "source-sheet" }, t(S.sheet)),
            h(
              "select",
              {
                id: "source-sheet",
                value: sheet,
                onChange: (e: Event) => choose((e.currentTarget as HTMLSelectElement).value),
              },
              h("option", { value: "" }, t(S.pick)),
              theirs.map((n) => h("option", { key: n, value: n }, n)),
            ),
          )
        : null,
      proposal
        ? h(
            "div",
            null,
            asks.map((a, i) =>
              answered.has(i)
                ? null
                : h(
                    "p",
                    { key: `ask-${i}`, class: "notice notice-warning", role: "alert" },
                    h(Icon, { kind: "warning" }),
                    a.kind === "field"
                      ? t(S.askField, {
                          field: label(a.key),
                          headers: a.headers.map((x) => `「${x}」`).join(""),
                        })
                      : t(S.askHeader, { header: a.header, fields: a.keys.map(label).join(" / ") }),
                  ),
            ),
            proposal.connected ? h(Disconnect, { server: p.server, sheet: proposal.sheet, t }) : null,
            h(KindChoice, { kind: proposal.kind, t, onKind: (k) => choose(proposal.sheet, k) }),
            h(
              "fieldset",
              { class: "group" },
              h("legend", null, t(S.columns)),
              h("p", { class: "help" }, t(S.columnsHelp)),
              proposal.fields.map((f) => {
                const asked = asks.some(
                  (a, i) =>
                    !answered.has(i) &&
                    ((a.kind === "field" && a.key === f.key) ||
                      (a.kind === "header" && a.keys.includes(f.key))),
                );
                return h(
                  "div",
                  { key: f.key, class: "field source-column" },
                  h("label", { for: `source-${f.key}` }, f.label, f.required ? ` ${t(S.required)}` : ""),
                  h(
                    "select",
                    {
                      id: `source-${f.key}`,
                      value: mapping[f.key] ?? "",
                      "aria-invalid": asked ? "true" : undefined,
                      onChange: (e: Event) => setColumn(f.key, (e.currentTarget as HTMLSelectElement).value),
                    },
                    h("option", { value: "" }, t(S.notRead)),
                    proposal.header
                      .filter((x) => x.trim() !== "")
                      .map((x) => h("option", { key: x, value: x }, x)),
                  ),
                );
              }),
            ),
            deals && stream
              ? h(PhaseQuestions, {
                  proposal,
                  stream,
                  phases,
                  t,
                  onPhase: (value, meaning) => setPhases((was) => ({ ...was, [value]: meaning })),
                })
              : null,
            h(
              "fieldset",
              { class: "group" },
              h("legend", null, t(S.counts)),
              (["add", "instead"] as const).map((c) =>
                h(
                  "label",
                  { key: c, class: "check" },
                  h("input", {
                    type: "radio",
                    name: "source-counts",
                    checked: counts === c,
                    onChange: () => setCounts(c),
                  }),
                  h("span", null, t(c === "add" ? S.countsAdd : S.countsInstead)),
                ),
              ),
            ),
            deals && stream && ctx?.plan
              ? h(DealTable, { proposal, mapping, plan: ctx.plan, stream, phases, t })
              : h(SourceTable, { proposal, mapping, plan: ctx?.plan ?? null, t }),
            problem ? h("p", { class: "help", role: "status" }, problem) : null,
            h(
              "button",
              {
                type: "button",
                class: "primary big",
                disabled: problem !== null || run.status === "running",
                onClick: connect,
              },
              t(run.status === "running" ? S.connecting : S.connect),
            ),
          )
        : null,
      run.status === "done"
        ? h(
            "div",
            { class: "result result-ok", role: "status" },
            h("p", null, h(Icon, { kind: "ok" }), t(S.connected, { sheet: proposal?.sheet ?? "" })),
            dashboard
              ? h(
                  "button",
                  {
                    type: "button",
                    class: "link",
                    onClick: () => p.server.call("kpiOpenSheet", dashboard.sheetId),
                  },
                  t(S.openDashboard),
                )
              : null,
          )
        : null,
      run.status === "failed"
        ? h(
            "p",
            { class: "result result-failed", role: "alert" },
            h(Icon, { kind: "error" }),
            h("strong", null, t(S.failed)),
            run.error.message,
          )
        : null,
    ),
    h("p", null, h("button", { type: "button", class: "link", onClick: p.onWizard }, t(S.toWizard))),
  );
}
