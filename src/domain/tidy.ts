// "Tidy actuals": what a person obviously meant by an entry the Dashboard cannot count. Full-width
// digits and letters, a unit or currency sign around a number (件, 円, ¥, $), thousands separators,
// a date typed as text in year-month-day order, a rep's name with stray spaces or full-width
// letters. Anything less obvious is left as it is (and stays flagged), never guessed.

export type TidyKind = "number" | "percent" | "date" | "rep";

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

/**
 * An entry of a percent column (fractions shown as percent) as the fraction meant: "2.5%" → 0.025,
 * and a number or text from above 1 through 100 read as percent points (2.5 → 0.025). Null otherwise.
 */
export function tidyPercent(value: unknown): number | null {
  if (typeof value === "string") {
    const s = fold(value);
    const typedPercent = s.endsWith("%");
    const n = tidyNumber(typedPercent ? s.slice(0, -1) : s);
    if (n === null) return null;
    return typedPercent || (n > 1 && n <= 100) ? round(n / 100) : n;
  }
  if (typeof value === "number" && value > 1 && value <= 100) return round(value / 100);
  return null;
}

/** Twelve significant digits: 33.3 / 100 is 0.333, not 0.33299999999999996. */
const round = (x: number) => Number(x.toPrecision(12));

/** What an entry of a column of `kind` becomes, or null to leave it as it is. */
export function tidyEntry(kind: TidyKind, value: unknown, team: readonly string[]): number | string | null {
  if (kind === "number") return tidyNumber(value);
  if (kind === "percent") return tidyPercent(value);
  if (kind === "date") return tidyDate(value);
  return tidyRep(value, team);
}
