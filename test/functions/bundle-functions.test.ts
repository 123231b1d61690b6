// Every custom function through the built dist/Code.js, the way Sheets calls it: a top-level global
// in a fresh Apps Script-like global, with the spreadsheet's time zone from SpreadsheetApp.
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { customFunction, customFunctions, setCallContext } from "../../src/functions/registry";
import { distDir, loadCodeJs } from "../support/gas";

type Fn = (...args: unknown[]) => unknown;

/** Loads the bundle with a fake spreadsheet in `timeZone`, counting how often the zone is read. */
function load(timeZone: string) {
  const reads = { zone: 0 };
  const ctx = loadCodeJs({
    SpreadsheetApp: {
      getActive: () => ({
        getSpreadsheetTimeZone: () => {
          reads.zone++;
          return timeZone;
        },
      }),
    },
  });
  // args.ts recognises a date with `instanceof Date`, and the bundle runs in its own realm (as it
  // does in Apps Script, where cells hand it its own Dates): build the cells' Dates there too.
  const BundleDate = vm.runInContext("Date", ctx as vm.Context) as DateConstructor;
  const fn = (name: string) => ctx[name] as Fn;
  return { ctx, fn, reads, BundleDate };
}

/** What a date cell hands a custom function: midnight in the spreadsheet's zone. */
type Cell = (iso: string) => Date;
const midnight =
  (D: DateConstructor, offset: string): Cell =>
  (iso) =>
    new D(`${iso}T00:00:00${offset}`);

const zones = [
  { timeZone: "Asia/Tokyo", offset: "+09:00" },
  { timeZone: "America/Los_Angeles", offset: "-07:00" }, // April is PDT
];

// One call of every function. April 2026: 22 weekdays, 21 with 04-29 off; 11 through Wed 04-15.
const calls: { name: string; args: (d: Cell) => unknown[]; want: unknown; zone: boolean }[] = [
  // 120 deals → 480 meetings → 960 appointments → 9,600 calls
  {
    name: "KPI_REQUIRED_CALLS",
    args: () => [120_000_000, 1_000_000, 0.25, 0.5, 0.1],
    want: 9600,
    zone: false,
  },
  {
    name: "KPI_FUNNEL",
    args: () => [120_000_000, 1_000_000, [[0.1, 0.5, 0.25]]],
    want: [[9600], [960], [480], [120]],
    zone: false,
  },
  { name: "KPI_REQUIRED_ACTIVITY", args: () => [120, [[0.1, 0.5, 0.25]]], want: 9600, zone: false },
  { name: "KPI_SPLIT", args: () => [10, [[1, 1, 1]]], want: [[4, 3, 3]], zone: false }, // 3⅓ each; the earliest gets the 1 left
  { name: "KPI_ACHIEVEMENT", args: () => [80, 100, "lower"], want: 1.2, zone: false }, // 1 + 20/100
  // a range: 100 − 80, blank, 100 − 120 → 0
  { name: "KPI_GAP", args: () => [[[80], [""], [120]], 100], want: [[20], [""], [0]], zone: false },
  {
    name: "KPI_FORECAST", // 1.1M × 21 ÷ 11
    args: (d) => [1_100_000, d("2026-04-01"), d("2026-04-30"), d("2026-04-15"), d("2026-04-29")],
    want: 2_100_000,
    zone: true,
  },
  {
    name: "KPI_PACE", // 1M × 22 ÷ (2M × 11)
    args: (d) => [1_000_000, 2_000_000, d("2026-04-01"), d("2026-04-30"), d("2026-04-15")],
    want: 1,
    zone: true,
  },
  {
    name: "KPI_RUN_RATE", // (2M − 0.8M) ÷ 10 days after 04-15 without 04-29
    args: (d) => [800_000, 2_000_000, d("2026-04-30"), d("2026-04-15"), [[d("2026-04-29")], [""]]],
    want: 120_000,
    zone: true,
  },
  { name: "KPI_CONVERSION", args: () => [400, 100], want: 0.25, zone: false },
  // 10 of 100, nothing yet, 12 from 10: Wilson's 90% interval, a blank row, Poisson's (statistics.NormalDist).
  {
    name: "KPI_CONVERSION_RANGE",
    args: () => [
      [[100], [0], [10]],
      [[10], [0], [12]],
    ],
    want: [
      [0.1, 0.06071866701544725, 0.1603555096110922],
      ["", "", ""],
      [1.2, 0.7496449263705668, 1.9209094190389746],
    ],
    zone: false,
  },
  // 50 so far over 5 days, s² = 2.5, 5 days left for 110: t = 2 on 4 degrees of freedom, P(T₄ > 2)
  // = ½ − ¾·x·(1 − x²/3) with x = 2/√8 (the t₄ CDF in closed form).
  {
    name: "KPI_HIT_PROBABILITY",
    args: () => [110, [[10, 12, 8, 11, 9]], 5],
    want: 0.0580582617584078,
    zone: false,
  },
  {
    name: "KPI_BOTTLENECK", // 0.9, 0.7, 1
    args: () => [[["calls", "appointments", "meetings"]], [[0.1, 0.5, 0.25]], [[0.09, 0.35, 0.25]]],
    want: "appointments",
    zone: false,
  },
  { name: "KPI_SALES_VELOCITY", args: () => [40, 0.25, 1_000_000, 50], want: 200_000, zone: false }, // 10,000,000 ÷ 50
  { name: "KPI_LTV", args: () => [10_000, 0.02, 0.8], want: 400_000, zone: false }, // 8,000 ÷ 0.02
  { name: "KPI_CHURN_RATE", args: () => [5, 200], want: 0.025, zone: false },
  { name: "KPI_NRR", args: () => [1_000_000, 150_000, 30_000, 20_000], want: 1.1, zone: false }, // 1.1M ÷ 1M
  { name: "KPI_CAC_PAYBACK", args: () => [120_000, 10_000, 0.8], want: 15, zone: false }, // 120,000 ÷ 8,000
];

