// Every text of the local preview page (not of the add-on: the sidebar and the menu captions come
// from the add-on itself), in Japanese and English. Shared by the server (page, messages) and the
// page script.
import type { Locale, Text } from "../../domain/i18n";

export const T = {
  title: { ja: "KPI Designer — ローカルプレビュー", en: "KPI Designer — local preview" },
  subtitle: {
    ja: "Google なしで、このパソコンの中で動いています",
    en: "Running on this machine, without Google",
  },
  menuLabel: { ja: "拡張機能 › KPI Designer", en: "Extensions › KPI Designer" },
  download: { ja: ".xlsx をダウンロード", en: "Download .xlsx" },
  sheetTabs: { ja: "シート", en: "Sheets" },
  sidebar: { ja: "サイドバー", en: "Sidebar" },
  closeSidebar: { ja: "サイドバーを閉じる", en: "Close the sidebar" },
  dismiss: { ja: "閉じる", en: "Dismiss" },
  formulaBar: { ja: "数式バー", en: "Formula bar" },
  nameBox: { ja: "選択中のセル", en: "Selected cell" },
  grid: { ja: "セル", en: "Cells" },
  ok: { ja: "OK", en: "OK" },
  cancel: { ja: "キャンセル", en: "Cancel" },
  loading: { ja: "読み込み中…", en: "Loading…" },
  noSheets: { ja: "表示できるシートがありません。", en: "No sheet to show." },
  editHint: {
    ja: "セルを選んで入力（Enter で確定、Esc で取り消し）、ダブルクリックで編集、Shift+クリックで範囲を選択、Delete で選択範囲を消去、Ctrl+V でタブ区切りの貼り付け。",
    en: "Select a cell and type (Enter to confirm, Esc to cancel), double-click to edit, Shift+click to select a range, Delete to clear it, Ctrl+V to paste tab-separated text.",
  },
  serverDown: {
    ja: "プレビューのサーバーに接続できません。npm start が動いているか確認してください。",
    en: "Cannot reach the preview server: is npm start still running?",
  },
  writeFailed: { ja: "書き込めませんでした：", en: "Could not write: " },
  menuFailed: { ja: "メニューの実行に失敗しました：", en: "The menu item failed: " },
  sidebarOpened: { ja: "サイドバーを開きました。", en: "The sidebar is open." },
  addSheet: { ja: "シートを追加", en: "Add a sheet" },
  newSheetName: {
    ja: "新しいシートの名前（例: フォームの回答 1）",
    en: "Name of the new sheet (e.g. Form Responses 1)",
  },
} satisfies Record<string, Text>;

export type TextKey = keyof typeof T;

export const tr = (key: TextKey, locale: Locale): string => T[key][locale];
