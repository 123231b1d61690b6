// The wording of "Use my team's rates" in the process step (steps/team-rates.ts).
import type { Counted } from "./strings-steps";

export const TR = {
  use: { ja: "チームの実績から転換率を入れる", en: "Use my team's rates" },
  help: {
    ja: "このスプレッドシートの実績シートから、段階ごとの転換率とその90%区間を読み取ります。件数が{min}件以上ある段階だけ入れ、それ以外は入力したままにします。入れた後も自由に変更できます。",
    en: "Reads each stage's rate and its 90% range from this spreadsheet's Actuals log. Only stages with at least {min} counted are filled; the others stay as you typed them. You can still change each rate.",
  },
  reading: { ja: "実績シートを読み取っています…", en: "Reading the Actuals log…" },
  filled: {
    ja: "実績 {rows} 行から、転換率を{n}件入れました。",
    one: "Filled {n} rate from {rows} rows of the log.",
    other: "Filled {n} rates from {rows} rows of the log.",
  } satisfies Counted,
  noneFilled: {
    ja: "実績 {rows} 行からは、入れられる転換率がありませんでした。",
    en: "No rate could be filled from the {rows} rows of the log.",
  },
  short: {
    ja: "{n}件は実績が足りないため、入力したままです。",
    one: "{n} rate has too little history: kept as typed.",
    other: "{n} rates have too little history: kept as typed.",
  } satisfies Counted,
  unusable: {
    ja: "{n}件は実績の転換率が計画に使えない値（0%、または100%超）のため、入力したままです。",
    one: "{n} rate in the log is none a plan can use (0%, or above 100%): kept as typed.",
    other: "{n} rates in the log are none a plan can use (0%, or above 100%): kept as typed.",
  } satisfies Counted,
  missing: {
    ja: "{n}件は実績シートの計画にない段階の組み合わせのため、入力したままです。",
    one: "{n} rate is between stages the log's plan does not have: kept as typed.",
    other: "{n} rates are between stages the log's plan does not have: kept as typed.",
  } satisfies Counted,
  unreadable: {
    ja: "実績シートの{n}個のセルは数えられませんでした（メニューの「実績の入力を整える」で確認できます）。",
    one: "{n} cell of the log could not be counted (see Tidy actuals in the menu).",
    other: "{n} cells of the log could not be counted (see Tidy actuals in the menu).",
  } satisfies Counted,
  undo: { ja: "元に戻す", en: "Undo" },
  undone: { ja: "転換率を元に戻しました。", en: "The rates are back as they were." },
  /** Under a rate with a recorded history: the history and its interval. */
  history: {
    ja: "チームの実績 {rate}%（90%区間 {low}〜{high}%、n = {n}）",
    en: "Team's history {rate}% (90%: {low}–{high}%, n = {n})",
  },
  /** Under a rate the log has too little of. */
  notEnough: {
    ja: "実績が足りません（n = {n}）：入力したままです",
    en: "Not enough history (n = {n}): kept as typed",
  },
  /** Under a rate whose history is no rate a plan can hold (0%, or above 100%). */
  notARate: {
    ja: "実績の転換率 {rate}%（n = {n}）は計画に使えないため、入力したままです",
    en: "The log shows {rate}% (n = {n}), not a rate a plan can use: kept as typed",
  },
};
