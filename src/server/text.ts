import type { Text } from "../domain/i18n";

export const menuText = {
  openWizard: { ja: "KPI設計ウィザードを開く", en: "Open KPI wizard" },
  refreshAsOf: { ja: "ダッシュボードの基準日を今日に戻す", en: "Reset dashboard date to today" },
  recordReview: { ja: "レビューを記録", en: "Record a review" },
  connectSource: {
    ja: "データ元を接続（フォーム・案件一覧・CRM）",
    en: "Connect a source (form, deal list, CRM)",
  },
  tidyActuals: { ja: "実績の入力を整える", en: "Tidy actuals" },
  about: { ja: "ヘルプ・バージョン情報", en: "Help / about" },
} satisfies Record<string, Text>;

export const messages = {
  invalidArguments: { ja: "送信された内容が正しくありません。", en: "The request was not valid." },
  invalidPlan: {
    ja: "計画に誤りがあります。各項目を確認してください。",
    en: "The plan has problems: see each field.",
  },
  lintErrors: {
    ja: "SMARTチェックでエラーがあります。修正してから生成してください。",
    en: "The SMART check found errors: fix them before generating.",
  },
  logDecision: {
    ja: "このスプレッドシートには別の計画（{title}）の実績が{rows}行あります。新しい計画で引き続き使うか、保管シートに移すかを選んでください。",
    en: "This spreadsheet holds {rows} rows of actuals under another plan ({title}). Choose whether the new plan carries them on or they move to an archive sheet.",
  },
  busy: {
    ja: "別の生成処理が実行中です。しばらく待ってから再実行してください。",
    en: "Another generate is running in this spreadsheet. Wait a moment and try again.",
  },
  noPlan: {
    ja: "このスプレッドシートにはまだKPIシートがありません。先にウィザードで生成してください。",
    en: "This spreadsheet has no KPI sheets yet: generate them with the wizard first.",
  },
  noSheet: {
    ja: "そのシートは見つかりません（削除されたか、非表示になっています）。",
    en: "That sheet is not there any more (deleted or hidden).",
  },
  sourceChanged: {
    ja: "接続したデータ元「{sheet}」が見つからないか、列の見出しが変わっています（{headers}）。誤った列を読まないよう、ここで止めました。［データ元を接続］で列の対応を確認し直してください。",
    en: "The connected source “{sheet}” is gone, or its headers changed ({headers}). Stopped rather than read the wrong columns: open Connect a source and confirm its columns again.",
  },
  sourceMapping: {
    ja: "列の対応に問題があります: {problems}。各列を一度ずつ選び、日付の列を必ず選んでください。",
    en: "The columns chosen cannot be used: {problems}. Choose each column once, and always the date.",
  },
  noLog: {
    ja: "このスプレッドシートにはまだ KPI Designer の実績シートがないため、チームの転換率を読み取れません。先にシートを作成し、実績シートにチームの実績を入力（CRMから貼り付け）してください。",
    en: "This spreadsheet has no KPI Designer Actuals log yet, so there are no team rates to read. Generate the sheets first, then type (or paste from your CRM) the team's results into Actuals.",
  },
  failed: { ja: "処理に失敗しました：", en: "It failed: " },
  asOfReset: {
    ja: "基準日を今日（=TODAY()）に戻しました。",
    en: "The dashboard date is back to today (=TODAY()).",
  },
  reviewPrompt: {
    ja: "レビューのメモ（改善アクションなど）を入力してください。",
    en: "A note for this review (actions to take):",
  },
  repView: {
    ja: "ダッシュボードが担当者「{rep}」の表示になっています。レビューはチーム全体の数値を記録するので、ダッシュボードの担当者（1on1）のセルを空にしてからもう一度記録してください。何も記録していません。",
    en: "The Dashboard is showing {rep}'s view. A review records the team's figures: clear the Dashboard's Rep (1on1) cell, then record again. Nothing was recorded.",
  },
  reviewLogOutdated: {
    ja: "レビュー記録に施策の列がまだありません。ウィザードの最後のステップでもう一度作成すると列が加わります（記録済みの行はそのまま残ります）。何も記録していません。",
    en: "The Review Log has no action columns yet: generate again (the wizard's last step) to add them; every row recorded stays. Nothing was recorded.",
  },
  unknownMetric: {
    ja: "施策の対象の指標が計画にありません。指標を選び直してください。",
    en: "The action's metric is not in the plan: pick it again.",
  },
  reviewDone: {
    ja: "レビューを{rows}行記録しました（基準日 {asOf}）。",
    en: "Recorded {rows} review rows (as of {asOf}).",
  },
  tidyNothing: {
    ja: "整えられる入力はありません。集計できない入力は、ダッシュボードの「集計できない入力」とその場所で確認してください。",
    en: "Nothing to tidy: the entries not counted (see the Dashboard) are not obviously meant as anything else.",
  },
  tidyAsk: {
    ja: "次の{n}件の入力を変換します（全角数字、件・円・¥・桁区切り、文字の日付、担当者名の空白・全角など）。よろしいですか？\n\n{list}",
    en: "These {n} entries will be converted to what was meant (full-width digits, 件/円/¥ or separators around a number, dates typed as text, stray spaces or full-width letters in a rep's name). Go ahead?\n\n{list}",
  },
  tidyMore: { ja: "…ほか{n}件", en: "… and {n} more" },
  tidyDone: { ja: "{n}件の入力を整えました。", en: "Tidied {n} entries." },
  about: {
    ja: "KPI Designer：KGIから営業ファネルを逆算し、SMARTなKPIを設計・追跡します。カスタム関数 KPI_REQUIRED_CALLS など16種類が使えます。",
    en: "KPI Designer: reverse-calculates your sales funnel from the KGI into SMART KPIs and tracks them. Sixteen custom functions such as KPI_REQUIRED_CALLS are available.",
  },
} satisfies Record<string, Text>;
