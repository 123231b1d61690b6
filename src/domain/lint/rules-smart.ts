// The five SMART criteria (seed: SMARTの法則), checked per KPI, and the working days they rely on.
import { dayNumber } from "../calendar-dates";
import type { Text } from "../i18n";
import type { Kpi } from "../plan-schema";
import { stageTargets } from "../targets";
import { indexed, isManual, kpiPath } from "./helpers";
import type { LintRule, RuleHit } from "./types";

/** Most a rep does of one thing in a working day when nothing else is said (e.g. 60 calls). */
export const DEFAULT_CAPACITY_PER_DAY = 60;
/** The shortest span of each frequency, in days: a monthly KPI needs a plan of at least 28 days. */
export const FREQUENCY_DAYS: Record<Kpi["frequency"], number> = { daily: 1, weekly: 7, monthly: 28 };
const FREQUENCY_TEXT: Record<Kpi["frequency"], Text> = {
  daily: { ja: "毎日", en: "daily" },
  weekly: { ja: "週次", en: "weekly" },
  monthly: { ja: "月次", en: "monthly" },
};

/**
 * Every KPI says what is counted and how (SMART: specific and measurable). A funnel KPI's stage names
 * what is counted, but not when one counts (an appointment booked or held? a call dialled or
 * answered?): without the words, each rep counts it their own way.
 */
export const smartSpecific: LintRule = {
  id: "smart-specific",
  severity: "warning",
  title: {
    ja: "具体的・計測可能（Specific / Measurable）：何をどう数えるかの定義がある",
    en: "Specific and measurable: a definition says what is counted and how",
  },
  check: ({ plan }) =>
    indexed(plan)
      .filter(({ kpi }) => !kpi.definition?.trim())
      .map(({ kpi, index }) => {
        const src = kpi.source;
        const kind = isManual(src) ? { ja: "手入力の", en: "Manual " } : { ja: "", en: "" };
        const example: Text = isManual(src)
          ? {
              ja: "「解約率＝その月に解約した社数 ÷ 月初の契約社数」",
              en: '"churn = customers lost this month ÷ customers at the start of the month"',
            }
          : "rateFrom" in src
            ? {
                ja: "「商談化率＝実際に商談を行ったアポイント ÷ 獲得したアポイント」",
                en: '"meeting rate = appointments that became a meeting held ÷ appointments booked"',
              }
            : {
                ja: "「アポ獲得数＝商談日時が確定したアポイントの件数」",
                en: '"appointments = appointments booked for a date"',
              };
        return {
          path: kpiPath(index, "definition"),
          message: {
            ja: `${kind.ja}KPI「${kpi.name}」に定義がありません。何をどう数えるのかが担当者ごとにぶれ、具体的（S）にも計測可能（M）にもなりません。`,
            en: `${kind.en}KPI "${kpi.name}" has no definition: each rep may count it differently, so it is neither specific nor measurable.`,
          },
          hint: {
            ja: `definition（KPIの「定義」）に、何を・いつ1件と数えるのかを書いてください（例：${example.ja}）。`,
            en: `Write in definition (the KPI's "Definition") what is counted and when (e.g. ${example.en}).`,
          },
        };
      }),
};

export const smartMeasurable: LintRule = {
  id: "smart-measurable",
  severity: "warning",
  title: {
    ja: "計測可能（Measurable）：数値の目標と単位がある",
    en: "Measurable: a numeric target with a unit",
  },
  check: ({ plan }) => {
    const hits: RuleHit[] = [];
    for (const { kpi, index } of indexed(plan)) {
      const src = kpi.source;
      if (!isManual(src)) continue; // stage counts and rates get their target from the funnel
      if (!src.unit?.trim()) {
        hits.push({
          path: kpiPath(index, "source.unit"),
          message: {
            ja: `手入力のKPI「${kpi.name}」に単位がありません。実績を入力する人によって、件数・%・金額の解釈がずれてしまいます。`,
            en: `Manual KPI "${kpi.name}" has no unit, so people may enter counts, percents or amounts.`,
          },
          hint: {
            ja: "source.unit に単位を書いてください（例：「%」「件」「日」「JPY」）。",
            en: 'Give source.unit (e.g. "%", "count", "days", "USD").',
          },
        });
      }
      if (src.target === 0 && kpi.direction === "higher") {
        hits.push({
          path: kpiPath(index, "source.target"),
          message: {
            ja: `KPI「${kpi.name}」の目標値が0です。「高いほど良い」指標では、何もしなくても達成になってしまいます。`,
            en: `KPI "${kpi.name}" has a target of 0: for a higher-is-better KPI, doing nothing meets it.`,
          },
          hint: {
            ja: '達成したい数値を source.target に入れてください。少ないほど良い指標なら direction を "lower" にします。',
            en: 'Put the number to reach in source.target; if less is better, set direction to "lower".',
          },
        });
      }
    }
    return hits;
  },
};

