import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parsePlan, planCalendar, planPeriods } from "../../src/domain/plan";
import { samplePlan } from "../fixtures/plans";

const root = path.resolve(import.meta.dirname, "../..");

function issuesOf(edit: (p: Record<string, any>) => void) {
  const plan = structuredClone(samplePlan()) as Record<string, any>;
  edit(plan);
  const r = parsePlan(plan);
  if (r.ok) throw new Error("expected the plan to be rejected");
  return r.issues;
}

describe("parsePlan", () => {
  it("accepts a valid plan", () => {
    expect(parsePlan(samplePlan())).toEqual({ ok: true, plan: samplePlan() });
  });

  it("names the field path and hints at a percent given for a rate", () => {
    const [issue] = issuesOf((p) => {
      p.streams[0].stages[1].rate = 50;
    });
    expect(issue?.path).toBe("streams[0].stages[1].rate");
    expect(issue?.message.en).toContain("for 50% write 0.5");
    expect(issue?.message.ja).toContain("50%なら 0.5");
  });

  it("reports a misspelt field with its path and the field probably meant, instead of dropping it", () => {
    const issues = issuesOf((p) => {
      p.roundng = "end";
      p.kgi.targt = 5;
      p.streams[0].stages[1].rat = 0.5;
      p.kpis[0].frobnicate = true;
    });
    expect(issues.map((i) => i.path).sort()).toEqual(["", "kgi", "kpis[0]", "streams[0].stages[1]"]);
    const at = (path: string) => issues.find((i) => i.path === path)?.message;
    expect(at("")?.en).toContain('"roundng" (did you mean "rounding"?)');
    expect(at("")?.ja).toContain("「roundng」（「rounding」の誤りでは？）");
    expect(at("kgi")?.en).toContain('did you mean "target"?');
    expect(at("streams[0].stages[1]")?.en).toContain('did you mean "rate"?');
    expect(at("kpis[0]")?.en).toBe(
      'has unknown field(s): "frobnicate" — fix or remove them; nothing unknown is read',
    );
  });

  it("suggests only fields of the object at fault, and says when a field belongs elsewhere", () => {
    const issues = issuesOf((p) => {
      p.kpis[0].target = 5; // belongs in kpis[0].source
      p.kgi.id = "x"; // a field of streams and KPIs, not of the KGI
      p.kpis[1].nmae = "x"; // two letters swapped
      p.kpis[2].source.agregate = "sum";
    });
    const at = (path: string) => issues.find((i) => i.path === path)?.message;
    expect(at("kpis[0]")?.en).toContain('"target" (it belongs elsewhere in the plan)');
    expect(at("kpis[0]")?.en).not.toContain("did you mean");
    expect(at("kpis[0]")?.ja).toContain("別の項目の中に書きます");
    expect(at("kgi")?.en).toContain('"id" (it belongs elsewhere in the plan)');
    expect(at("kpis[1]")?.en).toContain('"nmae" (did you mean "name"?)');
    expect(at("kpis[2].source")?.en).toContain('"agregate" (did you mean "aggregate"?)');
  });

  it("accepts a $schema field for editors", () => {
    const plan = { $schema: "./schema/plan.v1.json", ...samplePlan() };
    expect(parsePlan(plan).ok).toBe(true);
  });

  // Every field at its edges, each with the exact issues it gives: plan-bounds.test.ts.

  it("never throws, whatever it is given", () => {
    for (const junk of [null, 42, "plan", [], {}, { version: 2 }, { version: 1, streams: "x" }]) {
      expect(parsePlan(junk).ok).toBe(false);
    }
  });
});

describe("plan defaults", () => {
  it("defaults to Mon–Fri and to Japanese public holidays for locale ja only", () => {
    const en = samplePlan();
    expect(planCalendar(en)).toEqual({ workdays: [1, 2, 3, 4, 5], holidays: [] });
    const ja = { ...en, locale: "ja" as const };
    expect(planCalendar(ja).holidays).toContain("2026-05-06"); // 振替休日
    expect(planCalendar(ja).holidays.every((d) => d >= "2026-04-01" && d <= "2027-03-31")).toBe(true);
    expect(planCalendar({ ...ja, calendar: { holidays: [] } }).holidays).toEqual([]);
  });

  it("has twelve monthly periods for a fiscal year", () => {
    expect(planPeriods(samplePlan()).map((p) => p.label)).toHaveLength(12);
  });
});

describe("schema/plan.v1.json", () => {
  it("is generated from the zod schema and current", () => {
    const r = spawnSync(process.execPath, ["scripts/gen-schema.mjs", "--check"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
