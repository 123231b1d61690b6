// The playbook: what to do when a rate or the activity runs below plan, two or three remedies per
// kind, in Japanese and English. The seeds' own remedies come first (アポ率が低い→トークスクリプト・
// リスト; 商談化率が低い→ターゲット・ヒアリング項目; 未達が続く→プロセスの見直し・追加トレーニング;
// 架電数が少ない→リスト・時間配分); the rest are common practice for the stage kinds of our templates.
// Each remedy fits one line of the Dashboard (test/workbook/dashboard-widths.test.ts).
import type { Text } from "./i18n";
import type { Plan } from "./plan-schema";
import { type RateKind, rateKindOf } from "./stage-kinds";

export type { RateKind, StageKind } from "./stage-kinds";
export { RATE_KINDS, rateKind, rateKindOf, STAGE_KEYWORDS, stageKind } from "./stage-kinds";

/** A rate's kind, or the activity itself falling short, or a shortfall that does not go away. */
export type PlaybookKind = RateKind | "activity" | "persistent";

export interface PlaybookRow {
  kind: PlaybookKind;
  /** The symptom, as a manager would say it. */
  when: Text;
  remedies: readonly Text[];
}

export const PLAYBOOK: readonly PlaybookRow[] = [
  {
    kind: "connect_rate",
    when: { ja: "接続率が低い", en: "Low connect rate" },
    remedies: [
      {
        ja: "決裁者・担当者が出やすい時間帯に架電を寄せる（時間帯別の接続率を比べる）",
        en: "Call when decision makers pick up: compare connect rates by hour and move calls there",
      },
      {
        ja: "リストの電話番号と担当者名を最新にし、直通番号を事前に調べる",
        en: "Clean the list: current numbers and contact names, direct lines found before calling",
      },
      {
        ja: "架電の前に短いメールを送り、用件を伝えておく",
        en: "Send a short email first, so that the call is expected",
      },
    ],
  },
  {
    kind: "appointment_rate",
    when: { ja: "アポ率が低い", en: "Low appointment rate" },
    remedies: [
      {
        ja: "トークスクリプトを見直す：最初の30秒で相手の課題に触れ、成功した言い回しを共有する",
        en: "Rework the call script: name the prospect's problem in the first 30 seconds; share what worked",
      },
      {
        ja: "ターゲットリストを見直す：アポが取れた業種・規模に絞る",
        en: "Revisit the target list: focus on the industries and company sizes that did book",
      },
      {
        ja: "アプローチを改善する：断り文句への切り返しを用意し、日時は二択で提案する",
        en: "Improve the approach: answers ready for common brush-offs, and two concrete time slots offered",
      },
    ],
  },
  {
    kind: "meeting_rate",
    when: { ja: "商談化率が低い", en: "Low meeting conversion rate" },
    remedies: [
      {
        ja: "ターゲットを見直す：商談に進んだアポの業種・役職・課題に合う相手に絞る",
        en: "Revisit targeting: book with the industries, roles and needs that did become meetings",
      },
      {
        ja: "ヒアリング項目を見直す：予算・決裁者・ニーズ・時期をアポの時点で確かめる",
        en: "Revisit the questions: confirm budget, decision maker, need and timing when booking",
      },
      {
        ja: "前日にリマインドを送り、欠席と日程変更を減らす",
        en: "Send a reminder the day before to cut no-shows and reschedules",
      },
    ],
  },
  {
    kind: "lead_to_meeting",
    when: { ja: "リードが商談につながらない", en: "Few leads become meetings" },
    remedies: [
      {
        ja: "問い合わせには当日中（できれば1時間以内）に連絡する",
        en: "Answer every lead the same day, within the hour if you can",
      },
      { ja: "最初の返信で商談・デモの日時候補を示す", en: "Offer meeting or demo times in the first reply" },
      {
        ja: "まだ検討段階のリードはナーチャリング（情報提供）で育て、関心が高まってから渡す",
        en: "Nurture the leads that are not ready, and hand them over once they show interest",
      },
    ],
  },
  {
    kind: "proposal_rate",
    when: { ja: "提案につながる割合が低い", en: "Few contacts lead to a proposal" },
    remedies: [
      {
        ja: "訪問前に利用状況と課題を確かめ、提案の仮説を持って行く",
        en: "Check usage and issues before each visit, and bring an idea to propose",
      },
      {
        ja: "ヒアリング項目をそろえ、他部署や上位プランのニーズを毎回確かめる",
        en: "Ask the same set of questions every time, including needs elsewhere in the account",
      },
      {
        ja: "追加提案の余地が大きい顧客への訪問を増やす",
        en: "Visit the customers with the most room to grow more often",
      },
    ],
  },
  {
    kind: "quote_rate",
    when: { ja: "見積もり提出につながる割合が低い", en: "Few inquiries lead to a quote" },
    remedies: [
      {
        ja: "仕様の相談に早い段階から技術者を同席させる",
        en: "Bring engineers into specification talks early",
      },
      {
        ja: "引き合いへの回答と見積もり作成に期限を決め、提出までの日数を縮める",
        en: "Set a deadline for answering inquiries, and cut the days it takes to quote",
      },
      {
        ja: "予算・納期・数量を最初に確かめ、見込みの薄い引き合いを早めに見極める",
        en: "Ask budget, delivery date and volume first, and spot unlikely inquiries early",
      },
    ],
  },
  {
    kind: "trial_rate",
    when: { ja: "デモからトライアルに進む割合が低い", en: "Few demos lead to a trial" },
    remedies: [
      {
        ja: "デモを顧客の課題に合わせ、その会社での使い方を見せる",
        en: "Tailor each demo to the prospect's problem and show their own use case",
      },
      {
        ja: "デモの場でトライアルの開始日と評価項目を決める",
        en: "Agree the trial's start date and success criteria during the demo",
      },
      {
        ja: "決裁者と実際に使う人をデモに招く",
        en: "Invite the decision maker and the future users to the demo",
      },
    ],
  },
  {
    kind: "viewing_rate",
    when: { ja: "内見につながる割合が低い", en: "Few inquiries lead to a viewing" },
    remedies: [
      {
        ja: "問い合わせ・来店には当日中に連絡し、内見の日程まで決める",
        en: "Call back every inquiry the same day and book the viewing on that call",
      },
      {
        ja: "希望条件をヒアリングし、合う物件を複数示す",
        en: "Ask what they need and offer several properties that match",
      },
      {
        ja: "オンライン内見や夜間・週末の内見枠を用意する",
        en: "Offer online viewings and evening or weekend slots",
      },
    ],
  },
  {
    kind: "trial_conversion",
    when: { ja: "トライアル転換率が低い", en: "Low trial conversion rate" },
    remedies: [
      {
        ja: "トライアル開始から1週間以内に利用状況を確かめ、つまずいている顧客を支援する",
        en: "Check usage within a week of each trial starting and help the accounts that are stuck",
      },
      {
        ja: "開始時に評価項目と決裁の流れを合意する",
        en: "Agree the success criteria and how the decision is made when the trial starts",
      },
      {
        ja: "トライアル終了前にクロージングの打ち合わせを入れる",
        en: "Book a closing call before the trial ends",
      },
    ],
  },
  {
    kind: "quote_win_rate",
    when: { ja: "見積もり受注率が低い", en: "Low quote win rate" },
    remedies: [
      {
        ja: "見積もり提出から3営業日以内にフォローし、懸念点を聞く",
        en: "Follow up within three working days of each quote and ask what holds it back",
      },
      {
        ja: "見積もりの前に仕様・予算・決裁者を確かめる",
        en: "Confirm specification, budget and decision maker before quoting",
      },
      {
        ja: "失注理由（価格・仕様・納期）を記録し、多い理由から手を打つ",
        en: "Log why quotes are lost (price, specification, delivery) and fix the most common reason",
      },
    ],
  },
  {
    kind: "viewing_contract",
    when: { ja: "内見からの契約率が低い", en: "Few viewings become contracts" },
    remedies: [
      {
        ja: "内見の前に予算・時期・条件の優先順位を確かめ、物件を絞る",
        en: "Before viewings, confirm budget, timing and priorities, and show fewer, better-matched homes",
      },
      {
        ja: "内見の当日に申込の意思と気がかりな点を聞く",
        en: "At each viewing, ask whether they want to apply and what worries them",
      },
      {
        ja: "内見後24時間以内に連絡し、比較資料や代わりの物件を送る",
        en: "Call within 24 hours of a viewing, with comparisons or alternatives",
      },
    ],
  },
  {
    kind: "win_rate",
    when: { ja: "成約率（受注率）が低い", en: "Low win rate" },
    remedies: [
      {
        ja: "提案を顧客の課題と費用対効果に結びつける",
        en: "Tie each proposal to the customer's problem and the return it brings",
      },
      { ja: "決裁者を早い段階で商談に巻き込む", en: "Involve the decision maker early" },
      {
        ja: "商談ごとに次のステップと期日を合意し、クロージングを先延ばしにしない",
        en: "Agree the next step and a date at every meeting; do not let closing drift",
      },
    ],
  },
  {
    kind: "response_rate",
    when: { ja: "反応（返信・問い合わせ）が少ない", en: "Few replies or inquiries" },
    remedies: [
      {
        ja: "件名と冒頭の一文を見直し、相手の課題に触れる",
        en: "Rework subject lines and first sentences to name the reader's problem",
      },
      { ja: "送付先を反応のあった業種・役職に絞る", en: "Send to the industries and roles that did respond" },
      { ja: "送付後に電話でフォローする", en: "Follow up each send with a call" },
    ],
  },
  {
    kind: "other",
    when: { ja: "この段階の転換率が低い", en: "This stage converts below plan" },
    remedies: [
      {
        ja: "この段階で止まった案件を5件振り返り、共通する原因を見つける",
        en: "Review five cases that stalled at this stage and find what they share",
      },
      {
        ja: "うまくいっている担当者のやり方を共有し、トークや資料をそろえる",
        en: "Share what the best reps do here and make it the team's script and material",
      },
      {
        ja: "未達が続く場合は、営業プロセスの見直しや追加トレーニングを行う",
        en: "If it stays below plan, revise the sales process and add training",
      },
    ],
  },
  {
    kind: "activity",
    when: { ja: "行動量（架電数など）が少ない", en: "Too little activity (calls, visits…)" },
    remedies: [
      {
        ja: "リストを見直す：架電先を切らさないよう、十分な件数を前日までに用意する",
        en: "Fix the list: enough good names ready the day before, so that calling never stops",
      },
      {
        ja: "時間配分を見直す：架電の時間帯をカレンダーに確保する",
        en: "Rethink how time is spent: block calling hours in the calendar",
      },
      {
        ja: "事務作業や会議をまとめ、活動に使える時間を増やす",
        en: "Batch admin work and meetings to free time for selling",
      },
    ],
  },
  {
    kind: "persistent",
    when: { ja: "未達が続く", en: "Below plan period after period" },
    remedies: [
      {
        ja: "営業プロセスを見直す：段階の定義・順序・引き渡しの条件を現場と確かめる",
        en: "Revise the sales process: check each stage's definition, order and hand-over rule with the team",
      },
      {
        ja: "スキル向上のための追加トレーニング（ロールプレイ・同行）を行う",
        en: "Add training to build the skills: role-plays and ride-alongs",
      },
      {
        ja: "計画の転換率を実績に合わせて直し、必要な行動量を計算し直す",
        en: "Reset the planned rates to your history and work out the activity again",
      },
    ],
  },
];

/** The playbook's row of a kind (every kind has one: test/domain/playbook.test.ts). */
export function playbookRow(kind: PlaybookKind): PlaybookRow {
  const row = PLAYBOOK.find((r) => r.kind === kind);
  if (!row) throw new Error(`the playbook has no row for ${kind}`);
  return row;
}

/**
 * The remedies for a LOW RATE from a stage to the next, by the kind of that rate; none for the last
 * stage (it has no rate) or a stage the plan does not have.
 */
export function remediesFor(plan: Plan, streamId: string, stageId: string): Text[] {
  const kind = rateKindOf(plan, streamId, stageId);
  return kind ? [...playbookRow(kind).remedies] : [];
}