// Mistakes of every kind, each as the source gives it and as the bundle must give it.
const mistakes: { name: string; args: (d: Cell) => unknown[]; message: string }[] = [
  { name: "KPI_REQUIRED_CALLS", args: () => [1e6, 1e3, 25, 0.5, 0.1], message: "for 25% write 0.25" },
  { name: "KPI_ACHIEVEMENT", args: () => [5, 0], message: "target must not be 0 (division by zero)" },
  { name: "KPI_GAP", args: () => [5, 10, "up"], message: 'direction must be "higher" or "lower"' },
  {
    name: "KPI_FORECAST",
    args: (d) => [100, d("2026-04-01"), d("2026-04-30"), d("2026-03-31")],
    message: "as_of must be on or after the period's first working day: no working day has passed yet",
  },
  {
    name: "KPI_PACE",
    args: (d) => [1, 2, d("2026-04-30"), d("2026-04-01"), d("2026-04-15")],
    message: "period_end must be on or after period_start",
  },
  {
    name: "KPI_RUN_RATE",
    args: (d) => [1, 2, d("2026-04-30"), d("2026-04-30")],
    message: "no working day is left",
  },
  {
    name: "KPI_BOTTLENECK",
    args: () => [[["a", "b"]], [[0.1]], [[0.1]]],
    message: "give one rate per stage",
  },
  { name: "KPI_SALES_VELOCITY", args: () => [40, 0.25, "1M", 50], message: "avg_deal_size must be a number" },
  { name: "KPI_LTV", args: () => [10_000, 2], message: "for 2% write 0.02" },
  { name: "KPI_CHURN_RATE", args: () => [3, 0], message: "at_start must not be 0" },
  {
    name: "KPI_NRR",
    args: () => [[[1], [2]], 0, 0, [[1], [2], [3]]],
    message: "ranges must be the same size",
  },
  { name: "KPI_CAC_PAYBACK", args: () => [-1, 10_000], message: "cac must not be negative" },
  { name: "KPI_CONVERSION_RANGE", args: () => [100, 10, 90], message: "for 90% write 0.9" },
  {
    name: "KPI_HIT_PROBABILITY",
    args: () => [110, [[1, 2, 3]], 5],
    message: "at least 5 elapsed working days",
  },
];

