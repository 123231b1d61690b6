// Texts of the later steps (process, KFS, KPIs, team, review), in Japanese and English.
import type { Text } from "../domain/i18n";

/** A text whose English changes with a count: {n} row / {n} rows. Japanese has one form. */
export interface Counted {
  ja: string;
  one: string;
  other: string;
}

/** The text for `n`: English singular for exactly 1, plural otherwise. */
export function counted(c: Counted, n: number): Text {
  return { ja: c.ja, en: n === 1 ? c.one : c.other };
}

const process = {
  calcTitle: { ja: "逆算（リアルタイム）", en: "Reverse calculation (live)" },
  calcWaiting: {
    ja: "目標値・平均受注単価・各段階の転換率を入力すると、必要な行動量を計算します。",
    en: "Enter the target, the deal value and each stage's rate to see the work it takes.",
  },
  calcBlocked: {
    ja: "目標か営業プロセスのエラーを直すと、必要な行動量を計算します。",
    en: "Fix the errors in the goal or the process to see the work it takes.",
  },
  calcDays: {
    ja: "稼働日 {days}日・担当者 {reps}人",
    one: "{days} working days, {reps} rep",
    other: "{days} working days, {reps} reps",
  } satisfies Counted,
  calcDaysNoTeam: {
    ja: "稼働日 {days}日（担当者を入力すると1人あたりで表示します）",
    en: "{days} working days (enter the team to see it per rep)",
  },
  guideTeamPerDay: {
    ja: "チーム全体で1稼働日あたり{n}件",
    en: "{n} per working day for the whole team",
  },
  guideTeamEvery: {
    ja: "チーム全体で約{d}稼働日に1件",
    en: "about 1 every {d} working days for the whole team",
  },
  guideBusiest: { ja: "{guide}（最も多い担当者）", en: "{guide} (busiest rep)" },
  percentMaybe: { ja: "{typed}% — {percent}%のことですか？", en: "{typed}% — did you mean {percent}%?" },
  percentUse: { ja: "{percent}%にする", en: "Use {percent}%" },
  streamN: { ja: "ストリーム{n}", en: "Stream {n}" },
  streamLegend: { ja: "ストリーム{n}：{name}", en: "Stream {n}: {name}" },
  streamName: { ja: "ストリーム名", en: "Stream name" },
  streamNameExample: { ja: "例：新規開拓、既存顧客", en: "e.g. New business, Existing customers" },
  dealValue: { ja: "平均受注単価（{unit}）", en: "Average deal value ({unit})" },
  share: { ja: "目標に占める割合（%）", en: "Share of the goal (%)" },
  stages: { ja: "段階（上流から順に）", en: "Stages (top of the funnel first)" },
  stagesHelp: {
    ja: "例：リード獲得 → アポイント → 商談・提案 → 受注。転換率は次の段階に進む割合を%で（25 = 25%）。",
    en: "e.g. Leads → Appointments → Meetings → Won. Rates are the percent that move on to the next stage (25 = 25%).",
  },
  stageN: { ja: "段階{n}", en: "Stage {n}" },
  stageName: { ja: "段階{n}の名前", en: "Stage {n} name" },
  stageRate: { ja: "「{from}」→「{to}」の転換率（%）", en: "Rate from “{from}” to “{to}” (%)" },
  lastStage: { ja: "最後の段階（受注）：転換率はありません。", en: "Last stage (the deal): no rate." },
  addStage: { ja: "段階を追加（最後の段階の前）", en: "Add a stage (before the last)" },
  addStream: { ja: "ストリームを追加", en: "Add a stream" },
  addStreamHelp: {
    ja: "新規と既存顧客のフォローなど、流れの違う売上は別のストリームにします（割合の合計は100%）。",
    en: "Revenue that flows differently (new business, follow-up of existing customers) gets its own stream; shares add up to 100%.",
  },
};

