// Text and teams the templates share.
import type { Text } from "../i18n";
import type { Aggregate } from "../kpi-progress";

/** Appended to every KPI definition: the numbers of a template are a place to start from. */
export const STARTING_POINT: Text = {
  ja: "※目標値・転換率・単価は初期値です。自社の実績に置き換えてください。",
  en: "Targets, rates and values are starting points: replace them with your team's history.",
};

/** Appended to a manual KPI's definition, so that the words say how the dashboard adds it up. */
export const AGGREGATE_NOTE: Record<Aggregate, Text> = {
  sum: { ja: "目標は期間合計です。", en: "The target is for the whole period." },
  average: {
    ja: "目標は水準で、記録した値の平均と比べます。",
    en: "The target is a level, compared with the average of the values logged.",
  },
};

export const PERCENT: Text = { ja: "%", en: "%" };
export const DAYS: Text = { ja: "日", en: "days" };

export const TEAM_3: { name: Text; weight?: number }[] = [
  { name: { ja: "佐藤", en: "Alex" } },
  { name: { ja: "鈴木", en: "Sam" } },
  { name: { ja: "高橋", en: "Jordan" } },
];

export const TEAM_4: { name: Text; weight?: number }[] = [...TEAM_3, { name: { ja: "田中", en: "Taylor" } }];

/** Four reps, the last one new this year and carrying half a load. */
export const TEAM_4_WITH_NEW_HIRE: { name: Text; weight?: number }[] = [
  ...TEAM_3,
  { name: { ja: "田中（新人）", en: "Taylor (new hire)" }, weight: 0.5 },
];

/** The success factors every sales team shares (seed: training and customer data). */
export const KFS_TRAINING: { name: Text; note: Text } = {
  name: { ja: "効果的なトレーニングの実施", en: "Effective sales training" },
  note: {
    ja: "ロールプレイと商談の振り返りを定例化し、転換率の低い段階を重点的に鍛える",
    en: "Regular role-plays and deal reviews, focused on the stage that converts worst",
  },
};

export const KFS_DATA: { name: Text; note: Text } = {
  name: { ja: "顧客データの正確な管理", en: "Accurate customer data" },
  note: {
    ja: "活動と商談の結果をその日のうちにSFA／CRMへ記録し、実績シートに反映する",
    en: "Log activities and deal outcomes in the CRM the same day, and in the actuals sheet",
  },
};
