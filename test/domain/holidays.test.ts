import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { japaneseHolidays } from "../../src/domain/holidays";

const require = createRequire(import.meta.url);
const { holidays } = require("@holiday-jp/holiday_jp") as {
  holidays: Record<string, { date: string; name: string; name_en: string }>;
};

describe("the compact holiday table", () => {
  it("holds exactly the dataset's holidays from 2000 on, with both names", () => {
    const want = Object.values(holidays)
      .filter((h) => h.date >= "2000-01-01")
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((h) => ({ date: h.date, name: { ja: h.name, en: h.name_en } }));
    expect(japaneseHolidays("2000-01-01", "2050-12-31")).toEqual(want);
  });
});
