// What a deal list's own phase values mean (受注 → the last stage, won; 失注 → lost; 商談中 → the
// meeting stage, open), proposed from the values found in its status and furthest-stage columns.
// A value that names two stages equally is asked about, never guessed.
import type { Stream } from "../plan-schema";
import { kindWords, LOST_WORDS, WON_WORDS } from "./deal-fields";
import { matchScore } from "./header-mapping";
import { hasWord, normalHeader } from "./header-words";
import type { PhaseMeaning } from "./mapping-file";

export interface PhaseProposal {
  phases: Record<string, PhaseMeaning>;
  /** Values that could be two or more stages. */
  asks: { value: string; stages: string[] }[];
}

export function proposePhases(values: readonly string[], stream: Stream): PhaseProposal {
  const phases: Record<string, PhaseMeaning> = {};
  const asks: PhaseProposal["asks"] = [];
  const last = stream.stages[stream.stages.length - 1];
  for (const value of new Set(values)) {
    const v = normalHeader(value);
    if (v === "") continue;
    if (LOST_WORDS.some((w) => hasWord(v, w))) {
      phases[value] = { outcome: "lost" };
      continue;
    }
    if (WON_WORDS.some((w) => hasWord(v, w)) && last) {
      phases[value] = { stage: last.id, outcome: "won" };
      continue;
    }
    const scored = stream.stages
      .map((s) => ({
        id: s.id,
        score: matchScore(value, { key: s.id, label: s.name, names: [s.name, s.id], hints: kindWords(s) }),
      }))
      .filter((x) => x.score > 0)
      .sort((a, b) => b.score - a.score);
    const top = scored.filter((x) => x.score === scored[0]?.score);
    if (top.length > 1) asks.push({ value, stages: top.map((x) => x.id) });
    else if (top[0]) phases[value] = { stage: top[0].id, outcome: top[0].id === last?.id ? "won" : "open" };
  }
  return { phases, asks };
}
