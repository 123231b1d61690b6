// The funnel against plan and its bottleneck (BRIEF §3.8): a stage's actual rate is the next stage's
// actual ÷ its own; ratio = actual rate ÷ planned rate; the bottleneck is the lowest ratio below 1
// (ties to the earlier stage, streams in plan order), none when every stage with data is at or
// above plan; what it puts at stake if its rate stays where it is and every other stage holds plan.
import type { StreamRequirement } from "../funnel";
import type { Text } from "../i18n";
import type { Plan } from "../plan";

export interface FunnelStage {
  stream: string;
  stage: string;
  required: number;
  actual: number;
  plannedRate: number | null;
  actualRate: number | null;
  ratio: number | null;
  /** With the stream's lead time only: days ahead of its deals, and the pipeline needed at the start. */
  leadDays?: number;
  pipelineAtStart?: number;
}

export interface Bottleneck {
  stream: string;
  stage: string;
  ratio: number;
  atStake: { deals: number; kgi: number };
  actions: { en: string; ja: string }[];
}

export interface StatusFunnel {
  funnel: FunnelStage[];
  bottleneck: Bottleneck | null;
}

export function statusFunnel(
  plan: Plan,
  streams: readonly StreamRequirement[],
  actualOf: (stream: string, stage: string) => number,
  actionsFor: (stream: string, stage: string) => Text[] = () => [],
): StatusFunnel {
  const funnel: FunnelStage[] = [];
  let low: FunnelStage | null = null;
  for (const st of streams) {
    const actuals = st.stages.map((s) => actualOf(st.id, s.id));
    st.stages.forEach((s, k) => {
      const last = k === st.stages.length - 1;
      const actual = actuals[k] as number;
      const plannedRate = last ? null : (s.rate ?? null);
      const actualRate = last || actual === 0 ? null : (actuals[k + 1] as number) / actual;
      const ratio = actualRate === null || !plannedRate ? null : actualRate / plannedRate;
      const stage = {
        stream: st.id,
        stage: s.id,
        required: s.required,
        actual,
        plannedRate,
        actualRate,
        ratio,
      };
      funnel.push(stage);
      if (ratio !== null && ratio < 1 && (low === null || ratio < (low.ratio as number))) low = stage;
    });
  }
  const flagged = low as FunnelStage | null;
  if (flagged === null) return { funnel, bottleneck: null };
  const stream = streams.find((s) => s.id === flagged.stream) as StreamRequirement;
  const ratio = flagged.ratio as number;
  const deals = stream.deals * (1 - ratio);
  const dealValue = plan.streams.find((s) => s.id === flagged.stream)?.dealValue ?? 0;
  return {
    funnel,
    bottleneck: {
      stream: flagged.stream,
      stage: flagged.stage,
      ratio,
      atStake: { deals, kgi: deals * dealValue },
      actions: actionsFor(flagged.stream, flagged.stage).map((t) => ({ en: t.en, ja: t.ja })),
    },
  };
}
