// The deal-list parts of "Connect a source" (issue 19): what the sheet holds (a log or a deal list),
// what each phase value means (asked where it reads as two stages), and the first deals as they will
// count — read by the same code as `status --deals` (readDeals over the cases of deal-terms.ts).
import { h } from "preact";
import type { SourceProposal } from "../../contract/endpoints";
import type { Text } from "../../domain/i18n";
import type { Plan, Stream } from "../../domain/plan";
import { readDeals } from "../../domain/source/deals";
import { placeMapping } from "../../domain/source/header-mapping";
import type { PhaseMeaning } from "../../domain/source/mapping-file";
import { stageLogKey } from "../../domain/status/log-entries";
import { S } from "../strings-source";
import { PreviewFrame } from "./preview";

type T = (x: Text, values?: Record<string, string | number>) => string;
export type Phases = Record<string, PhaseMeaning | null>;

export function KindChoice(p: { kind: "log" | "deals"; t: T; onKind(kind: "log" | "deals"): void }) {
  return h(
    "fieldset",
    { class: "group" },
    h("legend", null, p.t(S.kind)),
    (["log", "deals"] as const).map((k) =>
      h(
        "label",
        { key: k, class: "check" },
        h("input", {
          type: "radio",
          name: "source-kind",
          checked: p.kind === k,
          onChange: () => p.onKind(k),
        }),
        h("span", null, p.t(k === "log" ? S.kindLog : S.kindDeals)),
      ),
    ),
  );
}

const encode = (m: PhaseMeaning | null): string =>
  !m ? "" : m.outcome === "won" ? "won" : m.outcome === "lost" ? "lost" : `stage:${m.stage ?? ""}`;

const decode = (v: string, stream: Stream): PhaseMeaning | null => {
  if (v === "won") return { stage: stream.stages[stream.stages.length - 1]?.id, outcome: "won" };
  if (v === "lost") return { outcome: "lost" };
  return v.startsWith("stage:") ? { stage: v.slice(6), outcome: "open" } : null;
};

/** The phase values still to be answered: those that read as two stages and have no meaning yet. */
export const openPhases = (proposal: SourceProposal, phases: Phases): number =>
  proposal.phases.filter((x) => x.stages.length > 1 && !phases[x.value]).length;

export function PhaseQuestions(p: {
  proposal: SourceProposal;
  stream: Stream;
  phases: Phases;
  t: T;
  onPhase(value: string, meaning: PhaseMeaning | null): void;
}) {
  const { t, stream } = p;
  const stageName = (id: string) => stream.stages.find((s) => s.id === id)?.name ?? id;
  return h(
    "fieldset",
    { class: "group" },
    h("legend", null, t(S.phases)),
    h("p", { class: "help" }, t(S.phasesHelp)),
    p.proposal.phases.map((x, i) => {
      const asked = x.stages.length > 1 && !p.phases[x.value];
      return h(
        "div",
        { key: x.value, class: "field source-column" },
        asked
          ? h(
              "p",
              { class: "notice notice-warning", role: "alert" },
              t(S.askPhase, { value: x.value, stages: x.stages.map(stageName).join(" / ") }),
            )
          : null,
        h("label", { for: `source-phase-${i}` }, x.value),
        h(
          "select",
          {
            id: `source-phase-${i}`,
            value: encode(p.phases[x.value] ?? null),
            "aria-invalid": asked ? "true" : undefined,
            onChange: (e: Event) =>
              p.onPhase(x.value, decode((e.currentTarget as HTMLSelectElement).value, stream)),
          },
          h("option", { value: "" }, t(S.phaseUnknown)),
          h("option", { value: "won" }, t(S.phaseWon)),
          h("option", { value: "lost" }, t(S.phaseLost)),
          stream.stages.map((s) =>
            h("option", { key: s.id, value: `stage:${s.id}` }, t(S.phaseAt, { stage: s.name })),
          ),
        ),
      );
    }),
  );
}

/** Why a deal list's mapping cannot be sent yet, or null. */
export function dealProblem(mapping: Record<string, string>, t: T): string | null {
  const keys = Object.keys(mapping);
  if (!keys.some((k) => k === "created" || k.startsWith("date:"))) return t(S.needDealDate);
  if (!keys.some((k) => k === "status" || k === "furthest" || k.startsWith("date:"))) return t(S.needPhase);
  return null;
}

/** The meanings to send: the values with one. */
export const chosenPhases = (phases: Phases): Record<string, PhaseMeaning> =>
  Object.fromEntries(Object.entries(phases).filter((e): e is [string, PhaseMeaning] => e[1] !== null));

export function DealTable(p: {
  proposal: SourceProposal;
  mapping: Record<string, string>;
  plan: Plan;
  stream: Stream;
  phases: Phases;
  t: T;
}) {
  const { proposal, plan, stream, t } = p;
  const placed = placeMapping(proposal.header, p.mapping);
  if (!placed.ok || proposal.rows.length === 0) return null;
  const read = readDeals(
    { name: proposal.sheet, columns: placed.columns.map((key) => ({ key })), rows: proposal.rows },
    plan,
    stream,
    chosenPhases(p.phases),
  );
  const label = (key: string) => proposal.fields.find((f) => f.key === key)?.label ?? key;
  const what = (key: string, value: number) =>
    key === "kgi"
      ? `${plan.kgi.name} ${value.toLocaleString()}`
      : (stream.stages.find((s) => stageLogKey(stream.id, s.id) === key)?.name ?? key);
  return h(
    PreviewFrame,
    {
      proposal,
      t,
      head: [label("created"), label("rep"), t(S.dealCounts)],
      rows: read.entries.flatMap((e) =>
        [...e.values].map(([key, value]) => [e.date, e.rep ?? "—", what(key, value)]),
      ),
      numeric: 3,
    },
    read.warnings.map((w, i) => h("p", { key: i, class: "help" }, w[plan.locale])),
  );
}
