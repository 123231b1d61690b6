// "Tidy actuals": what a person obviously meant by an entry the Dashboard cannot count. Full-width
// digits and letters, a unit or currency sign around a number (件, 円, ¥, $), thousands separators,
// a date typed as text in year-month-day order, a rep's name with stray spaces or full-width
// letters. Anything less obvious is left as it is (and stays flagged), never guessed.

export type TidyKind = "number" | "date" | "rep";

/** Unicode compatibility forms folded: "７０" → "70", "Ｓａｔｏ" → "Sato", "￥" → "¥". */
const fold = (s: string) => s.normalize("NFKC").trim();

const UNITS =
  /^(?:[¥$€£]|JPY|USD)?\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?:件|円|人|回|社|個|本|%|JPY|USD)?$/;

/** A number written as text, or null when it is not obviously one. Percent signs are left alone. */
export function tidyNumber(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const s = fold(value);
  if (s.endsWith("%")) return null; // a rate typed as text: which convention it meant is not obvious
  const m = UNITS.exec(s);
  if (!m) return null;
  const n = Number((m[1] as string).replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

const YMD = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/** A date typed as text in year-month-day order, as YYYY-MM-DD, or null. */
export function tidyDate(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = YMD.exec(fold(value));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** A rep's name as the team spells it, when the entry differs only by spaces, width or case. */
export function tidyRep(value: unknown, team: readonly string[]): string | null {
  if (typeof value !== "string") return null;
  const s = fold(value).replace(/\s+/g, " ").toLowerCase();
  const match = team.find((name) => fold(name).replace(/\s+/g, " ").toLowerCase() === s);
  return match !== undefined && match !== value ? match : null;
}

/** What an entry of a column of `kind` becomes, or null to leave it as it is. */
export function tidyEntry(kind: TidyKind, value: unknown, team: readonly string[]): number | string | null {
  if (kind === "number") return tidyNumber(value);
  if (kind === "date") return tidyDate(value);
  return tidyRep(value, team);
}