export const smartAchievable: LintRule = {
  id: "smart-achievable",
  severity: "warning",
  title: {
    ja: "達成可能（Achievable）：1日にこなせる行動量に収まる",
    en: "Achievable: within what a rep can do in a day",
  },
  check: (ctx) => {
    const { plan } = ctx;
    const hits: RuleHit[] = [];
    for (const { kpi, index } of indexed(plan)) {
      const src = kpi.source;
      if (isManual(src) || !("stage" in src)) continue;
      // A period with no working day needs 0 a day (targets.ts), within any capacity (> 0 in a plan):
      // period-working-days reports it.
      const stage = stageTargets(ctx.targets(), src.stream, src.stage);
      if (!stage) continue;
      const capacity = kpi.capacityPerDay ?? ctx.options.capacityPerDay ?? DEFAULT_CAPACITY_PER_DAY;
      const need = Math.max(...stage.perRepPerWorkingDay);
      if (need <= capacity) continue;
      const rep = plan.team[stage.perRepPerWorkingDay.indexOf(need)]?.name ?? "";
      hits.push({
        path: kpiPath(index, "capacityPerDay"),
        message: {
          ja: `KPI「${kpi.name}」を達成するには、担当者「${rep}」が稼働日1日あたり${need}件こなす必要があり、1日の上限の目安（${capacity}件）を超えています。`,
          en: `KPI "${kpi.name}" needs ${need} a working day from ${rep}, above the ${capacity} a day one rep can do.`,
        },
        hint: {
          ja: `この段階より下の転換率を上げる施策、担当者の増員、KGIの見直しを検討してください。実際に1日${capacity}件より多くこなせる場合は、このKPIの「1人1日にできる上限」にその件数を入力してください（計画ファイルでは capacityPerDay）。`,
          en: `Plan to raise the conversion rates below this stage, add reps, or revisit the goal. If a rep really can do more than ${capacity} a day, enter that number in this KPI's "Most a rep can do a day" (capacityPerDay in a plan file).`,
        },
      });
    }
    return hits;
  },
};

/**
 * Every KPI says why it moves the goal (SMART: relevant): a funnel KPI is tied to the KGI by the
 * reverse calculation, but the team still needs the one sentence that says why this stage is worth
 * watching. A KPI on a stream with no share of the goal moves nothing.
 */
export const smartRelevant: LintRule = {
  id: "smart-relevant",
  severity: "warning",
  title: { ja: "関連性（Relevant）：KGIにつながっている", en: "Relevant: tied to the goal" },
  check: ({ plan }) => {
    const hits: RuleHit[] = [];
    for (const { kpi, index } of indexed(plan)) {
      const src = kpi.source;
      if (!kpi.reason?.trim()) {
        const kind = isManual(src) ? { ja: "手入力の", en: "Manual " } : { ja: "", en: "" };
        const example: Text = isManual(src)
          ? { ja: "", en: "" }
          : {
              ja: "（例：「架電数が増えるほどアポが増え、逆算した受注件数に届く」）",
              en: ' (e.g. "more calls bring more appointments, and the deals the goal needs")',
            };
        hits.push({
          path: kpiPath(index, "reason"),
          message: {
            ja: `${kind.ja}KPI「${kpi.name}」が、KGI（${plan.kgi.name}）にどうつながるのかが書かれていません。`,
            en: `${kind.en}KPI "${kpi.name}" does not say how it leads to the goal (${plan.kgi.name}).`,
          },
          hint: {
            ja: `reason（KPIの「KGIとのつながり」）に、このKPIが改善するとKGIがどう動くのかを1文で書いてください${example.ja}。説明できない場合は、KPIから外すことも検討しましょう。`,
            en: `In reason (the KPI's "How it moves the goal"), say in one sentence how improving this KPI moves the goal${example.en}. If you cannot, consider dropping it.`,
          },
        });
      }
      if (isManual(src)) continue;
      const stream = plan.streams.find((s) => s.id === src.stream);
      if (stream && stream.share === 0) {
        hits.push({
          path: kpiPath(index, "source.stream"),
          message: {
            ja: `KPI「${kpi.name}」のストリーム「${stream.name}」は売上の配分（share）が0のため、KGIに寄与しません。`,
            en: `KPI "${kpi.name}" follows stream "${stream.name}", whose share of the goal is 0: it does not move the goal.`,
          },
          hint: {
            ja: "ストリームに share を配分するか、KPIを別のストリームに付け替えてください。",
            en: "Give the stream a share of the goal, or tie the KPI to another stream.",
          },
        });
      }
    }
    return hits;
  },
};

export const smartTimeBound: LintRule = {
  id: "smart-time-bound",
  severity: "warning",
  title: {
    ja: "期限が明確（Time-bound）：計画期間内に測定できる",
    en: "Time-bound: measured within the plan period",
  },
  check: ({ plan }) => {
    const { start, end } = plan.period;
    const days = dayNumber(end) - dayNumber(start) + 1;
    return indexed(plan)
      .filter(({ kpi }) => FREQUENCY_DAYS[kpi.frequency] > days)
      .map(({ kpi, index }) => {
        const freq = FREQUENCY_TEXT[kpi.frequency];
        return {
          path: kpiPath(index, "frequency"),
          message: {
            ja: `KPI「${kpi.name}」の測定頻度（${freq.ja}）が計画期間（${days}日間）より長いため、期間中に一度も振り返れません。`,
            en: `KPI "${kpi.name}" is measured ${freq.en}, but the plan lasts only ${days} days: it would never be reviewed within the plan.`,
          },
          hint: {
            ja: "frequency を計画期間より短い単位（週次・毎日）にするか、計画期間を延ばしてください。",
            en: "Measure it more often (weekly or daily), or lengthen the plan period.",
          },
        };
      });
  },
};

export const periodWorkingDays: LintRule = {
  id: "period-working-days",
  severity: "error",
  title: { ja: "計画期間に稼働日がある", en: "The period has working days" },
  check: (ctx) => {
    if (ctx.targets().workingDaysTotal > 0) return [];
    const { start, end } = ctx.plan.period;
    return [
      {
        path: "period",
        message: {
          ja: `計画期間（${start}〜${end}）に稼働日が1日もないため、1日あたりの行動量を計算できません。`,
          en: `The plan period (${start} to ${end}) has no working days, so no daily activity can be planned.`,
        },
        hint: {
          ja: "計画期間、calendar.workdays（稼働する曜日）、calendar.holidays（休日）を見直してください。",
          en: "Check the period, calendar.workdays (the weekdays you work) and calendar.holidays.",
        },
      },
    ];
  },
};
