// The log's columns as a team's own sheet may name them (issue 19): each Actuals column of the plan
// with its own names (the header we write, the name without its unit, the id) and, for the fixed
// columns, the words of header-words.ts; a stage also by the synonyms of its kind (架電 for calls).

import type { Plan } from "../domain/plan";
import { kindWords } from "../domain/source/deal-fields";
import type { SourceField } from "../domain/source/header-mapping";
import { AMOUNT_WORDS, DATE_WORDS, NOTES_WORDS, REP_WORDS } from "../domain/source/header-words";
import { planColumns } from "./actuals-columns";
import { L } from "./labels";
import { N } from "./names";

const withoutUnit = (header: string) => header.replace(/\s*\([^()]*\)$/, "").trim();

export function logFields(plan: Plan): SourceField[] {
  const stages = new Map<string, { id: string; name: string }>(
    plan.streams.flatMap((s) => s.stages.map((st) => [`stage:${s.id}.${st.id}`, st] as const)),
  );
  // A column is also named by its named range (ACT_…): the header a warehouse query gives it.
  return planColumns(plan).map((c): SourceField => {
    const both = (t: { ja: string; en: string }) => [t.ja, t.en, ...(c.rangeName ? [c.rangeName] : [])];
    const stage = stages.get(c.key);
    if (c.key === "date")
      return { key: c.key, label: c.header, names: both(L.date), words: DATE_WORDS, required: true };
    if (c.key === "rep") return { key: c.key, label: c.header, names: both(L.rep), words: REP_WORDS };
    if (c.key === "notes") return { key: c.key, label: c.header, names: both(L.notes), words: NOTES_WORDS };
    if (c.key === "kgi") {
      // A unit of two or more letters names the KGI's column (万円, 件数 would be too loose alone).
      const unit = plan.kgi.unit.trim();
      return {
        key: c.key,
        label: c.header,
        names: [c.header, plan.kgi.name, N.actualsKgi],
        hints: [...AMOUNT_WORDS, ...(unit.length >= 2 ? [unit] : [])],
      };
    }
    if (stage)
      return {
        key: c.key,
        label: c.header,
        names: [c.header, stage.id, c.rangeName ?? c.header],
        hints: kindWords(stage),
        avoid: AMOUNT_WORDS,
      };
    const id = c.key.startsWith("kpi:") ? c.key.slice(4) : c.key;
    return { key: c.key, label: c.header, names: [c.header, withoutUnit(c.header), id, c.rangeName ?? id] };
  });
}
