// The Targets sheet's block "per rep per working day" (README, "Sharing targets out": a guide),
// computed by a real engine and compared with a hand calculation. The rule (src/domain/day-guide.ts):
// from one a day up, ⌈rep total ÷ working days⌉ whole units; below one a day, the words
// "1 every N working days", N = max(2, round(working days ÷ rep total)) — never a rounded-up "1".
import { describe, expect, it } from "vitest";
import { type Plan, parsePlan } from "../../src/domain/plan";
import { buildWorkbook } from "../../src/workbook/build";
import { L } from "../../src/workbook/labels";
import { N } from "../../src/workbook/names";
import type { CellSpec, SheetSpec } from "../../src/workbook/spec";
import { samplePlan } from "../fixtures/plans";
import { loadSpec, named } from "../support/spec-engine";

/**
 * June 2026, one month, locale "en" (no Japanese holidays), Monday to Friday.
 *
 * Working days, by hand: 2026-06-01 is a Monday and June has 30 days, so the weekdays are
 * Jun 1–5, 8–12, 15–19, 22–26 (4 × 5 = 20) and Mon 29, Tue 30 (2): 22 weekdays. Two holidays:
 * Wed 2026-06-10 is a weekday (−1); Sat 2026-06-20 is a weekend day already (no change). 22 − 1 = 21.
 *
 * Team totals (share 1, rounding "stage"):
 *   deals        = ⌈23,000,000 × 1 ÷ 500,000⌉ = ⌈46⌉   = 46
 *   appointments = ⌈46 ÷ 0.5⌉                 = ⌈92⌉   = 92
 *   calls        = ⌈92 ÷ 0.25⌉                = ⌈368⌉  = 368
 * (0.5 and 0.25 are exact in binary, so no floating-point noise reaches a ceiling.)
 */
function perDayPlan(): Plan {
  const plan = samplePlan();
  plan.title = "June 2026 per-day check";
  plan.locale = "en";
  plan.kgi = { name: "Revenue", target: 23_000_000, unit: "JPY" };
  plan.period = { start: "2026-06-01", end: "2026-06-30", granularity: "month" };
  plan.calendar = { holidays: ["2026-06-10", "2026-06-20"] };
  const stream = plan.streams[0];
  if (!stream) throw new Error("sample plan has no stream");
  stream.dealValue = 500_000;
  stream.stages = [
    { id: "calls", name: "Calls", rate: 0.25 },
    { id: "appointments", name: "Appointments", rate: 0.5 },
    { id: "deals", name: "Deals" },
  ];
  plan.team = [
    { name: "Aoki", weight: 2 },
    { name: "Baba", weight: 3 },
    { name: "Chiba", weight: 5 },
  ];
  return plan;
}

const WORKING_DAYS = 21;
const TEAM = { kgi: 23_000_000, calls: 368, appointments: 92, deals: 46 };

/**
 * Per rep, whole period, by cumulative ceiling. Weights 2, 3, 5: cumulative 2, 5, 10; Σw = 10.
 * Running target through rep i = ⌈total × cumᵢ ÷ 10⌉; each part = running(i) − running(i−1).
 *
 *   Revenue 23,000,000: running ⌈4,600,000⌉ = 4,600,000, ⌈11,500,000⌉ = 11,500,000, 23,000,000
 *                       parts 4,600,000 · 6,900,000 · 11,500,000
 *   Calls 368:          running ⌈73.6⌉ = 74, ⌈184⌉ = 184, 368      → parts 74 · 110 · 184
 *   Appointments 92:    running ⌈18.4⌉ = 19, ⌈46⌉ = 46, 92         → parts 19 · 27 · 46
 *   Deals 46:           running ⌈9.2⌉ = 10, ⌈23⌉ = 23, 46          → parts 10 · 13 · 23
 * (Deals pro rata would be 9.2 · 13.8 · 23; the cumulative ceiling gives Aoki 10 and Baba 13.)
 */
const REP_TOTAL: Record<string, Record<keyof typeof TEAM, number>> = {
  Aoki: { kgi: 4_600_000, calls: 74, appointments: 19, deals: 10 },
  Baba: { kgi: 6_900_000, calls: 110, appointments: 27, deals: 13 },
  Chiba: { kgi: 11_500_000, calls: 184, appointments: 46, deals: 23 },
};

