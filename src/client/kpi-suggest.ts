// KPI suggestions from the process: one per stage count and one per conversion rate, tiered as the
// seeds advise (activity at the top of the funnel, conversion between stages, outcome at the end).
import type { Text } from "../domain/i18n";
import { emptyKpi, type KpiDraft, type PlanDraft, uniqueId } from "./state";

export interface Suggestion {
  key: string;
  label: Text;
  kind: "stage" | "rate";
  stream: string;
  stage: string;
  make(taken: readonly string[]): KpiDraft;
}

export function suggestions(d: PlanDraft): Suggestion[] {
  const many = d.streams.length > 1;
  return d.streams.flatMap((s) => {
    const prefix = (t: Text): Text =>
      many ? { ja: `${s.name || s.id}：${t.ja}`, en: `${s.name || s.id}: ${t.en}` } : t;
    return s.stages.flatMap((g, j) => {
      const name = g.name.trim() || g.id;
      const last = j === s.stages.length - 1;
      const count: Suggestion = {
        key: `stage:${s.id}:${g.id}`,
        label: prefix({ ja: `${name}の件数`, en: `${name} (count)` }),
        kind: "stage",
        stream: s.id,
        stage: g.id,
        make: (taken) => ({
          ...emptyKpi(uniqueId(g.id, taken)),
          name: d.locale === "ja" ? `${name}数` : name,
          tier: last ? "outcome" : "activity",
          frequency: last ? "monthly" : "weekly",
          sourceKind: "stage",
          stream: s.id,
          stage: g.id,
        }),
      };
      const next = s.stages[j + 1];
      if (last || !next) return [count];
      const nextName = next.name.trim() || next.id;
      const rateLabel: Text = { ja: `${name}→${nextName}の転換率`, en: `${name} → ${nextName} rate` };
      const rate: Suggestion = {
        key: `rate:${s.id}:${g.id}`,
        label: prefix(rateLabel),
        kind: "rate",
        stream: s.id,
        stage: g.id,
        make: (taken) => ({
          ...emptyKpi(uniqueId(`${g.id}_rate`, taken)),
          name: rateLabel[d.locale],
          tier: "conversion",
          frequency: "monthly",
          sourceKind: "rate",
          stream: s.id,
          stage: g.id,
        }),
      };
      return [count, rate];
    });
  });
}

export function isSuggestion(k: KpiDraft, s: Suggestion): boolean {
  return k.sourceKind === s.kind && k.stream === s.stream && k.stage === s.stage;
}