const kfs = {
  kfsEmpty: {
    ja: "KFSは任意です。1〜3個書いておくと、KPIが未達のときに何を改善するかの手がかりになります。",
    en: "Optional. Write one to three: when a KPI lags, they say what to improve.",
  },
  kfsName: { ja: "成功要因{n}", en: "Success factor {n}" },
  kfsNote: { ja: "具体的な取り組み（任意）", en: "What you will do (optional)" },
  addKfs: { ja: "成功要因を追加", en: "Add a success factor" },
  kfsExamplesTitle: { ja: "例から追加", en: "Add an example" },
  addExample: { ja: "{name}", en: "{name}" },
  kfsExamples: [
    {
      name: { ja: "効果的なトレーニングの実施", en: "Effective sales training" },
      note: {
        ja: "ロールプレイと商談の振り返りを定例化し、転換率の低い段階を重点的に鍛える",
        en: "Regular role-plays and deal reviews, focused on the stage that converts worst",
      },
    },
    {
      name: { ja: "顧客データの正確な管理", en: "Accurate customer data" },
      note: {
        ja: "活動と商談の結果をその日のうちにSFA／CRMへ記録する",
        en: "Log activities and deal outcomes in the CRM the same day",
      },
    },
    {
      name: { ja: "トークスクリプトの改善", en: "A better call script" },
      note: {
        ja: "アポ率が低いときはトーク内容を見直し、成功事例を定例会議で共有する",
        en: "When appointments drop, rework the script and share what works",
      },
    },
    {
      name: { ja: "ターゲットリストの質", en: "A well-chosen target list" },
      note: {
        ja: "見込みの高い企業に絞り、アポイントが取れない場合はリストから見直す",
        en: "Focus on the companies that buy; when appointments lag, revisit the list first",
      },
    },
  ] satisfies { name: Text; note: Text }[],
};

const kpis = {
  kpiCount: {
    ja: "選んだKPI：{n}個（目安は{min}〜{max}個）",
    en: "KPIs chosen: {n} (aim for {min} to {max})",
  },
  suggestionsLegend: { ja: "営業プロセスから選ぶ", en: "Pick from your process" },
  extrasLegend: { ja: "テンプレートから追加する", en: "More from the template" },
  noSuggestions: {
    ja: "営業プロセスに段階を入力すると候補が出ます。",
    en: "Add stages to the process to see suggestions.",
  },
  addKpi: { ja: "KPIを自分で追加", en: "Add your own KPI" },
  kpiN: { ja: "KPI {n}", en: "KPI {n}" },
  kpiLegend: { ja: "KPI {n}：{name}", en: "KPI {n}: {name}" },
  kpiName: { ja: "KPIの名前", en: "KPI name" },
  kpiSource: { ja: "目標値の出し方", en: "Where the target comes from" },
  sourceStage: { ja: "段階の件数（逆算）", en: "A stage count (worked back)" },
  sourceRate: { ja: "段階の転換率（計画値）", en: "A stage's rate (as planned)" },
  sourceManual: { ja: "手入力の目標", en: "A target you enter" },
  kpiStream: { ja: "ストリーム", en: "Stream" },
  kpiStage: { ja: "数える段階", en: "Stage counted" },
  kpiRateFrom: { ja: "転換率の段階（次の段階へ）", en: "Rate from stage (to the next)" },
  missingOption: { ja: "（削除された段階：{id}）", en: "(removed stage: {id})" },
  kpiTarget: { ja: "目標値", en: "Target" },
  kpiUnit: { ja: "単位", en: "Unit" },
  kpiUnitExample: { ja: "例：%、件、日", en: "e.g. %, count, days" },
  kpiAggregate: { ja: "集計方法", en: "How it adds up" },
  aggregates: {
    "": {
      ja: "自動（単位が % か段階区分が転換率なら平均、ほかは期間合計）",
      en: "Automatic (unit % or the conversion tier: average; otherwise the period total)",
    },
    sum: { ja: "期間合計（目標は期間全体の合計）", en: "Total (the target is for the whole period)" },
    average: { ja: "平均（目標は水準）", en: "Average (the target is a level)" },
  },
  kpiDerived: {
    ja: "目標：期間合計 {n}件（{guide}）",
    en: "Target: {n} over the period ({guide})",
  },
  kpiDerivedNoTeam: {
    ja: "目標：期間合計 {n}件（{guide}。担当者を入力すると1人あたりで表示します）",
    en: "Target: {n} over the period ({guide}; enter the team to see it per rep)",
  },
  kpiPlannedRate: { ja: "計画の転換率：{rate}%", en: "Planned rate: {rate}%" },
  kpiTier: { ja: "階層", en: "Tier" },
  tiers: {
    activity: { ja: "行動量", en: "Activity" },
    conversion: { ja: "転換率（中間成果）", en: "Conversion" },
    outcome: { ja: "成果", en: "Outcome" },
  } satisfies Record<string, Text>,
  kpiFrequency: { ja: "確認の頻度", en: "Reviewed" },
  frequencies: {
    daily: { ja: "毎日", en: "Daily" },
    weekly: { ja: "週次", en: "Weekly" },
    monthly: { ja: "月次", en: "Monthly" },
  } satisfies Record<string, Text>,
  kpiDirection: { ja: "良い方向", en: "Better when" },
  directions: {
    higher: { ja: "高いほど良い", en: "Higher" },
    lower: { ja: "低いほど良い（解約率など）", en: "Lower (e.g. churn)" },
  } satisfies Record<string, Text>,
  kpiDefinition: { ja: "定義（何をどう数えるか）", en: "Definition (what is counted, how)" },
  kpiDefinitionExample: {
    ja: "例：不在・留守電も含む1日の発信件数",
    en: "e.g. Outbound calls a day, including voicemails",
  },
  kpiReason: { ja: "KGIとのつながり（理由）", en: "How it moves the goal (reason)" },
  kpiReasonExample: { ja: "例：商談数が増えると受注が増える", en: "e.g. More meetings bring more deals" },
  kpiCapacity: { ja: "1人1日にできる上限", en: "Most a rep can do a day" },
  kpiControllable: { ja: "担当者が自分で動かせる", en: "Reps control it" },
  unset: { ja: "未指定", en: "Not said" },
  yes: { ja: "はい", en: "Yes" },
  no: { ja: "いいえ", en: "No" },
};

