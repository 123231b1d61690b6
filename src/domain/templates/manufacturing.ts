// BtoB製造業: long relationships and large orders, so quotes, order value and repeat business
// (seed: BtoB製造業).
import { KFS_TRAINING, PERCENT, TEAM_3 } from "./common";
import type { TemplateSpec } from "./spec";

export const manufacturing: TemplateSpec = {
  id: "manufacturing",
  kind: "industry",
  title: { ja: "BtoB製造業", en: "B2B manufacturing" },
  description: {
    ja: "法人向けの製造業。大型案件と長期的な取引が中心のため、引き合い→見積もり提出→受注を逆算し、受注額・商談単価・リピート率を重視します。",
    en: "Selling manufactured goods to businesses: large orders and long relationships. Works back from orders through quotes to inquiries, and tracks order value, average deal size and repeat business.",
  },
  kgi: { name: { ja: "年間受注額", en: "Annual order intake" }, target: 240_000_000, unit: "money" },
  kfs: [
    {
      name: { ja: "技術部門と連携した提案", en: "Proposals made with engineering" },
      note: {
        ja: "仕様の相談に早い段階から技術者を同席させ、見積もりの精度と提出スピードを上げる",
        en: "Bring engineers into specification talks early so that quotes are accurate and fast",
      },
    },
    {
      name: { ja: "品質と納期の信頼", en: "Trusted quality and delivery" },
      note: {
        ja: "納品後に品質・納期の満足度を確認し、次の受注につなげる",
        en: "Ask about quality and delivery after each shipment, and turn it into the next order",
      },
    },
    KFS_TRAINING,
  ],
  streams: [
    {
      id: "orders",
      name: { ja: "受注", en: "Orders" },
      share: 1,
      dealValue: 4_000_000,
      stages: [
        { id: "inquiries", name: { ja: "引き合い・技術相談", en: "Inquiries" }, rate: 0.5 },
        { id: "quotes", name: { ja: "見積もり提出", en: "Quotes submitted" }, rate: 0.4 },
        { id: "won", name: { ja: "受注", en: "Orders won" } },
      ],
    },
  ],
  kpis: [
    {
      id: "quotes",
      name: { ja: "見積もり提出数", en: "Quotes submitted" },
      tier: "activity",
      direction: "higher",
      frequency: "weekly",
      source: { stream: "orders", stage: "quotes" },
      definition: {
        ja: "顧客に提出した見積もりの件数（同じ案件の再見積もりは数えない）。",
        en: "Quotes sent to customers (a revised quote for the same deal is not counted again).",
      },
      reason: {
        ja: "見積もりを出さなければ受注は生まれない。見積もり数 × 受注率が受注件数になる。",
        en: "No quote, no order: quotes times the quote win rate is the orders won.",
      },
    },
    {
      id: "quote_win_rate",
      name: { ja: "見積もり受注率", en: "Quote win rate" },
      tier: "conversion",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "orders", rateFrom: "quotes" },
      definition: {
        ja: "提出した見積もりのうち、受注に至った割合。",
        en: "Share of submitted quotes that became an order.",
      },
      reason: {
        ja: "見積もりが受注になる割合が上がれば、同じ見積もり数でも受注額が増える。",
        en: "When more quotes become orders, the same quotes bring more order intake.",
      },
    },
    {
      id: "order_value",
      name: { ja: "受注額", en: "Order value" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 240_000_000, unit: "money", aggregate: "sum" },
      definition: {
        ja: "受注した案件の金額（税抜）。受注のたびに記録し、期間中の合計を見ます（月平均2,000万円）。",
        en: "Value of each order won, before tax, logged when it is won and added up over the period (a twelfth of it a month).",
      },
      reason: {
        ja: "月々の受注額を積み上げた期間合計が、年間受注額の目標そのものになる。",
        en: "Month by month, order value adds up to the annual goal.",
      },
    },
    {
      id: "deal_size",
      name: { ja: "商談単価（平均受注額）", en: "Average order size" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 4_000_000, unit: "money", aggregate: "average" },
      definition: {
        ja: "その月に受注した案件1件あたりの平均金額。",
        en: "Average value per order won that month.",
      },
      reason: {
        ja: "単価が上がれば、同じ受注件数でも受注額が増える。",
        en: "Larger orders raise order intake without more deals.",
      },
    },
    {
      id: "repeat_rate",
      name: { ja: "リピート率", en: "Repeat rate" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 80, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "前年に受注した取引先のうち、直近12か月にも受注がある取引先の割合（%）。",
        en: "Customers who ordered last year and again in the last 12 months, as a percent.",
      },
      reason: {
        ja: "継続取引が受注の大半を占めるため、リピートが年間受注額を支える。",
        en: "Most orders come from returning customers, so repeat business carries the annual goal.",
      },
    },
    // Offered, not picked (seed: 納品満足度).
    {
      id: "delivery_satisfaction",
      name: { ja: "納品満足度", en: "Delivery satisfaction" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 90, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "その月に納品した取引先のうち、納品後の確認で品質と納期の両方に「満足」と答えた割合（%）。",
        en: "Share of the month's deliveries whose customer said they were satisfied with both quality and delivery time, as a percent.",
      },
      reason: {
        ja: "品質と納期への信頼が次の引き合いとリピート受注を生み、年間受注額を支える。",
        en: "Trust in quality and delivery brings the next inquiry and the repeat order that carry the annual goal.",
      },
      picked: false,
    },
  ],
  team: TEAM_3,
};
