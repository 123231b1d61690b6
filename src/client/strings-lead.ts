// The lead time's wording in the process step (process.ts) and its calculation (calc-panel.ts).
export const SLT = {
  leadTime: { ja: "リードタイム（日・任意）", en: "Lead time (days, optional)" },
  leadTimeHelp: {
    ja: "最初の接点から受注までの暦日数（例：60）。上流の段階ほど早く目標になり、期首より前に必要な分は「期首に必要なパイプライン」として示します。空欄なら前倒しなし。",
    en: "Calendar days from first contact to the deal (e.g. 60). Upper stages fall due earlier; what falls before the start is shown as the pipeline needed at the start. Leave blank for none.",
  },
  fieldLeadTime: { ja: "ストリーム{n}のリードタイム", en: "Lead time of stream {n}" },
  pipeline: { ja: "期首に必要なパイプライン：", en: "Pipeline needed at the start: " },
  pipelineStage: { ja: "{stage} {n}件（{days}日前倒し）", en: "{stage} {n} ({days} days ahead)" },
};
