// Numbers as people type them (full-width digits, thousands separators), percentages ↔ fractions,
// and the pasted list of reps. Pure: the reducer, the plan builder and the tests share it.
import { parseAmount } from "../domain/amount-words";
import type { Locale } from "../domain/i18n";

/** Full-width digits and punctuation to ASCII; thousands separators and spaces removed. */
export function normalizeNumber(raw: string): string {
  return raw
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, ".")
    .replace(/[－ー−]/g, "-")
    .replace(/[,，、\s_]/g, "")
    .replace(/[%％]$/, "");
}

/**
 * A typed number: undefined when empty, the number when it reads as one, else the text itself so
 * that the plan check reports "must be a number" at this field.
 */
export function readNumber(raw: string): number | string | undefined {
  const s = normalizeNumber(raw);
  if (s === "") return undefined;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return raw;
  return Number(s);
}

/**
 * A typed amount (the goal, a deal value): as readNumber, and also with unit words ("6000万",
 * "1.2億", "6,000万円", "60M", "1.2k"). What could be read two ways stays text, so that the plan check
 * reports "must be a number" at the field.
 */
export function readAmount(raw: string): number | string | undefined {
  if (raw.trim() === "") return undefined;
  return parseAmount(raw) ?? raw;
}

/** 25 → 0.25, 12.5 → 0.125, 33.3 → 0.333 (no binary noise such as 0.33299999999999996). */
export function percentToFraction(percent: number): number {
  return Number((percent / 100).toPrecision(12));
}

/** 0.25 → 25, 0.07 → 7 (not 7.000000000000001). */
export function fractionToPercent(fraction: number): number {
  return Number((fraction * 100).toPrecision(12));
}

/** A percentage as typed, as the fraction a plan holds (or the text / undefined, as readNumber). */
export function readPercent(raw: string): number | string | undefined {
  const n = readNumber(raw);
  return typeof n === "number" ? percentToFraction(n) : n;
}

export function percentText(fraction: number | undefined): string {
  return fraction === undefined ? "" : String(fractionToPercent(fraction));
}

export function numberText(n: number | undefined): string {
  return n === undefined ? "" : String(n);
}

export function formatNumber(n: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-US", { maximumFractionDigits: 2 }).format(n);
}

export interface TeamRow {
  name: string;
  /** As read: a number, the text when it is not one, or undefined (weight 1). */
  weight?: number | string;
  /** 1-based line of the text area, for messages. */
  line: number;
}

const WEIGHT_AFTER_COMMA = /^(.*?)\s*[,，、]\s*([0-9０-９.．]+)\s*$/;

/**
 * One rep per line; an optional weight after a tab (the last column of a pasted spreadsheet range)
 * or after a comma ("佐藤, 0.5"). A comma followed by something that is not a number belongs to the
 * name ("Smith, John"). Blank lines are skipped.
 */
export function parseTeamList(text: string): TeamRow[] {
  const rows: TeamRow[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const cells = line.split("\t");
    if (cells.length > 1) {
      const name = (cells[0] ?? "").trim();
      const weight = readNumber((cells[cells.length - 1] ?? "").trim());
      rows.push(weight === undefined ? { name, line: i + 1 } : { name, weight, line: i + 1 });
      return;
    }
    const m = WEIGHT_AFTER_COMMA.exec(line.trim());
    if (m) {
      rows.push({ name: (m[1] ?? "").trim(), weight: readNumber(m[2] ?? ""), line: i + 1 });
      return;
    }
    rows.push({ name: line.trim(), line: i + 1 });
  });
  return rows;
}

/** The team as text for the text area: one rep per line, ", weight" when it is not 1. */
export function teamText(team: readonly { name: string; weight?: number }[]): string {
  return team
    .map((m) => (m.weight === undefined || m.weight === 1 ? m.name : `${m.name}, ${m.weight}`))
    .join("\n");
}
