// Every text of the sidebar's "Connect a source" panel, in Japanese and English.
import type { Text } from "../domain/i18n";

export const S = {
  title: { ja: "データ元を接続", en: "Connect a source" },
  why: {
    ja: "Google フォームの日報の回答シートや、CRM から貼り付けたシートを、そのまま実績として数えます。列の対応を一度確認すれば、新しい回答は届いた瞬間にダッシュボードに反映されます（スクリプトもコピーも不要）。",
    en: "Count a Google Form's daily-report responses, or a sheet pasted from your CRM, as they are. Confirm the columns once; every new response counts on the Dashboard the moment it arrives — no script, no copy.",
  },
  loading: { ja: "読み込んでいます…", en: "Reading…" },
  sheet: { ja: "データ元のシート", en: "Source sheet" },
  pick: { ja: "シートを選んでください", en: "Choose a sheet" },
  noSheets: {
    ja: "KPI Designer 以外のシートがありません。フォームの回答シートを作るか、CRM のデータを新しいシートに貼り付けてください。",
    en: "There is no sheet besides KPI Designer's. Link a form's responses to this spreadsheet, or paste your CRM's data into a new sheet.",
  },
  columns: { ja: "列の対応", en: "Columns" },
  columnsHelp: {
    ja: "見出しから推定しました。違う列は選び直してください。",
    en: "Proposed from the header row; correct any column.",
  },
  notRead: { ja: "— 読まない —", en: "— not read —" },
  required: { ja: "（必須）", en: "(required)" },
  askField: {
    ja: "{field} に当たる列が複数あります（{headers}）。どれか選んでください。",
    en: "{field} could be any of {headers}: choose one.",
  },
  askHeader: {
    ja: "列「{header}」は {fields} のどれにも当たります。どれの列か選んでください。",
    en: "The column “{header}” could be any of {fields}: choose which it is.",
  },
  counts: { ja: "数え方", en: "How it counts" },
  countsAdd: { ja: "実績シートと合わせて数える", en: "With the Actuals sheet" },
  countsInstead: { ja: "実績シートの代わりに数える", en: "Instead of the Actuals sheet" },
  preview: { ja: "最初の行の数え方", en: "The first rows as they will count" },
  previewHelp: {
    ja: "全 {rows} 行のうち最初の {shown} 行。日時は日付で数えます。",
    en: "The first {shown} of {rows} rows. A time of day counts on its date.",
  },
  notCounted: {
    ja: "これらの行に数えられないセルが {n} 個あります（文字・負の数・期間外の日付・チームにいない担当者）。シートで直してください",
    en: "{n} cell(s) of these rows cannot be counted (text, a negative number, a date outside the plan, a rep not on the team): correct them in the sheet",
  },
  needDate: { ja: "日付の列を選んでください。", en: "Choose the date column." },
  duplicate: { ja: "同じ列が2回選ばれています: {headers}", en: "A column is chosen twice: {headers}" },
  unanswered: { ja: "上の質問に答えてください。", en: "Answer the questions above first." },
  connect: { ja: "接続してシートを更新", en: "Connect and update the sheets" },
  connecting: { ja: "接続しています…", en: "Connecting…" },
  connected: {
    ja: "接続しました。{sheet} の行はダッシュボードに直接数えられます。",
    en: "Connected: the rows of {sheet} now count on the Dashboard directly.",
  },
  openDashboard: { ja: "ダッシュボードを開く", en: "Open the Dashboard" },
  failed: { ja: "接続できませんでした：", en: "Could not connect: " },
  toWizard: { ja: "ウィザードに戻る", en: "Back to the wizard" },
  kind: { ja: "シートの形", en: "What the sheet holds" },
  kindLog: {
    ja: "日報・活動ログ（1行 = 担当者の1日、またはフォームの1回答）",
    en: "A daily report or activity log (a row per rep per day, or per form response)",
  },
  kindDeals: {
    ja: "案件一覧（1行 = 1案件。フェーズ・日付・金額）",
    en: "A deal list (a row per deal: phase, dates, amount)",
  },
  phases: { ja: "フェーズの値の意味", en: "What each phase value means" },
  phasesHelp: {
    ja: "案件は、分かる最初の段階から到達した段階まで、各段階の日付（なければ作成日）で数えます。受注の案件の金額が KGI です。",
    en: "A deal counts in every stage from the first the list knows to the furthest it reached, on that stage's date (else its created date). Won deals' amounts are the KGI.",
  },
  phaseUnknown: { ja: "— 不明（最初の段階だけ数える）—", en: "— unknown (first stage only) —" },
  phaseWon: { ja: "受注（全段階に到達）", en: "Won (reached every stage)" },
  phaseLost: { ja: "失注", en: "Lost" },
  phaseAt: { ja: "進行中: {stage} まで到達", en: "Open: reached {stage}" },
  askPhase: {
    ja: "フェーズ「{value}」は {stages} のどれにも読めます。意味を選んでください。",
    en: "The phase “{value}” could mean {stages}: choose what it means.",
  },
  needDealDate: {
    ja: "作成日か、段階ごとの日付の列を選んでください。",
    en: "Choose the created date, or a date column of a stage.",
  },
  needPhase: {
    ja: "フェーズ・到達フェーズか、段階ごとの日付の列を選んでください。",
    en: "Choose the phase or furthest-stage column, or a date column of a stage.",
  },
  dealCounts: { ja: "数えるもの", en: "Counts as" },
  connectedNow: {
    ja: "このシートは接続中です。やめると、シートはそのまま残り、ダッシュボードは数えなくなります。",
    en: "This sheet is connected. Disconnecting leaves the sheet as it is; the Dashboard stops counting it.",
  },
  disconnect: { ja: "接続をやめる", en: "Disconnect" },
  disconnecting: { ja: "接続をやめています…", en: "Disconnecting…" },
  disconnected: {
    ja: "接続をやめました。{sheet} はそのまま残っています。",
    en: "Disconnected: {sheet} is left as it is and no longer counts.",
  },
} satisfies Record<string, Text>;
