import { spawnSync } from "node:child_process";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WORKDAYS,
  endOfMonth,
  periodOf,
  periodsBetween,
  type WorkCalendar,
  workingDays,
} from "../../src/domain/calendar";
import {
  addDays,
  dayNumber,
  fromDayNumber,
  isoDateInZone,
  isoWeekday,
  midnightInZone,
} from "../../src/domain/calendar-dates";
import { japaneseHolidays, japaneseHolidaysCover } from "../../src/domain/holidays";
import { type Plan, parsePlan, planCalendar } from "../../src/domain/plan";

const root = path.resolve(import.meta.dirname, "../..");
const MON_FRI: WorkCalendar = { workdays: DEFAULT_WORKDAYS, holidays: [] };

/** A day from 2024 to 2028, which holds leap and common years. */
const isoDay = fc.integer({ min: dayNumber("2024-01-01"), max: dayNumber("2028-12-31") }).map(fromDayNumber);
const workdaySet = fc.subarray([1, 2, 3, 4, 5, 6, 7]);

describe("periodsBetween", () => {
  it("cuts months, with a partial first and last month", () => {
    expect(periodsBetween("2026-04-15", "2026-07-10", "month")).toEqual([
      { index: 0, label: "2026-04", start: "2026-04-15", end: "2026-04-30" },
      { index: 1, label: "2026-05", start: "2026-05-01", end: "2026-05-31" },
      { index: 2, label: "2026-06", start: "2026-06-01", end: "2026-06-30" },
      { index: 3, label: "2026-07", start: "2026-07-01", end: "2026-07-10" },
    ]);
  });

  it("crosses the year end and stops at February's last day", () => {
    const ends = periodsBetween("2025-11-01", "2026-03-31", "month").map((p) => p.end);
    expect(ends).toEqual(["2025-11-30", "2025-12-31", "2026-01-31", "2026-02-28", "2026-03-31"]);
  });

  it("cuts Monday-to-Sunday weeks, labelled by their first day", () => {
    // 2026-04-01 is a Wednesday, 2026-04-20 a Monday.
    expect(periodsBetween("2026-04-01", "2026-04-20", "week")).toEqual([
      { index: 0, label: "2026-04-01", start: "2026-04-01", end: "2026-04-05" },
      { index: 1, label: "2026-04-06", start: "2026-04-06", end: "2026-04-12" },
      { index: 2, label: "2026-04-13", start: "2026-04-13", end: "2026-04-19" },
      { index: 3, label: "2026-04-20", start: "2026-04-20", end: "2026-04-20" },
    ]);
  });

  it("gives one period for one day and none for an empty range", () => {
    expect(periodsBetween("2026-04-05", "2026-04-05", "week")).toHaveLength(1);
    expect(periodsBetween("2026-04-30", "2026-04-30", "month")).toHaveLength(1);
    expect(periodsBetween("2026-04-06", "2026-04-05", "month")).toEqual([]);
  });

  it("property: periods tile the range with no gap or overlap", () => {
    const granularity = fc.constantFrom("month" as const, "week" as const);
    fc.assert(
      fc.property(isoDay, isoDay, granularity, (a, b, g) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const periods = periodsBetween(start, end, g);
        expect(periods[0]?.start).toBe(start);
        expect(periods[periods.length - 1]?.end).toBe(end);
        periods.forEach((p, i) => {
          expect(p.index).toBe(i);
          expect(p.start <= p.end).toBe(true);
          if (i > 0) expect(p.start).toBe(addDays(periods[i - 1]?.end ?? "", 1));
          if (g === "month") {
            expect(p.end.slice(0, 7)).toBe(p.start.slice(0, 7));
            if (i > 0) expect(p.start.slice(8)).toBe("01");
            if (i < periods.length - 1) expect(p.end).toBe(endOfMonth(p.start));
          } else {
            expect(dayNumber(p.end) - dayNumber(p.start)).toBeLessThan(7);
            if (i > 0) expect(isoWeekday(p.start)).toBe(1);
            if (i < periods.length - 1) expect(isoWeekday(p.end)).toBe(7);
          }
          expect(periodOf(p.start, periods)).toBe(p);
          expect(periodOf(p.end, periods)).toBe(p);
        });
        expect(periodOf(addDays(start, -1), periods)).toBeNull();
        expect(periodOf(addDays(end, 1), periods)).toBeNull();
      }),
    );
  });
});

