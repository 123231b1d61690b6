// Every field of the plan file at its edges (BRIEF §3.1): each row of the tables in plan-bounds/ is
// run through parsePlan and must be accepted, or refused with exactly the issues it lists. A guard
// walks the zod schema, so a field added to the schema without rows here fails this file.
import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/domain/plan";
import { planSchema } from "../../src/domain/plan-schema";
import { kpiRows } from "./plan-bounds/kpi-fields";
import { streamRows } from "./plan-bounds/stream-fields";
import type { Row } from "./plan-bounds/table";
import { topRows } from "./plan-bounds/top-fields";

const rows: Row[] = [...topRows, ...streamRows, ...kpiRows];

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  options?: { _zod: { def: Def } }[];
}

/** Every field path of the schema ([] for list items), with whether it holds other fields. */
function schemaFields(def: Def, path: string, into: Map<string, boolean>): Map<string, boolean> {
  if (def.innerType) return schemaFields(def.innerType._zod.def, path, into);
  const children: [string, Def][] = [];
  if (def.shape)
    for (const [k, v] of Object.entries(def.shape)) children.push([path ? `${path}.${k}` : k, v._zod.def]);
  if (def.element) children.push([`${path}[]`, def.element._zod.def]);
  for (const option of def.options ?? [])
    for (const [k, v] of Object.entries(option._zod.def.shape ?? {}))
      children.push([`${path}.${k}`, v._zod.def]);
  into.set(path, children.length > 0 || def.type === "object" || def.type === "union");
  for (const [p, d] of children) schemaFields(d, p, into);
  return into;
}

const fields = schemaFields(planSchema._zod.def as unknown as Def, "", new Map());

describe("plan fields at their edges", () => {
  it.each(rows.map((r) => [r.field || "(plan)", r.label, r] as const))("%s: %s", (_f, _l, row) => {
    const result = parsePlan(row.input());
    if (row.want === "accepted") {
      expect(result.ok ? [] : result.issues).toEqual([]);
      return;
    }
    expect(result.ok, "refused").toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.message.en])).toEqual(row.want);
    for (const i of result.issues) {
      expect(i.message.ja, "a Japanese message of its own").not.toBe(i.message.en);
      expect(i.message.ja.length).toBeGreaterThan(0);
    }
  });
});

describe("the tables cover the schema", () => {
  it("walks a schema of nested fields (the guard itself works)", () => {
    expect(fields.get("streams[].stages[].rate")).toBe(false);
    expect(fields.get("kpis[].source")).toBe(true);
    expect(fields.has("kpis[].source.aggregate")).toBe(true);
    expect(fields.size).toBeGreaterThan(60);
  });

  it("every row names a field of the schema", () => {
    const unknown = rows.filter((r) => !fields.has(r.field)).map((r) => `${r.field}: ${r.label}`);
    expect(unknown).toEqual([]);
  });

  it("every field has a refused row, and every field holding a value an accepted one too", () => {
    const missing: string[] = [];
    for (const [field, container] of fields) {
      const here = rows.filter((r) => r.field === field);
      if (!here.some((r) => r.want !== "accepted")) missing.push(`${field || "(plan)"}: no refused row`);
      if (!container && !here.some((r) => r.want === "accepted")) missing.push(`${field}: no accepted row`);
    }
    expect(missing).toEqual([]);
  });
});
