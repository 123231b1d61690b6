// ISO dates are exactly YYYY-MM-DD; anything else is refused, not read loosely.
//
// The YYYY-MM-DD pattern is module data: mutation testing changes it only in a module loaded inside a
// test (docs/quality.md, static mutants), so the tests of what it accepts load calendar-dates afresh.
import { describe, expect, it, vi } from "vitest";
import { midnightInZone } from "../../src/domain/calendar-dates";

async function fresh(): Promise<typeof import("../../src/domain/calendar-dates")> {
  vi.resetModules();
  return import("../../src/domain/calendar-dates");
}

describe("dayNumber", () => {
  it("counts days since 1970-01-01", async () => {
    const { dayNumber } = await fresh();
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1970-02-01")).toBe(31); // January has 31 days
    expect(dayNumber("1971-01-01")).toBe(365); // 1970 is not a leap year
  });

  it.each([
    ["2026-4-01"],
    ["2026-04-1"],
    ["26-04-01"],
    ["x2026-04-01"],
    ["2026-04-01x"],
    ["2026-04-01T00:00"],
  ])("refuses %j, naming it", async (typed) => {
    const { dayNumber } = await fresh();
    expect(() => dayNumber(typed)).toThrow(`not an ISO date: ${typed}`);
  });
});

describe("isIsoDate", () => {
  it.each([
    ["2026-04-01", true],
    ["2028-02-29", true],
    ["2026-02-30", false],
    ["2026-4-1", false],
    ["abcd-ef-gh", false],
    [" 2026-04-01", false],
  ])("%j → %s", async (s, want) => {
    const { isIsoDate } = await fresh();
    expect(isIsoDate(s)).toBe(want);
  });
});

describe("midnightInZone, a date the zone skipped", () => {
  it("begins where the day after begins (Apia skipped 2011-12-30)", () => {
    // Apia went from 2011-12-29 24:00 at UTC−10 straight to 2011-12-31 00:00 at UTC+14: 10:00 UTC.
    expect(midnightInZone("2011-12-30", "Pacific/Apia").toISOString()).toBe("2011-12-30T10:00:00.000Z");
  });
});
