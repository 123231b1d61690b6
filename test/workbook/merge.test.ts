import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Plan } from "../../src/domain/plan";
import { templatePlan } from "../../src/domain/templates";
import { type CellValue, mergeActuals, planColumns } from "../../src/workbook/actuals";
import { buildWorkbook } from "../../src/workbook/build";

const base = () => templatePlan("inside_sales", "en");

function existingFor(plan: Plan, rows: CellValue[][]) {
  return { columns: planColumns(plan).map((c) => ({ key: c.key, header: c.header })), rows };
}

describe("mergeActuals: regeneration never loses a typed value", () => {
  it("a renamed stage keeps its column and data; a removed one is archived, visible", () => {
    const before = base();
    const cols = planColumns(before);
    const row = cols.map((c, i) =>
      c.key === "date" ? "2026-04-01" : c.key === "rep" ? "Alex" : c.key === "notes" ? "=call back" : i,
    );
    const after = structuredClone(before);
    const stream = after.streams[0];
    if (!stream) throw new Error("template has a stream");
    stream.stages[1] = { ...(stream.stages[1] as Plan["streams"][0]["stages"][0]), name: "Conversations" };
    const removed = stream.stages.splice(2, 1)[0];
    // keep the plan valid: the KPIs that pointed at the removed stage go too
    after.kpis = after.kpis.filter(
      (k) => !("stream" in k.source) || !JSON.stringify(k.source).includes(`"${removed?.id}"`),
    );
    const merged = mergeActuals(after, existingFor(before, [row]));
    const keys = merged.columns.map((c) => c.key);
    const renamed = `stage:${stream.id}.${stream.stages[1]?.id}`;
    expect(merged.columns.find((c) => c.key === renamed)?.header).toBe("Conversations");
    expect(merged.rows[0]?.[keys.indexOf(renamed)]).toBe(row[cols.findIndex((c) => c.key === renamed)]);
    const archivedKey = `archived:stage:${stream.id}.${removed?.id}`;
    expect(keys).toContain(archivedKey);
    expect(merged.columns.find((c) => c.key === archivedKey)?.header).toBe(`[archived] ${removed?.name}`);
    expect(merged.rows[0]?.[keys.indexOf(archivedKey)]).toBe(
      row[cols.findIndex((c) => c.key === `stage:${stream.id}.${removed?.id}`)],
    );
    expect(merged.rows[0]?.[keys.indexOf("notes")]).toBe("=call back");
    expect(keys.at(-1), "Notes stays the last column").toBe("notes");
    // In place: the archived column stays where the stage was, so nothing else moves.
    expect(keys.indexOf(archivedKey)).toBe(
      cols.findIndex((c) => c.key === `stage:${stream.id}.${removed?.id}`),
    );
    expect(merged.insertedColumns).toEqual([]);
  });

  it("a stage removed and added back takes its data back", () => {
    const plan = base();
    const cols = planColumns(plan).map((c) => ({ key: c.key, header: c.header }));
    const i = cols.findIndex((c) => c.key.startsWith("stage:"));
    const archived = cols.map((c, j) =>
      j === i ? { key: `archived:${c.key}`, header: `[archived] ${c.header}` } : c,
    );
    const merged = mergeActuals(plan, {
      columns: archived,
      rows: [cols.map((_, j) => (j === i ? 42 : null))],
    });
    expect(merged.columns).toHaveLength(cols.length);
    expect(merged.rows[0]?.[i]).toBe(42);
  });

  it("keeps columns someone added by hand, and every non-empty row in order (property)", () => {
    const value = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.string({ maxLength: 8 }), fc.constant(null));
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { maxLength: 30 }),
        fc.subarray(base().team.map((m) => m.name)),
        (extraRows, keepReps) => {
          const before = base();
          const cols = planColumns(before);
          const existing = {
            columns: [
              ...cols.map((c) => ({ key: c.key, header: c.header })),
              { key: null, header: "My column" },
            ],
            rows: extraRows.map((r, n) => [...cols.map((_, j) => (j < 3 ? (r[j] ?? null) : n)), `mine ${n}`]),
          };
          const after: Plan = {
            ...before,
            team: keepReps.length ? keepReps.map((name) => ({ name })) : before.team,
          };
          const merged = mergeActuals(after, existing);
          const flat = (rows: CellValue[][]) =>
            rows
              .flat()
              .filter((v) => v !== null && v !== "")
              .map(String)
              .sort();
          expect(flat(merged.rows)).toEqual(flat(existing.rows));
          // The user's column stays where they put it, after Notes: in place, nothing moves.
          expect(merged.columns.at(-1)?.header).toBe("My column");
          expect(merged.columns.at(-2)?.key).toBe("notes");
          expect(merged.teamColumns).toEqual([merged.columns.length - 1]);
          const mine = merged.columns.length - 1;
          expect(merged.rows.map((r) => r[mine])).toEqual(existing.rows.map((r) => r.at(-1)));
        },
      ),
    );
  });
});

describe("user text is written as text", () => {
  it("names beginning with = + - @ and HTML stay values, never formulas", () => {
    const payloads = [
      '=HYPERLINK("http://x","y")',
      "+81 3-1234-5678",
      "-42", // a leading minus, number-like (not "-1", which formulas legitimately hold)
      "@SUM(A1)",
      "<b>bold</b><script>x</script>",
    ];
    const plan = base();
    plan.title = payloads[0] as string;
    plan.kgi.name = payloads[1] as string;
    plan.kfs = payloads.map((name) => ({ name }));
    plan.team = payloads.map((name) => ({ name }));
    const stream = plan.streams[0];
    if (stream) stream.name = payloads[3] as string;
    const spec = buildWorkbook(plan);
    const cells = spec.sheets.flatMap((s) => s.cells.flat()).filter((c) => c !== null);
    for (const p of payloads) {
      const hits = cells.filter((c) => c?.value === p);
      expect(hits.length, p).toBeGreaterThan(0);
    }
    for (const c of cells) {
      if (c?.formula === undefined) continue;
      for (const p of payloads) expect(c.formula.includes(p), `${p} inside ${c.formula}`).toBe(false);
    }
  });
});

describe("a large log", () => {
  it("builds a workbook around 150,000 actual rows, keeping them all", () => {
    const plan = base();
    const cols = planColumns(plan);
    const rows = Array.from({ length: 150_000 }, (_, i) =>
      cols.map((c) => (c.key === "rep" ? "Alex" : c.key === "date" ? "2026-04-01" : i)),
    );
    const spec = buildWorkbook(plan, { existingActuals: existingFor(plan, rows) });
    const actuals = spec.sheets.find((s) => s.key === "actuals");
    expect(actuals?.cells[150_000]?.[2]?.value).toBe(149_999);
  });
});
