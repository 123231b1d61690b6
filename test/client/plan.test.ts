// @vitest-environment happy-dom
// From the draft to a plan: templates, building, where messages land, suggestions, the calculation.
import { describe, expect, it } from "vitest";
import { anchorOf, fieldId, knownAnchors, stepOf } from "../../src/client/anchors";
import { reverseCalc } from "../../src/client/calc";
import { isSuggestion, suggestions } from "../../src/client/kpi-suggest";
import { buildPlan, effectiveHolidays, periodDates } from "../../src/client/plan-build";
import { applyTemplate, draftFromPlan } from "../../src/client/plan-load";
import { reducer } from "../../src/client/reducer";
import { newPlanDraft } from "../../src/client/state";
import { validate } from "../../src/client/validate";
import { parsePlan } from "../../src/domain/plan";
import { templateIds, templatePlan } from "../../src/domain/templates";
import { TODAY, templateState } from "./helpers";

describe("templates", () => {
  it("prefill the process, KFS and KPIs and keep the goal the user typed", () => {
    let d = newPlanDraft("ja", TODAY);
    d = { ...d, kgi: { name: "年間受注額（東日本）", target: "80,000,000", unit: "JPY" }, teamText: "山田" };
    const t = applyTemplate(d, "saas");
    expect(t.kgi).toEqual({ name: "年間受注額（東日本）", target: "80,000,000", unit: "JPY" });
    expect(t.teamText).toBe("山田");
    expect(t.templateId).toBe("saas");
    expect(t.streams.length).toBeGreaterThan(0);
    expect(t.kpis.length).toBeGreaterThanOrEqual(3);
    expect(t.kfs.length).toBeGreaterThan(0);
    expect(periodDates(t.period)).toEqual(periodDates(d.period));
  });

  it("fill an empty goal from the template", () => {
    const t = applyTemplate(
      { ...newPlanDraft("en", TODAY), kgi: { name: "", target: "", unit: "" } },
      "new_business",
    );
    expect(t.kgi.name).toBe("Annual revenue");
    expect(Number(t.kgi.target)).toBeGreaterThan(0);
    expect(t.kgi.unit).toBe("USD");
  });

  it.each(templateIds.flatMap((id) => [[id, "ja"] as const, [id, "en"] as const]))(
    "%s (%s) builds a plan that parses",
    (id, locale) => {
      const d = applyTemplate(newPlanDraft(locale, TODAY), id);
      const r = parsePlan(buildPlan(d));
      expect(r.ok ? [] : r.issues).toEqual([]);
      expect(validate(d).errors).toBe(0);
    },
  );

  it.each(templateIds)("%s survives plan → draft → plan unchanged", (id) => {
    const plan = templatePlan(id, "ja");
    const r = parsePlan(buildPlan(draftFromPlan(plan)));
    expect(r.ok && r.plan).toEqual(plan);
  });
});

describe("how a manual KPI adds up", () => {
  it("round-trips source.aggregate, and an old plan without it stays without it", () => {
    const plan = templatePlan("saas", "en");
    const old = {
      ...plan,
      kpis: plan.kpis.map((k) => {
        if (!("manual" in k.source)) return k;
        const { aggregate: _, ...source } = k.source;
        return { ...k, source };
      }),
    };
    const draft = draftFromPlan(old);
    expect(draft.kpis.filter((k) => k.sourceKind === "manual").map((k) => k.aggregate)).toEqual(["", "", ""]);
    expect(buildPlan(draft)).toEqual(old);
    const chosen = { ...draft, kpis: draft.kpis.map((k) => ({ ...k, aggregate: "average" as const })) };
    const sources = buildPlan(chosen).kpis as { source: { manual?: true; aggregate?: string } }[];
    expect(sources.filter((k) => k.source.manual).map((k) => k.source.aggregate)).toEqual([
      "average",
      "average",
      "average",
    ]);
    expect(sources.filter((k) => !k.source.manual).every((k) => k.source.aggregate === undefined)).toBe(true);
  });
});

describe("building the plan", () => {
  it("converts percentages to fractions and drops the last stage's rate", () => {
    const d = templateState("inside_sales").plan;
    const plan = buildPlan(d) as { streams: { share: number; stages: { rate?: number }[] }[] };
    expect(plan.streams[0]?.share).toBe(1);
    expect(plan.streams[0]?.stages.map((s) => s.rate)).toEqual([0.25, 0.2, 0.8, 0.25, undefined]);
  });

  it("writes the calendar only when it differs from the default", () => {
    const d = templateState("inside_sales").plan;
    expect(buildPlan(d).calendar).toBeUndefined();
    const changed = {
      ...d,
      workdays: [1, 2, 3, 4, 5, 6],
      holidaysRemoved: ["2026-05-04"],
      holidaysAdded: ["2026-08-14"],
    };
    const cal = buildPlan(changed).calendar as { workdays: number[]; holidays: string[] };
    expect(cal.workdays).toEqual([1, 2, 3, 4, 5, 6]);
    expect(cal.holidays).toContain("2026-08-14");
    expect(cal.holidays).not.toContain("2026-05-04");
    expect(cal.holidays).toContain("2026-05-05");
    expect(effectiveHolidays(changed)).toEqual(cal.holidays);
  });

  it("makes a fiscal year from month and year", () => {
    const d = newPlanDraft("ja", TODAY);
    expect(periodDates({ ...d.period, fyMonth: "4", fyYear: "2026" })).toEqual({
      start: "2026-04-01",
      end: "2027-03-31",
    });
    expect(periodDates({ ...d.period, fyMonth: "1", fyYear: "2027" })).toEqual({
      start: "2027-01-01",
      end: "2027-12-31",
    });
  });
});

