// The first rows of a source as they will count: read by the same code as `status` and the sheets'
// rules (readLog), so what the step shows is what the Dashboard will add up.
import { type ComponentChildren, h } from "preact";
import type { SourceProposal } from "../../contract/endpoints";
import type { Text } from "../../domain/i18n";
import type { Plan } from "../../domain/plan";
import { placeMapping } from "../../domain/source/header-mapping";
import { logColumns } from "../../domain/status/log-columns";
import { readLog } from "../../domain/status/log-entries";
import { S } from "../strings-source";

export interface SourceTableProps {
  proposal: SourceProposal;
  mapping: Record<string, string>;
  plan: Plan | null;
  t(x: Text, values?: Record<string, string | number>): string;
}

export function SourceTable({ proposal, mapping, plan, t }: SourceTableProps) {
  const placed = placeMapping(proposal.header, mapping);
  if (!plan || !placed.ok || proposal.rows.length === 0) return null;
  const read = readLog(
    { name: proposal.sheet, columns: logColumns(placed.columns, plan), rows: proposal.rows },
    plan.period,
    plan.team.map((m) => m.name),
  );
  const shown = proposal.fields.filter((f) => mapping[f.key] && !["date", "rep", "notes"].includes(f.key));
  const label = (key: string) => proposal.fields.find((f) => f.key === key)?.label ?? key;
  return h(
    PreviewFrame,
    {
      proposal,
      t,
      head: [label("date"), label("rep"), ...shown.map((f) => f.label)],
      rows: read.entries.map((e) => [
        e.date,
        e.rep ?? "—",
        ...shown.map((f) => e.values.get(f.key)?.toLocaleString() ?? ""),
      ]),
      numeric: 2,
    },
    read.unreadable.length > 0
      ? h("p", { class: "help" }, t(S.notCounted, { n: read.unreadable.length }))
      : null,
  );
}

/** The first rows of a source as they will count: a header and rows of text, cells from `numeric` on
 * right-aligned; notes below. */
export function PreviewFrame(p: {
  proposal: SourceProposal;
  t(x: Text, values?: Record<string, string | number>): string;
  head: string[];
  rows: string[][];
  numeric: number;
  children?: ComponentChildren;
}) {
  const { proposal, t } = p;
  return h(
    "div",
    { class: "source-preview" },
    h("h3", null, t(S.preview)),
    h("p", { class: "help" }, t(S.previewHelp, { rows: proposal.rowCount, shown: proposal.rows.length })),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "preview-table" },
        h(
          "thead",
          null,
          h(
            "tr",
            null,
            p.head.map((x, i) => h("th", { key: i }, x)),
          ),
        ),
        h(
          "tbody",
          null,
          p.rows.map((r, i) =>
            h(
              "tr",
              { key: i },
              r.map((x, j) => h("td", { key: j, class: j >= p.numeric ? "num" : undefined }, x)),
            ),
          ),
        ),
      ),
    ),
    p.children,
  );
}
