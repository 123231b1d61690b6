// The per-rep-per-day guide never rounds a fraction up to "1 a day".
import { describe, expect, it } from "vitest";
import { dayGuide, dayGuideFormula, dayGuideText } from "../../src/domain/day-guide";

describe("dayGuide", () => {
  it.each([
    // [rep total, working days, guide]
    [4100, 240, { kind: "perDay", count: 18 }], // 17.08 a day: 18
    [240, 240, { kind: "perDay", count: 1 }], // exactly 1 a day
    [21 / 0.7, 30, { kind: "perDay", count: 1 }], // 30.000000000000004 ÷ 30 = 1.0000000000000002 in binary, 1 in decimal
    [120, 976, { kind: "every", days: 8 }], // 0.12 a day: one every 8.1 days
    [10, 21, { kind: "every", days: 2 }], // 0.48 a day: one every 2.1 days
    [239, 240, { kind: "every", days: 2 }], // just under 1 a day: never "every 1 day"
    [0, 240, { kind: "none" }],
    [5, 0, { kind: "none" }],
  ])("%d over %d working days", (total, days, want) => {
    expect(dayGuide(total, days)).toEqual(want);
  });

  it("says it alike in Japanese and English", () => {
    expect(dayGuideText({ kind: "perDay", count: 17 })).toEqual({
      ja: "1人1稼働日あたり17件",
      en: "17 per rep per working day",
    });
    expect(dayGuideText({ kind: "every", days: 8 })).toEqual({
      ja: "1人あたり約8稼働日に1件",
      en: "about 1 every 8 working days per rep",
    });
  });

  it("names the unit given, after a space in English; without a Japanese word, 件", () => {
    expect(dayGuideText({ kind: "perDay", count: 3 }, { ja: "社", en: "companies" })).toEqual({
      ja: "1人1稼働日あたり3社",
      en: "3 companies per rep per working day",
    });
    expect(dayGuideText({ kind: "perDay", count: 5 }, { ja: "", en: "calls" })).toEqual({
      ja: "1人1稼働日あたり5件",
      en: "5 calls per rep per working day",
    });
  });

  it("shows a dash when there is nothing to do", () => {
    expect(dayGuideText({ kind: "none" })).toEqual({ ja: "—", en: "—" });
  });
});

describe("dayGuideFormula", () => {
  it("writes the words of its locale", () => {
    const every = "MAX(2,ROUND(B1/A1,0))";
    const head = "IF(OR(A1<=0,B1<=0),0,IF(A1/B1>=1,ROUNDUP(A1/B1,0),";
    expect(dayGuideFormula("A1", "B1", "en")).toBe(`${head}"1 every "&${every}&" working days"))`);
    expect(dayGuideFormula("A1", "B1", "ja")).toBe(`${head}"約"&${every}&"稼働日に1件"))`);
  });
});
