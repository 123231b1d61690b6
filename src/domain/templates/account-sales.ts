// ルート営業／既存顧客営業: keep and grow existing customers, with some new business on the side
// (seed: ルート営業（既存顧客営業）のKPI).
import { KFS_DATA, PERCENT, TEAM_4 } from "./common";
import type { TemplateSpec } from "./spec";

export const accountSales: TemplateSpec = {
  id: "account_sales",
  kind: "style",
  title: { ja: "ルート営業（既存顧客営業）", en: "Account management" },
  description: {
    ja: "既存顧客の「維持」と「拡大」が中心の営業。訪問・フォローからのアップセル／クロスセル（売上の6割）と新規開拓（4割）の2本立てで、解約を防ぐ指標も追います。",
    en: "Keeping and growing existing customers: follow-up visits leading to upsell and cross-sell (60% of revenue) plus new business (40%), with retention KPIs against churn.",
  },
  kgi: { name: { ja: "年間売上", en: "Annual revenue" }, target: 120_000_000, unit: "money" },
  kfs: [
    {
      name: { ja: "定期的なフォローアップ", en: "Regular follow-up" },
      note: {
        ja: "しばらく接触できていない顧客を一覧で把握し、訪問・オンライン対応の間隔を空けすぎない",
        en: "Keep a list of customers not contacted lately and never let the gap between visits grow too long",
      },
    },
    {
      name: { ja: "顧客の課題に合わせた追加提案", en: "Proposals that fit each customer's needs" },
      note: {
        ja: "利用状況と課題をもとに、他サービスや上位プランを提案する",
        en: "Offer other services or a larger plan based on how the customer uses what they have",
      },
    },
    KFS_DATA,
  ],
  streams: [
    {
      id: "existing",
      name: { ja: "既存顧客（アップセル・クロスセル）", en: "Existing customers (upsell and cross-sell)" },
      share: 0.6,
      dealValue: 800_000,
      stages: [
        { id: "visits", name: { ja: "顧客訪問・接触", en: "Customer visits and contacts" }, rate: 0.25 },
        { id: "proposals", name: { ja: "追加提案", en: "Upsell proposals" }, rate: 0.4 },
        { id: "won", name: { ja: "追加受注", en: "Upsell deals" } },
      ],
    },
    {
      id: "new",
      name: { ja: "新規開拓", en: "New business" },
      share: 0.4,
      dealValue: 1_200_000,
      stages: [
        { id: "appointments", name: { ja: "アポイント獲得", en: "Appointments" }, rate: 0.5 },
        { id: "meetings", name: { ja: "商談", en: "Meetings" }, rate: 0.3 },
        { id: "won", name: { ja: "新規受注", en: "New deals" } },
      ],
    },
  ],
  kpis: [
    {
      id: "visits",
      name: { ja: "顧客訪問・接触回数", en: "Customer visits and contacts" },
      tier: "activity",
      direction: "higher",
      frequency: "weekly",
      source: { stream: "existing", stage: "visits" },
      definition: {
        ja: "既存顧客への訪問とオンライン対応の回数（同じ顧客への複数回も数える）。",
        en: "Visits and online meetings with existing customers (repeat contacts count).",
      },
      reason: {
        ja: "既存顧客との接点が増えるほど追加提案の機会が増え、既存顧客からの売上を積み上げられる。",
        en: "More contact with existing customers means more chances to propose, and more of the revenue they bring.",
      },
    },
    {
      id: "upsell_rate",
      name: { ja: "アップセル・クロスセル率", en: "Upsell and cross-sell rate" },
      tier: "conversion",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "existing", rateFrom: "proposals" },
      definition: {
        ja: "追加提案のうち、上位プランや他サービスの受注につながった割合。",
        en: "Share of upsell proposals that became an order for a larger plan or another service.",
      },
      reason: {
        ja: "提案が受注につながる割合が上がれば、同じ訪問数でも既存顧客からの売上が増える。",
        en: "When more proposals become orders, the same visits bring more revenue from existing customers.",
      },
    },
    {
      id: "repeat_rate",
      name: { ja: "リピート率", en: "Repeat rate" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 85, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "前年に取引のあった顧客のうち、直近12か月にも取引がある顧客の割合（%）。",
        en: "Customers who bought last year and also in the last 12 months, as a percent.",
      },
      reason: {
        ja: "売上の6割は既存顧客からの受注のため、取引の継続が売上目標の土台になる。",
        en: "Existing customers bring 60% of revenue, so keeping them buying is the base of the goal.",
      },
    },
    {
      id: "churn_rate",
      name: { ja: "解約率（取引停止率）", en: "Churn rate" },
      tier: "outcome",
      direction: "lower",
      frequency: "monthly",
      source: { manual: true, target: 1, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "月初の取引先のうち、その月に契約終了・取引停止となった割合（%）。",
        en: "Customers at the start of the month who ended their contract or stopped buying that month, as a percent.",
      },
      reason: {
        ja: "解約が増えると追加受注の母数が減り、既存顧客からの売上が目減りする。",
        en: "Every lost customer shrinks the base that upsell revenue comes from.",
      },
    },
    {
      id: "new_won",
      name: { ja: "新規受注件数", en: "New deals won" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "new", stage: "won" },
      definition: {
        ja: "新たに取引を始めた顧客の件数。",
        en: "Customers who signed their first order.",
      },
      reason: {
        ja: "新規受注件数 × 平均受注単価が新規の売上になり、既存顧客からの売上と合わせて売上目標に届く。",
        en: "New deals times their average value is the new-business part of the revenue goal.",
      },
    },
    // Offered, not picked (seed: 顧客満足度（NPS）; customers left without contact turn colour).
    {
      id: "satisfaction",
      name: { ja: "顧客満足度", en: "Customer satisfaction" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 80, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "満足度アンケートで「満足」「やや満足」と答えた顧客の割合（%）。NPS（推奨者の% − 批判者の%）はマイナスにもなり、実績シートでは集計できないため、この割合で測る。",
        en: 'Share of customers answering "satisfied" or "somewhat satisfied" in the survey, as a percent. NPS (promoters % − detractors %) can be negative, which the Actuals sheet does not count, so this share is used instead.',
      },
      reason: {
        ja: "満足している顧客ほど取引を続け、追加提案も受け入れやすい。リピート率と解約率の先行指標になる。",
        en: "Satisfied customers keep buying and say yes to more; satisfaction moves before repeat and churn rates do.",
      },
      picked: false,
    },
    {
      id: "not_contacted",
      name: { ja: "90日以上接触のない顧客数", en: "Customers not contacted in 90 days" },
      tier: "activity",
      direction: "lower",
      frequency: "weekly",
      source: { manual: true, target: 5, unit: { ja: "社", en: "customers" }, aggregate: "average" },
      definition: {
        ja: "週に一度数える、最後の訪問・連絡から90日以上たった既存顧客の社数（その時点の数）。",
        en: "Counted once a week: existing customers whose last visit or call was 90 days ago or more (the number at that moment).",
      },
      reason: {
        ja: "接触が途切れた顧客から解約が生まれ、追加提案の機会も失われる。少ないほど既存顧客からの売上を守れる。",
        en: "Customers left alone are the ones who leave, and offer no chance to propose: the fewer, the safer the revenue from existing customers.",
      },
      picked: false,
    },
    {
      id: "deal_size",
      name: { ja: "平均受注単価（追加受注）", en: "Average upsell deal value" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 800_000, unit: "money", aggregate: "average" },
      definition: {
        ja: "その月の追加受注（アップセル・クロスセル）1件あたりの平均金額。",
        en: "Average value per upsell or cross-sell deal won that month.",
      },
      reason: {
        ja: "単価が上がれば、同じ追加受注の件数でも既存顧客からの売上が増える。",
        en: "Larger upsell deals bring more revenue from existing customers for the same number of deals.",
      },
      picked: false,
    },
  ],
  team: TEAM_4,
};