/**
 * Per rep per working day, by hand. From one a day up: ⌈rep total ÷ 21⌉ ("ROUND" and "INT" are what
 * the wrong rules would give). Below one a day: N = max(2, round(21 ÷ rep total)), in words.
 *
 *   Aoki  Revenue  4,600,000 / 21 = 219,047.62 → 219,048   (ROUND 219,048; INT 219,047)
 *   Aoki  Calls           74 / 21 = 3.524      → 4         (ROUND 4;  INT 3)
 *   Aoki  Appts           19 / 21 = 0.905 < 1  → 21/19 = 1.105 → round 1 → max(2, 1) = 2
 *   Aoki  Deals           10 / 21 = 0.476 < 1  → 21/10 = 2.1   → round 2 → 2
 *   Baba  Revenue  6,900,000 / 21 = 328,571.43 → 328,572   (ROUND 328,571 ✗)
 *   Baba  Calls          110 / 21 = 5.238      → 6         (ROUND 5 ✗)
 *   Baba  Appts           27 / 21 = 1.286      → 2         (ROUND 1 ✗)
 *   Baba  Deals           13 / 21 = 0.619 < 1  → 21/13 = 1.615 → round 2 → 2
 *   Chiba Revenue 11,500,000 / 21 = 547,619.05 → 547,620   (ROUND 547,619 ✗)
 *   Chiba Calls          184 / 21 = 8.762      → 9         (ROUND 9;  INT 8)
 *   Chiba Appts           46 / 21 = 2.190      → 3         (ROUND 2 ✗)
 *   Chiba Deals           23 / 21 = 1.095      → 2         (ROUND 1 ✗)
 */
const EVERY_2 = "1 every 2 working days";
const PER_DAY: Record<string, Record<keyof typeof TEAM, number | string>> = {
  Aoki: { kgi: 219_048, calls: 4, appointments: EVERY_2, deals: EVERY_2 },
  Baba: { kgi: 328_572, calls: 6, appointments: 2, deals: EVERY_2 },
  Chiba: { kgi: 547_620, calls: 9, appointments: 3, deals: 2 },
};

const textOf = (c: CellSpec | null | undefined) => (typeof c?.value === "string" ? c.value : undefined);

/** The block's section row, found by its label; the header follows, then one row per rep. */
function perDayBlock(sheet: SheetSpec, plan: Plan) {
  const section = sheet.cells.findIndex((row) => textOf(row[0]) === L.perRepPerDay[plan.locale]);
  expect(section, "section 'Per rep per working day' on the Targets sheet").toBeGreaterThanOrEqual(0);
  const headerRow = section + 1;
  const headers = (sheet.cells[headerRow] ?? []).map(textOf);
  expect(headers[0]).toBe(L.rep[plan.locale]);
  const col = (name: string) => {
    const c = headers.indexOf(name);
    expect(c, `column "${name}" of the per-day block`).toBeGreaterThan(0);
    return c;
  };
  const columns: Record<keyof typeof TEAM, number> = {
    kgi: col(plan.kgi.name),
    calls: col("Calls"),
    appointments: col("Appointments"),
    deals: col("Deals"),
  };
  const rows = plan.team.map((_, i) => headerRow + 1 + i);
  return { rows, columns };
}