function thrown(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
}

describe("custom functions through dist/Code.js", () => {
  beforeAll(() => {
    expect(readFileSync(path.join(distDir, "Code.js"), "utf8").length).toBeGreaterThan(0); // `npm test` builds first
  });
  afterEach(() => setCallContext({ timeZone: "UTC" }));

  it("covers every function of the registry", () => {
    expect(calls.map((c) => c.name).sort()).toEqual(customFunctions.map((f) => f.name).sort());
  });

  describe.each(zones)("in $timeZone", ({ timeZone, offset }) => {
    it.each(calls)("$name: one call, the zone read only for dates", ({ name, args, want, zone }) => {
      const { fn, reads, BundleDate } = load(timeZone);
      const got = fn(name)(...args(midnight(BundleDate, offset)));
      if (typeof want === "number") expect(got).toBeCloseTo(want, 9);
      else if (name === "KPI_CONVERSION_RANGE") {
        const rows = got as unknown[][];
        expect(rows).toHaveLength((want as unknown[][]).length);
        (want as unknown[][]).forEach((row, i) => {
          row.forEach((w, j) => {
            if (typeof w === "number") expect(rows[i]?.[j]).toBeCloseTo(w, 8);
            else expect(rows[i]?.[j]).toBe(w);
          });
        });
      } else expect(got).toEqual(want);
      expect(reads.zone).toBe(zone ? 1 : 0);
    });
  });

  it.each(mistakes)("$name: throws the source's message", ({ name, args, message }) => {
    const { fn, reads, BundleDate } = load("Asia/Tokyo");
    const fromBundle = thrown(() => fn(name)(...args(midnight(BundleDate, "+09:00"))));
    setCallContext({ timeZone: "Asia/Tokyo" });
    const fromSource = thrown(() => customFunction(name).run(...(args(midnight(Date, "+09:00")) as never[])));
    expect(fromBundle).toBe(fromSource);
    expect(fromBundle).toContain(`${name}: `);
    expect(fromBundle).toContain(message);
    expect(fromBundle).toContain(" / "); // English, then Japanese
    const dates = customFunction(name).params.some((p) => p.type === "date" || p.type === "dates");
    expect(reads.zone).toBe(dates ? 1 : 0);
  });

  it("fills a column of dates with one zone read per call", () => {
    const { fn, reads, BundleDate } = load("America/Los_Angeles");
    const d = midnight(BundleDate, "-07:00");
    const asOf = [[d("2026-04-01")], [""], [d("2026-04-15")], [d("2026-04-30")]];
    // 10 × 22 ÷ 1; blank; 110 × 22 ÷ 11; 500 × 22 ÷ 22
    expect(fn("KPI_FORECAST")([[10], [""], [110], [500]], d("2026-04-01"), d("2026-04-30"), asOf)).toEqual([
      [220],
      [""],
      [220],
      [500],
    ]);
    expect(reads.zone).toBe(1);
  });

  it("KPI_REQUIRED_CALLS fills 10,000 rows in one call", () => {
    const { fn, reads } = load("Asia/Tokyo");
    const rows = 10_000;
    // Row i: a goal of i deals of 1,000,000 → ÷0.25 = 4i meetings → ÷0.5 = 8i appointments → ÷0.1 = 80i
    // calls. Every 1,000th row is left blank.
    const blank = (i: number) => i % 1000 === 0;
    const goals = Array.from({ length: rows }, (_, k) => [blank(k + 1) ? "" : (k + 1) * 1_000_000]);
    const got = fn("KPI_REQUIRED_CALLS")(goals, 1_000_000, 0.25, 0.5, 0.1) as unknown[][];
    expect(got).toHaveLength(rows);
    const want = Array.from({ length: rows }, (_, k) => [blank(k + 1) ? "" : 80 * (k + 1)]);
    expect(got).toEqual(want);
    expect(reads.zone).toBe(0);
  });
});
