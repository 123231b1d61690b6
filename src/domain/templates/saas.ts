// SaaS・IT: subscriptions, so keeping customers counts as much as winning them (seed: SaaS・IT業界).
import { KFS_DATA, PERCENT, TEAM_4_WITH_NEW_HIRE } from "./common";
import type { TemplateSpec } from "./spec";

export const saas: TemplateSpec = {
  id: "saas",
  kind: "industry",
  title: { ja: "SaaS・IT", en: "SaaS and IT" },
  description: {
    ja: "サブスクリプション型の営業。リード→デモ→無料トライアル→有料契約を逆算し、契約獲得だけでなくMRR・解約率・LTVで「継続利用」も指標に加えます。",
    en: "Subscription sales. Works back from paid contracts through trials and demos to leads, and adds MRR, churn and LTV so that keeping customers counts, not only winning them.",
  },
  kgi: { name: { ja: "年間新規ARR", en: "New ARR for the year" }, target: 120_000_000, unit: "money" },
  kfs: [
    {
      name: { ja: "トライアル中の活用支援", en: "Helping trial users succeed" },
      note: {
        ja: "トライアル開始から1週間以内に利用状況を確認し、つまずいている顧客をフォローする",
        en: "Check usage within a week of each trial starting and help the accounts that are stuck",
      },
    },
    {
      name: { ja: "オンボーディングと定着化", en: "Onboarding and adoption" },
      note: {
        ja: "契約後90日の定着を支援し、チャーンレートを低く抑える",
        en: "Support the first 90 days after signing to keep churn low",
      },
    },
    KFS_DATA,
  ],
  streams: [
    {
      id: "new",
      name: { ja: "新規契約", en: "New subscriptions" },
      share: 1,
      dealValue: 1_200_000,
      stages: [
        { id: "leads", name: { ja: "リード", en: "Leads" }, rate: 0.3 },
        { id: "demos", name: { ja: "デモ・商談", en: "Demos" }, rate: 0.5 },
        { id: "trials", name: { ja: "無料トライアル", en: "Free trials" }, rate: 0.25 },
        { id: "paid", name: { ja: "有料契約", en: "Paid subscriptions" } },
      ],
    },
  ],
  kpis: [
    {
      id: "demos",
      name: { ja: "デモ・商談実施数", en: "Demos held" },
      tier: "activity",
      direction: "higher",
      frequency: "weekly",
      source: { stream: "new", stage: "demos" },
      definition: {
        ja: "製品デモを含むオンライン・訪問商談の実施回数。",
        en: "Product demos and sales meetings held, online or on site.",
      },
      reason: {
        ja: "デモ・商談がトライアルと有料契約の入口。デモが増えるほど新規契約が増え、新規ARRが積み上がる。",
        en: "Demos lead to trials and paid subscriptions: more demos bring more new customers and more new ARR.",
      },
    },
    {
      id: "trial_conversion",
      name: { ja: "トライアル転換率", en: "Trial conversion rate" },
      tier: "conversion",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "new", rateFrom: "trials" },
      definition: {
        ja: "無料トライアルのうち、有料契約に移行した割合。",
        en: "Share of free trials that became a paid subscription.",
      },
      reason: {
        ja: "トライアルから有料契約になる割合が上がれば、同じトライアル数で新規ARRが増える。",
        en: "A higher trial conversion turns the same trials into more paying customers and more new ARR.",
      },
    },
    {
      id: "new_mrr",
      name: { ja: "新規MRR", en: "New MRR" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 10_000_000, unit: "money", aggregate: "sum" },
      definition: {
        ja: "新規契約した顧客の月額課金額（Monthly Recurring Revenue）。契約のたびに記録し、期間中に積み上がった合計を見ます（月平均約83万円）。",
        en: "Monthly recurring revenue of each new subscription, logged when it is signed and added up over the period (about a twelfth each month).",
      },
      reason: {
        ja: "1年間に積み上げた新規MRR（1,000万円）の12か月分が、年間新規ARR（1億2,000万円）になる。",
        en: "The new MRR added over the year, times twelve months, is the new ARR goal.",
      },
    },
    {
      id: "churn_rate",
      name: { ja: "解約率（チャーンレート）", en: "Churn rate" },
      tier: "outcome",
      direction: "lower",
      frequency: "monthly",
      source: { manual: true, target: 2, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "月初の契約社数のうち、その月に解約した社数の割合（%）。",
        en: "Customers at the start of the month who cancelled that month, as a percent.",
      },
      reason: {
        ja: "解約が増えると新規で積み上げたMRRが目減りし、ARRの目標に届かない。",
        en: "Cancellations eat into the MRR that new business adds, and the ARR goal slips away.",
      },
    },
    {
      id: "ltv",
      name: { ja: "LTV（顧客生涯価値）", en: "LTV (customer lifetime value)" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 4_000_000, unit: "money", aggregate: "average" },
      definition: {
        ja: "1顧客あたりの総収益の見込み＝月額単価 × 粗利率 ÷ 月次解約率（=KPI_LTV で計算できます）。",
        en: "Expected total revenue per customer = monthly revenue per account × gross margin ÷ monthly churn (=KPI_LTV computes it).",
      },
      reason: {
        ja: "獲得した顧客が長く使い続けるほど、同じ獲得件数でも事業の売上が大きくなる。",
        en: "The longer customers stay, the more revenue the same number of new deals brings.",
      },
    },
  ],
  team: TEAM_4_WITH_NEW_HIRE,
};
