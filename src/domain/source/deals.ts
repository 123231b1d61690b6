// A deal list counted as the funnel (issue 19): a deal counts once in every stage from the first the
// list knows up to the furthest it reached (stage order from the plan), dated by that stage's date
// column or else its created date; a won deal's amount is the KGI on its won date (the last stage's
// date, else created). The counts become log entries, so status, its tally and its periods read a
// deal list as they read Actuals. The workbook's formulas count the same (workbook/deal-counts.ts).
import type { IsoDate } from "../calendar-dates";
import type { Text } from "../i18n";
import type { Plan, Stream } from "../plan-schema";
import {
  cellName,
  type LogEntry,
  type LogSheet,
  type LogValue,
  serialDate,
  shown,
  stageLogKey,
  type Unreadable,
} from "../status/log-entries";
import { dateKey } from "./deal-fields";
import { dealCases, meets } from "./deal-terms";
import type { PhaseMeaning } from "./mapping-file";

export interface DealRead {
  entries: LogEntry[];
  unreadable: Unreadable[];
  warnings: Text[];
}

const BLANK: LogValue = { kind: "blank" };

/** The first stage the list can tell about: its lowest dated stage or phase meaning; else the first. */
export function entryStage(
  stream: Stream,
  columns: readonly (string | null)[],
  phases: Record<string, PhaseMeaning>,
): number {
  const known = [
    ...stream.stages.flatMap((s, i) => (columns.includes(dateKey(stream.id, s.id)) ? [i] : [])),
    ...Object.values(phases).flatMap((m) => {
      const i = stream.stages.findIndex((s) => s.id === m.stage);
      return i >= 0 ? [i] : [];
    }),
  ];
  return known.length ? Math.min(...known) : 0;
}

export function readDeals(
  sheet: LogSheet,
  plan: Plan,
  stream: Stream,
  phases: Record<string, PhaseMeaning>,
): DealRead {
  const keys = sheet.columns.map((c) => c.key);
  const at = (key: string) => keys.indexOf(key);
  const first = entryStage(stream, keys, phases);
  const members = new Set(plan.team.map((m) => m.name.toLowerCase()));
  const entries: LogEntry[] = [];
  const unreadable: Unreadable[] = [];
  const onlyPhase =
    at("furthest") < 0 && !stream.stages.some((s, i) => i > first && at(dateKey(stream.id, s.id)) >= 0);
  const stageKey = (i: number) => stageLogKey(stream.id, stream.stages[i]?.id ?? "");
  const firstKey = stageKey(first);
  const cases = new Map(
    [...stream.stages.map((_, i) => stageKey(i)), "kgi"].map((k) => [
      k,
      dealCases(stream, keys, phases, first, k),
    ]),
  );
  let lostUnknown = 0;
  const unknownPhases = new Set<string>();
  sheet.rows.forEach((row, r) => {
    const get = (i: number): LogValue => (i < 0 ? BLANK : (row[i] ?? BLANK));
    const flag = (i: number, why: Unreadable["why"]) =>
      unreadable.push({ cell: cellName(sheet.name, i, r), value: shown(get(i)), why });
    const dateAt = (i: number): IsoDate | null | "bad" => {
      const v = get(i);
      if (v.kind === "blank") return null;
      const d = v.kind === "date" ? v.date : v.kind === "number" ? serialDate(v.value) : null;
      if (d === null) flag(i, "date_text");
      return d ?? "bad";
    };
    const text = (key: string) => {
      const v = get(at(key));
      return v.kind === "blank" ? null : String(shown(v));
    };
    const meaning = (key: string): PhaseMeaning | null => {
      const said = text(key);
      if (said === null) return null;
      const m = Object.entries(phases).find(([v]) => v.toLowerCase() === said.toLowerCase())?.[1];
      if (!m) unknownPhases.add(said);
      return m ?? null;
    };
    if (row.every((v) => v.kind === "blank")) return;
    const said = [meaning("status"), meaning("furthest")].filter((m): m is PhaseMeaning => m !== null);
    const reachedOnlyFirst = !said.some(
      (m) => m.outcome === "won" || stream.stages.findIndex((s) => s.id === m.stage) > first,
    );
    if (onlyPhase && reachedOnlyFirst && said.some((m) => m.outcome === "lost")) lostUnknown++;
    const repCell = get(at("rep"));
    const rep = repCell.kind === "blank" ? null : String(shown(repCell));
    if (rep === null || !members.has(rep.toLowerCase())) flag(Math.max(at("rep"), 0), "rep_unknown");
    // Every date cell read once (and flagged once), whether or not it places a count.
    const dates = new Map(
      [...stream.stages.map((st) => dateKey(stream.id, st.id)), "created"].map((k) => [k, dateAt(at(k))]),
    );
    for (const [key, list] of cases) {
      // A case's date must be there to place it (as the sheets' window criteria need a date).
      const matched = list.find((c) => meets(c.where, text) && text(c.dated) !== null);
      const date = matched ? (dates.get(matched.dated) ?? null) : null;
      // Every deal reaches the first stage the list knows: with no date there, it has none at all.
      if (key === firstKey && (!matched || date === null)) flag(Math.max(at("created"), 0), "no_date");
      if (!matched || date === null || date === "bad") continue;
      if (date < plan.period.start || date > plan.period.end) continue;
      let value = 1;
      if (matched.sum !== undefined) {
        const v = get(at(matched.sum));
        if (v.kind !== "number" || v.value < 0) {
          if (v.kind !== "blank") flag(at(matched.sum), v.kind === "number" ? "negative" : "not_number");
          continue;
        }
        value = v.value;
      }
      entries.push({ date, rep, values: new Map([[key, value]]) });
    }
  });
  const warnings: Text[] = [];
  const firstName = stream.stages[first]?.name ?? "";
  if (lostUnknown > 0)
    warnings.push({
      en: `${lostUnknown} lost deal(s): the list shows only each deal's current phase, so how far a lost deal got is unknown; each is counted in ${firstName} only. Add a furthest-stage column or a date per stage to count them further`,
      ja: `失注 ${lostUnknown} 件: 一覧に現在のフェーズしかないため、失注した案件がどこまで進んだか分かりません。${firstName} にだけ数えています。最大到達フェーズの列か段階ごとの日付の列があれば、その先まで数えます`,
    });
  if (unknownPhases.size > 0) {
    const values = [...unknownPhases].map((v) => `"${v}"`).join(", ");
    warnings.push({
      en: `phase value(s) with no meaning in the mapping, counted as open in ${firstName} only: ${values}`,
      ja: `意味の決まっていないフェーズの値があります（${firstName} にだけ、進行中として数えます）: ${values}`,
    });
  }
  return { entries, unreadable, warnings };
}