describe("Targets: per rep per working day, computed by a real engine", () => {
  const plan = perDayPlan();
  const parsed = parsePlan(plan);

  it("the hand-built plan is valid", () => {
    expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.issues)).toBe(true);
  });

  it("equals ⌈rep total ÷ working days⌉ from one a day up, '1 every N working days' below, by hand", () => {
    const spec = buildWorkbook(plan);
    const { hf, sheet } = loadSpec(spec);
    try {
      // The inputs of the hand calculation, as the workbook computes them.
      expect(named(hf, N.workdaysTotal), "working days in June 2026 less one weekday holiday").toBe(
        WORKING_DAYS,
      );
      expect(named(hf, N.kgiTarget)).toBe(TEAM.kgi);
      for (const stage of ["calls", "appointments", "deals"] as const) {
        expect(named(hf, N.required("new_biz", stage)), `team ${stage}`).toBe(TEAM[stage]);
      }

      const targets = spec.sheets.find((s) => s.key === "targets");
      if (!targets) throw new Error("no Targets sheet");
      const id = sheet("targets");
      const value = (row: number, col: number) => hf.getCellValue({ sheet: id, row, col });

      // The whole-period rows the per-day block divides: cumulative ceiling, by hand.
      const perRepSection = targets.cells.findIndex((row) => textOf(row[0]) === L.perRep.en);
      expect(perRepSection).toBeGreaterThanOrEqual(0);
      const { rows, columns } = perDayBlock(targets, plan);
      plan.team.forEach((rep, i) => {
        const r = perRepSection + 2 + i;
        expect(value(r, 0)).toBe(rep.name);
        for (const [key, c] of Object.entries(columns) as [keyof typeof TEAM, number][]) {
          expect(value(r, c), `${rep.name} ${key}, whole period`).toBe(REP_TOTAL[rep.name]?.[key]);
        }
      });

      // The block itself. Every figure from one a day up is an integer: a plain division (e.g. Baba
      // calls 5.238) fails. ROUND instead of ROUNDUP fails Baba revenue/calls/appointments and Chiba
      // revenue/appointments/deals. INT/ROUNDDOWN fails every whole-unit cell whose quotient is not
      // whole. The old rule, ROUNDUP everywhere, fails the three shares below one a day (it gives 1).
      // Dividing by 22 (the weekday holiday ignored) fails e.g. Baba revenue (313,637); dividing the
      // team total instead of the rep's fails every rep.
      plan.team.forEach((rep, i) => {
        const r = rows[i] as number;
        expect(value(r, 0), "rep name").toBe(rep.name);
        for (const [key, c] of Object.entries(columns) as [keyof typeof TEAM, number][]) {
          const got = value(r, c);
          const want = PER_DAY[rep.name]?.[key];
          if (typeof want === "number")
            expect(Number.isInteger(got), `${rep.name} ${key} per day is a whole number: ${got}`).toBe(true);
          expect(got, `${rep.name} ${key} per working day`).toBe(want);
        }
      });

      // Spot checks spelled out.
      const aoki = rows[0] as number;
      const chiba = rows[2] as number;
      expect(
        value(aoki, columns.deals),
        "Aoki deals: 10/21 = 0.476 a day → 21/10 = 2.1 → 2 (ROUNDUP gave '1' a day: 2.1× the share)",
      ).toBe("1 every 2 working days");
      expect(
        value(aoki, columns.appointments),
        "Aoki appointments: 19/21 = 0.905 → 21/19 = 1.105 → round 1 → at least 2 (never 'every 1 day')",
      ).toBe("1 every 2 working days");
      expect(value(chiba, columns.appointments), "Chiba appointments: 46/21 = 2.19 → 3 (ROUND gives 2)").toBe(
        3,
      );
      expect(value(chiba, columns.deals), "Chiba deals: 23/21 = 1.095 → 2 (ROUND gives 1)").toBe(2);
    } finally {
      hf.destroy();
    }
  });
});

/**
 * The same month and team with a small goal, so most shares are below one a day and N is large.
 * Team totals (share 1, rounding "stage"):
 *   deals        = ⌈2,000,000 × 1 ÷ 500,000⌉ = ⌈4⌉  = 4
 *   appointments = ⌈4 ÷ 0.5⌉                 = ⌈8⌉  = 8
 *   calls        = ⌈8 ÷ 0.25⌉                = ⌈32⌉ = 32
 * Per rep by cumulative ceiling, weights 2, 3, 5 (cumulative 2, 5, 10 of 10):
 *   Revenue 2,000,000: running 400,000, 1,000,000, 2,000,000 → parts 400,000 · 600,000 · 1,000,000
 *   Calls 32:          running ⌈6.4⌉ = 7, ⌈16⌉ = 16, 32      → parts 7 · 9 · 16
 *   Appointments 8:    running ⌈1.6⌉ = 2, ⌈4⌉ = 4, 8         → parts 2 · 2 · 4
 *   Deals 4:           running ⌈0.8⌉ = 1, ⌈2⌉ = 2, 4         → parts 1 · 1 · 2
 */
function sparsePlan(locale: "ja" | "en"): Plan {
  const plan = perDayPlan();
  plan.locale = locale;
  plan.kgi.target = 2_000_000;
  return plan;
}

const SPARSE_TOTAL: Record<string, Record<keyof typeof TEAM, number>> = {
  Aoki: { kgi: 400_000, calls: 7, appointments: 2, deals: 1 },
  Baba: { kgi: 600_000, calls: 9, appointments: 2, deals: 1 },
  Chiba: { kgi: 1_000_000, calls: 16, appointments: 4, deals: 2 },
};

