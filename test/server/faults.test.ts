// No typed value is lost, even when a run dies (BRIEF §3.5). A regeneration is stopped at its n-th
// SpreadsheetApp call (an error there, or Apps Script's 6-minute limit: that call and every later
// one fail), then Generate runs again. After the stop: every typed value, note and review row is
// still there and the team's own sheet is untouched. After the second run: the workbook is exactly
// what an uninterrupted regeneration gives.
//
// `npm test` stops at a representative sample: the first call of every kind a regeneration makes,
// plus seeded random points of both runs. `npm run test:slow` (FAULT_POINTS=all) stops at every call.
import { describe, expect, it } from "vitest";
import { SPREADSHEET_SERVICE_CLASSES } from "../../src/local/apps-script";
import { samplePlan } from "../fixtures/plans";
import { addon } from "./support";
import { OUR_SHEETS, REPORT, revised, snapshot, TYPED, teamAtWork } from "./team-work";

const ALL = process.env.FAULT_POINTS === "all";

/**
 * Deterministic sample of 1..n: where each kind of call first happens (unless `kinds` is false:
 * the regeneration, the longer run, already stops at every kind), and `extra` seeded points.
 */
function points(calls: readonly string[], extra: number, seed: number, kinds = true): number[] {
  if (ALL) return calls.map((_, i) => i + 1);
  const firsts = new Set<number>([1]);
  const seen = new Set<string>();
  calls.forEach((name, i) => {
    if (kinds && !seen.has(name)) firsts.add(i + 1);
    seen.add(name);
  });
  let x = seed;
  const rand = () => {
    x = (Math.imul(x ^ (x >>> 15), 2_246_822_507) + 0x9e3779b9) >>> 0;
    return x / 2 ** 32;
  };
  for (let i = 0; i < extra; i++) firsts.add(1 + Math.floor(rand() * calls.length));
  firsts.add(calls.length);
  return [...firsts].sort((a, b) => a - b);
}

const serviceCalls = (a: ReturnType<typeof addon>) =>
  a.fake.log.entries
    .filter((e) => SPREADSHEET_SERVICE_CLASSES.has(e.name.split(".")[0] as string))
    .map((e) => e.name);

/** A date cell as the calendar date it shows in the spreadsheet's zone. */
const dayOf = (v: unknown) =>
  v instanceof Date ? v.toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" }) : v;

/** Every typed value and note of the team, wherever its column is now. */
function teamDataIntact(a: ReturnType<typeof teamAtWork>): void {
  const rows = a.fake.spreadsheet.sheetValues("Actuals") as unknown[][];
  TYPED.forEach((typed, i) => {
    const row = (rows[i + 1] ?? []).map(dayOf);
    for (const v of typed) expect(row, `row ${i + 2}: ${String(v)}`).toContain(v);
  });
  const notes = "ABCDEFGHIJ".split("").map((col) => a.fake.spreadsheet.cell("Actuals", `${col}2`).note);
  expect(notes).toContain("checked with the CRM");
  const reviews = a.fake.spreadsheet.sheetValues("Review Log") as unknown[][];
  expect(reviews.filter((r) => r[6] === "focus on appointments")).toHaveLength(4);
  const report = a.fake.spreadsheet.sheetFormulas("Team report", `A1:A${REPORT.length}`).flat();
  expect(report.filter((f) => /#REF!|#NAME\?/.test(f))).toEqual([]);
  expect(report.map((f) => f.replace("A2:I2001", "A2:H2001"))).toEqual(REPORT.flat());
  for (const [name, id] of Object.entries(a.ids)) expect(a.fake.spreadsheet.sheet(name).sheetId).toBe(id);
}

describe("a regeneration stopped at any call loses nothing, and the next one completes it", () => {
  const reference = teamAtWork();
  const next = revised(reference.plan);
  expect(reference.call("kpiGenerate", next).ok).toBe(true);
  const calls = serviceCalls(reference);
  const expected = snapshot(reference);
  const at = points(calls, 16, 20261129);

  it(`stops at ${at.length} of its ${calls.length} calls`, () => {
    expect(calls.length).toBeGreaterThan(100);
    expect(at.length).toBeGreaterThan(20);
  });

  it.each(at)("stopped at call %i", (n) => {
    const a = teamAtWork();
    a.fake.log.failAt(n);
    const r = a.call("kpiGenerate", next);
    expect(r.ok).toBe(false);
    expect(a.fake.log.failed).toBe(true);
    a.fake.log.heal();
    teamDataIntact(a);
    const again = a.call("kpiGenerate", next);
    expect(again.ok, JSON.stringify(again.error)).toBe(true);
    expect(snapshot(a)).toEqual(expected);
  });
});

describe("a first Generate stopped at any call: the next one completes the workbook", () => {
  const clean = addon({ locale: "en" });
  expect(clean.call("kpiGenerate", samplePlan()).ok).toBe(true);
  const calls = serviceCalls(clean);
  const expected = snapshot(clean);
  const at = points(calls, 16, 7, false);

  it.each(at)("stopped at call %i", (n) => {
    const a = addon({ locale: "en" });
    a.fake.log.failAt(n);
    expect(a.call("kpiGenerate", samplePlan()).ok).toBe(false);
    a.fake.log.heal();
    const again = a.call("kpiGenerate", samplePlan());
    expect(again.ok, JSON.stringify(again.error)).toBe(true);
    expect(snapshot(a)).toEqual(expected);
    expect(a.fake.spreadsheet.sheetNames().filter((s) => OUR_SHEETS.includes(s))).toHaveLength(8);
  });
});
