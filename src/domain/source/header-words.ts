// The words by which a team's own sheet names the log's fixed columns, in either language: a Google
// Form's response sheet (タイムスタンプ, 氏名), a deal list (担当, 作成日, 金額), a CRM export (Owner,
// Created Date, Amount). Data, read by header-mapping.ts: `exact` names the whole header, `within`
// a word inside it (English ones at the start of a word).
export interface HeaderWords {
  exact: readonly string[];
  within: readonly string[];
}

export const DATE_WORDS: HeaderWords = {
  exact: ["date", "日付", "timestamp", "タイムスタンプ", "日時", "day", "報告日", "活動日", "実施日"],
  within: ["日付", "タイムスタンプ", "日時", "報告日", "活動日", "実施日", "date", "timestamp", "day"],
};

export const REP_WORDS: HeaderWords = {
  exact: [
    "rep",
    "担当者",
    "氏名",
    "名前",
    "お名前",
    "担当",
    "営業担当",
    "担当営業",
    "owner",
    "name",
    "sales rep",
  ],
  within: ["担当者", "氏名", "名前", "担当", "owner", "rep", "salesperson", "name"],
};

export const NOTES_WORDS: HeaderWords = {
  exact: ["notes", "note", "メモ", "備考", "comment", "comments", "コメント"],
  within: ["メモ", "備考", "notes", "comment"],
};

/** Words naming an amount of money: a KGI column of revenue or deal value. */
export const AMOUNT_WORDS: readonly string[] = [
  "金額",
  "売上",
  "受注額",
  "円",
  "¥",
  "￥",
  "amount",
  "revenue",
  "sales",
  "value",
];

/** Deal lists: the deal's owner, created date, status or phase, and furthest stage reached. */
export const CREATED_WORDS: HeaderWords = {
  exact: ["created", "created date", "作成日", "登録日", "発生日", "open date"],
  within: ["作成日", "登録日", "発生日", "created"],
};

export const STATUS_WORDS: HeaderWords = {
  exact: ["status", "phase", "stage", "フェーズ", "ステータス", "状態", "進捗", "商談ステータス"],
  within: ["フェーズ", "ステータス", "状態", "進捗", "status", "phase"],
};

export const FURTHEST_WORDS: HeaderWords = {
  exact: ["furthest stage", "最大到達フェーズ", "到達フェーズ", "到達段階", "highest stage"],
  within: ["到達", "furthest", "highest stage", "max stage"],
};

/** A header as compared: full-width folded (ＡＢＣ, １２３), lower case, spaces and "_" as one space. */
export function normalHeader(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_]+/g, " ")
    .trim();
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");

/** Whether `word` occurs in the normalized header: anywhere in Japanese, at a word start in English. */
export function hasWord(header: string, word: string): boolean {
  const w = normalHeader(word);
  if (w === "") return false;
  if (!/^[a-z0-9]/.test(w)) return header.includes(w);
  return new RegExp(`(^|[^a-z0-9])${literal(w)}`).test(header);
}