const team = {
  teamList: { ja: "担当者（1行に1人）", en: "Reps (one per line)" },
  teamListHelp: {
    ja: "スプレッドシートから貼り付けできます。重み（例：新人は0.5）は名前の後にタブかカンマで。",
    en: "Paste from a spreadsheet. A weight (e.g. 0.5 for a new hire) goes after a tab or a comma.",
  },
  teamListExample: { ja: "佐藤\n鈴木\n田中, 0.5", en: "Alex\nSam\nTaylor, 0.5" },
  teamRead: { ja: "読み取った担当者：{n}人", en: "Reps read: {n}" },
  teamReadList: { ja: "読み取った担当者", en: "Reps read" },
  workdays: { ja: "稼働する曜日", en: "Working weekdays" },
  workdaysHelp: {
    ja: "1日あたりの目標は稼働日で割って出します。",
    en: "Daily targets divide by working days.",
  },
  weekdayNames: [
    { ja: "月", en: "Mon" },
    { ja: "火", en: "Tue" },
    { ja: "水", en: "Wed" },
    { ja: "木", en: "Thu" },
    { ja: "金", en: "Fri" },
    { ja: "土", en: "Sat" },
    { ja: "日", en: "Sun" },
  ] as readonly [Text, ...Text[]],
  holidays: { ja: "祝日・休日", en: "Holidays" },
  holidaysDefaultJa: {
    ja: "既定では期間中の日本の祝日（{n}日）を休日にします。",
    en: "By default, the Japanese public holidays in the period ({n} days) are days off.",
  },
  holidaysDefaultEn: {
    ja: "既定では休日はありません。会社の休日を追加できます。",
    en: "No holidays by default: add your company's days off.",
  },
  holidaysCount: {
    ja: "休日：{n}日",
    one: "Holidays: {n} day",
    other: "Holidays: {n} days",
  } satisfies Counted,
  holidaysEdit: { ja: "休日の一覧と編集", en: "List and edit holidays" },
  holidaysRemoved: { ja: "稼働日に戻した祝日", en: "Holidays you work on" },
  removeHoliday: { ja: "{date} を休日から外す", en: "Remove {date} from the holidays" },
  restoreHoliday: { ja: "{date} を休日に戻す", en: "Make {date} a holiday again" },
  addHolidayLabel: { ja: "休日を追加（YYYY-MM-DD）", en: "Add a holiday (YYYY-MM-DD)" },
  addHoliday: { ja: "追加", en: "Add" },
  holidayBadDate: { ja: "YYYY-MM-DD の形で日付を入力してください", en: "Enter a date as YYYY-MM-DD" },
  seasonality: { ja: "季節変動", en: "Seasonality" },
  seasonalityOn: { ja: "期間ごとの重みを指定する", en: "Weight the periods myself" },
  seasonalityHelp: {
    ja: "指定しない場合、各期間の目標は稼働日数に比例して配分します。",
    en: "Otherwise each period's target is in proportion to its working days.",
  },
  seasonalityReset: {
    ja: "期間に合わせて作り直す（稼働日数）",
    en: "Rebuild for the periods (by working days)",
  },
};

