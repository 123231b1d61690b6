// How much of a stage one rep does per working day, said so that it never misleads (the per-rep-per-
// day guide of the sidebar and of the Targets sheet alike). From one a day up: whole units, rounded up
// (the guide never asks for less than the share). Below one a day: one every N working days — never a
// rounded-up "1 a day", which for 120 deals over 976 rep-days would ask for eight times too much.
import { roundUp } from "./ceiling";
import type { Text } from "./i18n";

export type DayGuide =
  | { kind: "perDay"; count: number }
  | { kind: "every"; days: number }
  /** Nothing to do (a zero target) or no working day. */
  | { kind: "none" };

export function dayGuide(total: number, workingDays: number): DayGuide {
  if (!(total > 0) || !(workingDays > 0)) return { kind: "none" };
  const perDay = Number((total / workingDays).toPrecision(15));
  if (perDay >= 1) return { kind: "perDay", count: roundUp(perDay) };
  return { kind: "every", days: Math.max(2, Math.round(workingDays / total)) };
}

/**
 * The guide in words, per rep: "17 per rep per working day", "about 1 every 8 working days per rep".
 * Without a unit word it counts in 件 in Japanese and in nothing in English.
 */
export function dayGuideText(g: DayGuide, unit: Text = { ja: "", en: "" }): Text {
  const u = (lang: "ja" | "en") =>
    unit[lang] ? (lang === "ja" ? unit.ja : ` ${unit.en}`) : lang === "ja" ? "件" : "";
  switch (g.kind) {
    case "perDay":
      return {
        ja: `1人1稼働日あたり${g.count.toLocaleString("ja-JP")}${u("ja")}`,
        en: `${g.count.toLocaleString("en-US")}${u("en")} per rep per working day`,
      };
    case "every":
      return {
        ja: `1人あたり約${g.days}稼働日に1${u("ja")}`,
        en: `about 1${u("en")} every ${g.days} working days per rep`,
      };
    default:
      return { ja: "—", en: "—" };
  }
}

/**
 * The same rule as a spreadsheet formula over a rep's total `t` and the working days `wd` (cells or
 * names): a number from one a day up, else the words of dayGuideText, so the Targets sheet and the
 * sidebar always agree.
 */
export function dayGuideFormula(t: string, wd: string, locale: "ja" | "en"): string {
  const every = `MAX(2,ROUND(${wd}/${t},0))`;
  const words = locale === "ja" ? `"約"&${every}&"稼働日に1件"` : `"1 every "&${every}&" working days"`;
  return `IF(OR(${t}<=0,${wd}<=0),0,IF(${t}/${wd}>=1,ROUNDUP(${t}/${wd},0),${words}))`;
}
