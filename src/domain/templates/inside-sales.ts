// インサイドセールス: calls → connects → appointments → meetings → deals (seed: インサイドセールスのKPI).
import { KFS_DATA, TEAM_4 } from "./common";
import type { TemplateSpec } from "./spec";

export const insideSales: TemplateSpec = {
  id: "inside_sales",
  kind: "style",
  title: { ja: "インサイドセールス", en: "Inside sales" },
  description: {
    ja: "電話・メール・オンラインで商談を生み出す営業。架電→接続→アポ→商談→受注のファネルで、活動量と転換率（接続率・商談化率）をセットで追います。",
    en: "Creating meetings by phone, email and online. Calls → connects → appointments → meetings → deals, tracking volume together with conversion (connect rate, meeting rate).",
  },
  kgi: { name: { ja: "年間受注額", en: "Annual bookings" }, target: 120_000_000, unit: "money" },
  kfs: [
    {
      name: { ja: "トークスクリプトの改善", en: "A better call script" },
      note: {
        ja: "アポ率が低いときはトーク内容を見直し、成功事例を定例会議で共有する",
        en: "When appointments per connect drop, rework the script and share what works in the weekly meeting",
      },
    },
    {
      name: { ja: "リストの質とナーチャリング", en: "List quality and nurturing" },
      note: {
        ja: "商談化率が低いときはターゲット選定を見直し、育成したリードを適切なタイミングで渡す",
        en: "When few appointments become meetings, revisit targeting and hand over nurtured leads at the right time",
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
        { id: "calls", name: { ja: "架電", en: "Calls" }, rate: 0.25 },
        { id: "connects", name: { ja: "接続", en: "Connects" }, rate: 0.2 },
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
        ja: "1日あたりの発信件数（不在・留守電も含む）。メール送信は含めない。",
        en: "Outbound calls a day, including no-answers and voicemails; emails are not counted.",
      },
      reason: {
        ja: "架電がすべての起点。逆算した架電数をこなせば、計画の転換率どおりにアポ・商談・受注が生まれ、受注額の目標に届く。",
        en: "Calls start everything: the calls worked back from the goal bring, at the planned rates, the appointments, meetings and deals the bookings goal needs.",
      },
      capacityPerDay: 60,
    },
    {
      id: "connect_rate",
      name: { ja: "コール接続率", en: "Connect rate" },
      tier: "conversion",
      direction: "higher",
      frequency: "weekly",
      source: { stream: "outbound", rateFrom: "calls" },
      definition: {
        ja: "架電のうち、決裁者または担当者と会話できた割合。",
        en: "Share of calls that reached a decision maker or the contact person.",
      },
      reason: {
        ja: "接続率が上がれば同じ架電数でも担当者と話せる件数が増え、アポと商談が増える。",
        en: "A better connect rate turns the same calls into more conversations, and so more appointments and meetings.",
      },
    },
    {
      id: "appointments",
      name: { ja: "アポ獲得数", en: "Appointments set" },
      tier: "outcome",
      direction: "higher",
      frequency: "weekly",
      source: { stream: "outbound", stage: "appointments" },
      definition: {
        ja: "商談日時が確定し、フィールドセールスへ引き渡したアポイントの件数。",
        en: "Appointments booked for a date and handed over to field sales.",
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
        ja: "獲得したアポイントのうち、実際に商談が行われた割合（アポ後の出席率を含む）。",
        en: "Share of appointments that became a meeting actually held (includes no-shows).",
      },
      reason: {
        ja: "アポが実際の商談になる割合が上がれば、同じアポ数で商談と受注が増える。",
        en: "When more appointments become meetings held, the same appointments bring more meetings and deals.",
      },
    },
    {
      id: "meetings",
      name: { ja: "商談数", en: "Meetings held" },
      tier: "outcome",
      direction: "higher",
      frequency: "monthly",
      source: { stream: "outbound", stage: "meetings" },
      definition: {
        ja: "インサイドセールスが創出し、実施された商談の件数。",
        en: "Meetings created by inside sales and actually held.",
      },
      reason: {
        ja: "インサイドセールスが生んだ商談が受注の母数になり、受注額の目標に直結する。",
        en: "Deals come from the meetings inside sales creates, so they lead straight to the bookings goal.",
      },
    },
  ],
  team: TEAM_4,
};
