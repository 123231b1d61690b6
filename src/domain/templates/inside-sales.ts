// インサイドセールス: calls → connects → appointments → meetings → deals (seed: インサイドセールスのKPI).
import { KFS_DATA, PERCENT, TEAM_4 } from "./common";
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
    // Offered, not picked: email outreach, nurturing, and the checks of a team paid per result
    // (seed: 成果報酬型 — アポ後の出席率・商談の質).
    {
      id: "emails",
      name: { ja: "メール送信数", en: "Emails sent" },
      tier: "activity",
      direction: "higher",
      frequency: "daily",
      source: { manual: true, target: 4_800, unit: { ja: "通", en: "count" }, aggregate: "sum" },
      definition: {
        ja: "見込み客に個別に送った営業メールの通数（一斉配信のメールマガジンは含めない）。",
        en: "Sales emails written to one prospect each (newsletters sent to a whole list are not counted).",
      },
      reason: {
        ja: "電話がつながらない相手にもメールなら届き、返信からアポと商談が生まれて受注額の目標に近づく。",
        en: "Email reaches prospects a call does not; replies turn into appointments and meetings toward the bookings goal.",
      },
      picked: false,
    },
    {
      id: "reply_rate",
      name: { ja: "メール返信率", en: "Email reply rate" },
      tier: "conversion",
      direction: "higher",
      frequency: "weekly",
      source: { manual: true, target: 5, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "その週に送った営業メールのうち、返信があった割合（%）。",
        en: "Share of the week's sales emails that got a reply, as a percent.",
      },
      reason: {
        ja: "返信率が上がれば同じ送信数で会話が増え、アポと商談が増える。件名・文面とリストの質を映す。",
        en: "A better reply rate turns the same emails into more conversations and appointments; it shows how good the wording and the list are.",
      },
      picked: false,
    },
    {
      id: "nurturing_rate",
      name: { ja: "リードナーチャリング率", en: "Lead nurturing rate" },
      tier: "conversion",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 10, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "育成中（すぐには商談にならない）のリードのうち、その月に営業へ引き渡したリードの割合（%）。",
        en: "Share of the leads being nurtured (not ready to meet yet) handed over to sales that month, as a percent.",
      },
      reason: {
        ja: "育成したリードが営業に渡るほど、新しいリストに頼らずにアポと商談が増え、受注額の目標に近づく。",
        en: "Every nurtured lead handed over adds appointments and meetings without a new list, toward the bookings goal.",
      },
      picked: false,
    },
    {
      id: "attendance_rate",
      name: { ja: "アポ後の出席率", en: "Appointment attendance rate" },
      tier: "conversion",
      direction: "higher",
      frequency: "weekly",
      source: { manual: true, target: 90, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "その週が予定日だったアポのうち、顧客が出席した割合（%、日程変更は変更後の日で数える）。成果報酬型の補助指標。商談化率をKPIにしている場合はほぼ同じ割合になるため、どちらか一方を選ぶ。",
        en: "Share of the appointments due that week that the prospect attended, as a percent (a rescheduled one counts on its new date). A check for teams paid per result; close to the meeting conversion rate, so pick one of the two.",
      },
      reason: {
        ja: "成果報酬型ではアポの件数だけを追うと質の低いアポが増えやすい。出席されたアポだけが商談と受注につながる。",
        en: "Paid per appointment, a team may book appointments that never happen; only attended ones lead to meetings and deals.",
      },
      picked: false,
    },
    {
      id: "meeting_quality",
      name: { ja: "有効商談率（商談の質）", en: "Qualified meeting rate (meeting quality)" },
      tier: "conversion",
      direction: "higher",
      frequency: "monthly",
      source: { manual: true, target: 60, unit: PERCENT, aggregate: "average" },
      definition: {
        ja: "実施した商談のうち、フィールドセールスが予算・決裁者・ニーズ・時期を確認でき、次の段階に進めると判定した割合（%）。",
        en: "Share of meetings held that field sales judged qualified — budget, decision maker, need and timing confirmed — as a percent.",
      },
      reason: {
        ja: "質の高い商談ほど受注につながる。件数と合わせて質を測ると、数合わせの商談で受注額が伸びない事態を防げる。",
        en: "Qualified meetings are the ones that close; measuring quality with the count keeps meetings from being booked just to hit a number.",
      },
      picked: false,
    },
  ],
  team: TEAM_4,
};
