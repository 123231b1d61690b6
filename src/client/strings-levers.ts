// The levers' wording in the process step's calculation (calc-panel.ts).
export const SL = {
  title: { ja: "効くレバー（1つだけ動かすと）", en: "Levers: one step at a time" },
  biggest: { ja: "最大のレバー：", en: "The biggest lever: " },
  rate: {
    ja: "{from}→{to}の転換率 +1ポイント：{top}が{n}件少なくて済む（計画どおりの{top}なら +{kgi}）",
    en: "{from} → {to} rate +1 pt: {n} fewer {top} needed (or +{kgi} from the planned {top})",
  },
  dealValue: {
    ja: "平均受注単価 +10%：{top}が{n}件少なくて済む（計画どおりの{top}なら +{kgi}）",
    en: "Deal value +10%: {n} fewer {top} needed (or +{kgi} from the planned {top})",
  },
};
