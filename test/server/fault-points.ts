// Where the fault tests stop a run (faults-regeneration.test.ts, faults-first-generate.test.ts): a
// seeded sample in `npm test`, every call under `npm run test:slow` (SLOW=1).
import { expect } from "vitest";
import { SPREADSHEET_SERVICE_CLASSES } from "../../src/local/apps-script";
import { SLOW } from "../support/sample";
import type { addon } from "./support";
import { REPORT, TYPED, type teamAtWork } from "./team-work";

const ALL = SLOW;

/** A call that changes the document: before the first one, a stop leaves everything as it was. */
const WRITES = /\.(set|insert|remove|clear|delete|hide|protect|add|copy|move)[A-Z]?/;

/**
 * Deterministic sample of 1..n: the first call, the last, `extra` seeded points, and where every
 * `stride`-th kind of call first happens from the first write on (in the order the kinds first
 * happen, starting with the first write; 0 takes none). `npm test` takes a stride of 5 for the
 * regeneration, where a stop costs two regenerations; the seed picks which kinds, so a change of
 * seed moves the sample, and `test:slow` stops at every call. Before the first write a run has only
 * read, so the read kinds' firsts are left to the seeded points; the first Generate (stride 0) writes
 * to a new workbook whose every kind the regeneration's sample already stops at.
 */
export function points(calls: readonly string[], extra: number, seed: number, stride = 1): number[] {
  if (ALL) return calls.map((_, i) => i + 1);
  const firsts = new Set<number>([1]);
  const seen = new Set<string>();
  const firstWrite = calls.findIndex((name) => WRITES.test(name));
  let kind = 0;
  const offset = stride > 0 ? seed % stride : 0;
  calls.forEach((name, i) => {
    if (stride > 0 && !seen.has(name) && i >= firstWrite && kind++ % stride === offset) firsts.add(i + 1);
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
