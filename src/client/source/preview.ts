// The first rows of a source as they will count: read by the same code as `status` and the sheets'
// rules (readLog), so what the step shows is what the Dashboard will add up.
import { h } from "preact";
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
            h("th", null, label("date")),
            h("th", null, label("rep")),
            shown.map((f) => h("th", { key: f.key }, f.label)),
          ),
        ),
        h(
          "tbody",
          null,
          read.entries.map((e, i) =>
            h(
              "tr",
              { key: i },
              h("td", null, e.date),
              h("td", null, e.rep ?? "—"),
              shown.map((f) =>
                h("td", { key: f.key, class: "num" }, e.values.get(f.key)?.toLocaleString() ?? ""),
              ),
            ),
          ),
        ),
      ),
    ),
    read.unreadable.length > 0
      ? h("p", { class: "help" }, t(S.notCounted, { n: read.unreadable.length }))
      : null,
  );
}