describe("endOfMonth", () => {
  it.each([
    ["2024-02-10", "2024-02-29"], // divisible by 4
    ["2025-02-01", "2025-02-28"],
    ["2000-02-15", "2000-02-29"], // divisible by 400
    ["2100-02-01", "2100-02-28"], // divisible by 100, not 400
    ["2026-12-05", "2026-12-31"], // into next year
    ["2026-04-30", "2026-04-30"],
    ["2026-01-01", "2026-01-31"],
  ])("%s → %s", (date, expected) => {
    expect(endOfMonth(date)).toBe(expected);
  });
});

describe("workingDays", () => {
  // April 2026 starts on a Wednesday: Mon–Fri gives 3 + 5 + 5 + 5 + 4 = 22 days.
  const april = (cal: WorkCalendar) => workingDays("2026-04-01", "2026-04-30", cal);

  it.each([
    [[1, 2, 3, 4, 5], [], 22],
    [[1, 2, 3, 4, 5], ["2026-04-29"], 21], // 昭和の日, a Wednesday
    [[1, 2, 3, 4, 5, 6], [], 26], // + Saturdays 4, 11, 18, 25
    [[7], [], 4], // Sundays 5, 12, 19, 26
    [[], [], 0],
    [[1, 2, 3, 4, 5], ["2026-04-04"], 22], // a holiday on a Saturday is not counted twice
    [[1, 2, 3, 4, 5, 6], ["2026-04-04"], 25], // … unless Saturday is a workday
    [[1, 2, 3, 4, 5], ["2026-04-29", "2026-04-29"], 21], // listed twice, removed once
    [[1, 2, 3, 4, 5], ["2026-03-31", "2026-05-01"], 22], // outside the range
  ])("April 2026 with workdays %j and holidays %j → %d", (workdays, holidays, expected) => {
    expect(april({ workdays, holidays })).toBe(expected);
  });

  it("counts both ends and nothing for a reversed range", () => {
    expect(workingDays("2026-04-01", "2026-04-01", MON_FRI)).toBe(1); // Wednesday
    expect(workingDays("2026-04-04", "2026-04-05", MON_FRI)).toBe(0); // weekend
    expect(workingDays("2026-04-02", "2026-04-01", MON_FRI)).toBe(0);
  });

  it("counts a whole year: 2026 has 261 weekdays, 244 after its holidays", () => {
    // 2026-01-01 is a Thursday: 52 weeks × 5 + Thu 12-31 = 261. Of the 18 holidays only 05-03 is on
    // a weekend (Sunday), so 261 − 17 = 244.
    const holidays = japaneseHolidays("2026-01-01", "2026-12-31").map((h) => h.date);
    expect(workingDays("2026-01-01", "2026-12-31", MON_FRI)).toBe(261);
    expect(workingDays("2026-01-01", "2026-12-31", { workdays: DEFAULT_WORKDAYS, holidays })).toBe(244);
  });

  const holidayList = fc.array(isoDay, { maxLength: 20 });

  it("property: equals a day-by-day count", () => {
    fc.assert(
      fc.property(isoDay, isoDay, workdaySet, holidayList, (from, to, workdays, holidays) => {
        const off = new Set(holidays);
        let naive = 0;
        for (let d = dayNumber(from); d <= dayNumber(to); d++) {
          const date = fromDayNumber(d);
          if (workdays.includes(isoWeekday(date)) && !off.has(date)) naive++;
        }
        expect(workingDays(from, to, { workdays, holidays })).toBe(naive);
      }),
    );
  });

  it("property: [a, c] = [a, b] + [b + 1, c]", () => {
    fc.assert(
      fc.property(isoDay, isoDay, isoDay, workdaySet, holidayList, (x, y, z, workdays, holidays) => {
        const [a, b, c] = [x, y, z].sort();
        if (a === undefined || b === undefined || c === undefined) throw new Error("three days");
        const cal = { workdays, holidays };
        expect(workingDays(a, c, cal)).toBe(workingDays(a, b, cal) + workingDays(addDays(b, 1), c, cal));
      }),
    );
  });
});

