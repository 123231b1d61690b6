// Every text of the sidebar, in Japanese and English. The frame, the steps' titles and "why it
// matters" lines (from the method of the source articles), and the first steps; the rest is in
// strings-steps.ts. {name} placeholders are filled by useT().
import type { Text } from "../domain/i18n";
import type { StepId } from "./state";
import { type Counted, STEP_STRINGS } from "./strings-steps";

const steps: Record<StepId, { title: Text; why: Text }> = {
  start: {
    title: { ja: "はじめに", en: "Start" },
    why: {
      ja: "KPIはKGI（最終目標）を達成するための中間指標です。KGI → KFS → KPI の順に設計します。",
      en: "KPIs are the stepping stones to your goal (KGI). Design them in order: KGI → KFS → KPI.",
    },
  },
  kgi: {
    title: { ja: "KGI（目標）", en: "Goal (KGI)" },
    why: {
      ja: "まず最終目標を明確にします。KPIはこの目標から逆算して決めます。",
      en: "Start from the final goal: every KPI is worked back from it.",
    },
  },
  template: {
    title: { ja: "テンプレート", en: "Template" },
    why: {
      ja: "設定すべきKPIは営業スタイルや業界によって異なります。近いものから始めましょう。",
      en: "The right KPIs depend on your sales style and industry: start from the closest one.",
    },
  },
  process: {
    title: { ja: "営業プロセス", en: "Sales process" },
    why: {
      ja: "ファネルに沿って逆算すると、目標に必要な行動量と、つまずいている段階（ボトルネック）が見えます。",
      en: "Working back through the funnel shows the work the goal takes, and later which stage is the bottleneck.",
    },
  },
  kfs: {
    title: { ja: "KFS（成功要因）", en: "Success factors (KFS)" },
    why: {
      ja: "KFSは数値ではなく、KPIの達成を後押しする「重要成功要因」です。",
      en: "Success factors are not numbers: they are what makes the KPIs reachable.",
    },
  },
  kpis: {
    title: { ja: "KPI", en: "KPIs" },
    why: {
      ja: "KPIは担当者が自分の行動で動かせる3〜5個に絞り、SMART（具体的・計測可能・達成可能・関連性・期限）に定義します。",
      en: "Keep to 3–5 KPIs reps move by their own actions, each SMART: specific, measurable, achievable, relevant, time-bound.",
    },
  },
  team: {
    title: { ja: "チームと稼働日", en: "Team and cadence" },
    why: {
      ja: "担当者ごと・期間ごとの目標は、重みと稼働日で配分します。1日あたりの行動量が現実的かを確かめましょう。",
      en: "Targets are shared per rep and per period by weights and working days: check the daily numbers are realistic.",
    },
  },
  review: {
    title: { ja: "確認と作成", en: "Review and generate" },
    why: {
      ja: "設定して終わりではなく、週次・月次で実績と比べて見直します。再作成しても入力済みの実績は消えません。",
      en: "Setting KPIs is the start: compare with actuals weekly or monthly and revise. Regenerating keeps your actuals.",
    },
  },
};

