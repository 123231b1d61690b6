// A deal list counted by formulas (issue 19): each query over the log becomes, for the list, one
// COUNTIFS (or SUMIFS for the KGI's amount) per case of the deal rule (domain/source/deal-terms.ts),
// over the list's whole columns, added up. The cases are disjoint, so no deal is counted twice; a new
// row counts the moment it is typed.

import { type DealCondition, dealCases } from "../domain/source/deal-terms";
import { entryStage } from "../domain/source/deals";
import { wholeColumn } from "./a1";
import { type LogQuery, type LogSource, onDates } from "./log-refs";

export type DealSource = LogSource & { deals: NonNullable<LogSource["deals"]> };

/** A criterion that matches `value` as text, exactly: "=" or "<>" first, wildcards escaped. */
function literal(op: "=" | "<>", value: string): string {
  const escaped = value.replace(/[~*?]/g, (c) => `~${c}`).replace(/"/g, '""');
  return `"${op}${escaped}"`;
}

function condition(c: DealCondition, col: (key: string) => string): string {
  if (c.is === "blank") return `,${col(c.key)},""`;
  if (c.is === "filled") return `,${col(c.key)},"<>"`;
  if (c.is === "one") return `,${col(c.key)},${literal("=", c.value)}`;
  return c.values.map((v) => `,${col(c.key)},${literal("<>", v)}`).join("");
}

/** The query over a deal list; null when the list cannot answer it (a manual KPI, an average's cap). */
export function dealQuery(q: LogQuery, source: DealSource): string | null {
  const { stream, phases } = source.deals;
  const at = (key: string) => source.columns.indexOf(key);
  const col = (key: string) => wholeColumn(source.sheetName, at(key));
  if (q.where.some((w) => at(w.key) < 0)) return null;
  const extra = q.where.map((w) => `,${col(w.key)},${w.criterion}`).join("");
  if (q.op === "rows" || q.key === undefined) {
    if (q.from !== undefined) return null;
    return `COUNTIFS(${extra.slice(1)})`;
  }
  const first = entryStage(stream, source.columns, phases);
  const cases = dealCases(stream, source.columns, phases, first, q.key);
  if (cases.length === 0) return null;
  const terms = cases.map((c) => {
    const date = col(c.dated);
    // Dated means a date (a number): the header row's text, and text typed where a date belongs, are not.
    const dated = q.from === undefined ? `,${date},">0"` : `,${onDates(date, q.from, q.to ?? q.from)}`;
    const where = c.where.map((w) => condition(w, col)).join("");
    if (c.sum === undefined) return `COUNTIFS(${dated.slice(1)}${where}${extra})`;
    const amount = col(c.sum);
    return q.op === "sum"
      ? `SUMIFS(${amount}${dated}${where},${amount},">=0"${extra})`
      : `COUNTIFS(${amount},">=0"${dated}${where}${extra})`;
  });
  return terms.length === 1 ? (terms[0] as string) : `(${terms.join("+")})`;
}
