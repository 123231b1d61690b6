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
      // The seed's lead time, as the KPI below targets it: about 60 days to an order.
      leadTimeDays: 60,
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
      reason: {
        ja: "アポがなければ商談は生まれない。売上目標から逆算した受注件数に、計画の転換率で届くだけのアポ数。",
        en: "No appointment, no meeting: at the planned rates, these appointments bring the deals the revenue goal needs.",
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
      reason: {
        ja: "商談が受注の母数になる。成約率が同じなら、商談が増えるほど受注が増え、売上目標に近づく。",
        en: "Deals come from meetings: at the same win rate, more meetings bring more deals and more revenue.",
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
      reason: {
        ja: "成約率が上がれば同じ商談数で受注が増え、売上目標に必要な商談・アポの数が減る。",
        en: "A higher win rate turns the same meetings into more deals, and lowers the meetings and appointments the goal needs.",
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
      reason: {
        ja: "受注件数 × 平均受注単価が売上になる。売上目標に直結する成果の指標。",
        en: "Deals won times the average deal value is the revenue: the outcome the goal is made of.",
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
    // Offered, not picked (seed: 顧客単価（1件あたりの平均契約額）).
    {
      id: "deal_size",
      name: { ja: "顧客単価（平均受注額）", en: "Average deal value" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 1_500_000, unit: "money", aggregate: "average" },
      definition: {
        ja: "その月に受注した新規顧客1件あたりの平均契約額。",
        en: "Average contract value per new customer won that month.",
      },
      reason: {
        ja: "単価が上がれば、同じ受注件数でも売上が増え、売上目標に必要な商談・アポの数が減る。",
        en: "Larger deals bring more revenue from the same number of deals, and lower the meetings and appointments the goal needs.",
      },
      picked: false,
    },
  ],
  team: TEAM_4,
};
