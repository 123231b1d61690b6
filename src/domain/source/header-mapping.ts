// Which column of a team's own sheet holds which column of the log (issue 19): proposed from the
// header row, never guessed where two readings tie (the user is asked), and pinned by header text so a
// moved column is found again and a renamed one is asked about, never read wrongly.
import { type HeaderWords, hasWord, normalHeader } from "./header-words";

/** A column of the log a source can fill, and how a header may name it. */
export interface SourceField {
  /** The log key: date, rep, stage:<stream>.<stage>, kgi, kpi:<id>, notes (deal lists: their own). */
  key: string;
  /** What the user sees: the column's header in our Actuals. */
  label: string;
  /** Names of this field that a header may be, or contain (a stage's name, its id). */
  names: readonly string[];
  /** Words that name the field whole (exact) or within a header, weaker than its own names. */
  words?: HeaderWords;
  /** Weakest: a word that hints at the field (a stage kind's synonym, an amount word). */
  hints?: readonly string[];
  /** Words that rule a header out (a count is not a column of money: 受注金額 is not 受注). */
  avoid?: readonly string[];
  /** The field must be mapped for the source to be read (the date). */
  required?: boolean;
}

/** key → the header text of the source column that fills it. */
export type Mapping = Record<string, string>;

export type Ask =
  /** Two or more headers could each be this field. */
  | { kind: "field"; key: string; headers: string[] }
  /** One header could be two or more fields. */
  | { kind: "header"; header: string; keys: string[] };

export interface Proposal {
  mapping: Mapping;
  asks: Ask[];
  /** Headers mapped to nothing (the team's own columns: not read). */
  unused: string[];
  /** Fields no header names. */
  missing: string[];
  /** Whether every mapped header is exactly a name of its field (our own Actuals header). */
  exact: boolean;
}

const EXACT = 3000;
const NAMED = 2000;
const WORD = 1000;
const HINT = 0;

/** How strongly a header names a field: 0 for not at all; a longer match beats a shorter one. */
export function matchScore(header: string, field: SourceField): number {
  const h = normalHeader(header);
  if (h === "" || field.avoid?.some((w) => hasWord(h, w))) return 0;
  const names = field.names.map(normalHeader).filter((n) => n !== "");
  // Every exact name is as good as another: タイムスタンプ and 日付 side by side are asked about.
  if (names.includes(h) || field.words?.exact.some((w) => normalHeader(w) === h)) return EXACT;
  const best = (words: readonly string[], base: number, least: number) =>
    Math.max(
      0,
      ...words
        .filter((w) => normalHeader(w).length >= least && hasWord(h, w))
        .map((w) => base + normalHeader(w).length),
    );
  return (
    best(names, NAMED, 2) || best(field.words?.within ?? [], WORD, 1) || best(field.hints ?? [], HINT + 1, 1)
  );
}

/** The mapping a header row suggests, with a question wherever two readings tie. */
export function proposeMapping(header: readonly string[], fields: readonly SourceField[]): Proposal {
  const pairs = fields
    .flatMap((f) => header.map((h, col) => ({ key: f.key, col, score: matchScore(h, f) })))
    .filter((p) => p.score > 0)
    .sort((a, b) => b.score - a.score || a.col - b.col);
  const takenKey = new Set<string>();
  const takenCol = new Set<number>();
  const mapping: Mapping = {};
  const asks: Ask[] = [];
  const colsOf = new Map<number, string>();
  for (let i = 0; i < pairs.length; ) {
    const score = pairs[i]?.score;
    const level = [];
    for (; i < pairs.length && pairs[i]?.score === score; i++) level.push(pairs[i] as (typeof pairs)[0]);
    const free = level.filter((p) => !takenKey.has(p.key) && !takenCol.has(p.col));
    for (const p of free) {
      if (takenKey.has(p.key) || takenCol.has(p.col)) continue;
      const open = free.filter((q) => !takenKey.has(q.key) && !takenCol.has(q.col));
      const sameKey = open.filter((q) => q.key === p.key);
      const sameCol = open.filter((q) => q.col === p.col);
      if (sameKey.length > 1) {
        asks.push({ kind: "field", key: p.key, headers: sameKey.map((q) => header[q.col] as string) });
        takenKey.add(p.key);
        for (const q of sameKey) takenCol.add(q.col);
      } else if (sameCol.length > 1) {
        asks.push({ kind: "header", header: header[p.col] as string, keys: sameCol.map((q) => q.key) });
        takenCol.add(p.col);
        for (const q of sameCol) takenKey.add(q.key);
      } else {
        mapping[p.key] = header[p.col] as string;
        colsOf.set(p.col, p.key);
        takenKey.add(p.key);
        takenCol.add(p.col);
      }
    }
  }
  const exact = Object.keys(mapping).every((key) => {
    const field = fields.find((f) => f.key === key) as SourceField;
    return matchScore(mapping[key] as string, field) >= EXACT;
  });
  return {
    mapping,
    asks,
    unused: header.filter((h, col) => !takenCol.has(col) && normalHeader(h) !== ""),
    missing: fields.filter((f) => !takenKey.has(f.key)).map((f) => f.key),
    exact,
  };
}

export type Placement =
  | { ok: true; columns: (string | null)[] }
  | { ok: false; notFound: { key: string; header: string }[]; twice: { key: string; header: string }[] };

/**
 * Where a mapping's headers are in a header row now: each column's key, or null. A header that is
 * gone (renamed, deleted) or that two columns share is reported, so the caller asks again.
 */
export function placeMapping(header: readonly string[], mapping: Mapping): Placement {
  const columns: (string | null)[] = header.map(() => null);
  const notFound: { key: string; header: string }[] = [];
  const twice: { key: string; header: string }[] = [];
  for (const [key, text] of Object.entries(mapping)) {
    const at = header.flatMap((h, col) => (normalHeader(h) === normalHeader(text) ? [col] : []));
    if (at.length === 0) notFound.push({ key, header: text });
    else if (at.length > 1 || columns[at[0] as number] !== null) twice.push({ key, header: text });
    else columns[at[0] as number] = key;
  }
  return notFound.length || twice.length ? { ok: false, notFound, twice } : { ok: true, columns };
}
