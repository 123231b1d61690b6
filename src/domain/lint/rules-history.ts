// SMART's "achievable" against the team's own history: a planned conversion rate far above what the
// team has done understates the activity the funnel needs above it. With the count behind the
// history (historyCount, as the wizard's "Use my team's rates" records it), "far above" is above the
// rate's 90% interval: a short history has a wide one, a long history a narrow one. Without the
// count, above a fixed multiple of the history rate, as before.
import { historyRange, rangeText } from "../history-range";
import { pct } from "./helpers";
import type { LintRule, RuleHit } from "./types";

/** Without the count behind it, a planned rate above this multiple of the history rate is optimistic. */
export const HISTORY_RATE_FACTOR = 1.5;

const HINT = {
  ja: "実績に近い転換率で逆算し、差はトークスクリプトやターゲットリストの改善で埋める計画にしてください。転換率を高く置きすぎると、上流で必要な行動量が少なく見積もられます。",
  en: "Work back from a rate close to your history and plan how better scripts or lists close the gap. An optimistic rate understates the activity needed above it.",
};

export const smartAchievableHistory: LintRule = {
  id: "smart-achievable-history",
  severity: "warning",
  title: {
    ja: "達成可能（Achievable）：転換率が実績とかけ離れていない",
    en: "Achievable: rates close to the team's history",
  },
  check: ({ plan }) => {
    const hits: RuleHit[] = [];
    plan.streams.forEach((stream, si) => {
      stream.stages.forEach((stage, i) => {
        const { rate, historyRate, historyCount } = stage;
        if (rate === undefined || historyRate === undefined) return;
        const path = `streams[${si}].stages[${i}].rate`;
        const range = historyRange(stage);
        if (range && historyCount !== undefined) {
          if (rate <= range.high) return;
          const interval = rangeText(range, historyCount);
          hits.push({
            path,
            message: {
              ja: `「${stream.name}」の「${stage.name}」の転換率 ${pct(rate)} は、チームの実績の90%区間 ${interval.ja}を上回っています。`,
              en: `The "${stage.name}" rate in "${stream.name}", ${pct(rate)}, is above the 90% range of your history, ${interval.en}.`,
            },
            hint: HINT,
          });
          return;
        }
        if (rate <= historyRate * HISTORY_RATE_FACTOR) return;
        const times = (Math.round((rate / historyRate) * 10) / 10).toString();
        hits.push({
          path,
          message: {
            ja: `「${stream.name}」の「${stage.name}」の転換率 ${pct(rate)} は、チームの実績 ${pct(historyRate)} の${times}倍です。`,
            en: `The "${stage.name}" rate in "${stream.name}", ${pct(rate)}, is ${times}× the team's history of ${pct(historyRate)}.`,
          },
          hint: HINT,
        });
      });
    });
    return hits;
  },
};
