// The cautions of the seeds (営業のKPIを設定する上での注意点, KPI設計で陥りがちな失敗): few KPIs,
// controllable by the rep, activity paired with results, quality as well as quantity, and the right
// direction for lower-is-better KPIs.
import { indexed, isManual, kpiPath, partners, streamOf } from "./helpers";
import type { LintRule, RuleHit } from "./types";

export const MIN_KPIS = 3;
export const MAX_KPIS = 5;

/** Names of things a rep cannot move by their own actions (checked on activity KPIs). */
/**
 * Names of KPIs reps cannot move by their own actions (the seed's example: 商品の利益率). Deal size
 * (単価, unit price) is not among them: the seeds recommend 顧客単価 and 商談単価 as KPIs.
 */
export const UNCONTROLLABLE_NAME = /margin|profit|(?<!unit )prices?\b|pricing|discount|利益|粗利|価格|値引/i;
/** Names of KPIs where lower is better. */
export const LOWER_IS_BETTER_NAME =
  /churn|attrition|cancel|lead[\s-]?time|cycle[\s-]?time|\bcosts?\b|\bcac\b|complaint|解約|離反|チャーン|リードタイム|受注期間|コスト|費用|失注|クレーム|返品/i;
/** Names of KPIs where higher is better. */
export const HIGHER_IS_BETTER_NAME =
  /repeat|retention|renewal|satisfaction|\bnps\b|referral|\bltv\b|\bmrr\b|\barr\b|リピート|継続|更新率|満足|紹介/i;

export const kpiNone: LintRule = {
  id: "kpi-none",
  severity: "error",
  title: { ja: "KPIが設定されている", en: "The plan has KPIs" },
  check: ({ plan }) =>
    plan.kpis.length > 0
      ? []
      : [
          {
            path: "kpis",
            message: {
              ja: "KPIが1つも設定されていません。KGIを日々の行動に落とし込めません。",
              en: "The plan has no KPIs, so the goal never turns into daily work.",
            },
            hint: {
              ja: "KGIから逆算した営業プロセスの中から、担当者が日々の行動で動かせる指標を3〜5個選んでください（例：架電数・アポ獲得数・商談化率）。",
              en: "Pick 3 to 5 measures from the funnel that reps move by their daily work (e.g. calls, appointments, meeting conversion rate).",
            },
          },
        ],
};

export const kpiCount: LintRule = {
  id: "kpi-count",
  severity: "warning",
  title: { ja: "KPIは3〜5個に絞る", en: "Keep to 3–5 KPIs" },
  check: ({ plan }) => {
    const n = plan.kpis.length;
    if (n > MAX_KPIS) {
      return [
        {
          path: "kpis",
          message: {
            ja: `KPIが${n}個あります。多すぎると担当者が混乱し、何に注力すべきか分からなくなります。`,
            en: `The plan has ${n} KPIs; with so many, reps lose sight of what matters.`,
          },
          hint: {
            ja: "最も重要な3〜5個程度に絞ってください。定期的に棚卸しし、成果につながっていない指標は外しましょう。",
            en: "Keep the 3 to 5 that matter most; review them regularly and drop those that do not lead to results.",
          },
        },
      ];
    }
    if (n > 0 && n < MIN_KPIS) {
      return [
        {
          path: "kpis",
          message: {
            ja: `KPIが${n}個しかありません。営業プロセスのどの段階でつまずいているのかが見えにくくなります。`,
            en: `The plan has only ${n} KPI${n === 1 ? "" : "s"}: it will be hard to see which stage of the funnel is stuck.`,
          },
          hint: {
            ja: "行動量（例：架電数）・中間成果（例：商談化率）・最終成果（例：受注件数）の3階層から選び、3〜5個にしてください。",
            en: "Pick from the three tiers — activity (e.g. calls), conversion (e.g. meeting rate) and outcome (e.g. deals won) — for 3 to 5 KPIs.",
          },
        },
      ];
    }
    return [];
  },
};

export const kpiControllable: LintRule = {
  id: "kpi-controllable",
  severity: "warning",
  title: { ja: "担当者がコントロールできる指標にする", en: "Reps can control their KPIs" },
  check: ({ plan }) => {
    const example = {
      ja: "たとえば「商品の利益率」は担当者がコントロールできないため、KPIには向きません。訪問件数や成約率など、担当者が自らの行動で改善できる指標に置き換えてください。",
      en: "A product's profit margin, for example, is not something a rep controls. Replace it with something reps improve by their own actions, such as visits or win rate.",
    };
    const hits: RuleHit[] = [];
    for (const { kpi, index } of indexed(plan)) {
      if (kpi.controllable === false) {
        hits.push({
          path: kpiPath(index, "controllable"),
          message: {
            ja: `KPI「${kpi.name}」は、担当者がコントロールできない指標とされています。`,
            en: `KPI "${kpi.name}" is marked as not controllable by the reps.`,
          },
          hint: example,
        });
      } else if (kpi.controllable !== true && UNCONTROLLABLE_NAME.test(kpi.name)) {
        hits.push({
          path: kpiPath(index, "name"),
          message: {
            ja: `KPI「${kpi.name}」は、利益率や価格のように担当者が自分の行動だけでは動かしにくい指標に見えます。`,
            en: `KPI "${kpi.name}" looks like margin, profit or price, which reps cannot move by their own actions.`,
          },
          hint: {
            ja: `${example.ja}担当者が動かせる指標であれば controllable を true にしてください。`,
            en: `${example.en} If your reps do control it, set controllable to true.`,
          },
        });
      }
    }
    return hits;
  },
};

