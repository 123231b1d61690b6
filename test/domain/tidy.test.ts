// Tidy actuals converts only what a person obviously meant; everything else is left as it is.
import { describe, expect, it } from "vitest";
import { tidyDate, tidyEntry, tidyNumber, tidyPercent, tidyRep } from "../../src/domain/tidy";

describe("tidyNumber", () => {
  it.each([
    ["７０", 70],
    ["20件", 20],
    ["¥300,000", 300_000],
    ["￥300,000", 300_000],
    ["1,200", 1200],
    [" 12 ", 12],
    ["12円", 12],
    ["$1,234.50", 1234.5],
    ["１，２００件", 1200],
    ["-3", -3],
  ])("%j → %j", (typed, want) => {
    expect(tidyNumber(typed)).toBe(want);
  });

  it.each([["2%"], ["about 20"], ["1,20"], ["12,3456"], ["20 calls"], ["x"], [""], ["1.2.3"]])(
    "%j is left as it is",
    (typed) => {
      expect(tidyNumber(typed)).toBeNull();
    },
  );

  it("leaves numbers, dates and empties alone", () => {
    for (const v of [70, null, undefined, true, new Date()]) expect(tidyNumber(v)).toBeNull();
  });
});

describe("tidyDate", () => {
  it.each([
    ["2026/4/5", "2026-04-05"],
    ["2026-04-05", "2026-04-05"],
    ["2026.4.5", "2026-04-05"],
    ["2026年4月5日", "2026-04-05"],
    ["２０２６／４／５", "2026-04-05"],
  ])("%j → %j", (typed, want) => {
    expect(tidyDate(typed)).toBe(want);
  });

  // "0050/1/1": a year below 100 is not read as 1950 (Date.UTC's two-digit years)
  it.each([["4/5/2026"], ["next Monday"], ["2026/2/30"], ["2026/13/1"], ["4月5日"], ["0050/1/1"]])(
    "%j is left as it is",
    (t) => {
      expect(tidyDate(t)).toBeNull();
    },
  );
});

describe("tidyRep", () => {
  const team = ["Sato", "Suzuki Ichiro", "高橋"];
  it.each([
    [" Sato ", "Sato"],
    ["Ｓａｔｏ", "Sato"],
    ["sato", "Sato"],
    ["Suzuki  Ichiro", "Suzuki Ichiro"],
    ["高橋　", "高橋"],
  ])("%j → %j", (typed, want) => {
    expect(tidyRep(typed, team)).toBe(want);
  });

  it("matches a team name that has a run of spaces itself", () => {
    expect(tidyRep("tanaka jiro", ["Tanaka  Jiro"])).toBe("Tanaka  Jiro");
  });

  it.each([["Sato"], ["Ghost"], ["Sat"], ["S*o"]])("%j is left as it is", (typed) => {
    expect(tidyRep(typed, team)).toBeNull();
  });
});

describe("tidyPercent (a percent column holds fractions shown in percent)", () => {
  it.each([
    ["2.5%", 0.025],
    ["２．５％", 0.025],
    ["2.5", 0.025],
    [2.5, 0.025],
    [60, 0.6],
    [100, 1],
    ["0.025", 0.025],
    // text: 1 itself is a fraction (100%), 100 is the last percent point read, above it as typed
    ["1", 1],
    ["100", 1],
    ["250", 250],
  ])("%j → %j", (typed, want) => {
    expect(tidyPercent(typed)).toBe(want);
  });

  it.each([[0.025], [1], [250], [-3], ["about 2%"], [null]])("%j is left as it is", (typed) => {
    expect(tidyPercent(typed)).toBeNull();
  });
});

describe("tidyEntry picks the tidy of its column's kind", () => {
  const team = ["Sato"];
  it.each([
    ["number", "20件", 20],
    ["percent", "2.5%", 0.025],
    ["date", "2026/4/5", "2026-04-05"],
    ["rep", " Sato ", "Sato"],
  ] as const)("%s: %j → %j", (kind, typed, want) => {
    expect(tidyEntry(kind, typed, team)).toBe(want);
  });
});