describe("validation at the field", () => {
  it("says a rate of 150 (%) is out of range, in percent, at that rate", () => {
    let s = templateState("inside_sales");
    s = reducer(s, { type: "stages", stream: 0, change: { op: "patch", index: 1, patch: { rate: "150" } } });
    const v = validate(s.plan);
    const at = v.byAnchor.get("streams[0].stages[1].rate") ?? [];
    expect(at.map((m) => m.message.ja)).toEqual(["0より大きく100%以下で入力してください（150%）"]);
    expect(at[0]?.message.en).toBe("Enter a percentage above 0 and at most 100 (got 150%)");
    expect(at[0]?.step).toBe("process");
    expect(v.errors).toBeGreaterThan(0);
  });

  it("puts a duplicate stage name at the second stage's name", () => {
    let s = templateState("inside_sales");
    s = reducer(s, { type: "stages", stream: 0, change: { op: "patch", index: 2, patch: { name: "接続" } } });
    const v = validate(s.plan);
    expect(v.byAnchor.get("streams[0].stages[2].name")?.[0]?.message.ja).toContain("重複");
  });

  it("blocks an empty goal name", () => {
    const s = templateState("inside_sales");
    const v = validate({ ...s.plan, kgi: { ...s.plan.kgi, name: "  " } });
    expect(v.byAnchor.get("kgi.name")?.[0]?.severity).toBe("error");
    expect(v.stepErrors.kgi).toBe(1);
  });

  it("shows lint warnings at their field once the plan parses", () => {
    const s = templateState("inside_sales");
    const v = validate({ ...s.plan, kpis: s.plan.kpis.slice(0, 2) });
    expect(v.errors).toBe(0);
    expect(v.byAnchor.get("kpis")?.[0]?.severity).toBe("warning");
  });

  it("reports team problems by line of the text area", () => {
    const s = templateState("inside_sales");
    const v = validate({ ...s.plan, teamText: "佐藤\n\n佐藤" });
    expect(v.byAnchor.get("team")?.[0]?.message.ja).toMatch(/^3行目の名前：/);
  });

  it("maps paths to anchors, steps and DOM ids", () => {
    const d = templateState("inside_sales").plan;
    const known = knownAnchors(d);
    expect(anchorOf("streams[0].stages[1].id", d, known)).toBe("streams[0].stages[1].name");
    expect(anchorOf("kpis[1].source.rateFrom", d, known)).toBe("kpis[1].source.stage");
    expect(anchorOf("kpis[0].source.stream", d, known)).toBe("kpis[0].source");
    expect(anchorOf("period.start", d, known)).toBe("period.fy");
    expect(anchorOf("calendar.holidays[3]", d, known)).toBe("calendar.holidays");
    expect(anchorOf("version", d, known)).toBe("");
    expect(stepOf("period.fy")).toBe("kgi");
    expect(stepOf("team")).toBe("team");
    expect(stepOf("")).toBe("review");
    expect(fieldId("streams[0].stages[1].rate")).toBe("f-streams-0-stages-1-rate");
  });
});

describe("KPI suggestions", () => {
  it("offer one count per stage and one rate per stage but the last", () => {
    const d = templateState("inside_sales").plan;
    const list = suggestions(d);
    expect(list.filter((s) => s.kind === "stage")).toHaveLength(5);
    expect(list.filter((s) => s.kind === "rate")).toHaveLength(4);
    const calls = list[0]!.make([]);
    expect(calls).toMatchObject({
      name: "架電数",
      sourceKind: "stage",
      stream: "outbound",
      stage: "calls",
      tier: "activity",
    });
    expect(d.kpis.some((k) => isSuggestion(k, list[0]!))).toBe(true);
  });
});

describe("the reverse calculation", () => {
  it("gives the required count and the per-rep daily figure", () => {
    const v = validate(templateState("inside_sales").plan);
    const calc = reverseCalc(v.input, v.plan);
    expect(calc.ok).toBe(true);
    if (!calc.ok) return;
    expect(calc.reps).toBe(4);
    const calls = calc.stages.find((s) => s.stageId === "calls");
    expect(calls?.required).toBe(12000);
    expect(calls?.perRep).toHaveLength(4);
    expect(calls?.perRep.reduce((a, b) => a + b, 0)).toBe(12000);
    expect(calls?.day.kind).toBe("perDay");
  });

  it("works before the team is entered", () => {
    const d = { ...templateState("inside_sales").plan, teamText: "", kpis: [] };
    const calc = reverseCalc(buildPlan(d));
    expect(calc.ok && calc.teamMissing).toBe(true);
  });
});
