// "Use my team's rates", decided apart from the screen: which stages of the draft take the rate
// the log shows (enough history: history-range.ts), which keep what was typed and why, and the
// change that puts everything back. A stage matches the log by its stream's id, its own id and the
// id of the stage it converts to: a rate from the log means nothing between other stages.
import { enoughHistory } from "../domain/history-range";
import type { StageHistory, TeamRates } from "../domain/status/team-rates";
import { percentText } from "./convert";
import type { PlanDraft } from "./state";

/** One stage's rate and history, set as a whole (undefined history: none recorded). */
export interface StageRateChange {
  stream: string;
  stage: string;
  rate: string;
  historyRate: number | undefined;
  historyCount: number | undefined;
}

export interface TeamRatesFill {
  /** The change to apply, and the one that undoes it. */
  apply: StageRateChange[];
  undo: StageRateChange[];
  /**
   * Stages kept as typed: too little counted (the count it has), or a rate no plan can hold (0%, or
   * more than 100%: two meetings per appointment).
   */
  short: { stream: string; stage: string; n: number; rate: number | null }[];
  /** Rates of the draft the log has no stage pair for (a stage added or moved since): kept. */
  missing: number;
  rows: number;
  /** Cells of the log that could not be counted. */
  unreadable: number;
}

/** 0.41666… → "41.7": three significant digits, as a rate is typed. */
export const typedRate = (rate: number): string => percentText(Number(rate.toPrecision(3)));

export function fillFromHistory(draft: PlanDraft, rates: TeamRates): TeamRatesFill {
  const fill: TeamRatesFill = {
    apply: [],
    undo: [],
    short: [],
    missing: 0,
    rows: rates.rows,
    unreadable: rates.unreadable,
  };
  const byPair = new Map<string, StageHistory>(
    rates.team.map((h) => [`${h.stream}.${h.stage}>${h.next}`, h]),
  );
  for (const stream of draft.streams) {
    stream.stages.slice(0, -1).forEach((stage, k) => {
      const next = stream.stages[k + 1]?.id ?? "";
      const h = byPair.get(`${stream.id}.${stage.id}>${next}`);
      if (!h) {
        fill.missing++;
        return;
      }
      if (!enoughHistory(h)) {
        fill.short.push({ stream: stream.id, stage: stage.id, n: h.n, rate: h.rate });
        return;
      }
      const at = { stream: stream.id, stage: stage.id };
      fill.apply.push({ ...at, rate: typedRate(h.rate), historyRate: h.rate, historyCount: Math.round(h.n) });
      fill.undo.push({
        ...at,
        rate: stage.rate,
        historyRate: stage.historyRate,
        historyCount: stage.historyCount,
      });
    });
  }
  return fill;
}

/** The draft with these stages' rates and histories set; other stages as they were. */
export function applyStageRates(draft: PlanDraft, changes: readonly StageRateChange[]): PlanDraft {
  const find = (stream: string, stage: string) =>
    changes.find((c) => c.stream === stream && c.stage === stage);
  return {
    ...draft,
    streams: draft.streams.map((s) => ({
      ...s,
      stages: s.stages.map((g) => {
        const c = find(s.id, g.id);
        if (!c) return g;
        const { historyRate: _r, historyCount: _n, ...rest } = g;
        return {
          ...rest,
          rate: c.rate,
          ...(c.historyRate === undefined ? {} : { historyRate: c.historyRate }),
          ...(c.historyCount === undefined ? {} : { historyCount: c.historyCount }),
        };
      }),
    })),
  };
}