const core = {
  steps,
  whyLabel: { ja: "なぜ大切か：", en: "Why it matters: " },
  stepsLabel: { ja: "ステップ", en: "Steps" },
  pagerLabel: { ja: "前後のステップ", en: "Previous and next step" },
  errorCount: { ja: "エラー{n}件", one: "{n} error", other: "{n} errors" } satisfies Counted,
  back: { ja: "戻る", en: "Back" },
  next: { ja: "次へ", en: "Next" },
  severity: {
    error: { ja: "エラー：", en: "Error:" },
    warning: { ja: "注意：", en: "Warning:" },
    info: { ja: "参考：", en: "Note:" },
  } satisfies Record<string, Text>,
  hintLabel: { ja: "ヒント：", en: "Hint:" },
  moveUp: { ja: "「{name}」を上へ移動", en: "Move “{name}” up" },
  moveDown: { ja: "「{name}」を下へ移動", en: "Move “{name}” down" },
  remove: { ja: "「{name}」を削除", en: "Remove “{name}”" },
  draftRestoredLabel: { ja: "復元した下書き", en: "Restored draft" },
  draftRestored: { ja: "前回の下書きを復元しました", en: "Your draft from last time is restored" },
  discardDraft: { ja: "下書きを破棄", en: "Discard draft" },
  keepDraft: { ja: "このまま続ける", en: "Keep it" },
  draftFoundLabel: { ja: "保存されている下書き", en: "Saved draft" },
  draftFound: {
    ja: "このスプレッドシートには前回の下書きが保存されています。開くと、いま入力した内容は下書きに置き換わります",
    en: "This spreadsheet has a draft saved from last time. Opening it replaces what you have typed now",
  },
  openSavedDraft: { ja: "保存されている下書きを開く", en: "Open the saved draft" },
  keepTyped: {
    ja: "いまの入力を続ける（保存されている下書きは上書きされます）",
    en: "Keep what I typed (the saved draft will be replaced)",
  },

  methodKgi: { ja: "最終目標（例：年間売上1億2,000万円）", en: "the final goal (e.g. annual revenue ¥120M)" },
  methodKfs: {
    ja: "目標達成に必要な要因（例：効果的なトレーニングの実施）",
    en: "what success needs (e.g. effective sales training)",
  },
  methodKpi: {
    ja: "担当者が日々動かす行動指標（例：架電数）",
    en: "the numbers reps move every day (e.g. calls)",
  },
  loadingContext: { ja: "スプレッドシートを確認しています…", en: "Checking this spreadsheet…" },
  continueDraftText: {
    ja: "作成中の計画「{name}」があります。",
    en: "You have a plan in progress: “{name}”.",
  },
  continueDraft: { ja: "作成中の計画を続ける", en: "Continue the plan in progress" },
  storedPlanText: {
    ja: "このスプレッドシートには計画「{title}」が保存されています。",
    en: "This spreadsheet holds the plan “{title}”.",
  },
  actualsKept: {
    ja: "入力済みの実績 {n} 行は、作成し直してもそのまま残ります。",
    one: "The {n} row of actuals already entered is kept when you generate again.",
    other: "The {n} rows of actuals already entered are kept when you generate again.",
  } satisfies Counted,
  editStored: { ja: "保存済みの計画を編集", en: "Edit the stored plan" },
  newPlanText: { ja: "目標から新しく設計します。", en: "Design a new plan from your goal." },
  newPlan: { ja: "新しい計画を作成", en: "Start a new plan" },

  kgiName: { ja: "目標の名前", en: "Goal name" },
  kgiNameHelp: { ja: "例：年間売上、新規顧客獲得数", en: "e.g. Annual revenue, New customers won" },
  kgiTarget: { ja: "目標値", en: "Target" },
  kgiTargetHelp: {
    ja: "例：120,000,000、1.2億、6000万円",
    en: "e.g. 120,000,000, 120M or 1.2k",
  },
  amountRead: { ja: "{n} として読み取りました", en: "Read as {n}" },
  kgiUnit: { ja: "単位・通貨", en: "Unit or currency" },
  kgiUnitHelp: { ja: "JPY、USD、件、社 など", en: "JPY, USD, deals, companies…" },
  unitCount: { ja: "件", en: "deals" },
  unitCompanies: { ja: "社", en: "companies" },
  period: { ja: "計画期間", en: "Plan period" },
  periodMode: { ja: "期間の指定方法", en: "How to set the period" },
  periodFiscal: { ja: "年度（12か月）", en: "Fiscal year (12 months)" },
  periodDates: { ja: "開始日と終了日", en: "Start and end dates" },
  fyMonth: { ja: "期首の月", en: "First month" },
  monthNames: [
    { ja: "1月", en: "January" },
    { ja: "2月", en: "February" },
    { ja: "3月", en: "March" },
    { ja: "4月", en: "April" },
    { ja: "5月", en: "May" },
    { ja: "6月", en: "June" },
    { ja: "7月", en: "July" },
    { ja: "8月", en: "August" },
    { ja: "9月", en: "September" },
    { ja: "10月", en: "October" },
    { ja: "11月", en: "November" },
    { ja: "12月", en: "December" },
  ] satisfies Text[],
  fyYear: { ja: "期首の年", en: "Starting year" },
  periodStart: { ja: "開始日", en: "Start date" },
  periodEnd: { ja: "終了日", en: "End date" },
  periodIs: { ja: "期間：{start} 〜 {end}", en: "Period: {start} to {end}" },
  granularity: { ja: "振り返りの頻度", en: "Review cadence" },
  granularityHelp: {
    ja: "目標と実績をこの単位の期間に分け（目標シート・ダッシュボードの期間別）、この頻度でKPIを振り返ります。",
    en: "Targets and actuals are split into these periods (Targets, and the dashboard by period), and the team reviews its KPIs at this rhythm.",
  },
  granularityAdvice: {
    ja: "目安：立ち上げたばかりのチームや組織変更の直後は毎週、チームが安定したら毎月の振り返りがおすすめです。",
    en: "As a rule: review weekly while the team is starting out or just after a reorganisation, monthly once it is stable.",
  },
  byMonth: { ja: "毎月（月次で集計）", en: "Monthly (tracked by month)" },
  byWeek: { ja: "毎週（週次で集計）", en: "Weekly (tracked by week)" },
  periodSummary: {
    ja: "{start} 〜 {end}（{by}）",
    en: "{start} to {end}, tracked {by}",
  },
  trackedMonthly: { ja: "月次", en: "monthly" },
  trackedWeekly: { ja: "週次", en: "weekly" },
  planTitle: { ja: "計画名", en: "Plan title" },
  planTitleHelp: { ja: "空欄なら目標の名前から付けます", en: "Left empty, it is made from the goal name" },

  chooseTemplate: { ja: "近い営業スタイル・業界を選ぶ", en: "Pick the closest sales style or industry" },
  templateKinds: {
    style: { ja: "営業スタイル別", en: "By sales style" },
    industry: { ja: "業界別", en: "By industry" },
    minimal: { ja: "最小構成", en: "Minimal" },
  } satisfies Record<string, Text>,
  templateKeepsKgi: {
    ja: "入力済みのKGI（目標の名前・目標値・単位）はそのまま残ります。営業プロセス・KFS・KPIはテンプレートの内容に置き換わります。選ばずに「次へ」を押すと、空の営業プロセスから始めます。",
    en: "The goal you typed (name, target, unit) stays. The process, success factors and KPIs are replaced by the template's. Press Next without picking one to start from an empty process.",
  },
  templateAppliedOnNext: {
    ja: "テンプレート「{name}」を反映しました。自社の数字に合わせてください。",
    en: "Template “{name}” applied. Adjust its numbers to your team's.",
  },
  templateNotApplied: {
    ja: "「{name}」は選択されていますが、まだ反映していません。入力済みの営業プロセス・KFS・KPIはそのままです。置き換えるには「このテンプレートを使う」を、今の内容のまま進むにはもう一度「次へ」を押してください。",
    en: "“{name}” is picked but not applied: your process, success factors and KPIs are as you typed them. Press “Use this template” to replace them, or Next again to keep yours.",
  },
  applyTemplate: { ja: "このテンプレートを使う", en: "Use this template" },
  templateApplied: {
    ja: "「{name}」を反映しました。次の「営業プロセス」で自社の数字に合わせてください。",
    en: "“{name}” applied. Adjust its numbers to your team's in the next step.",
  },
} satisfies Record<string, unknown>;

export const S = { ...core, ...STEP_STRINGS };

export { type Counted, counted } from "./strings-steps";