describe("japaneseHolidays", () => {
  it("has Golden Week 2026 with its substitute holiday on 05-06", () => {
    const gw = japaneseHolidays("2026-04-29", "2026-05-06");
    expect(gw.map((h) => h.date)).toEqual([
      "2026-04-29",
      "2026-05-03",
      "2026-05-04",
      "2026-05-05",
      "2026-05-06",
    ]);
    // 05-05 is a Tuesday but 05-03 fell on a Sunday: the next day that is not a holiday is off.
    expect(gw[4]?.name).toEqual({ ja: "こどもの日 振替休日", en: "Holiday in lieu" });
    expect(gw[0]?.name.ja).toBe("昭和の日");
  });

  it("has the citizens' holiday between two holidays (Silver Week 2026)", () => {
    expect(japaneseHolidays("2026-09-20", "2026-09-24").map((h) => h.date)).toEqual([
      "2026-09-21",
      "2026-09-22",
      "2026-09-23",
    ]);
  });

  it.each([
    [2000, 15],
    [2019, 22], // the enthronement: 04-30, 05-01, 05-02, 10-22
    [2020, 18], // Olympic moves of Marine and Sports Day
    [2021, 17],
    [2026, 18],
  ])("%d has %d holidays", (year, count) => {
    expect(japaneseHolidays(`${year}-01-01`, `${year}-12-31`)).toHaveLength(count);
  });

  it("is inclusive, sorted, and knows what it covers", () => {
    expect(japaneseHolidays("2026-01-01", "2026-01-01").map((h) => h.date)).toEqual(["2026-01-01"]);
    const dates = japaneseHolidays("2000-01-01", "2050-12-31").map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
    expect(japaneseHolidaysCover("2000-01-01", "2050-12-31")).toBe(true);
    expect(japaneseHolidaysCover("1999-12-01", "2000-03-31")).toBe(false);
    expect(japaneseHolidaysCover("2050-04-01", "2051-03-31")).toBe(false);
  });

  it("matches the current @holiday-jp/holiday_jp data (scripts/gen-holidays.mjs --check)", () => {
    const run = spawnSync(process.execPath, ["scripts/gen-holidays.mjs", "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});

describe("planCalendar", () => {
  const plan = (locale: "ja" | "en", calendar?: Plan["calendar"]): Plan => ({
    version: 1,
    locale,
    title: "FY2026 H1",
    kgi: { name: "Revenue", target: 60_000_000, unit: "JPY" },
    period: { start: "2026-04-01", end: "2026-09-30", granularity: "month" },
    ...(calendar ? { calendar } : {}),
    kfs: [],
    streams: [
      {
        id: "inbound",
        name: "Inbound",
        share: 1,
        dealValue: 1_000_000,
        stages: [
          { id: "meeting", name: "Meeting", rate: 0.25 },
          { id: "deal", name: "Deal" },
        ],
      },
    ],
    kpis: [],
    team: [{ name: "Sato" }],
  });

  it("builds a valid plan for these tests", () => {
    expect(parsePlan(plan("ja")).ok).toBe(true);
  });

  it("defaults to Mon–Fri and, for ja, the Japanese holidays in the period", () => {
    const cal = planCalendar(plan("ja"));
    expect(cal.workdays).toEqual([1, 2, 3, 4, 5]);
    // 04-29, GW 05-03..05-06, 07-20, 08-11, 09-21..09-23
    expect(cal.holidays).toEqual([
      "2026-04-29",
      "2026-05-03",
      "2026-05-04",
      "2026-05-05",
      "2026-05-06",
      "2026-07-20",
      "2026-08-11",
      "2026-09-21",
      "2026-09-22",
      "2026-09-23",
    ]);
  });

  it("has no default holidays for en", () => {
    expect(planCalendar(plan("en"))).toEqual({ workdays: [1, 2, 3, 4, 5], holidays: [] });
  });

  it("uses the plan's own workdays and holidays, even an empty list for ja", () => {
    expect(planCalendar(plan("ja", { holidays: [] })).holidays).toEqual([]);
    expect(planCalendar(plan("en", { workdays: [1, 2, 3, 4, 5, 6], holidays: ["2026-12-31"] }))).toEqual({
      workdays: [1, 2, 3, 4, 5, 6],
      holidays: ["2026-12-31"],
    });
    expect(planCalendar(plan("ja", { workdays: [2, 3, 4, 5, 6] })).holidays).toHaveLength(10);
  });
});

describe("midnightInZone", () => {
  it.each([
    "Asia/Tokyo",
    "America/Los_Angeles",
    "Europe/London",
    "America/Santiago", // clocks jump at midnight: the day begins at 01:00
    "America/Havana",
    "Australia/Lord_Howe", // half-hour DST
    "Pacific/Chatham",
  ])("is the first instant of every date of 2025–2027 in %s", (timeZone) => {
    const wrong: string[] = [];
    for (let day = dayNumber("2025-01-01"); day < dayNumber("2028-01-01"); day++) {
      const date = fromDayNumber(day);
      const t = midnightInZone(date, timeZone).getTime();
      if (isoDateInZone(new Date(t), timeZone) !== date || isoDateInZone(new Date(t - 1), timeZone) === date)
        wrong.push(date);
    }
    expect(wrong).toEqual([]);
  });
});
