// A deal list's columns (issue 19): one row per deal with its owner, created date, status or phase,
// furthest stage reached, amount, and a date per stage (アポ日, 商談日, 受注日 / Meeting date, Close
// date). The phase values the list writes (受注, 失注, 商談中) are read by the words below.
import type { Plan, Stream } from "../plan-schema";
import { STAGE_KEYWORDS, stageKind } from "../stage-kinds";
import type { SourceField } from "./header-mapping";
import { AMOUNT_WORDS, CREATED_WORDS, FURTHEST_WORDS, REP_WORDS, STATUS_WORDS } from "./header-words";

/** Synonyms of a stage's kind in both languages ("call": 架電, コール, dial…). */
export function kindWords(stage: { id: string; name: string }): string[] {
  const kind = stageKind(stage);
  const row = STAGE_KEYWORDS.find((r) => r.kind === kind);
  return row ? [...row.ja, ...row.en] : [];
}

/** A phase value that says the deal was won or lost (lost first: "closed lost" is not won). */
export const LOST_WORDS: readonly string[] = [
  "失注",
  "見送り",
  "不成立",
  "辞退",
  "ロスト",
  "lost",
  "dead",
  "cancel",
];
export const WON_WORDS: readonly string[] = [
  "受注",
  "成約",
  "契約済",
  "契約締結",
  "獲得",
  "won",
  "closed won",
  "win",
];

/** The stream a deal list fills: the one named, else the plan's first. */
export function dealStream(plan: Plan, id?: string): Stream | undefined {
  return id === undefined ? plan.streams[0] : plan.streams.find((s) => s.id === id);
}

export const dateKey = (stream: string, stage: string) => `date:${stream}.${stage}`;

export function dealFields(plan: Plan, stream: Stream): SourceField[] {
  const dateWords = ["日", "日付", " date", " day"];
  return [
    { key: "rep", label: "Owner / 担当", names: [], words: REP_WORDS },
    { key: "created", label: "Created / 作成日", names: [], words: CREATED_WORDS },
    { key: "status", label: "Status / フェーズ", names: [], words: STATUS_WORDS },
    { key: "furthest", label: "Furthest stage / 到達フェーズ", names: [], words: FURTHEST_WORDS },
    {
      key: "amount",
      label: `${plan.kgi.name} (${plan.kgi.unit})`,
      names: [plan.kgi.name],
      hints: AMOUNT_WORDS,
    },
    ...stream.stages.map(
      (st): SourceField => ({
        key: dateKey(stream.id, st.id),
        label: `${st.name} — date / 日付`,
        names: [st.name, st.id].flatMap((n) => dateWords.map((w) => `${n}${w}`)),
        hints: kindWords(st).flatMap((w) => dateWords.map((d) => `${w}${d}`)),
        avoid: AMOUNT_WORDS,
      }),
    ),
  ];
}