const review = {
  teamShort: { ja: "担当者", en: "Team" },
  repsCount: { ja: "{n}人", one: "{n} rep", other: "{n} reps" } satisfies Counted,
  noFindings: { ja: "エラーも注意点もありません。", en: "No errors and nothing to warn about." },
  errorsTitle: { ja: "直す必要があるエラー（{n}件）", en: "Errors to fix ({n})" },
  warningsTitle: { ja: "確認したい注意点（{n}件）", en: "Worth a second look ({n})" },
  fixIt: { ja: "「{step}」で直す", en: "Fix in “{step}”" },
  generate: { ja: "シートを作成", en: "Generate sheets" },
  generateBlocked: {
    ja: "エラーが{n}件あります。直すとシートを作成できます。",
    one: "{n} error to fix before the sheets can be generated.",
    other: "{n} errors to fix before the sheets can be generated.",
  } satisfies Counted,
  generating: { ja: "シートを作成しています…", en: "Writing the sheets…" },
  generatedTitle: { ja: "シートを作成しました", en: "Sheets generated" },
  generatedSheets: { ja: "作成したシート", en: "Sheets written" },
  openSheetHelp: { ja: "シート名を押すと、そのシートを開きます。", en: "Press a sheet's name to open it." },
  keptRows: {
    ja: "入力済みの実績はそのまま残っています：{n}行",
    one: "Your actuals are kept: {n} row",
    other: "Your actuals are kept: {n} rows",
  } satisfies Counted,
  archivedColumns: {
    ja: "計画から外した段階・KPIの列は、データを残したままアーカイブしました：",
    en: "Columns of stages or KPIs no longer in the plan are archived with their data:",
  },
  generateFailed: { ja: "作成できませんでした。", en: "The sheets could not be generated." },
  busy: {
    ja: "別のシート作成が実行中です（他の人か別のタブ）。終わるまで少し待ってから再試行してください。",
    en: "Another generation is running (someone else, or another tab). Wait a moment, then retry.",
  },
  retry: { ja: "再試行", en: "Retry" },
  logQuestion: { ja: "既存の実績をどうしますか？", en: "What should happen to the actuals already here?" },
  logKeep: { ja: "新しい計画で引き続き使う", en: "Carry them on under the new plan" },
  logKeepHelp: {
    ja: "IDが同じ段階・KPIの列はそのまま、その他の列は保管列になります。前のKGIの値は新しいKGIに合算せず、保管列に残します。",
    en: "Stages and KPIs with the same id keep their columns; the others are archived. The old KGI's values are archived too, never added to the new KGI.",
  },
  logArchive: {
    ja: "保管シートに移して、空の実績から始める",
    en: "Move them to an archive sheet and start an empty log",
  },
  logArchiveHelp: {
    ja: "今の実績シートはそのまま残し（名前に以前の期間を付けます）、新しい計画には新しい実績シートを作ります。",
    en: "The current Actuals sheet stays as it is, renamed with the old period; the new plan gets a new one.",
  },
};

/** A field named in a message ("目標値は…", "Target must be…"), so the review's list says which field. */
const fieldNames = {
  fieldStreamName: { ja: "ストリーム{n}の名前", en: "Stream {n} name" },
  fieldDealValue: { ja: "平均受注単価", en: "Average deal value" },
  fieldStreamDealValue: { ja: "ストリーム{n}の平均受注単価", en: "Stream {n} average deal value" },
  fieldStreamStageName: { ja: "ストリーム{s}の段階{n}の名前", en: "Stream {s} stage {n} name" },
  fieldKfsNote: { ja: "成功要因{n}の具体的な取り組み", en: "Success factor {n} note" },
  fieldKpi: {
    name: { ja: "KPI {n}の名前", en: "KPI {n} name" },
    target: { ja: "KPI {n}の目標値", en: "KPI {n} target" },
    unit: { ja: "KPI {n}の単位", en: "KPI {n} unit" },
    capacityPerDay: { ja: "KPI {n}の「1人1日にできる上限」", en: "KPI {n} “most a rep can do a day”" },
    definition: { ja: "KPI {n}の定義", en: "KPI {n} definition" },
    reason: { ja: "KPI {n}のKGIとのつながり", en: "KPI {n} reason" },
  } satisfies Record<string, Text>,
  fieldWeight: { ja: "重み", en: "weight" },
  fieldRepName: { ja: "名前", en: "name" },
  fieldSeasonality: { ja: "期間{n}の重み", en: "Weight of period {n}" },
  amountExamples: {
    ja: "（例：60,000,000、6000万、1.2億）",
    en: " (e.g. 60,000,000, 60M or 1.2k)",
  },
};

export const STEP_STRINGS = { ...process, ...kfs, ...kpis, ...team, ...review, ...fieldNames };
