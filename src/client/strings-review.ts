// Every text of the sidebar's "Record a review" panel, in Japanese and English. {name} placeholders
// are filled by the panel's t().
import type { Text } from "../domain/i18n";
import type { Counted } from "./strings-steps";

export const R = {
  title: { ja: "レビューを記録", en: "Record a review" },
  why: {
    ja: "実績を見て打ち手を決め、次のレビューで効いたかを確かめます（PDCA）。施策ごとに、狙う指標の施策前と施策後がレビュー記録に並びます。",
    en: "Look at the numbers, decide what to do, and see at the next review whether it worked (PDCA). Each action's metric is shown before and after it in the Review Log.",
  },
  loading: { ja: "ダッシュボードを読み込んでいます…", en: "Reading the Dashboard…" },
  asOf: {
    ja: "基準日：{date}（ダッシュボードの基準日。記録の日付になります）",
    en: "As of {date} (the Dashboard's date, the date of what is recorded)",
  },
  bottleneck: { ja: "ボトルネック：{stage}（{name}）", en: "Bottleneck: {stage} ({name})" },
  noBottleneck: {
    ja: "ボトルネックはありません（実績のある段階はすべて計画以上です）。施策は下の「その他の施策」に書けます。",
    en: "No bottleneck: every stage with data is at or above plan. You can still record an action below.",
  },
  remedies: {
    ja: "プレイブックの打ち手（チェックで施策に追加）",
    en: "Remedies from the playbook (tick to add as actions)",
  },
  remedyMetric: { ja: "狙う指標：{name}", en: "Aims at: {name}" },
  owner: { ja: "担当者（施策の実行者）", en: "Owner (who carries the actions out)" },
  ownerHelp: {
    ja: "チェックした打ち手とその他の施策に記録されます。",
    en: "Recorded with every action below.",
  },
  freeAction: { ja: "その他の施策", en: "Another action" },
  freeText: { ja: "施策の内容", en: "What to do" },
  freeMetric: { ja: "その施策が動かす指標", en: "Metric it should move" },
  note: { ja: "レビューのメモ", en: "Note for this review" },
  noteHelp: { ja: "各KPIの行に記録されます。", en: "Recorded on every KPI's row." },
  record: { ja: "レビューを記録", en: "Record review" },
  recording: { ja: "記録しています…", en: "Recording…" },
  /** {rows} rows, {actions} of them actions, as of {asOf}. */
  recorded: {
    ja: "レビュー記録に{rows}行を追加しました（うち施策{actions}件、基準日 {asOf}）。",
    one: "Added {rows} rows to the Review Log, {actions} of them an action (as of {asOf}).",
    other: "Added {rows} rows to the Review Log, {actions} of them actions (as of {asOf}).",
  } satisfies Counted,
  openLog: { ja: "レビュー記録を開く", en: "Open the Review Log" },
  failed: { ja: "記録できませんでした：", en: "Not recorded: " },
  outdated: {
    ja: "このレビュー記録にはまだ施策の列がありません。ウィザードで再作成すると列が加わります。メモだけなら記録できます。",
    en: "This Review Log has no action columns yet: generate again in the wizard to add them. A note alone can be recorded.",
  },
  toWizard: { ja: "KPI設計ウィザードを開く", en: "Open the KPI wizard" },
} satisfies Record<string, Text | Counted>;
