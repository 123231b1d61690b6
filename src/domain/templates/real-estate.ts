// 不動産: inquiries and visits → viewings → contracts, and referrals from past clients
// (seed: 不動産営業).
import { KFS_DATA, PERCENT, TEAM_4 } from "./common";
import type { TemplateSpec } from "./spec";

export const realEstate: TemplateSpec = {
  id: "real_estate",
  kind: "industry",
  title: { ja: "不動産", en: "Real estate" },
  description: {
    ja: "不動産仲介の営業。問い合わせ・来店→内見→契約の流れ（売上の7割）と既存顧客からの紹介（3割）の2本立てで、接触回数と成約率、紹介顧客率を追います。",
    en: "Real-estate brokerage. Inquiries and walk-ins → viewings → contracts (70% of revenue) plus referrals from past clients (30%), tracking contacts, conversion and the referral rate.",
  },
  kgi: {
    name: { ja: "年間仲介手数料収入", en: "Annual brokerage fees" },
    target: 120_000_000,
    unit: "money",
  },
  kfs: [
    {
      name: { ja: "問い合わせへの素早い対応", en: "Fast response to inquiries" },
      note: {
        ja: "Web・電話の問い合わせには当日中に連絡し、内見の日程まで決める",
        en: "Call back every web or phone inquiry the same day and book a viewing",
      },
    },
    {
      name: { ja: "引き渡し後の関係づくり", en: "Staying in touch after the move" },
      note: {
        ja: "契約後も定期的に連絡し、紹介（リファラル）につなげる",
        en: "Keep in touch after closing so that clients refer their friends",
      },
    },
    KFS_DATA,
  ],
  streams: [
    {
      id: "inquiry",
      name: { ja: "問い合わせ・来店", en: "Inquiries and walk-ins" },
      share: 0.7,
      dealValue: 1_000_000,
      stages: [
        { id: "inquiries", name: { ja: "問い合わせ・来店", en: "Inquiries and walk-ins" }, rate: 0.3 },
        { id: "viewings", name: { ja: "内見", en: "Viewings" }, rate: 0.25 },
        { id: "contracts", name: { ja: "契約", en: "Contracts" } },
      ],
    },
    {
      id: "referral",
      name: { ja: "紹介", en: "Referrals" },
      share: 0.3,
      dealValue: 1_000_000,
      stages: [
        { id: "referrals", name: { ja: "紹介", en: "Referrals" }, rate: 0.6 },
        { id: "viewings", name: { ja: "内見", en: "Viewings" }, rate: 0.4 },
        { id: "contracts", name: { ja: "契約", en: "Contracts" } },
      ],
    },
  ],
  kpis: [
    {
      id: "inquiries",
      name: { ja: "来店・問い合わせ対応件数", en: "Inquiries and walk-ins handled" },
      tier: "activity",
      direction: "higher",
      frequency: "weekly",
      source: { stream: "inquiry", stage: "inquiries" },
      definition: {
        ja: "Web・電話での問い合わせと来店に対応した件数。",
        en: "Web and phone inquiries and walk-in visits handled.",
      },
      reason: {
        ja: "問い合わせ・来店が内見と契約の入口。対応件数が増えるほど契約が増え、仲介手数料が増える。",
        en: "Inquiries and walk-ins lead to viewings and contracts: handling more of them brings more contracts and more fees.",
      },
    },
    {
      id: "viewings",
      name: { ja: "内見件数", en: "Viewings" },
      tier: "activity",
      direction: "higher",
      frequency: "weekly",
      source: { stream: "inquiry", stage: "viewings" },
      definition: {
        ja: "問い合わせ・来店から案内した物件の内覧件数（紹介経由は含めない）。",
        en: "Property viewings for inquiries and walk-ins (referrals are counted apart).",
      },
      reason: {
        ja: "内見が契約の前提。内見が増えるほど契約件数が増え、仲介手数料の目標に近づく。",
        en: "Contracts follow viewings: more viewings bring more contracts toward the fee goal.",
      },
    },
    {
      id: "contract_rate",
      name: { ja: "内見からの契約率", en: "Contract rate from viewings" },
      tier: "conversion",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "inquiry", rateFrom: "viewings" },
      definition: {
        ja: "内見のうち、契約に至った割合。",
        en: "Share of viewings that led to a signed contract.",
      },
      reason: {
        ja: "内見から契約に至る割合が上がれば、同じ内見数で契約と仲介手数料が増える。",
        en: "A higher contract rate turns the same viewings into more contracts and more fees.",
      },
    },
    {
      id: "contracts",
      name: { ja: "契約件数", en: "Contracts signed" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "inquiry", stage: "contracts" },
      definition: {
        ja: "問い合わせ・来店から契約に至った件数。",
        en: "Contracts signed from inquiries and walk-ins.",
      },
      reason: {
        ja: "契約件数 × 平均仲介手数料が年間の仲介手数料になる。目標に直結する成果の指標。",
        en: "Contracts times the average fee is the year's brokerage fees: the outcome the goal is made of.",
      },
    },
    {
      id: "referral_rate",
      name: { ja: "紹介顧客率", en: "Referral rate" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 30, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "その月の契約のうち、既存顧客からの紹介による契約の割合（%）。",
        en: "Contracts that month that came from a past client's referral, as a percent.",
      },
      reason: {
        ja: "紹介経由の契約は売上の3割を見込んでおり、リファラルの効果をこの率で確かめる。",
        en: "Referrals are planned to bring 30% of fees; this rate shows whether they do.",
      },
    },
    // Offered, not picked (seed: 契約率（問い合わせから契約に至る割合）, 平均成約単価).
    {
      id: "inquiry_contract_rate",
      name: { ja: "問い合わせからの契約率", en: "Contract rate from inquiries" },
      tier: "conversion",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 7.5, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "その月の契約件数 ÷ 問い合わせ・来店の件数（%）。計画では内見率30% × 契約率25% = 7.5%。",
        en: "Contracts that month ÷ inquiries and walk-ins that month, as a percent; the plan's 30% to viewings × 25% to contracts = 7.5%.",
      },
      reason: {
        ja: "問い合わせ1件がどれだけ契約になるかを一つの数で追える。上がれば同じ反響で仲介手数料が増える。",
        en: "One number for how many inquiries end in a contract: when it rises, the same inquiries bring more fees.",
      },
      picked: false,
    },
    {
      id: "deal_size",
      name: { ja: "平均成約単価", en: "Average fee per contract" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 1_000_000, unit: "money", aggregate: "average" },
      definition: {
        ja: "その月の契約1件あたりの平均仲介手数料。",
        en: "Average brokerage fee per contract signed that month.",
      },
      reason: {
        ja: "1件あたりの手数料が上がれば、同じ契約件数でも仲介手数料の合計が増える。",
        en: "A higher fee per contract brings more fees for the same number of contracts.",
      },
      picked: false,
    },
  ],
  team: TEAM_4,
};