/**
 * Over 21 working days, by hand; "N" is max(2, round(21 ÷ rep total)) where the share is below one.
 *   Aoki  Revenue 400,000 / 21 = 19,047.62 → 19,048
 *   Aoki  Calls   7 / 21 = 0.333 < 1 → 21/7  = 3     → N 3
 *   Aoki  Appts   2 / 21 = 0.095 < 1 → 21/2  = 10.5  → round 11 (ROUNDDOWN 10) → N 11
 *   Aoki  Deals   1 / 21 = 0.048 < 1 → 21/1  = 21    → N 21
 *   Baba  Revenue 600,000 / 21 = 28,571.43 → 28,572
 *   Baba  Calls   9 / 21 = 0.429 < 1 → 21/9  = 2.333 → round 2 → N 2
 *   Baba  Appts   2 / 21             → N 11;  Baba Deals 1 / 21 → N 21
 *   Chiba Revenue 1,000,000 / 21 = 47,619.05 → 47,620
 *   Chiba Calls  16 / 21 = 0.762 < 1 → 21/16 = 1.3125 → round 1 → max(2, 1) → N 2
 *   Chiba Appts   4 / 21 = 0.190 < 1 → 21/4  = 5.25  → round 5 (ROUNDUP 6) → N 5
 *   Chiba Deals   2 / 21 = 0.095 < 1 → 21/2  = 10.5  → round 11 → N 11
 */
const SPARSE_N: Record<string, Record<Exclude<keyof typeof TEAM, "kgi">, number>> = {
  Aoki: { calls: 3, appointments: 11, deals: 21 },
  Baba: { calls: 2, appointments: 11, deals: 21 },
  Chiba: { calls: 2, appointments: 5, deals: 11 },
};
const SPARSE_KGI: Record<string, number> = { Aoki: 19_048, Baba: 28_572, Chiba: 47_620 };

/** The words of the rule, per locale, as the sidebar says them (src/domain/day-guide.ts). */
const every = (n: number, locale: "ja" | "en") =>
  locale === "ja" ? `約${n}稼働日に1件` : `1 every ${n} working days`;

describe.each(["en", "ja"] as const)("Targets per rep per day below one a day (%s)", (locale) => {
  const plan = sparsePlan(locale);

  it("the hand-built plan is valid", () => {
    const parsed = parsePlan(plan);
    expect(parsed.ok, JSON.stringify(parsed.ok ? [] : parsed.issues)).toBe(true);
  });

  it("says '1 every N working days' with N worked out by hand", () => {
    const spec = buildWorkbook(plan);
    const { hf, sheet } = loadSpec(spec);
    try {
      expect(named(hf, N.workdaysTotal), "working days in June 2026 less one weekday holiday").toBe(
        WORKING_DAYS,
      );
      const targets = spec.sheets.find((s) => s.key === "targets");
      if (!targets) throw new Error("no Targets sheet");
      const id = sheet("targets");
      const value = (row: number, col: number) => hf.getCellValue({ sheet: id, row, col });
      const perRepSection = targets.cells.findIndex((row) => textOf(row[0]) === L.perRep[locale]);
      const { rows, columns } = perDayBlock(targets, plan);
      plan.team.forEach((rep, i) => {
        // The whole-period parts the block divides, by hand (above).
        for (const [key, c] of Object.entries(columns) as [keyof typeof TEAM, number][]) {
          expect(value(perRepSection + 2 + i, c), `${rep.name} ${key}, whole period`).toBe(
            SPARSE_TOTAL[rep.name]?.[key],
          );
        }
        const r = rows[i] as number;
        // Revenue stays whole units a day, rounded up (ROUND fails Baba 28,571 and Chiba 47,619).
        expect(value(r, columns.kgi), `${rep.name} revenue per day`).toBe(SPARSE_KGI[rep.name]);
        // Below one a day, the words. Each wrong rule fails somewhere: the old ROUNDUP gives 1 in
        // every cell; ROUNDUP(21 ÷ t) fails Chiba appointments (6, not 5) and Baba calls (3);
        // INT/ROUNDDOWN fails the 10.5s (10, not 11); leaving out max(2, …) fails Chiba calls
        // ("every 1"); dividing t ÷ 21 instead of 21 ÷ t gives 0s.
        for (const key of ["calls", "appointments", "deals"] as const) {
          const n = SPARSE_N[rep.name]?.[key] as number;
          expect(value(r, columns[key]), `${rep.name} ${key}`).toBe(every(n, locale));
        }
      });
    } finally {
      hf.destroy();
    }
  });
});
