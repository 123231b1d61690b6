// Where the fault tests stop a run (faults-regeneration.test.ts, faults-first-generate.test.ts): a
// seeded sample in `npm test`, every call under `npm run test:slow` (SLOW=1).
import { expect } from "vitest";
import { SPREADSHEET_SERVICE_CLASSES } from "../../src/local/apps-script";
import { SLOW } from "../support/sample";
import type { addon } from "./support";
import { REPORT, TYPED, type teamAtWork } from "./team-work";

const ALL = SLOW;

/**
 * Deterministic sample of 1..n: where each kind of call first happens (unless `kinds` is false:
 * the regeneration, the longer run, already stops at every kind), and `extra` seeded points.
 */
export function points(calls: readonly string[], extra: number, seed: number, kinds = true): number[] {
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

export const serviceCalls = (a: ReturnType<typeof addon>) =>
  a.fake.log.entries
    .filter((e) => SPREADSHEET_SERVICE_CLASSES.has(e.name.split(".")[0] as string))
    .map((e) => e.name);

/** A date cell as the calendar date it shows in the spreadsheet's zone. */
const dayOf = (v: unknown) =>
  v instanceof Date ? v.toLocaleDateString("sv-SE", { timeZone: "Asia/Tokyo" }) : v;

/** Every typed value and note of the team, wherever its column is now. */
export function teamDataIntact(a: ReturnType<typeof teamAtWork>): void {
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
