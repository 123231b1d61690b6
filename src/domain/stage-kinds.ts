// What a funnel stage is and what a stage-to-stage rate measures, read from the names and ids the team
// chose, in English or Japanese. The playbook (playbook.ts) picks its remedies by the rate's kind.
// Both tables are data, checked in table order: the first row that matches wins.
import type { Plan } from "./plan-schema";
import { rateStages } from "./rate-stages";

export type StageKind =
  | "call"
  | "email"
  | "connect"
  | "appointment"
  | "meeting"
  | "proposal"
  | "quote"
  | "trial"
  | "viewing"
  | "visit"
  | "lead"
  | "deal"
  | "other";

/**
 * Keywords of each stage kind. English ones match at the start of a word ("call" in "Calls made",
 * not in "recall"); Japanese ones anywhere. Order settles names with two keywords: a meeting comes
 * before a proposal ("商談・提案" is a meeting), a call before a lead, and a deal last, as a stage
 * named after a deal ("Deal review meeting") is usually not the deal itself.
 */
export const STAGE_KEYWORDS: readonly {
  kind: Exclude<StageKind, "other">;
  en: readonly string[];
  ja: readonly string[];
}[] = [
  { kind: "call", en: ["call", "dial", "phone", "cold call"], ja: ["架電", "コール", "電話"] },
  { kind: "email", en: ["email", "e-mail", "mail"], ja: ["メール"] },
  { kind: "connect", en: ["connect", "reached", "conversation"], ja: ["接続", "通話", "コネクト"] },
  { kind: "appointment", en: ["appointment", "appt", "booked", "booking"], ja: ["アポ"] },
  {
    kind: "meeting",
    en: ["meeting", "demo", "discovery", "opportunit"],
    ja: ["商談", "面談", "デモ", "打ち合わせ", "打合せ"],
  },
  { kind: "proposal", en: ["proposal", "propos", "pitch", "presentation"], ja: ["提案", "プレゼン"] },
  { kind: "quote", en: ["quote", "quotation", "estimate", "bid"], ja: ["見積"] },
  {
    kind: "trial",
    en: ["trial", "poc", "pilot", "sample"],
    ja: ["トライアル", "試用", "お試し", "サンプル"],
  },
  { kind: "viewing", en: ["viewing", "showing", "tour", "inspection"], ja: ["内見", "内覧", "見学"] },
  { kind: "visit", en: ["visit", "contact", "follow"], ja: ["訪問", "接触", "フォロー"] },
  {
    kind: "lead",
    en: ["lead", "inquir", "enquir", "prospect", "referral", "walk-in", "sign-up", "signup", "mql"],
    ja: ["リード", "問い合わせ", "問合せ", "引き合い", "反響", "資料請求", "紹介", "来店", "見込"],
  },
  {
    kind: "deal",
    en: ["deal", "won", "win", "contract", "order", "closed", "closing", "paid", "subscription", "purchase"],
    ja: ["受注", "成約", "契約", "有料", "購入", "発注"],
  },
];

export type RateKind =
  | "connect_rate"
  | "appointment_rate"
  | "meeting_rate"
  | "lead_to_meeting"
  | "proposal_rate"
  | "quote_rate"
  | "trial_rate"
  | "viewing_rate"
  | "trial_conversion"
  | "quote_win_rate"
  | "viewing_contract"
  | "win_rate"
  | "response_rate"
  | "other";

/**
 * The kind of the rate from one stage to the next: mostly what the next stage is (a rate into
 * appointments is the appointment rate, whether from calls or leads), and where the remedies differ,
 * also what the stage before it is (a trial that does not become a deal needs other help than a
 * meeting that does not).
 */
export const RATE_KINDS: readonly {
  kind: Exclude<RateKind, "other">;
  to: readonly StageKind[];
  from?: readonly StageKind[];
}[] = [
  { kind: "connect_rate", to: ["connect"] },
  { kind: "appointment_rate", to: ["appointment"] },
  { kind: "meeting_rate", from: ["appointment"], to: ["meeting", "visit"] },
  { kind: "lead_to_meeting", to: ["meeting", "visit"] },
  { kind: "proposal_rate", to: ["proposal"] },
  { kind: "quote_rate", to: ["quote"] },
  { kind: "trial_rate", to: ["trial"] },
  { kind: "viewing_rate", to: ["viewing"] },
  { kind: "trial_conversion", from: ["trial"], to: ["deal"] },
  { kind: "quote_win_rate", from: ["quote"], to: ["deal"] },
  { kind: "viewing_contract", from: ["viewing"], to: ["deal"] },
  { kind: "win_rate", to: ["deal"] },
  { kind: "response_rate", to: ["lead"] },
];

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

function kindIn(words: string): StageKind | null {
  // Ids join words with "_"; a name may be in full-width letters (ＤＥＭＯ).
  const text = words.normalize("NFKC").toLowerCase().replace(/_/g, " ");
  for (const row of STAGE_KEYWORDS) {
    if (row.ja.some((k) => text.includes(k))) return row.kind;
    if (row.en.some((k) => new RegExp(`(^|[^a-z])${literal(k)}`).test(text))) return row.kind;
  }
  return null;
}

/** The kind of a stage: by its name first (what the team calls it now), then its id; else "other". */
export function stageKind(stage: { id: string; name: string }): StageKind {
  return kindIn(stage.name) ?? kindIn(stage.id) ?? "other";
}

/** The kind of the rate from a stage of kind `from` to the next, of kind `to`. */
export function rateKind(from: StageKind, to: StageKind): RateKind {
  const row = RATE_KINDS.find((r) => r.to.includes(to) && (!r.from || r.from.includes(from)));
  return row?.kind ?? "other";
}

/** The kind of the rate from a plan's stage to the next; null for the last stage or an unknown one. */
export function rateKindOf(plan: Plan, streamId: string, stageId: string): RateKind | null {
  const { from, to } = rateStages(plan, streamId, stageId);
  if (!from || !to) return null;
  return rateKind(stageKind(from), stageKind(to));
}