export const activityNeedsOutcome: LintRule = {
  id: "activity-needs-outcome",
  severity: "warning",
  title: { ja: "行動量のKPIには成果のKPIを組み合わせる", en: "Pair activity KPIs with results" },
  check: ({ plan }) =>
    indexed(plan)
      .filter(
        ({ kpi }) => kpi.tier === "activity" && partners(plan, kpi, ["conversion", "outcome"]).length === 0,
      )
      .map(({ kpi, index }) => {
        const stream = streamOf(plan, kpi);
        const where = stream
          ? { ja: `同じストリーム「${stream.name}」に`, en: ` in the same stream ("${stream.name}")` }
          : { ja: "計画に", en: " in the plan" };
        return {
          path: kpiPath(index),
          message: {
            ja: `行動量のKPI「${kpi.name}」に対応する転換率や成果のKPIが、${where.ja}ありません。行動量だけを目標にすると「100件訪問したけれど、成約はゼロ」という事態にもなりかねません。`,
            en: `Activity KPI "${kpi.name}" has no conversion or outcome KPI${where.en}. Activity alone can end in "we made 100 visits and closed nothing".`,
          },
          hint: {
            ja: "成約率や受注件数など、行動の先にある成果のKPIを同じストリームに加え、目標から逆算した行動量になっているかを確かめてください。",
            en: "Add a conversion or outcome KPI for the same stream, such as win rate or deals won, so that the activity is measured against the goal it serves.",
          },
        };
      }),
};

export const quantityNeedsQuality: LintRule = {
  id: "quantity-needs-quality",
  severity: "info",
  title: { ja: "量と質をセットで追う", en: "Track quality along with quantity" },
  check: ({ plan }) =>
    indexed(plan)
      .filter(
        ({ kpi }) =>
          kpi.tier === "activity" &&
          partners(plan, kpi, ["outcome"]).length > 0 && // otherwise activity-needs-outcome says it
          partners(plan, kpi, ["conversion"]).length === 0,
      )
      .map(({ kpi, index }) => {
        const stream = streamOf(plan, kpi);
        const where = stream
          ? { ja: `同じストリーム「${stream.name}」に`, en: ` in stream "${stream.name}"` }
          : { ja: "計画に", en: " in the plan" };
        return {
          path: kpiPath(index),
          message: {
            ja: `行動量のKPI「${kpi.name}」の質を確かめる転換率のKPIが、${where.ja}ありません。数だけを追うとKPIが目的化し、たとえば「架電数100件」を達成するために質の低いアプローチを重ねることになりかねません。`,
            en: `No conversion-rate KPI checks the quality of activity KPI "${kpi.name}"${where.en}. Counting alone turns the KPI into the goal — e.g. 100 low-quality calls just to hit "100 calls".`,
          },
          hint: {
            ja: "アポ率や商談化率など、次の段階への転換率をKPIに加え、量と質をセットで評価してください。",
            en: "Add the conversion rate to the next stage (e.g. appointment rate or meeting conversion rate) as a KPI, and review quantity and quality together.",
          },
        };
      }),
};

export const kpiDirection: LintRule = {
  id: "kpi-direction",
  severity: "warning",
  title: {
    ja: "「高いほど良い／低いほど良い」の向きを正しく",
    en: "Higher or lower is better, the right way round",
  },
  check: ({ plan }) => {
    const hits: RuleHit[] = [];
    for (const { kpi, index } of indexed(plan)) {
      const path = kpiPath(index, "direction");
      if (!isManual(kpi.source)) {
        if (kpi.direction === "lower") {
          hits.push({
            path,
            message: {
              ja: `KPI「${kpi.name}」はファネルの件数または転換率なので高いほど良い指標ですが、direction が "lower"（低いほど良い）になっています。`,
              en: `KPI "${kpi.name}" is a funnel count or conversion rate, so higher is better, but its direction is "lower".`,
            },
            hint: { ja: 'direction を "higher" にしてください。', en: 'Set direction to "higher".' },
          });
        }
        continue;
      }
      if (kpi.tier === "activity") continue; // counts of actions: the name says little about direction
      const lower = LOWER_IS_BETTER_NAME.test(kpi.name);
      if (lower && kpi.direction === "higher") {
        hits.push({
          path,
          message: {
            ja: `KPI「${kpi.name}」は解約率・リードタイム・コストのように低いほど良い指標に見えますが、direction が "higher"（高いほど良い）になっています。このままでは達成率が逆に計算されます。`,
            en: `KPI "${kpi.name}" looks like churn, lead time or cost, where lower is better, but its direction is "higher": achievement would be computed backwards.`,
          },
          hint: {
            ja: 'direction を "lower" にしてください。高いほど良い指標であれば、そう分かる名前に変えてください。',
            en: 'Set direction to "lower"; if higher really is better, rename it to say so.',
          },
        });
      } else if (!lower && HIGHER_IS_BETTER_NAME.test(kpi.name) && kpi.direction === "lower") {
        hits.push({
          path,
          message: {
            ja: `KPI「${kpi.name}」はリピート率や顧客満足度のように高いほど良い指標に見えますが、direction が "lower"（低いほど良い）になっています。`,
            en: `KPI "${kpi.name}" looks like repeat rate or satisfaction, where higher is better, but its direction is "lower".`,
          },
          hint: {
            ja: 'direction を "higher" にしてください。低いほど良い指標であれば、そう分かる名前に変えてください。',
            en: 'Set direction to "higher"; if lower really is better, rename it to say so.',
          },
        });
      }
    }
    return hits;
  },
};
