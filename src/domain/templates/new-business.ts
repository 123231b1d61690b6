// 新規開拓営業: new customers through leads, appointments and meetings (seed: 新規開拓営業のKPI).
import { DAYS, KFS_DATA, KFS_TRAINING, TEAM_4 } from "./common";
import type { TemplateSpec } from "./spec";

export const newBusiness: TemplateSpec = {
  id: "new_business",
  kind: "style",
  title: { ja: "新規開拓営業", en: "New business sales" },
  description: {
    ja: "新規顧客の獲得が目的の営業。リード獲得→アポイント→商談→受注を逆算し、アポイント数・商談数など行動量のKPIを多めに置きます。",
    en: "Winning new customers. Works back from deals through meetings and appointments to leads, with more activity KPIs (appointments, meetings).",
  },
  kgi: { name: { ja: "年間売上", en: "Annual revenue" }, target: 120_000_000, unit: "money" },
  kfs: [
    {
      name: { ja: "ターゲットリストの質", en: "A well-chosen target list" },
      note: {
        ja: "業種・規模で見込みの高い企業に絞り、アポイントが取れない場合はリストから見直す",
        en: "Focus on the industries and sizes that buy; when appointments lag, revisit the list first",
      },
    },
    KFS_TRAINING,
    KFS_DATA,
  ],
  streams: [
    {
      id: "new",
      name: { ja: "新規開拓", en: "New business" },
      share: 1,
      dealValue: 1_500_000,
      stages: [
        { id: "leads", name: { ja: "リード獲得", en: "Leads" }, rate: 0.3 },
        { id: "appointments", name: { ja: "アポイント獲得", en: "Appointments" }, rate: 0.5 },
        { id: "meetings", name: { ja: "商談・提案", en: "Meetings and proposals" }, rate: 0.25 },
        { id: "won", name: { ja: "受注", en: "Won deals" } },
      ],
    },
  ],
  kpis: [
    {
      id: "appointments",
      name: { ja: "アポイント獲得数", en: "Appointments set" },
      tier: "activity",
      direction: "higher",
      frequency: "weekly",
      source: { stream: "new", stage: "appointments" },
      definition: {
        ja: "新規見込み客との商談日時が確定した件数（週次で集計）。",
        en: "Meetings with new prospects booked for a date, counted weekly.",
      },
    },
    {
      id: "meetings",
      name: { ja: "商談数", en: "Meetings held" },
      tier: "activity",
      direction: "higher",
      frequency: "weekly",
      source: { stream: "new", stage: "meetings" },
      definition: {
        ja: "訪問・オンラインで実施した初回商談と提案の回数。",
        en: "First meetings and proposals held, on site or online.",
      },
    },
    {
      id: "win_rate",
      name: { ja: "成約率", en: "Win rate" },
      tier: "conversion",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "new", rateFrom: "meetings" },
      definition: {
        ja: "提案した案件のうち成約につながった割合（受注数 ÷ 商談数）。",
        en: "Share of proposals that became deals (won ÷ meetings).",
      },
    },
    {
      id: "won",
      name: { ja: "受注件数", en: "Deals won" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "new", stage: "won" },
      definition: {
        ja: "契約書を取り交わした新規顧客の件数。",
        en: "New customers with a signed contract.",
      },
    },
    {
      id: "lead_time",
      name: { ja: "初回商談から成約までのリードタイム", en: "Lead time from first meeting to contract" },
      tier: "outcome",
      direction: "lower",
      frequency: "monthly",
      source: { manual: true, target: 60, unit: DAYS, aggregate: "average" },
      definition: {
        ja: "その月に受注した案件の、初回商談日から契約日までの日数の平均。",
        en: "Average days from first meeting to signature, over the deals won that month.",
      },
      reason: {
        ja: "リードタイムが短いほど同じ期間で多くの案件を成約でき、売上目標の達成が早まる。",
        en: "Shorter cycles close more deals in the same year, bringing the revenue goal closer.",
      },
    },
  ],
  team: TEAM_4,
};
