// The minimal inside-sales set: calls, appointments and meeting conversion (seed: インサイドセールスで
// 最低限必要なKPIは？ — 架電数・アポ獲得数・商談化率).
import { KFS_DATA, TEAM_3 } from "./common";
import type { TemplateSpec } from "./spec";

export const insideSalesMinimal: TemplateSpec = {
  id: "inside_sales_minimal",
  kind: "minimal",
  title: { ja: "インサイドセールス（最小構成）", en: "Inside sales (minimal)" },
  description: {
    ja: "限られた人数で始めるための最小限の3指標：架電数・アポ獲得数・商談化率。活動量・中間成果・最終成果へのつながりが見え、まずは定着を優先できます。",
    en: "The three KPIs to start with when the team is small: calls, appointments and meeting conversion rate. They link activity to results; add more once these stick.",
  },
  kgi: { name: { ja: "年間受注額", en: "Annual bookings" }, target: 120_000_000, unit: "money" },
  kfs: [
    {
      name: { ja: "3指標の定着", en: "Making the three KPIs a habit" },
      note: {
        ja: "毎日の記録と週次の振り返りを習慣にし、必要に応じて指標を追加・調整する",
        en: "Log every day, review every week, and add or adjust KPIs only once this works",
      },
    },
    KFS_DATA,
  ],
  streams: [
    {
      id: "outbound",
      name: { ja: "アウトバウンド", en: "Outbound" },
      share: 1,
      dealValue: 1_000_000,
      stages: [
        { id: "calls", name: { ja: "架電", en: "Calls" }, rate: 0.05 },
        { id: "appointments", name: { ja: "アポ獲得", en: "Appointments" }, rate: 0.8 },
        { id: "meetings", name: { ja: "商談", en: "Meetings" }, rate: 0.25 },
        { id: "deals", name: { ja: "受注", en: "Deals" } },
      ],
    },
  ],
  kpis: [
    {
      id: "calls",
      name: { ja: "架電数", en: "Calls made" },
      tier: "activity",
      direction: "higher",
      frequency: "daily",
      source: { stream: "outbound", stage: "calls" },
      definition: {
        ja: "1日あたりの発信件数（不在・留守電も含む）。",
        en: "Outbound calls a day, including no-answers and voicemails.",
      },
      reason: {
        ja: "架電がすべての起点。逆算した架電数をこなせば、計画の転換率どおりにアポ・商談・受注が生まれる。",
        en: "Calls start everything: the calls worked back from the goal bring, at the planned rates, the appointments, meetings and deals it needs.",
      },
      capacityPerDay: 60,
    },
    {
      id: "appointments",
      name: { ja: "アポ獲得数", en: "Appointments set" },
      tier: "outcome",
      direction: "higher",
      frequency: "weekly",
      source: { stream: "outbound", stage: "appointments" },
      definition: {
        ja: "商談日時が確定したアポイントの件数。",
        en: "Appointments booked for a date.",
      },
      reason: {
        ja: "アポが商談の入口。アポが増えるほど商談と受注が増え、受注額の目標に近づく。",
        en: "Appointments are the way into meetings: more appointments bring more meetings and deals toward the bookings goal.",
      },
    },
    {
      id: "meeting_rate",
      name: { ja: "商談化率", en: "Meeting conversion rate" },
      tier: "conversion",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "outbound", rateFrom: "appointments" },
      definition: {
        ja: "獲得したアポイントのうち、実際に商談につながった割合。",
        en: "Share of appointments that became a meeting actually held.",
      },
      reason: {
        ja: "アポが実際の商談になる割合が上がれば、同じアポ数で商談と受注が増える。",
        en: "When more appointments become meetings held, the same appointments bring more meetings and deals.",
      },
    },
  ],
  team: TEAM_3,
};
