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
} satisfies Record<string, Text>;
