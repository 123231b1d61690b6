// Stage ids name a stage's Actuals column and its named ranges (REQ_<stream>_<stage>), and a
// regeneration keeps a column by its id: an id must never change once it may have been used. A stage
// added in the wizard keeps a stand-in id while the process step is open (its name is still being
// typed, stages are still being added and moved); when the step is left, each such stage gets its id
// once, in stage order: from its name when that gives an ASCII slug ("Leads" → leads), else from its
// place (stage_1, stage_2, …). Renaming it later leaves the id as it is.
import { numberedId, type PlanDraft, type StageDraft, type StreamDraft, uniqueId } from "./state";

/** "Web leads" → "web_leads"; null when the name has no ASCII letter to start an id with. */
export function slugOf(name: string): string | null {
  const slug = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^[^a-z]+/, "")
    .slice(0, 26)
    .replace(/_+$/, "");
  return slug === "" ? null : slug;
}

function settleStream(stream: StreamDraft): { stream: StreamDraft; renamed: Map<string, string> } {
  const renamed = new Map<string, string>();
  if (!stream.stages.some((g) => g.idPending)) return { stream, renamed };
  const taken = stream.stages.filter((g) => !g.idPending).map((g) => g.id);
  const stages = stream.stages.map((g, i): StageDraft => {
    if (!g.idPending) return g;
    const slug = slugOf(g.name);
    const id = slug ? uniqueId(slug, taken) : numberedId("stage", i + 1, taken);
    taken.push(id);
    if (id !== g.id) renamed.set(g.id, id);
    const { idPending: _, ...stage } = g;
    return { ...stage, id };
  });
  return { stream: { ...stream, stages }, renamed };
}

/**
 * Gives every stage still on a stand-in id its id for good, and points the KPIs that count it or its
 * rate at the new id. The draft itself when there is nothing to settle.
 */
export function settleStageIds(plan: PlanDraft): PlanDraft {
  if (!plan.streams.some((s) => s.stages.some((g) => g.idPending))) return plan;
  const renamed = new Map<string, Map<string, string>>();
  const streams = plan.streams.map((s) => {
    const r = settleStream(s);
    renamed.set(s.id, r.renamed);
    return r.stream;
  });
  const kpis = plan.kpis.map((k) => {
    const to = k.sourceKind === "manual" ? undefined : renamed.get(k.stream)?.get(k.stage);
    return to ? { ...k, stage: to } : k;
  });
  return { ...plan, streams, kpis };
}
